"""A question's image through the real stack: the editor adds, shows and removes it; the routes serve it only to
those who may see the question, with its type, nosniff and a private immutable cache."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from factories import commit, login, make_assignment, make_classroom, make_student, make_teacher
from image_support import HTML_AS_PNG, SVG, tiny_png

from studyapp.db import db
from studyapp.image_types import content_hash
from studyapp.models import Attempt, MediaFile, Question
from studyapp.services.media import set_question_image
from studyapp.db import utcnow


def clouds(bank) -> Question:
    """The mini bank's true/false question."""
    return db.session.scalar(db.select(Question).where(Question.bank_id == bank.id, Question.key == "q-clouds"))


def editor(question: Question, **changes) -> dict:
    """The editor's fields as a browser sends them for the true/false question, with `changes`."""
    form = {"prompt": question.prompt, "tf_answer": question.answer, "explanation": question.explanation or "",
            "topic": question.topic or "", "kind": question.kind, "difficulty": "", "tag_list": "", "notes": "",
            "aliases": "", "image_alt": ""}
    form.update(changes)
    return form


def upload(data: bytes, name: str = "clouds.png"):
    """A file field's value for the test client."""
    return (io.BytesIO(data), name)


def test_the_teacher_adds_sees_and_removes_an_image_with_its_alt_text(client, bank):
    q = clouds(bank)
    response = client.post(f"/teacher/questions/{q.id}", data=editor(
        q, image=upload(tiny_png()), image_alt="A grey cloud over the sea"), content_type="multipart/form-data")
    assert response.status_code == 302, response.data.decode()[-1500:]
    digest = content_hash(tiny_png())
    page = client.get(f"/teacher/questions/{q.id}").data.decode()
    assert f'src="/teacher/images/{digest}.png" alt="A grey cloud over the sea"' in page
    served = client.get(f"/teacher/images/{digest}.png")
    assert served.status_code == 200 and served.data == tiny_png()
    assert served.headers["Content-Type"] == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.headers["Cache-Control"] == "private, max-age=31536000, immutable"

    response = client.post(f"/teacher/questions/{q.id}", data=editor(q, image_alt="Dark clouds", remove_image=""),
                           content_type="multipart/form-data")
    assert response.status_code == 302 and clouds(bank).image_at().alt == "Dark clouds"
    response = client.post(f"/teacher/questions/{q.id}", data=editor(q, image_alt="Dark clouds", remove_image="prompt"),
                           content_type="multipart/form-data")
    assert response.status_code == 302 and clouds(bank).images == []
    assert 'class="question-image"' not in client.get(f"/teacher/questions/{q.id}").data.decode()


@pytest.mark.parametrize(("data", "alt", "message"), [
    (SVG, "A drawing", "SVG and HTML files are refused"),
    (HTML_AS_PNG, "A cloud", "SVG and HTML files are refused"),
    (b"just some text", "A cloud", "not a PNG, JPEG, GIF or WebP image"),
    (tiny_png(), "", "Describe the image in its alt text"),
])
def test_a_bad_file_or_no_alt_text_is_refused_and_the_rest_of_the_edit_is_kept_on_the_page(client, bank, data, alt,
                                                                                           message):
    q = clouds(bank)
    response = client.post(f"/teacher/questions/{q.id}", data=editor(
        q, prompt="Condensation forms clouds and fog.", image=upload(data, "cloud.png"), image_alt=alt),
        content_type="multipart/form-data")
    page = response.data.decode()
    assert response.status_code == 422 and message in page
    assert "Condensation forms clouds and fog.</textarea>" in page  # what was typed is still in the form
    db.session.expire_all()
    assert clouds(bank).prompt == "Condensation forms clouds." and clouds(bank).images == []
    assert db.session.scalar(db.select(db.func.count()).select_from(MediaFile)) == 0


def test_a_new_question_can_start_with_an_image(client, bank):
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=true_false", data={
        "prompt": "This picture shows rain.", "tf_answer": "True", "explanation": "", "topic": "", "kind": "fact",
        "difficulty": "", "tag_list": "", "notes": "", "image": upload(tiny_png((0, 0, 200))),
        "image_alt": "Rain falling on a roof"}, content_type="multipart/form-data")
    assert response.status_code == 302, response.data.decode()[-1500:]
    made = db.session.scalar(db.select(Question).where(Question.prompt == "This picture shows rain."))
    assert made.image_at().alt == "Rain falling on a roof" and made.image_at().media.data == tiny_png((0, 0, 200))


