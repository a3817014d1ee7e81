"""The demo: an administrator, a teacher with an own copy of the course pack, a class of 25 and one assignment."""
from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.translatable import N_

from studyapp.models import Classroom, QuestionBank, QuestionStatus, Role, User
from studyapp.question_types import get_type
from studyapp.services import accounts, banks, classes, quizzes
from studyapp.services.flashcards import set_flashcard_status
from studyapp.services.questions import set_status
from studyapp.vocabulary import INTERFACE_LANGUAGES

DEMO_ADMIN = "demo-admin"
DEMO_TEACHER = "demo-teacher"
DEMO_CLASS = "Demo class"
DEMO_STUDENTS = [f"student{i}" for i in range(1, 26)]
DEMO_QUIZ_SIZE = 10
# Names of the demo people in each interface language (`demo create --language`); None keeps the English ones.
DEMO_NAMES = {"kk": ("Демо мұғалім", "Оқушы {}"), "ru": ("Демо-учитель", "Ученик {}"), "en": ("Demo Teacher", "Student {}")}


def create_demo(password: str, *, now: datetime, language: str | None = None) -> dict:
    """Create (or complete) the demo; idempotent. Returns what was made, for printing.

    `language` (kk, ru or en) makes the demo people speak it: their names, their interface language and the
    class's default language; without it they keep what they have (a new demo: English names, browser language).
    """
    if language is not None and language not in INTERFACE_LANGUAGES:
        raise ValidationError(N_("The demo language is one of %(languages)s, not %(language)r.",
                                 languages=", ".join(INTERFACE_LANGUAGES), language=language))
    if accounts.find_user(DEMO_ADMIN) is None:
        accounts.create_user(DEMO_ADMIN, password, role=Role.ADMIN, full_name="Demo Administrator")
    teacher = accounts.find_user(DEMO_TEACHER) or accounts.create_user(
        DEMO_TEACHER, password, role=Role.TEACHER, full_name="Demo Teacher")
    classroom = db.session.scalar(
        sa.select(Classroom).where(Classroom.teacher_id == teacher.id, Classroom.name == DEMO_CLASS))
    if classroom is None:
        classroom = classes.create_classroom(DEMO_CLASS, teacher=teacher)
    for i, name in enumerate(DEMO_STUDENTS, start=1):
        student = accounts.find_user(name) or accounts.create_user(
            name, password, role=Role.STUDENT, full_name=f"Student {i}")
        classes.enrol(classroom, student)
        if language is not None:
            student.full_name, student.language = DEMO_NAMES[language][1].format(i), language
    if language is not None:
        teacher.full_name, teacher.language, classroom.language = DEMO_NAMES[language][0], language, language
    if not classroom.assignments:
        template = db.session.scalar(
            sa.select(QuestionBank).where(QuestionBank.is_template.is_(True)).order_by(QuestionBank.id))
        if template is None:
            raise ValidationError(N_("No course pack is loaded: run `flask --app studyapp content load` first."))
        bank = banks.find_copy(template, teacher) or banks.copy_bank(template, owner=teacher, now=now)
        _approve_demo_questions(bank, teacher, now=now)
        _approve_demo_flashcards(bank, teacher, now=now)
        quiz = quizzes.build_quiz(bank, owner=teacher, title=f"{bank.title}: first quiz",
                                  count=min(DEMO_QUIZ_SIZE, len(quizzes.list_quiz_questions(bank))), seed=1)
        quizzes.assign_quiz(quiz, classroom, due_at=now + timedelta(days=14), now=now)
    return {"teacher": teacher, "classroom": classroom, "students": DEMO_STUDENTS, "password": password,
            "admin": DEMO_ADMIN}


def _approve_demo_questions(bank: QuestionBank, teacher: User, *, now: datetime) -> None:
    """The demo teacher approves the first draft choice questions of their copy, with the history a teacher leaves."""
    usable = [q for q in bank.questions if get_type(q.type).offers_choices]
    if not any(q.status == QuestionStatus.APPROVED for q in usable):
        drafts = [q for q in usable[: DEMO_QUIZ_SIZE * 2] if q.status == QuestionStatus.DRAFT]
        set_status(drafts, QuestionStatus.APPROVED, actor=teacher, now=now)


def _approve_demo_flashcards(bank: QuestionBank, teacher: User, *, now: datetime) -> None:
    """The demo teacher approves the first draft flashcards of their copy, so the demo class has cards to study."""
    if not any(c.status == QuestionStatus.APPROVED for c in bank.flashcards):
        drafts = sorted((c for c in bank.flashcards if c.status == QuestionStatus.DRAFT), key=lambda c: c.id)
        set_flashcard_status(drafts[: DEMO_QUIZ_SIZE * 2], QuestionStatus.APPROVED, actor=teacher, now=now)


def is_demo_login(username: str, password: str, demo_password: str) -> bool:
    """True for a demo account signing in with the demo password (refused in production)."""
    return username in {DEMO_ADMIN, DEMO_TEACHER, *DEMO_STUDENTS} and password == demo_password
