"""Building quizzes from banks and assigning them to classes."""
from __future__ import annotations

import random
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.models import Assignment, Classroom, Question, QuestionBank, QuestionStatus, Quiz, QuizSlot, User
from studyapp.services.grading import GRADERS


def list_quiz_questions(bank: QuestionBank) -> list[Question]:
    """Approved questions of the bank that students can answer in a quiz, in bank order."""
    return list(db.session.scalars(
        sa.select(Question)
        .where(Question.bank_id == bank.id, Question.status == QuestionStatus.APPROVED,
               Question.type.in_(list(GRADERS)))
        .order_by(Question.id)
    ))


def build_quiz(bank: QuestionBank, *, owner: User, title: str, count: int | None = None,
               seed: int | None = None) -> Quiz:
    """A quiz of all the bank's usable questions, or `count` of them picked at random."""
    title = (title or "").strip()
    if not title:
        raise ValidationError("Give the quiz a title.")
    pool = list_quiz_questions(bank)
    if not pool:
        raise ValidationError(
            "This bank has no approved multiple-choice or true/false questions yet: approve some first."
        )
    if count is not None:
        if count < 1:
            raise ValidationError("The number of questions must be at least 1.")
        if count > len(pool):
            raise ValidationError(f"The bank has only {len(pool)} usable questions; ask for at most that many.")
        pool = sorted(random.Random(seed).sample(pool, count), key=lambda q: q.id)
    quiz = Quiz(owner=owner, bank=bank, title=title[:300])
    db.session.add(quiz)
    for position, question in enumerate(pool, start=1):
        quiz.slots.append(QuizSlot(position=position, question=question, points=1.0))
    db.session.flush()
    return quiz


def assign_quiz(quiz: Quiz, classroom: Classroom, *, due_at: datetime | None, now: datetime,
                open_at: datetime | None = None) -> Assignment:
    """Assign `quiz` to `classroom`, open from `open_at` (default now) until `due_at`."""
    open_at = open_at or now
    if due_at is not None and due_at <= open_at:
        raise ValidationError("The due date must be after the opening date.")
    assignment = Assignment(quiz=quiz, classroom=classroom, open_at=open_at, due_at=due_at)
    db.session.add(assignment)
    db.session.flush()
    return assignment


def list_teacher_quizzes(teacher: User) -> list[Quiz]:
    """The teacher's quizzes, newest first."""
    return list(db.session.scalars(
        sa.select(Quiz).where(Quiz.owner_id == teacher.id).order_by(Quiz.created_at.desc(), Quiz.id.desc())
    ))
