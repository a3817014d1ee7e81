"""Quizzes (an ordered set of question slots with settings) and their assignment to classes."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models.bank import Question, QuestionBank
from studyapp.models.course import Classroom
from studyapp.models.user import User


class FeedbackMode(StrEnum):
    """When a student sees which answers were right."""

    IMMEDIATE = "immediate"
    AFTER_SUBMIT = "after_submit"
    AFTER_DUE = "after_due"


class Quiz(db.Model):
    """A teacher's quiz: settings plus ordered slots, each pointing at one question."""

    __tablename__ = "quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    bank_id: Mapped[int | None] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(sa.String(300))
    shuffle_questions: Mapped[bool] = mapped_column(default=False)
    shuffle_choices: Mapped[bool] = mapped_column(default=False)
    time_limit_minutes: Mapped[int | None]
    attempts_allowed: Mapped[int] = mapped_column(default=1)
    feedback_mode: Mapped[str] = mapped_column(sa.String(16), default=FeedbackMode.AFTER_SUBMIT)
    show_evidence: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # off the dashboard; its assignments and grades stay

    owner: Mapped[User] = relationship()
    bank: Mapped[QuestionBank | None] = relationship()
    # Slots and their questions load together: the player reads every slot's question on each request.
    slots: Mapped[list["QuizSlot"]] = relationship(
        back_populates="quiz", cascade="all, delete-orphan", order_by="QuizSlot.position", lazy="selectin"
    )

    @property
    def max_score(self) -> float:
        """Total points over all slots."""
        return sum(slot.points for slot in self.slots)


class QuizSlot(db.Model):
    """Position `position` of a quiz; attempts address questions by slot."""

    __tablename__ = "quiz_slots"
    __table_args__ = (sa.UniqueConstraint("quiz_id", "position", name="uq_quiz_slots_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(sa.ForeignKey("quizzes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    question_id: Mapped[int] = mapped_column(sa.ForeignKey("questions.id", ondelete="RESTRICT"))
    points: Mapped[float] = mapped_column(default=1.0)

    quiz: Mapped[Quiz] = relationship(back_populates="slots")
    question: Mapped[Question] = relationship(lazy="joined")


class Assignment(db.Model):
    """A quiz set for a class, open from `open_at` until `due_at`."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(sa.ForeignKey("quizzes.id", ondelete="CASCADE"), index=True)
    classroom_id: Mapped[int] = mapped_column(sa.ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    open_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime | None]
    # A student's own practice quiz: visible only to that student and never in the gradebook.
    practice_for_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Unassigned: students no longer see it; attempts and grades are kept for the teacher to restore.
    archived_at: Mapped[datetime | None]

    quiz: Mapped[Quiz] = relationship()
    classroom: Mapped[Classroom] = relationship(back_populates="assignments")

    def is_for_student(self, student_id: int) -> bool:
        """False for another student's practice quiz, which is that student's alone (to classmates and teacher)."""
        return self.practice_for_id is None or self.practice_for_id == student_id

    def is_open(self, now: datetime) -> bool:
        """True when students may start or continue it at `now`."""
        return self.open_at <= now and (self.due_at is None or now <= self.due_at)


class Accommodation(db.Model):
    """Extra time for one student on one assignment's time limit."""

    __tablename__ = "accommodations"
    __table_args__ = (sa.UniqueConstraint("assignment_id", "student_id", name="uq_accommodations_student"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(sa.ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    extra_minutes: Mapped[int] = mapped_column(default=0)

    assignment: Mapped[Assignment] = relationship()
    student: Mapped[User] = relationship()
