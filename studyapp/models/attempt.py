"""A student's attempt at an assignment, the raw answers given in it with their grades, and the teacher's marks."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models.quiz import Assignment, QuizSlot
from studyapp.models.user import User


class Attempt(db.Model):
    """Attempt number `number` of one student at one assignment."""

    __tablename__ = "attempts"
    __table_args__ = (
        sa.UniqueConstraint("assignment_id", "student_id", "number", name="uq_attempts_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(sa.ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(default=1)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    score: Mapped[float | None]
    max_score: Mapped[float | None]
    deadline_at: Mapped[datetime | None]
    layout: Mapped[dict | None] = mapped_column(sa.JSON)
    # Answers a teacher still has to mark (essays); the score is complete only at 0 (services/marking.py).
    ungraded_count: Mapped[int] = mapped_column(default=0, server_default="0")

    assignment: Mapped[Assignment] = relationship()
    student: Mapped[User] = relationship()
    answers: Mapped[list["Answer"]] = relationship(back_populates="attempt", cascade="all, delete-orphan")
    marks: Mapped[list["ManualGrade"]] = relationship(back_populates="attempt", cascade="all, delete-orphan")

    @property
    def is_finished(self) -> bool:
        """True once submitted."""
        return self.submitted_at is not None

    @property
    def needs_grading(self) -> bool:
        """True while a submitted attempt has answers the teacher has not marked yet."""
        return self.is_finished and bool(self.ungraded_count)

    @property
    def percent(self) -> float | None:
        """Score as a percentage, once graded (every answer marked)."""
        if self.score is None or not self.max_score or self.needs_grading:
            return None
        return round(100.0 * self.score / self.max_score, 1)


class Answer(db.Model):
    """The raw input a student gave for one slot, and its grade."""

    __tablename__ = "answers"
    __table_args__ = (sa.UniqueConstraint("attempt_id", "slot_id", name="uq_answers_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(sa.ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    slot_id: Mapped[int] = mapped_column(sa.ForeignKey("quiz_slots.id", ondelete="CASCADE"))
    raw: Mapped[Any] = mapped_column(sa.JSON)
    is_correct: Mapped[bool | None]
    points: Mapped[float] = mapped_column(default=0.0)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="answers")
    slot: Mapped[QuizSlot] = relationship()


class ManualGrade(db.Model):
    """A teacher's points and comment for one slot of one attempt: an essay's mark, or an override of the automatic
    grade. Kept apart from the answer, whose raw input and automatic grade stay as they were (a regrade replays
    those and keeps this)."""

    __tablename__ = "manual_grades"
    __table_args__ = (sa.UniqueConstraint("attempt_id", "slot_id", name="uq_manual_grades_slot"),
                      sa.CheckConstraint("points >= 0", name="points_not_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(sa.ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    slot_id: Mapped[int] = mapped_column(sa.ForeignKey("quiz_slots.id", ondelete="CASCADE"))
    points: Mapped[float]
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    grader_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    graded_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="marks")
    slot: Mapped[QuizSlot] = relationship()
    grader: Mapped[User | None] = relationship()
