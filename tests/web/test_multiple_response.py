"""Multiple response (tick all that apply) through the real stack: editor, player, grading, regrade, item analysis."""
from __future__ import annotations

import pytest
from factories import commit, login, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Answer, Attempt, Question
from studyapp.services import quizzes
from studyapp.services.insight import quiz_insight

CHOICES = ["Evaporation", "Photosynthesis", "Condensation", "Erosion"]
RIGHT = ["Evaporation", "Condensation"]


def editor_form(**changes) -> dict:
    """The editor's fields for the water-cycle question, choices 1 and 3 ticked right."""
    form = {"prompt": "Which are stages of the water cycle?", "explanation": "", "topic": "Cycle", "kind": "fact",
            "difficulty": "", "tag_list": "", "notes": "", "correct_many": ["1", "3"]}
    form.update({f"choice_{i}": text for i, text in enumerate(CHOICES, start=1)})
    form.update({f"choice_{i}": "" for i in range(len(CHOICES) + 1, 7)})
    form.update(changes)
    return form


@pytest.fixture
def taken(client):
    """The teacher writes the question by hand; it is approved, made a quiz and assigned; the student starts."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    bank = make_bank(owner=teacher)
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=multiple_response", data=editor_form())
    assert response.status_code == 302, response.data.decode()[-2000:]
    question = db.session.scalar(db.select(Question).where(Question.type == "multiple_response"))
    assert client.post(f"/teacher/questions/{question.id}/approve").status_code == 302
    quiz = quizzes.build_quiz_from_questions([question], owner=teacher, title="Tick all")
    quiz.shuffle_choices = False
    assignment = quizzes.assign_quiz(quiz, classroom, due_at=utcnow().replace(year=2099), now=utcnow())
    commit()
    client.post("/logout")
    login(client, "student")
    response = client.post(f"/student/assignments/{assignment.id}/start")
    attempt = db.session.get(Attempt, int(response.headers["Location"].rsplit("/", 1)[1]))
    return question, quiz.slots[0], attempt


def test_the_editor_keeps_every_ticked_choice_as_the_answer(taken):
    question, _slot, _attempt = taken
    assert (question.choices, question.answer, question.status) == (CHOICES, RIGHT, "approved")


def test_the_editor_refuses_a_question_with_no_right_choice(client):
    make_teacher()
    bank = make_bank()
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=multiple_response",
                           data=editor_form(correct_many=[]))
    assert response.status_code == 422 and b"Tick at least one correct choice" in response.data


@pytest.mark.parametrize(("ticked", "points"), [
    (["Evaporation", "Condensation"], 1.0),  # both right
    (["Evaporation"], 0.5),  # one of two right
    (["Evaporation", "Erosion"], 0.0),  # +50% -50%
    (CHOICES, 0.0),  # ticking everything earns nothing
    (["Erosion"], 0.0),  # never below 0
])
def test_autosave_grades_with_moodles_partial_credit(client, taken, ticked, points):
    _question, slot, attempt = taken
    reply = client.post(f"/student/attempts/{attempt.id}/answers",
                        data={"slot_id": str(slot.id), f"slot_{slot.id}": ticked})
    assert reply.status_code == 200, reply.get_json()
    stored = db.session.scalars(db.select(Answer).where(Answer.attempt_id == attempt.id)).one()
    assert (stored.raw, stored.points, stored.is_correct) == (ticked, points, points == 1.0)


def test_a_choice_the_question_does_not_offer_is_refused(client, taken):
    _question, slot, attempt = taken
    reply = client.post(f"/student/attempts/{attempt.id}/answers",
                        data={"slot_id": str(slot.id), f"slot_{slot.id}": ["Evaporation", "Melting"]})
    assert reply.status_code == 422 and "not one of the question's options" in reply.get_json()["error"]


def test_the_page_shows_checkboxes_and_the_result_shows_partial_credit(client, taken):
    _question, slot, attempt = taken
    page = client.get(f"/student/attempts/{attempt.id}").data.decode()
    assert page.count(f'type="checkbox" name="slot_{slot.id}"') == len(CHOICES)
    client.post(f"/student/attempts/{attempt.id}", data={f"slot_{slot.id}": ["Evaporation"], "submit": "1", "confirm": "1"})
    result = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert "Partly right (0.5 of 1.0)" in result and "Evaporation, Condensation" in result


def test_fixing_the_key_regrades_and_item_analysis_counts_every_ticked_option(client, taken):
    question, slot, attempt = taken
    client.post(f"/student/attempts/{attempt.id}", data={f"slot_{slot.id}": ["Evaporation"], "submit": "1", "confirm": "1"})
    client.post("/logout")
    login(client, "teacher")
    response = client.post(f"/teacher/questions/{question.id}", data=editor_form(correct_many=["1"]))
    assert response.status_code == 302, response.data.decode()[-2000:]
    db.session.expire_all()
    assert db.session.scalars(db.select(Answer)).one().points == 1.0
    options = {o.text: (o.count, o.is_key) for o in quiz_insight(slot.quiz).analysis.items[0].options}
    assert options == {"Evaporation": (1, True), "Photosynthesis": (0, False), "Condensation": (0, False),
                       "Erosion": (0, False)}


def test_the_teacher_previews_prints_and_sees_it_in_the_bank(client, taken):
    question, slot, _attempt = taken
    client.post("/logout")
    login(client, "teacher")
    preview = client.post(f"/teacher/quizzes/{slot.quiz_id}/preview",
                          data={f"slot_{slot.id}": RIGHT}).data.decode()
    assert preview.count(f'type="checkbox" name="slot_{slot.id}"') == len(CHOICES) and "✓ Right" in preview
    paper = client.get(f"/teacher/quizzes/{slot.quiz_id}/print").data.decode()
    assert "Tick every answer that applies" in paper and paper.count("☐") == len(CHOICES)
    key = client.get(f"/teacher/quizzes/{slot.quiz_id}/print?key=1").data.decode()
    assert "Answer: <strong>Evaporation, Condensation</strong>" in key
    bank = client.get(f"/teacher/banks/{question.bank_id}").data.decode()
    for right in RIGHT:
        assert f'<li class="correct">{right} <span class="sr-only">(correct)</span>✓</li>' in bank
    assert "<li>Erosion</li>" in bank


def test_the_migration_lets_the_type_in_and_its_downgrade_takes_it_out(app):
    """Upgraded from nothing, the type check admits multiple_response; one step down it refuses it again."""
    import sqlalchemy as sa
    from flask_migrate import downgrade, upgrade
    from web.test_migrations import empty_database

    empty_database()
    upgrade()
    teacher = make_teacher()
    bank = make_bank({"format": "studyapp.bank/1", "title": "Tick", "sources": [], "flashcards": [], "questions": [
        {"id": "mr", "type": "multiple_response", "prompt": "Tick both.", "choices": ["a", "b", "c"],
         "answer": ["a", "b"]},
        {"id": "tf", "type": "true_false", "prompt": "Sure?", "choices": ["True", "False"], "answer": "True"}]},
        key="test:tick", owner=teacher)
    commit()
    assert [q.type for q in bank.questions] == ["multiple_response", "true_false"]
    db.session.remove()
    downgrade(revision="j7c41d2e9a05")
    with db.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT key FROM questions")).scalars().all() == ["tf"]
        conn.execute(sa.text("UPDATE questions SET type = 'multiple_choice'"))  # an old type is still fine
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE questions SET type = 'multiple_response'"))
    upgrade()
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE questions SET type = 'multiple_response'"))
