"""A practice quiz belongs to its student alone: classmates and the teacher treat it as someone else's (404)."""
from __future__ import annotations

import pytest
from factories import (close_assignment, commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_teacher)

from studyapp.db import db, utcnow
from studyapp.models import Assignment, Attempt, User
from studyapp.services import attempts


@pytest.fixture
def practice(client):
    """Student 'student' started a practice quiz in a class with classmate 'other'; nobody is signed in."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    make_student("other", "Olly Other", classroom=classroom)
    close_assignment(make_assignment(teacher, classroom, bank=make_bank()))
    commit()
    login(client, "student")
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "count": "10"})
    attempt = db.session.get(Attempt, int(response.headers["Location"].rsplit("/", 1)[1]))
    client.post("/logout")
    return attempt.assignment, attempt


def test_a_classmate_cannot_start_or_resume_another_students_practice(client, practice):
    assignment, _ = practice
    login(client, "other")
    assert client.post(f"/student/assignments/{assignment.id}/start").status_code == 404
    assert db.session.scalar(db.select(db.func.count()).select_from(Attempt).where(
        Attempt.assignment_id == assignment.id)) == 1


def test_the_service_refuses_a_practice_attempt_by_anyone_else(app, practice):
    assignment, _ = practice
    other = db.session.scalar(db.select(User).where(User.username == "other"))
    from studyapp.errors import AttemptClosedError

    with pytest.raises(AttemptClosedError):
        attempts.start_attempt(assignment, other, now=utcnow())


def test_an_attempt_made_at_someone_elses_practice_before_the_fix_is_a_404(client, practice):
    """Attempts a classmate started before this rule existed: every page and the autosave answer 404."""
    assignment, _ = practice
    other = db.session.scalar(db.select(User).where(User.username == "other"))
    stray = Attempt(assignment=assignment, student=other, number=1, started_at=utcnow())
    db.session.add(stray)
    commit()
    slot = assignment.quiz.slots[0]
    login(client, "other")
    assert client.get(f"/student/attempts/{stray.id}").status_code == 404
    assert client.post(f"/student/attempts/{stray.id}", data={"submit": "1", "confirm": "1"}).status_code == 404
    saved = client.post(f"/student/attempts/{stray.id}/answers",
                        data={"slot_id": str(slot.id), f"slot_{slot.id}": str(slot.question.answer)})
    assert saved.status_code == 404
    stray.submitted_at = utcnow()
    commit()
    assert client.get(f"/student/attempts/{stray.id}/result").status_code == 404


def test_the_owner_still_takes_and_sees_their_practice(client, practice):
    assignment, attempt = practice
    login(client, "student")
    assert client.post(f"/student/assignments/{assignment.id}/start").headers["Location"].endswith(
        f"/student/attempts/{attempt.id}")
    assert client.get(f"/student/attempts/{attempt.id}").status_code == 200
    client.post(f"/student/attempts/{attempt.id}", data={"submit": "1", "confirm": "1"})
    assert client.get(f"/student/attempts/{attempt.id}/result").status_code == 200


@pytest.mark.parametrize("method, path", [
    ("get", "/teacher/assignments/{a}"),
    ("post", "/teacher/assignments/{a}/extra-time"),
    ("get", "/teacher/quizzes/{q}"),
    ("post", "/teacher/quizzes/{q}/settings"),
    ("post", "/teacher/quizzes/{q}/assign"),
    ("get", "/teacher/quizzes/{q}/preview"),
    ("get", "/teacher/quizzes/{q}/print?key=1"),
    ("get", "/teacher/quizzes/{q}/analysis"),
    ("get", "/teacher/quizzes/{q}/items.csv"),
])
def test_the_teacher_cannot_open_a_practice_quiz_by_id(client, practice, method, path):
    assignment, _ = practice
    login(client, "teacher")
    url = path.format(a=assignment.id, q=assignment.quiz_id)
    assert getattr(client, method)(url).status_code == 404


def test_practice_stays_out_of_every_teacher_page_and_export(client, practice):
    assignment, attempt = practice
    login(client, "student")
    client.post(f"/student/attempts/{attempt.id}", data={"submit": "1", "confirm": "1"})
    client.post("/logout")
    login(client, "teacher")
    classroom_id = assignment.classroom_id
    student = db.session.scalar(db.select(User).where(User.username == "student"))
    for url in (f"/teacher/classes/{classroom_id}", f"/teacher/classes/{classroom_id}/gradebook",
                f"/teacher/classes/{classroom_id}/students/{student.id}", f"/teacher/classes/{classroom_id}/scores.csv",
                f"/teacher/classes/{classroom_id}/answers.csv", "/teacher/"):
        response = client.get(url)
        assert response.status_code == 200 and b"Practice" not in response.data, url
        assert f"/assignments/{assignment.id}".encode() not in response.data, url
    graded = db.session.scalar(db.select(Assignment).where(Assignment.practice_for_id.is_(None)))
    assert client.get(f"/teacher/assignments/{graded.id}").status_code == 200
