"""One assignment state everywhere: the gradebook, the student's list and the assignment page agree; feedback release."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from factories import (commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_submitted_attempt, make_teacher)

from studyapp.db import db, utcnow
from studyapp.models import Attempt
from studyapp.services import attempts

NAMES = ("ana", "bo", "cy", "di")
EXPECTED = {  # (student, assignment title) -> state
    ("ana", "Current"): "done", ("bo", "Current"): "late", ("cy", "Current"): "in_progress", ("di", "Current"): "open",
    ("ana", "Closed"): "done", ("bo", "Closed"): "missed", ("cy", "Closed"): "missed", ("di", "Closed"): "missed",
    **{(n, "Later"): "upcoming" for n in NAMES},
}


@pytest.fixture
def school(client):
    """Four students on an open, a closed and a not yet open assignment, in every state between them."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    ana, bo, cy, _di = (make_student(n, n.title(), classroom=classroom) for n in NAMES)
    bank = make_bank()
    current = make_assignment(teacher, classroom, bank=bank, title="Current")
    make_submitted_attempt(current, ana)
    make_submitted_attempt(current, bo, submit_at=current.due_at + timedelta(seconds=10))
    attempts.start_attempt(current, cy, now=utcnow())
    closed = make_assignment(teacher, classroom, bank=bank, title="Closed")
    make_submitted_attempt(closed, ana, submit_at=utcnow() - timedelta(days=1, hours=1))
    attempts.start_attempt(closed, cy, now=utcnow())  # never submitted
    closed.open_at, closed.due_at = utcnow() - timedelta(days=2), utcnow() - timedelta(days=1)
    later = make_assignment(teacher, classroom, bank=bank, title="Later")
    later.open_at, later.due_at = utcnow() + timedelta(days=1), utcnow() + timedelta(days=8)
    commit()
    return classroom, {a.quiz.title: a for a in (current, closed, later)}


def states_in(html: str) -> list[str]:
    """The states of the state tags in a piece of page, in order, checking each tag's word."""
    found = re.findall(r'data-state="(\w+)">([^<]+)</span>', html)
    words = {"upcoming": "Not open yet", "open": "To do", "in_progress": "In progress", "done": "Done",
             "late": "Done late", "missed": "Missed"}
    assert all(words[state] == word for state, word in found), found
    return [state for state, _word in found]


def test_the_gradebook_the_student_list_and_the_assignment_page_show_the_same_state(client, school):
    classroom, by_title = school
    seen: dict[str, dict[tuple[str, str], str]] = {"dashboard": {}, "gradebook": {}, "assignment": {}}
    for name in NAMES:
        login(client, name)
        page = client.get("/student/").data.decode()
        for title in by_title:
            card = page[page.index(f">{title}</h2>"):]
            seen["dashboard"][(name, title)] = states_in(card[:card.index("</li>")])[0]
        client.post("/logout")
    login(client, "teacher")
    page = client.get(f"/teacher/classes/{classroom.id}/gradebook").data.decode()
    order = [a.quiz.title for a in sorted(by_title.values(), key=lambda a: (a.open_at, a.id))]
    for name in NAMES:
        row = page[page.index(f">{name.title()}</a></th>"):]
        seen["gradebook"].update({(name, t): s for t, s in zip(order, states_in(row[:row.index("</tr>")]), strict=True)})
    for title, assignment in by_title.items():
        page = client.get(f"/teacher/assignments/{assignment.id}").data.decode()
        for name in NAMES:
            row = page[page.index(f"({name})</span>"):]
            seen["assignment"][(name, title)] = states_in(row[:row.index("</tr>")])[0]
    assert seen["dashboard"] == seen["gradebook"] == seen["assignment"] == EXPECTED


def test_the_student_list_offers_start_continue_and_try_again_by_state(client, school):
    _classroom, by_title = school
    by_title["Current"].quiz.attempts_allowed = 2
    commit()
    buttons = {}
    for name in NAMES:
        login(client, name)
        page = client.get("/student/").data.decode()
        card = page[page.index(">Current</h2>"):]
        card = card[:card.index("</li>")]
        buttons[name] = [b for b in ("Start quiz", "Continue quiz", "Try again") if b in card]
        client.post("/logout")
    assert buttons == {"ana": ["Try again"], "bo": ["Try again"], "cy": ["Continue quiz"], "di": ["Start quiz"]}


def after_due_result(client):
    """A student's submitted attempt at an "after the due date" quiz; the student signed in."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    classmate = make_student("other", "Olu Other", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    assignment.quiz.feedback_mode = "after_due"
    attempt = make_submitted_attempt(assignment, student)
    commit()
    login(client, "student")
    return assignment, attempt, classmate


def shows_answers(client, attempt: Attempt) -> bool:
    """Whether the result page shows the right answers."""
    page = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    return "will show the right answers" not in page and "question-card" in page


def test_after_the_due_date_feedback_waits_until_late_answers_can_no_longer_arrive(client):
    assignment, attempt, _classmate = after_due_result(client)
    assert not shows_answers(client, attempt)
    assignment.due_at = utcnow() - timedelta(seconds=10)  # classmates' answers may still be saved
    commit()
    assert not shows_answers(client, attempt)
    assignment.due_at = utcnow() - timedelta(minutes=1)
    commit()
    assert shows_answers(client, attempt)


def test_after_the_due_date_feedback_waits_for_a_classmate_with_extra_time(client):
    assignment, attempt, classmate = after_due_result(client)
    taking = attempts.start_attempt(assignment, classmate, now=utcnow())
    assignment.due_at = utcnow() - timedelta(minutes=1)
    taking.deadline_at = utcnow() + timedelta(minutes=20)  # the classmate's extra time runs on
    commit()
    assert not shows_answers(client, attempt)
    taking.deadline_at = utcnow() - timedelta(minutes=5)
    db.session.commit()
    assert shows_answers(client, attempt)


def test_every_page_and_the_scores_file_count_the_same_best_attempt(client):
    """Two attempts out of different totals (a question retired between them): the higher percentage counts everywhere."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    assignment.quiz.attempts_allowed = 2
    first = make_submitted_attempt(assignment, student)
    second = make_submitted_attempt(assignment, student)
    first.score, first.max_score = 3.0, 4.0  # 75 %
    second.score, second.max_score = 3.5, 5.0  # more points, 70 %
    commit()
    login(client, "student")
    dashboard = client.get("/student/").data.decode()
    client.post("/logout")
    login(client, "teacher")
    gradebook = client.get(f"/teacher/classes/{classroom.id}/gradebook").data.decode()
    page = client.get(f"/teacher/assignments/{assignment.id}").data.decode()
    scores = client.get(f"/teacher/classes/{classroom.id}/scores.csv").data.decode()
    assert f"/student/attempts/{first.id}/result" in dashboard and "Your score: <strong>75.0%" in dashboard
    assert "75.0%" in gradebook and "70.0%" not in gradebook
    assert "(75.0%)" in page and "70.0%" not in page
    assert ",3.0,75.0,done," in scores.splitlines()[1]
