"""Spaced repetition: each student's card for a flashcard or question, with its FSRS state and every review."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models.bank import Flashcard, Question
from studyapp.models.course import Classroom
from studyapp.models.user import User


class StudyCard(db.Model):
    """One student's schedule for one flashcard or question (exactly one of the two)."""

    __tablename__ = "study_cards"
    __table_args__ = (
        sa.UniqueConstraint("student_id", "flashcard_id", name="uq_study_cards_flashcard"),
        sa.UniqueConstraint("student_id", "question_id", name="uq_study_cards_question"),
        sa.CheckConstraint("(flashcard_id IS NULL) <> (question_id IS NULL)", name="one_item"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    classroom_id: Mapped[int] = mapped_column(sa.ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    flashcard_id: Mapped[int | None] = mapped_column(sa.ForeignKey("flashcards.id", ondelete="CASCADE"))
    question_id: Mapped[int | None] = mapped_column(sa.ForeignKey("questions.id", ondelete="CASCADE"))
    state: Mapped[int] = mapped_column(default=1)  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: Mapped[int | None] = mapped_column(default=0)
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    due_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_review_at: Mapped[datetime | None]
    review_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    student: Mapped[User] = relationship()
    classroom: Mapped[Classroom] = relationship()
    flashcard: Mapped[Flashcard | None] = relationship()
    question: Mapped[Question | None] = relationship()

    @property
    def is_new(self) -> bool:
        """True until the first review."""
        return self.review_count == 0


class Review(db.Model):
    """One rating given to a card (raw input kept, so schedules can be recomputed)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(sa.ForeignKey("study_cards.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int]  # 1 Again, 2 Hard, 3 Good, 4 Easy
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
    duration_ms: Mapped[int | None]
    due_before: Mapped[datetime | None]
    due_after: Mapped[datetime | None]

    card: Mapped[StudyCard] = relationship()
