"""The catalogues: the template holds every string the code marks, kk and ru translate every one of them with the
same placeholders, and a page rendered in a pseudo-locale shows no English outside _()."""
from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from factories import (PASSWORD, commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_submitted_attempt, make_teacher)
from image_support import tiny_png
from studyapp.image_types import image_entry
from i18n_support import (CLOSE, LANGUAGES, PSEUDO, TRANSLATIONS, OPEN, english_left, extract_template, read_catalogue,
                          stored_texts, write_pseudo_catalogue)

from studyapp import create_app
from studyapp.db import db, utcnow
from studyapp.models import Role
from studyapp.services import accounts, archive, attempts, classes, history, invites, jobs, media, questions

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sr]|%%|\{[a-z_]+\}")  # {name}: filled by a script (static/quiz.js)


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory):
    """The template as extracting the code now makes it."""
    target = tmp_path_factory.mktemp("pot") / "messages.pot"
    extract_template(target)
    return target


def test_the_committed_template_holds_every_marked_string(fresh_template):
    """`make translations-update` was run after the last _() was added: nothing marked is missing."""
    fresh = {m.id for m in read_catalogue(fresh_template) if m.id}
    committed = {m.id for m in read_catalogue(TRANSLATIONS / "messages.pot") if m.id}
    assert sorted(map(str, fresh - committed)) == [], "run `make translations-update` and translate the new strings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(fresh_template, language):
    """Each msgid the code marks has a translation (every plural form), not fuzzy, with the msgid's placeholders."""
    catalogue = read_catalogue(TRANSLATIONS / language / "LC_MESSAGES" / "messages.po", language)
    problems = []
    for marked in read_catalogue(fresh_template):
        if not marked.id:
            continue
        message = catalogue.get(marked.id)
        if message is None or "fuzzy" in message.flags:
            problems.append(f"no {language} translation: {marked.id!r}")
            continue
        ids = marked.id if isinstance(marked.id, tuple) else (marked.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(s.strip() for s in strings) or len(strings) != (catalogue.num_plurals if len(ids) > 1 else 1):
            problems.append(f"empty or missing plural form in {language}: {marked.id!r}")
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in strings:
            # A form for one may say "one" instead of %(num)s; no form may bring a placeholder the msgid lacks.
            got = set(PLACEHOLDER.findall(string))
            if got - wanted or (wanted - got - {"%(num)s"}):
                problems.append(f"placeholders differ in {language}: {marked.id!r} -> {string!r}")
    assert problems == []


def test_russian_plurals_have_three_forms_and_kazakh_two():
    """Russian counts 1 вопрос, 2 вопроса, 5 вопросов; Kazakh keeps the noun singular after a number."""
    ru = read_catalogue(TRANSLATIONS / "ru" / "LC_MESSAGES" / "messages.po", "ru")
    kk = read_catalogue(TRANSLATIONS / "kk" / "LC_MESSAGES" / "messages.po", "kk")
    assert ru.num_plurals == 3 and kk.num_plurals == 2
    assert ru.get(("%(num)s question", "%(num)s questions")).string == ("%(num)s вопрос", "%(num)s вопроса",
                                                                       "%(num)s вопросов")


@pytest.fixture
def school(app):
    """A teacher with a class (a student who has started a quiz), a course pack, an invitation and a job.
    Names are Cyrillic so that only interface text can be Latin."""
    teacher = make_teacher("mugalim", full_name="Әсел Нұрланқызы")
    admin = accounts.create_user("basshy", PASSWORD, role=Role.ADMIN, full_name="Бас Әкімші")
    classroom = make_classroom(teacher, "9 «Ә» сыныбы")
    student = make_student("oqushy", full_name="Айгерім Ахметова", classroom=classroom)
    bank = make_bank(key="test:own", owner=teacher)
    make_bank(key="test:pack", template=True)
    classes.invite_student(make_classroom(teacher, "10 «Б» сыныбы"), student, now=utcnow())
    invites.create_invite(admin, note="Жаңа мұғалім", days=7, now=utcnow())
    assignment = make_assignment(teacher, classroom, bank=bank, title="Су айналымы")
    attempt = attempts.start_attempt(assignment, student, now=utcnow())
    finished = make_submitted_attempt(make_assignment(teacher, classroom, title="Тапсырылған тест"), student)
    job = jobs.create_job(teacher, filename="мәтін.txt", payload=b"Some text here.")
    # Something archived of each kind, so that the Archived page shows every section.
    archive.archive(make_bank(key="test:old", owner=teacher), actor=teacher, now=utcnow())
    archive.archive(make_classroom(teacher, "8 «В» сыныбы"), actor=teacher, now=utcnow())
    archive.archive(make_assignment(teacher, classroom, title="Ескі тест"), actor=teacher, now=utcnow())
    media.attach_entries(bank.questions[0], [image_entry(tiny_png(), alt="Бұлт")])  # as an import does: no history line
    image = bank.questions[0].image_at()
    # A history of every kind of entry and every field an edit changes (the question page lists them).
    edits = {field: ["ескі", "жаңа"] for field in questions.EDITABLE}
    for action in ("created", "edited", "approved", "rejected", "restored", "tagged", "moved", "regraded"):
        history.record(bank.questions[0], action, actor=teacher, now=utcnow(), changes=edits)
    commit()
    return {"classroom_id": classroom.id, "bank_id": bank.id, "question_id": bank.questions[0].id,
            "quiz_id": assignment.quiz_id, "assignment_id": assignment.id, "attempt_id": attempt.id,
            "job_id": job.id, "student_id": student.id, "user_id": student.id, "flashcard_id": bank.flashcards[0].id,
            "digest": image.media_hash, "suffix": "png",
            "student.show_result": {"attempt_id": finished.id}}  # values for one page only


# GET pages that are no HTML page of their own (files, JSON, redirects).
NOT_PAGES = {"static", "healthz", "teacher.download_bank", "teacher.download_answers", "teacher.download_scores",
             "teacher.download_scores_xlsx", "teacher.download_item_stats", "teacher.job_status",
             "teacher.show_image", "student.show_image"}
ACCOUNTS = {"anonymous": None, "oqushy": "student", "mugalim": "teacher", "basshy": "admin"}


@pytest.fixture
def pseudo_app(app, tmp_path, fresh_template):
    """A second app on the same database whose only language is the pseudo-locale."""
    write_pseudo_catalogue(fresh_template, tmp_path / "pseudo")
    return create_app({**{k: app.config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI",
                                                       "WTF_CSRF_ENABLED", "CONTENT_DIR", "FSRS_FUZZ",
                                                       "RATELIMIT_ENABLED", "JOBS_INLINE")},
                       "BABEL_TRANSLATION_DIRECTORIES": str(tmp_path / "pseudo"), "LANGUAGES": {PSEUDO: "ψευδο"}})


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_page_in_a_pseudo_locale_shows_no_english_outside_gettext(app, school, pseudo_app):
    """Every GET page, as each kind of account, rendered with every message wrapped in ⟦…⟧: Latin words left
    outside are strings nobody wrapped in _(). The failure names the page and the English text."""
    data = stored_texts(db)
    rendered, problems = set(), []
    for username, _role in ACCOUNTS.items():
        client = pseudo_app.test_client()
        if username != "anonymous":
            login(client, username)
        adapter = pseudo_app.url_map.bind("localhost")
        for rule in pseudo_app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint in NOT_PAGES:
                continue
            values = {**school, **school.get(rule.endpoint, {})}
            missing = [name for name in rule.arguments if name not in values]
            assert not missing, f"{rule.rule}: add sample values for {missing} to the `school` fixture"
            url = adapter.build(rule.endpoint, {name: values[name] for name in rule.arguments})
            response = client.get(url, headers={"Accept-Language": PSEUDO})
            if response.status_code != 200 or not response.mimetype == "text/html":
                continue
            rendered.add(rule.endpoint)
            html = response.get_data(as_text=True)
            assert f'<html lang="{PSEUDO}"' in html, f"{url} as {username}: <html lang> is not the page's language"
            problems += [f"{url} (as {username}): {snippet!r}" for snippet in english_left(html, data)]
            for block in BeautifulSoup(html, "html.parser").select('script[type="application/json"]'):
                problems += [f"{url} (as {username}): script message {key!r} = {value!r} is not translated"
                             for key, value in json.loads(block.string).items() if not value.startswith(OPEN)]
    pages = {r.endpoint for r in pseudo_app.url_map.iter_rules() if "GET" in r.methods} - NOT_PAGES
    assert problems == [], "English outside _():\n" + "\n".join(sorted(set(problems)))
    assert sorted(pages - rendered) == [], "these pages were never rendered: give the `school` fixture what they need"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_form_errors_and_flashes_are_translated_in_the_pseudo_locale(app, school, pseudo_app):
    """A failed login (a flash) and an empty sign-up (WTForms' own 'This field is required.') speak the locale."""
    data = stored_texts(db)
    client = pseudo_app.test_client()
    headers = {"Accept-Language": PSEUDO}
    failed = client.post("/login", data={"username": "mugalim", "password": "wrong-one"}, headers=headers)
    empty = client.post("/signup", data={}, headers=headers)
    assert failed.status_code == 200 and empty.status_code == 200
    for response in (failed, empty):
        assert english_left(response.get_data(as_text=True), data) == []
    assert "Αυτό το πεδίο είναι υποχρεωτικό" in empty.get_data(as_text=True)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_pseudo_check_reads_a_history_entry_rightly(app, school, pseudo_app, monkeypatch):
    """'<strong>%(action)s</strong> by %(who)s' with a translated action is no English (the old check cut the
    message at the action's closing bracket and saw 'by'); an action nobody translated is, although it stands
    inside a translated message."""
    from studyapp import i18n

    data = stored_texts(db)
    client = pseudo_app.test_client()
    login(client, "mugalim")
    url = f"/teacher/questions/{school['question_id']}"
    page = client.get(url, headers={"Accept-Language": PSEUDO}).get_data(as_text=True)
    assert f"{OPEN}answers regraded{CLOSE}" in page and "by" in page
    assert english_left(page, data) == []
    monkeypatch.delitem(i18n.TERMS, "regraded")
    untranslated = client.get(url, headers={"Accept-Language": PSEUDO}).get_data(as_text=True)
    assert "regraded" in english_left(untranslated, data)
