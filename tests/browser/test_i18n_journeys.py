"""A student's and a teacher's journey in Kazakh and in Russian (a browser set to that language): every page in
the language, with its <html lang>, and zero axe-core violations. STUDYAPP_I18N_SCREENSHOTS=dir keeps screenshots."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser_support import check_accessible
from factories import (close_assignment, commit, make_assignment, make_bank, make_classroom, make_student,
                       make_submitted_attempt, make_teacher)
from i18n_support import TRANSLATIONS, english_phrases, visible_text

from studyapp.db import utcnow
from studyapp.services import scheduling

SHOTS = os.environ.get("STUDYAPP_I18N_SCREENSHOTS")
WORDS = {"kk": {"quiz": "Тестті бастау", "finish": "Әрекетті аяқтау…", "submit": "Бәрін тапсырып, аяқтау",
                "score": "Сіздің нәтижеңіз",
                "dashboard": "Менің тапсырмаларым", "gradebook": "Бағалар журналы"},
         "ru": {"quiz": "Начать тест", "finish": "Завершить попытку…", "submit": "Сдать всё и завершить",
                "score": "Ваш результат",
                "dashboard": "Мои задания", "gradebook": "Журнал оценок"}}


def visit(page, language: str, name: str, phrases: list[str]) -> str:
    """Check the page: its lang, no English phrase of the interface, zero axe violations; keep a screenshot."""
    assert page.locator("html").get_attribute("lang") == language, name
    text = visible_text(page.content())
    assert [p for p in phrases if p in text] == [], f"English on {name} in {language}"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{language}-{name}.png"), full_page=True)
    check_accessible(page, f"{language}-{name}")
    return text


def sign_in(page, base: str, username: str) -> None:
    """The login form, by its field ids (the labels are in the page's language)."""
    page.goto(f"{base}/login")
    page.locator("#username").fill(username)
    page.locator("#password").fill("password123")
    page.locator("form.card button[type=submit]").click()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_student_and_a_teacher_work_in_kazakh_and_russian(server, browser, language):
    teacher = make_teacher("mugalim", full_name="Әсел Нұрланқызы")
    classroom = make_classroom(teacher, "9 «Ә»")
    student = make_student("oqushy", full_name="Айгерім Ахметова", classroom=classroom)
    bank = make_bank(owner=teacher)
    past = make_assignment(teacher, classroom, bank=bank, title="Су айналымы — 1")
    make_submitted_attempt(past, student, wrong_keys=(bank.questions[0].key,))
    close_assignment(past)
    make_assignment(teacher, classroom, bank=bank, title="Су айналымы — 2")
    scheduling.sync_deck(student, classroom, now=utcnow())
    commit()
    phrases = english_phrases(TRANSLATIONS / "messages.pot", language)
    words = WORDS[language]
    base = server

    context = browser.new_context(locale=language, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/login")
    visit(page, language, "login", phrases)
    sign_in(page, base, "oqushy")
    assert words["dashboard"] in visit(page, language, "student-dashboard", phrases)
    page.get_by_role("button", name=words["quiz"]).click()
    visit(page, language, "student-quiz", phrases)
    page.get_by_role("button", name=words["finish"]).click()
    visit(page, language, "student-submit-summary", phrases)
    page.get_by_role("button", name=words["submit"]).click()
    assert words["score"] in visit(page, language, "student-result", phrases)
    page.goto(f"{base}/student/")
    page.locator("a[href*='/student/attempts/']").first.click()
    visit(page, language, "student-result-with-evidence", phrases)
    page.goto(f"{base}/student/classes/{classroom.id}/study")
    visit(page, language, "student-flashcards", phrases)
    page.goto(f"{base}/student/progress")
    visit(page, language, "student-progress", phrases)
    context.close()

    context = browser.new_context(locale=language, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    sign_in(page, base, "mugalim")
    visit(page, language, "teacher-dashboard", phrases)
    page.goto(f"{base}/teacher/banks/{bank.id}")
    visit(page, language, "teacher-bank", phrases)
    page.goto(f"{base}/teacher/questions/{bank.questions[0].id}")
    visit(page, language, "teacher-question-editor", phrases)
    page.goto(f"{base}/teacher/classes/{classroom.id}/gradebook")
    assert words["gradebook"] in visit(page, language, "teacher-gradebook", phrases)
    page.goto(f"{base}/teacher/quizzes/{past.quiz_id}")
    visit(page, language, "teacher-quiz", phrases)
    context.close()


@pytest.mark.parametrize("language, wanted", [
    ("kk", "жауап блогы '{' ешқашан '}' белгісімен жабылмайды"), ("ru", "блок ответа '{' так и не закрыт '}'")])
def test_an_import_refused_on_a_phone_reads_in_the_teachers_language(server, browser, tmp_path, language, wanted):
    """A service's error with its line and reason, in the language, on a 360 px screen, with zero axe violations."""
    make_teacher("mugalim", full_name="Әсел Нұрланқызы")
    commit()
    broken = tmp_path / "sabaq.gift"
    broken.write_text("::a:: Good question {=yes ~no}\n\n::b:: Broken question {=yes ~no\n", encoding="utf-8")
    phrases = english_phrases(TRANSLATIONS / "messages.pot", language)
    context = browser.new_context(locale=language, viewport={"width": 360, "height": 780})
    page = context.new_page()
    sign_in(page, server, "mugalim")
    page.goto(f"{server}/teacher/banks/import")
    page.locator("#bank_file").set_input_files(str(broken))
    page.locator("#all_or_nothing").check()
    page.locator("form.card button[type=submit]").click()
    assert wanted in visit(page, language, "teacher-import-refused", phrases)
    context.close()
