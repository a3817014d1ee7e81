"""Student pages: assignments by state, taking a quiz with every answer saved, one submission, results."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import (ALL_TYPES, commit, login, make_all_types_assignment, make_assignment, make_classroom,
                       make_student, make_teacher)

from studyapp.db import db
from studyapp.models import Answer, Attempt, Classroom


@pytest.fixture
def setup(client):
    """A class with one student and one assignment of the mini bank (4 approved questions)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "student")
    return assignment, student


def answer(slot_id, value) -> dict:
    """The fields the autosave script posts for one multiple-choice slot."""
    return {"slot_id": str(slot_id), f"slot_{slot_id}": value}


def start(client, assignment) -> Attempt:
    """Start the quiz as the signed-in student and return the attempt."""
    response = client.post(f"/student/assignments/{assignment.id}/start")
    attempt_id = int(response.headers["Location"].rsplit("/", 1)[1])
    return db.session.get(Attempt, attempt_id)


def test_dashboard_lists_the_open_assignment(client, setup):
    page = client.get("/student/").data
    assert b"Water quiz" in page and b"To do" in page and b"Start quiz" in page


def test_each_autosaved_answer_is_stored_raw_and_graded(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    slots = assignment.quiz.slots
    right = slots[0].question.answer
    response = client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slots[0].id, right))
    assert response.get_json()["saved"] is True
    client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slots[0].id, "14%"))
    answers = db.session.scalars(db.select(Answer).where(Answer.attempt_id == attempt.id)).all()
    assert [(a.raw, a.is_correct) for a in answers] == [("14%", False)]


def test_an_answer_that_is_not_an_option_is_refused(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    response = client.post(f"/student/attempts/{attempt.id}/answers",
                           data=answer(assignment.quiz.slots[0].id, "Mars"))
    assert response.status_code == 422 and "not one of" in response.get_json()["error"]


def test_leaving_and_coming_back_resumes_the_same_attempt(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    slot = assignment.quiz.slots[1]
    client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slot.id, "True"))
    again = start(client, assignment)
    assert again.id == attempt.id
    page = client.get(f"/student/attempts/{attempt.id}").data.decode()
    assert f'<input type="radio" name="slot_{slot.id}" value="True" checked>' in page


