"""Practice quizzes: a student's own quiz on chosen topics from a class's banks, never in the gradebook.

A practice quiz never asks what a live graded quiz asks (services.locks), and it is its student's alone.
"""
from __future__ import annotations

import random
from datetime import datetime

import sqlalchemy as sa

from studyapp.translatable import N_
from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.models import Assignment, Classroom, FeedbackMode, Question, QuestionStatus, Quiz, QuizSlot, User
from studyapp.question_types import AUTO_GRADED
from studyapp.services.locks import find_locks
from studyapp.services.scheduling import class_bank_ids

MAX_QUESTIONS = 50  # a practice quiz asks 1 to this many questions


def list_practice_topics(classroom: Classroom) -> list[str]:
    """Topics of the approved questions in the class's banks."""
    bank_ids = class_bank_ids(classroom)
    if not bank_ids:
        return []
    return sorted(t for t in db.session.scalars(
        sa.select(Question.topic).distinct().where(Question.bank_id.in_(bank_ids),
                                                   Question.status == QuestionStatus.APPROVED)) if t)


def start_practice(student: User, classroom: Classroom, topics: list[str], *, count: int, now: datetime,
                   seed: int | None = None) -> Assignment:
    """A practice assignment of up to `count` approved questions on `topics` (all topics when empty).

    Questions held back while a graded quiz that asks them is live are left out.
    """
    if not 1 <= count <= MAX_QUESTIONS:
        raise ValidationError(N_("Choose how many questions (1 to %(max)s).", max=MAX_QUESTIONS), "count")

    bank_ids = class_bank_ids(classroom)
    query = sa.select(Question).where(Question.bank_id.in_(bank_ids), Question.status == QuestionStatus.APPROVED,
                                      Question.type.in_(AUTO_GRADED))  # nobody marks a practice essay
    if topics:
        query = query.where(Question.topic.in_(topics))
    locks = find_locks(classroom, now=now, student=student)
    pool = list(db.session.scalars(query.where(Question.id.not_in(locks.question_ids)).order_by(Question.id)))
    if not pool:
        if db.session.scalar(query.limit(1)) is not None:
            raise ValidationError(N_("The questions on those topics are in a quiz your class is taking now; "
                                     "practise them once it has closed."))
        raise ValidationError(N_("There are no questions to practise on those topics yet."))
    rng = random.Random(seed if seed is not None else int(now.timestamp()))
    picked = rng.sample(pool, min(count, len(pool)))
    label = ", ".join(topics[:3]) + ("…" if len(topics) > 3 else "") if topics else "all topics"
    quiz = Quiz(owner=student, title=f"Practice: {label}"[:300], feedback_mode=FeedbackMode.AFTER_SUBMIT,
                attempts_allowed=1, shuffle_choices=True)
    db.session.add(quiz)
    for position, question in enumerate(picked, start=1):
        quiz.slots.append(QuizSlot(position=position, question=question, points=1.0))
    assignment = Assignment(quiz=quiz, classroom=classroom, open_at=now, due_at=None, practice_for_id=student.id)
    db.session.add(assignment)
    db.session.flush()
    return assignment