@pytest.fixture
def pictured(client):
    """A teacher's quiz whose true/false question has an image, assigned to a class with one student."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    make_student("outsider", "Olly Outsider")
    make_teacher("other", "Olga Other")
    assignment = make_assignment(teacher, classroom)
    q = next(s.question for s in assignment.quiz.slots if s.question.key == "q-clouds")
    set_question_image(q, tiny_png(), alt="A grey cloud", actor=teacher, now=utcnow())
    commit()
    return assignment, f"{content_hash(tiny_png())}.png"


def test_another_teacher_and_an_unassigned_student_get_404(client, pictured):
    _assignment, name = pictured
    login(client, "other")
    assert client.get(f"/teacher/images/{name}").status_code == 404
    client.post("/logout")
    login(client, "outsider")
    assert client.get(f"/student/images/{name}").status_code == 404
    client.post("/logout")
    assert client.get(f"/teacher/images/{name}").status_code == 302  # to the login page
    login(client, "teacher")
    assert client.get(f"/teacher/images/{name}").status_code == 200
    assert client.get(f"/teacher/images/{'0' * 64}.png").status_code == 404


def test_the_student_sees_the_image_once_taking_the_quiz_and_in_the_result(client, pictured):
    assignment, name = pictured
    login(client, "student")
    assert client.get(f"/student/images/{name}").status_code == 404  # not started: not shown yet
    response = client.post(f"/student/assignments/{assignment.id}/start")
    page = client.get(response.headers["Location"]).data.decode()
    assert f'<img src="/student/images/{name}" alt="A grey cloud">' in page
    served = client.get(f"/student/images/{name}")
    assert served.status_code == 200 and served.data == tiny_png()
    assert served.headers["Cache-Control"].startswith("private") and "no-store" not in served.headers["Cache-Control"]
    attempt = db.session.scalar(db.select(Attempt))
    client.post(f"/student/attempts/{attempt.id}/submit", data={"confirm": "1"})
    assert f'/student/images/{name}' in client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert client.get(f"/teacher/images/{name}").status_code == 403  # the teachers' route is not for students


def test_the_print_view_shows_the_image(client, pictured):
    assignment, name = pictured
    login(client, "teacher")
    page = client.get(f"/teacher/quizzes/{assignment.quiz_id}/print").data.decode()
    assert f'<img src="/teacher/images/{name}" alt="A grey cloud">' in page


def test_a_moodle_file_imported_by_the_teacher_keeps_its_images_through_moodle_xml_and_apkg_exports(client, teacher):
    from pathlib import Path
    import json
    import zipfile

    from studyapp.formats.moodle_xml import import_moodle_xml
    from studyapp.image_types import entry_bytes

    fixture = (Path(__file__).parent.parent / "fixtures" / "moodle" / "images.moodle.xml").read_bytes()
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(fixture), "images.moodle.xml"),
                                                          "all_or_nothing": ""}, content_type="multipart/form-data")
    assert response.status_code == 302, response.data.decode()[-1500:]
    sky = db.session.scalar(db.select(Question).where(Question.key == "Blue sky"))
    assert sky.image_at().alt == "A clear blue sky over a field" and sky.image_at().media.mime == "image/png"
    assert f"/teacher/images/{sky.image_at().media_hash}.png" in client.get(f"/teacher/questions/{sky.id}").data.decode()
    original = sky.image_at().media.data

    exported = client.get(f"/teacher/banks/{sky.bank_id}/export/moodle-xml?drafts=1")
    assert exported.status_code == 200
    again = {q["id"]: q for q in import_moodle_xml(exported.data)["questions"]}
    assert entry_bytes(again["Blue sky"]["images"][0]) == original

    package = client.get(f"/teacher/banks/{sky.bank_id}/export/apkg?drafts=1")
    with zipfile.ZipFile(io.BytesIO(package.data)) as apkg:
        media = json.loads(apkg.read("media"))
        assert sorted(media.values()) == sorted(f"{i.media_hash}.{i.suffix}" for q in sky.bank.questions
                                                for i in q.images)
        assert original in [apkg.read(number) for number in media]


def test_a_copied_course_pack_shows_the_same_stored_image(client, teacher):
    from studyapp.services.banks import store_bank
    from image_support import pictured_bank

    pack = store_bank(pictured_bank(), key="content:pictures", template=True)
    commit()
    response = client.post(f"/teacher/banks/{pack.id}/copy")
    assert response.status_code == 302
    copied = db.session.scalar(db.select(Question).where(Question.key == "q-sky", Question.bank_id != pack.id))
    assert copied.image_at().alt == 'A "clear" sky & a field'
    assert db.session.scalar(db.select(db.func.count()).select_from(MediaFile)) == 1


def test_a_study_card_of_a_pictured_question_shows_its_image(client):
    from factories import close_assignment, make_bank, make_submitted_attempt
    from image_support import pictured_bank
    from studyapp.services import quizzes

    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    bank = make_bank(pictured_bank(), key="test:pictures", owner=teacher)  # no flashcards: the question is the card
    q = next(q for q in bank.questions if q.key == "q-sky")
    quiz = quizzes.build_quiz_from_questions([q], owner=teacher, title="One picture")
    assignment = quizzes.assign_quiz(quiz, classroom, due_at=utcnow() + timedelta(days=1), now=utcnow())
    make_submitted_attempt(assignment, student)
    close_assignment(assignment)
    commit()
    login(client, "student")
    name = f"{content_hash(tiny_png())}.png"
    page = client.get(f"/student/classes/{classroom.id}/study").data.decode()
    assert f'<img src="/student/images/{name}" alt="A &#34;clear&#34; sky &amp; a field">' in page
    assert client.get(f"/student/images/{name}").status_code == 200


def test_the_export_page_says_which_formats_leave_images_out(client, pictured):
    assignment, _name = pictured
    login(client, "teacher")
    bank_id = assignment.quiz.slots[0].question.bank_id
    page = client.get(f"/teacher/banks/{bank_id}/export").data.decode()
    note = "1 question has an image, which this format has no place for: it is exported without it."
    sections = {key: page.split(f'id="format-{key}"', 1)[1].split("</section>", 1)[0]
                for key in ("json", "gift", "moodle-xml", "qti", "csv", "apkg")}
    assert {key for key, html in sections.items() if note in html} == {"gift", "csv"}


def choice_editor(question: Question, **changes) -> dict:
    """The editor's fields for a multiple-choice question, with `changes`."""
    form = {"prompt": question.prompt, "explanation": "", "topic": question.topic or "", "kind": question.kind,
            "difficulty": "", "tag_list": "", "notes": "", "aliases": "", "image_alt": "", "image_place": "prompt",
            "correct": str(question.choices.index(question.answer) + 1)}
    form.update({f"choice_{i}": c for i, c in enumerate(question.choices, start=1)})
    form.update({f"choice_{i}": "" for i in range(len(question.choices) + 1, 7)})
    form.update(changes)
    return form