def test_submit_without_javascript_saves_all_answers_and_scores(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    form = {f"slot_{s.id}": s.question.answer for s in assignment.quiz.slots}
    form[f"slot_{assignment.quiz.slots[0].id}"] = "50%"
    response = client.post(f"/student/attempts/{attempt.id}", data={**form, "submit": "1", "confirm": "1"})
    assert response.headers["Location"].endswith(f"/student/attempts/{attempt.id}/result")
    db.session.refresh(attempt)
    assert attempt.is_finished and (attempt.score, attempt.max_score) == (3.0, 4.0)
    page = client.get(f"/student/attempts/{attempt.id}/result").data
    assert b"75.0%" in page and b"Right answer" in page and b"86% of global evaporation" in page


def test_submitting_twice_gives_one_attempt_with_every_answer(client, setup):
    assignment, student = setup
    attempt = start(client, assignment)
    form = {f"slot_{s.id}": s.question.answer for s in assignment.quiz.slots}
    client.post(f"/student/attempts/{attempt.id}", data={**form, "submit": "1", "confirm": "1"})
    second = client.post(f"/student/attempts/{attempt.id}", data={**form, "submit": "1", "confirm": "1"})
    assert second.headers["Location"].endswith("/result")
    attempts = db.session.scalars(db.select(Attempt).where(Attempt.student_id == student.id)).all()
    assert len(attempts) == 1 and attempts[0].score == 4.0 and len(attempts[0].answers) == 4
    late = client.post(f"/student/attempts/{attempt.id}/answers",
                       data=answer(assignment.quiz.slots[0].id, "14%"))
    assert late.status_code == 409


def test_after_the_due_date_the_quiz_cannot_start(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom, due_in=timedelta(days=7))
    assignment.due_at = assignment.open_at + timedelta(seconds=1)
    commit()
    login(client, "student")
    response = client.post(f"/student/assignments/{assignment.id}/start", follow_redirects=True)
    assert b"not open" in response.data and b"Missed" in response.data


def test_another_students_attempt_is_a_404(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    client.post("/logout")
    make_student("intruder", classroom=assignment.classroom)
    commit()
    login(client, "intruder")
    assert client.get(f"/student/attempts/{attempt.id}").status_code == 404
    assert client.post(f"/student/attempts/{attempt.id}/answers",
                       data=answer(assignment.quiz.slots[0].id, "86%")).status_code == 404


def test_a_student_of_another_class_cannot_start_the_assignment(client, setup):
    assignment, _ = setup
    client.post("/logout")
    make_student("outsider")
    commit()
    login(client, "outsider")
    assert client.post(f"/student/assignments/{assignment.id}/start").status_code == 404


def test_finished_work_shows_as_done_with_its_score(client, setup):
    assignment, _ = setup
    attempt = start(client, assignment)
    client.post(f"/student/attempts/{attempt.id}", data={"submit": "1", "confirm": "1"})
    page = client.get("/student/").data
    assert b"Done" in page and b"0.0%" in page


def test_feedback_after_each_question_shows_at_once_and_fixes_the_answer(client, setup):
    assignment, _ = setup
    assignment.quiz.feedback_mode = "immediate"
    commit()
    attempt = start(client, assignment)
    slot = next(s for s in assignment.quiz.slots if s.question.key == "q-source")
    response = client.post(f"/student/attempts/{attempt.id}", data={f"slot_{slot.id}": "Lakes", "check": str(slot.id)})
    assert "#q" in response.headers["Location"]
    page = client.get(f"/student/attempts/{attempt.id}").data.decode()
    card = page[page.index(f'data-slot-id="{slot.id}"'):][:3000]
    assert "disabled" in card[:200] and "✗ Wrong" in card and "Right answer: <strong>Oceans</strong>" in card
    assert "“Water evaporates from the oceans.”" in card
    client.post(f"/student/attempts/{attempt.id}", data={f"slot_{slot.id}": "Oceans", "check": str(slot.id)})
    late = client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slot.id, "Oceans"))
    assert late.status_code == 409 and "final" in late.get_json()["error"]
    saved = db.session.scalars(db.select(Answer).where(Answer.attempt_id == attempt.id)).all()
    assert [(a.raw, a.is_correct) for a in saved] == [("Lakes", False)]


def fields_for(slot, attempt, value) -> dict:
    """The fields the autosave script posts for `slot` answered with `value` (in the attempt's layout)."""
    name, kind = f"slot_{slot.id}", slot.question.type
    if kind == "ordering":
        shown = attempt.layout["items"][str(slot.id)]
        fields = {f"{name}_item_{i}": item for i, item in enumerate(shown)}
        fields.update({f"{name}_pos_{i}": str(value.index(item) + 1) for i, item in enumerate(shown)})
        fields[f"{name}_keep"] = "1"  # ticked by the script once an item moves (the shown order may be right)
    elif kind == "matching":
        fields = {f"{name}_{i}": right for i, (_left, right) in enumerate(value)}
    else:
        fields = {name: value}
    return {"slot_id": str(slot.id), **fields}


def test_autosave_stores_every_type_as_given_and_grades_it(client):
    """Each of the 7 types, right then wrong, through the autosave endpoint: the stored raw answer and grade."""
    assignment = make_all_types_assignment()
    commit()
    login(client, "student")
    attempt = start(client, assignment)
    wrong = {"multiple_choice": "Harry Hess", "true_false": "True", "cloze": "convergent", "numeric": "9",
             "short_answer": "Darwin", "ordering": ["The Himalayas rose", "Pangaea broke up", "The Atlantic opened"],
             "matching": [["Mid-Atlantic Ridge", "convergent"], ["Himalayas", "divergent"]]}
    for slot in assignment.quiz.slots:
        q = slot.question
        right = {"cloze": "Divergent ", "numeric": "7.0", "short_answer": "alfred wegener"}.get(q.type, q.answer)
        for value, correct in ((right, True), (wrong[q.type], False)):
            reply = client.post(f"/student/attempts/{attempt.id}/answers", data=fields_for(slot, attempt, value))
            assert reply.status_code == 200 and reply.get_json()["saved"], (q.type, reply.get_json())
            db.session.expire_all()
            stored = db.session.scalars(db.select(Answer).where(Answer.attempt_id == attempt.id,
                                                                Answer.slot_id == slot.id)).one()
            raw = dict(value) if q.type == "matching" else value
            assert (stored.raw, stored.is_correct, stored.points) == (raw, correct, float(correct)), q.type
    assert db.session.scalar(db.select(db.func.count()).select_from(Answer)) == len(ALL_TYPES["questions"])


