"""Quizzes: rules and picks, settings, preview, print, assigning to several classes, time limits and extra time."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import commit, login, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Assignment, Attempt, Quiz
from studyapp.services import attempts, quizzes


@pytest.fixture
def teacher_bank(client):
    """A signed-in teacher, two classes and the mini bank."""
    teacher = make_teacher()
    bank = make_bank()
    a, b = make_classroom(teacher, "9A"), make_classroom(teacher, "9B")
    commit()
    login(client, "teacher")
    return teacher, bank, a, b


def test_rules_pick_only_matching_approved_questions(client, teacher_bank):
    _t, bank, _a, _b = teacher_bank
    response = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                           data={"title": "Condensation only", "selection": "all", "topics": ["Condensation"]})
    assert response.status_code == 302
    quiz = db.session.scalar(db.select(Quiz))
    assert sorted(s.question.key for s in quiz.slots) == ["q-clouds", "q-cloze"]  # q-draft is not approved


def test_rules_that_match_nothing_say_so(client, teacher_bank):
    _t, bank, _a, _b = teacher_bank
    response = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                           data={"title": "x", "selection": "all", "types": ["cloze"], "kinds": ["perspective"]})
    assert b"No approved question matches" in response.data


def test_ticked_questions_become_a_quiz_but_drafts_are_refused(client, teacher_bank):
    _t, bank, _a, _b = teacher_bank
    ids = [str(q.id) for q in bank.questions if q.key in ("q-evap", "q-clouds")]
    response = client.post(f"/teacher/banks/{bank.id}/bulk", data={"ids": ids, "action": "quiz", "tag": "", "target_bank": ""})
    quiz = db.session.scalar(db.select(Quiz))
    assert response.headers["Location"].endswith(f"/teacher/quizzes/{quiz.id}") and len(quiz.slots) == 2
    draft = [str(q.id) for q in bank.questions if q.key == "q-draft"]
    response = client.post(f"/teacher/banks/{bank.id}/bulk", data={"ids": draft, "action": "quiz", "tag": "", "target_bank": ""},
                           follow_redirects=True)
    assert b"not approved yet" in response.data


def test_settings_are_saved_and_validated(client, teacher_bank):
    teacher, bank, _a, _b = teacher_bank
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Q")
    commit()
    form = {"title": "Q2", "shuffle_questions": "y", "time_limit_minutes": "20", "attempts_allowed": "2",
            "feedback_mode": "after_due", "show_evidence": ""}
    assert client.post(f"/teacher/quizzes/{quiz.id}/settings", data=form).status_code == 302
    db.session.refresh(quiz)
    assert (quiz.title, quiz.shuffle_questions, quiz.shuffle_choices, quiz.time_limit_minutes, quiz.attempts_allowed,
            quiz.feedback_mode, quiz.show_evidence) == ("Q2", True, False, 20, 2, "after_due", False)
    bad = client.post(f"/teacher/quizzes/{quiz.id}/settings", data={**form, "attempts_allowed": "0"})
    assert bad.status_code == 422


def test_assigning_to_two_classes_makes_two_assignments(client, teacher_bank):
    teacher, bank, a, b = teacher_bank
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Q")
    commit()
    response = client.post(f"/teacher/quizzes/{quiz.id}/assign", data={
        "classroom_ids": [str(a.id), str(b.id)], "open_date": "2099-01-01", "open_time": "08:00",
        "due_date": "2099-01-10", "due_time": "15:30"})
    assert response.status_code == 302
    made = db.session.scalars(db.select(Assignment).order_by(Assignment.id)).all()
    assert [m.classroom.name for m in made] == ["9A", "9B"]
    assert (made[0].open_at.hour, made[0].due_at.hour, made[0].due_at.minute) == (8, 15, 30)


def test_due_before_open_is_refused(client, teacher_bank):
    teacher, bank, a, _b = teacher_bank
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Q")
    commit()
    response = client.post(f"/teacher/quizzes/{quiz.id}/assign", data={
        "classroom_ids": [str(a.id)], "open_date": "2099-02-01", "open_time": "", "due_date": "2099-01-10", "due_time": ""})
    assert response.status_code == 422 and b"due date must be after" in response.data
    assert db.session.scalar(db.select(db.func.count(Assignment.id))) == 0


def test_preview_grades_without_saving(client, teacher_bank):
    teacher, bank, _a, _b = teacher_bank
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Q")
    commit()
    cloze = next(s for s in quiz.slots if s.question.type == "cloze")
    page = client.post(f"/teacher/quizzes/{quiz.id}/preview", data={f"slot_{cloze.id}": "condensation"}).data.decode()
    assert "✓ Right" in page and "Condensation forms clouds." in page
    assert db.session.scalar(db.select(db.func.count(Attempt.id))) == 0


def test_print_and_answer_key(client, teacher_bank):
    teacher, bank, _a, _b = teacher_bank
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Printable")
    commit()
    sheet = client.get(f"/teacher/quizzes/{quiz.id}/print").data.decode()
    key = client.get(f"/teacher/quizzes/{quiz.id}/print?key=1").data.decode()
    assert "Name: ____" in sheet and "☐ 86%" in sheet and "Answer: <strong>86%</strong>" not in sheet
    assert "Answer: <strong>86%</strong>" in key and "Evidence:" in key


def test_time_limit_with_extra_time_is_enforced_by_the_server(client, teacher_bank):
    teacher, bank, a, _b = teacher_bank
    student = make_student(classroom=a)
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Timed")
    quiz.time_limit_minutes = 10
    now = utcnow()
    assignment = quizzes.assign_quiz(quiz, a, due_at=now + timedelta(days=1), now=now)
    quizzes.set_extra_time(assignment, student, 5)
    attempt = attempts.start_attempt(assignment, student, now=now)
    assert attempt.deadline_at == now + timedelta(minutes=15)
    slot = quiz.slots[0]
    attempts.save_answer(attempt, slot, slot.question.answer, now=now + timedelta(minutes=14))
    with pytest.raises(Exception, match="Time is up"):
        attempts.save_answer(attempt, slot, "14%", now=now + timedelta(minutes=16))
    commit()
    client.post("/logout")
    login(client, "student")
    attempt.deadline_at = utcnow() - timedelta(minutes=5)
    commit()
    response = client.get(f"/student/attempts/{attempt.id}")
    assert response.headers["Location"].endswith("/result")
    db.session.refresh(attempt)
    assert attempt.is_finished and attempt.score == 1.0


def test_the_ordering_help_names_the_move_buttons_only_where_the_script_adds_them(client, teacher_bank):
    """The preview once told teachers to "use the Up and Down buttons" that only the student's player has."""
    from factories import ALL_TYPES

    teacher = teacher_bank[0]
    bank = make_bank(ALL_TYPES, key="test:all", owner=teacher)
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Q")
    commit()
    page = client.get(f"/teacher/quizzes/{quiz.id}/preview").data.decode()
    assert "Put the items in order: give each a position<span data-move-help hidden>" in page
