"""The quiz builder: questions from several own banks, settings on the build form, reordering and removing
questions until students have started."""
from __future__ import annotations

import copy

import pytest
from factories import MINI_BANK, commit, login, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Quiz
from studyapp.services import attempts, quizzes


def _second_bank_data() -> dict:
    """A second bank: the mini bank retitled, its questions reworded so they can be told apart."""
    data = copy.deepcopy(MINI_BANK)
    data["title"] = "Second bank"
    for q in data["questions"]:
        q["prompt"] = "Second: " + q["prompt"]
    return data


@pytest.fixture
def banks(client):
    """A signed-in teacher with two own banks (4 approved questions each) and another teacher's bank."""
    teacher = make_teacher()
    first = make_bank()
    second = make_bank(_second_bank_data(), key="test:second")
    other = make_bank(key="test:other", owner=make_teacher("other", "Other Teacher"))
    commit()
    login(client, "teacher")
    return teacher, first, second, other


FORM = {"title": "Two banks", "selection": "all", "attempts_allowed": "2", "time_limit_minutes": "25",
        "feedback_mode": "immediate", "show_evidence": "y"}


def _quiz() -> Quiz:
    """The one quiz, fresh from the database."""
    db.session.expire_all()
    return db.session.scalars(db.select(Quiz)).one()


def test_a_quiz_draws_from_two_banks_with_the_settings_of_the_build_form(client, banks):
    _teacher, first, second, _other = banks
    page = client.get(f"/teacher/banks/{first.id}/quizzes/new").data.decode()
    assert "Second bank" in page and "Other Teacher" not in page and "Time limit in minutes" in page
    response = client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "also_banks": [str(second.id)]})
    assert response.status_code == 302
    quiz = _quiz()
    prompts = [s.question.prompt for s in quiz.slots]
    assert [s.question.bank_id for s in quiz.slots] == [first.id] * 4 + [second.id] * 4
    assert all(p.startswith("Second: ") for p in prompts[4:]) and all(s.question.status == "approved" for s in quiz.slots)
    assert (quiz.time_limit_minutes, quiz.attempts_allowed, quiz.feedback_mode, quiz.show_evidence,
            quiz.shuffle_questions) == (25, 2, "immediate", True, False)
    assert "from Second bank" in client.get(f"/teacher/quizzes/{quiz.id}").data.decode()


def test_another_teachers_bank_and_bad_settings_are_refused_and_nothing_is_made(client, banks):
    _teacher, first, _second, other = banks
    response = client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "also_banks": [str(other.id)]})
    assert response.status_code == 422 and "Only your own banks can be added." in response.data.decode()
    response = client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "time_limit_minutes": "0"})
    page = response.data.decode()
    assert response.status_code == 422 and "A time limit is from 1 to 600 minutes" in page and 'value="Two banks"' in page
    assert db.session.scalar(db.select(db.func.count(Quiz.id))) == 0


def test_questions_move_up_and_down_and_are_removed_until_students_start(client, banks):
    teacher, first, second, _other = banks
    client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "also_banks": [str(second.id)]})
    quiz = _quiz()
    order = [s.question_id for s in quiz.slots]
    last, first_slot = quiz.slots[-1], quiz.slots[0]
    client.post(f"/teacher/quizzes/{quiz.id}/slots/{last.id}", data={"action": "up"})
    assert [s.question_id for s in _quiz().slots] == order[:6] + [order[7], order[6]]
    client.post(f"/teacher/quizzes/{quiz.id}/slots/{first_slot.id}", data={"action": "up"})  # already first: no change
    client.post(f"/teacher/quizzes/{quiz.id}/slots/{first_slot.id}", data={"action": "down"})
    assert [s.question_id for s in _quiz().slots][:2] == [order[1], order[0]]
    client.post(f"/teacher/quizzes/{quiz.id}/slots/{first_slot.id}", data={"action": "remove"})
    quiz = _quiz()
    assert [s.question_id for s in quiz.slots] == [order[1]] + order[2:6] + [order[7], order[6]]
    assert [s.position for s in quiz.slots] == list(range(1, 8))
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = quizzes.assign_quiz(quiz, classroom, due_at=None, now=utcnow())
    attempts.start_attempt(assignment, student, now=utcnow())
    commit()
    page = client.post(f"/teacher/quizzes/{quiz.id}/slots/{quiz.slots[0].id}", data={"action": "remove"},
                       follow_redirects=True).data.decode()
    assert "Students have started this quiz" in page and len(_quiz().slots) == 7


def test_the_last_question_cannot_be_removed(client, banks):
    _teacher, first, _second, _other = banks
    client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "selection": "count", "count": "1"})
    quiz = _quiz()
    page = client.post(f"/teacher/quizzes/{quiz.id}/slots/{quiz.slots[0].id}", data={"action": "remove"},
                       follow_redirects=True).data.decode()
    assert "only question" in page and len(_quiz().slots) == 1


def test_a_class_studies_the_flashcards_and_questions_of_every_bank_its_quiz_drew_from(client, banks):
    from studyapp.services.scheduling import class_bank_ids

    teacher, first, second, _other = banks
    client.post(f"/teacher/banks/{first.id}/quizzes/new", data={**FORM, "also_banks": [str(second.id)]})
    classroom = make_classroom(teacher)
    quizzes.assign_quiz(_quiz(), classroom, due_at=None, now=utcnow())
    commit()
    assert class_bank_ids(classroom) == sorted([first.id, second.id])