def test_autosave_checks_the_account_as_every_student_page_does(client, setup):
    """The autosave checks the student in its own query: a pending password change, or signing out, stops it."""
    assignment, student = setup
    attempt = start(client, assignment)
    slot = assignment.quiz.slots[0]
    student.must_change_password = True
    commit()
    refused = client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slot.id, "86%"))
    assert refused.status_code == 302 and refused.headers["Location"].endswith("/password")
    student.must_change_password = False
    commit()
    assert client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slot.id, "86%")).status_code == 200
    client.post("/logout")
    signed_out = client.post(f"/student/attempts/{attempt.id}/answers", data=answer(slot.id, "14%"))
    assert signed_out.status_code == 302 and "/login" in signed_out.headers["Location"]
    db.session.expire_all()
    assert [a.raw for a in db.session.scalars(db.select(Answer))] == ["86%"]


@pytest.mark.parametrize("keep, stored", [("", None), ("1", ["Pangaea broke up", "The Atlantic opened",
                                                             "The Himalayas rose"])])
def test_an_ordering_shown_in_the_right_order_is_answered_by_keeping_it(client, keep, stored):
    """The right order may come up first: ticking "This order is my answer" gives it; untouched is no answer."""
    assignment = make_all_types_assignment()
    commit()
    login(client, "student")
    attempt = start(client, assignment)
    slot = next(s for s in assignment.quiz.slots if s.question.type == "ordering")
    layout = dict(attempt.layout)
    layout["items"] = {**layout["items"], str(slot.id): list(slot.question.answer)}  # shown in the right order
    attempt.layout = layout
    commit()
    page = client.get(f"/student/attempts/{attempt.id}").data.decode()
    assert f'name="slot_{slot.id}_keep" value="1"' in page and "This order is my answer" in page
    fields = {f"slot_{slot.id}_item_{i}": item for i, item in enumerate(slot.question.answer)}
    fields.update({f"slot_{slot.id}_pos_{i}": str(i + 1) for i in range(3)})
    client.post(f"/student/attempts/{attempt.id}", data={**fields, f"slot_{slot.id}_keep": keep, "save": "1"})
    answer = db.session.scalar(db.select(Answer).where(Answer.attempt_id == attempt.id, Answer.slot_id == slot.id))
    assert (answer.raw if answer else None) == stored
    if stored:
        assert answer.is_correct


def test_a_word_typed_as_a_number_is_refused_with_a_message_and_kept(client):
    """A numeric question answered "Bosphorus": not silently saved as wrong; the student is told and keeps the text."""
    assignment = make_all_types_assignment()
    commit()
    login(client, "student")
    attempt = start(client, assignment)
    slot = next(s for s in assignment.quiz.slots if s.question.type == "numeric")
    reply = client.post(f"/student/attempts/{attempt.id}/answers", data=fields_for(slot, attempt, "Bosphorus"))
    assert reply.status_code == 422 and "is not a number" in reply.get_json()["error"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Answer)) == 0
    page = client.post(f"/student/attempts/{attempt.id}", data={f"slot_{slot.id}": "Bosphorus", "submit": "1"})
    assert page.status_code == 422 and "is not a number" in page.text and 'value="Bosphorus"' in page.text
    db.session.refresh(attempt)
    assert not attempt.is_finished
    ok = client.post(f"/student/attempts/{attempt.id}/answers", data=fields_for(slot, attempt, "7,0"))
    assert ok.status_code == 200 and ok.get_json()["saved"]


def test_joining_a_class_one_is_in_already_says_so(client, setup):
    code = db.session.scalars(db.select(Classroom.join_code)).one()
    page = client.post("/student/join", data={"join_code": code}, follow_redirects=True).text
    assert "You are already in" in page and "You joined" not in page