def test_a_choice_gets_its_own_image_shown_beside_it_and_dropped_with_the_choice(client, bank):
    q = db.session.scalar(db.select(Question).where(Question.key == "q-source"))  # Lakes, Oceans, Rivers, Soil
    response = client.post(f"/teacher/questions/{q.id}", data=choice_editor(
        q, image=upload(tiny_png((0, 0, 255)), "sea.png"), image_alt="Waves on the open sea", image_place="choice:3"),
        content_type="multipart/form-data")
    assert response.status_code == 302, response.data.decode()[-1500:]
    image = q.choice_image("Soil")
    assert image.place == "choice:3" and image.alt == "Waves on the open sea" and q.image_at() is None
    page = client.get(f"/teacher/questions/{q.id}").data.decode()
    assert "With choice 4" in page and "Remove the image of choice 4" in page

    from studyapp.services import quizzes
    quiz = quizzes.build_quiz_from_questions([q], owner=q.bank.owner, title="Seas")
    commit()
    html = client.get(f"/teacher/quizzes/{quiz.id}/preview").data.decode()
    assert f'Soil <img class="choice-image" src="/teacher/images/{image.media_hash}.png" alt="Waves on the open sea">' \
        in html
    printed = client.get(f"/teacher/quizzes/{quiz.id}/print").data.decode()
    assert f'☐ Soil <img class="choice-image" src="/teacher/images/{image.media_hash}.png"' in printed

    # The teacher deletes the fourth choice: its image goes with it (and the history says so).
    response = client.post(f"/teacher/questions/{q.id}", data=choice_editor(q, choice_4=""),
                           content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.expire_all()
    again = db.session.get(Question, q.id)
    assert again.choices == ["Lakes", "Oceans", "Rivers"] and again.images == []
    assert again.events[0].changes == {"image": ["Waves on the open sea", ""]}


def test_a_true_false_statement_takes_no_choice_image(client, bank):
    q = clouds(bank)
    response = client.post(f"/teacher/questions/{q.id}", data=editor(
        q, image=upload(tiny_png()), image_alt="A cloud", image_place="choice:0"), content_type="multipart/form-data")
    assert response.status_code == 422 and "An image goes with the prompt or one of the choices." in response.data.decode()
    assert clouds(bank).images == []


def test_the_player_loads_every_question_image_in_a_fixed_number_of_queries(client, app):
    import sqlalchemy as sa

    from studyapp.services import attempts
    from studyapp.models import User

    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    attempt_id, teacher_id = attempts.start_attempt(assignment, student, now=utcnow()).id, teacher.id
    commit()
    login(client, "student")

    def queries() -> int:
        """The statements one fresh load of the player runs."""
        db.session.remove()
        count = [0]

        def counted(*_args):
            count[0] += 1

        sa.event.listen(db.engine, "before_cursor_execute", counted)
        try:
            assert client.get(f"/student/attempts/{attempt_id}").status_code == 200
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", counted)
        db.session.remove()
        return count[0]

    plain = queries()
    owner = db.session.get(User, teacher_id)
    questions = list(db.session.scalars(db.select(Question)))
    for n, question in enumerate(questions):
        set_question_image(question, tiny_png((n, 0, 0)), alt=f"Picture {n}", actor=owner, now=utcnow())
    commit()
    assert len(questions) >= 4 and queries() == plain  # not one more query per question or per image
