"""Test factories: make_<thing> builds a real row through the services, flushed, not committed."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from studyapp.db import db, utcnow
from studyapp.models import Role
from studyapp.services import accounts, banks, classes, quizzes

PASSWORD = "password123"
FIXTURES = Path(__file__).parent / "fixtures"
MINI_BANK = json.loads((FIXTURES / "banks" / "mini.json").read_text(encoding="utf-8"))
ALL_TYPES = json.loads((FIXTURES / "all_types.json").read_text(encoding="utf-8"))  # one question of each type


def make_teacher(username="teacher", full_name="Tina Teacher"):
    """A teacher account with PASSWORD."""
    return accounts.create_user(username, PASSWORD, role=Role.TEACHER, full_name=full_name)


def make_student(username="student", full_name="Sam Student", classroom=None):
    """A student account with PASSWORD, enrolled in `classroom` if given."""
    user = accounts.create_user(username, PASSWORD, role=Role.STUDENT, full_name=full_name)
    if classroom is not None:
        classes.enrol(classroom, user)
    return user


def make_classroom(teacher, name="Class 9B"):
    """A class owned by `teacher`."""
    return classes.create_classroom(name, teacher=teacher)


def make_bank(data=None, key="test:mini", owner=None, template=False):
    """The mini water-cycle bank (or `data`) owned by `owner` (default: the account "teacher").

    `template=True` makes it a course pack instead: read-only, owned by no one, copied by teachers.
    """
    if template:
        return banks.store_bank(data or MINI_BANK, key=key, template=True)
    owner = owner or accounts.find_user("teacher")
    if owner is None:
        raise AssertionError("make_bank needs an owner: make_teacher() first, or pass owner= or template=True")
    return banks.store_bank(data or MINI_BANK, key=key, owner=owner)


def make_assignment(teacher, classroom, bank=None, due_in=timedelta(days=7), title="Water quiz"):
    """A quiz of every usable question of the bank (default: a new mini bank of `teacher`), assigned to `classroom`."""
    bank = bank or make_bank(owner=teacher)
    quiz = quizzes.build_quiz(bank, owner=teacher, title=title)
    now = utcnow()
    return quizzes.assign_quiz(quiz, classroom, due_at=now + due_in, now=now - timedelta(minutes=1))


def make_all_types_assignment():
    """A teacher, a class with one student ("student") and an assignment of one question of each type."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    bank = make_bank(ALL_TYPES, key="test:all", owner=teacher)
    return make_assignment(teacher, classroom, bank=bank, title="All types")


def commit():
    """Commit what the factories made."""
    db.session.commit()


def login(client, username, password=PASSWORD):
    """Post the login form as a browser would."""
    return client.post("/login", data={"username": username, "password": password})


def make_submitted_attempt(assignment, student, wrong_keys=(), submit_at=None):
    """Answer every slot (right, except the questions whose keys are in `wrong_keys`) and submit."""
    from studyapp.services import attempts

    now = utcnow()
    attempt = attempts.start_attempt(assignment, student, now=now)
    for slot in assignment.quiz.slots:
        q = slot.question
        wrong = next((c for c in (q.choices or []) if c != q.answer), "nope")
        attempts.save_answer(attempt, slot, wrong if q.key in wrong_keys else q.answer, now=now)
    return attempts.submit_attempt(attempt, now=submit_at or now)


def close_assignment(assignment, now=None):
    """Move an assignment into the past (opened 8 days and due 1 day before `now`): its questions are free to study."""
    now = now or utcnow()
    assignment.open_at, assignment.due_at = now - timedelta(days=8), now - timedelta(days=1)
    db.session.flush()
    return assignment
