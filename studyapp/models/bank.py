"""Question banks: their source documents, questions (with evidence) and flashcards."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models import search_index
from studyapp.models.user import User
from studyapp.vocabulary import QuestionKind, QuestionStatus, QuestionType  # noqa: F401 (models.QuestionType)


def _in(values: type[StrEnum]) -> str:
    """SQL list of an enum's values, for a check constraint."""
    return "(" + ", ".join(f"'{v.value}'" for v in values) + ")"


class QuestionBank(db.Model):
    """A teacher's collection of questions and flashcards, or a course pack every teacher may copy.

    A bank has one owner, the only teacher who changes it. A template (a course pack loaded by
    `content load`) has none: teachers read it and copy it, nobody changes it.
    """

    __tablename__ = "question_banks"
    __table_args__ = (sa.CheckConstraint("NOT is_template OR owner_id IS NULL", name="template_unowned"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    owner_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    is_template: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    copied_from_id: Mapped[int | None] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="SET NULL"))
    origin: Mapped[str] = mapped_column(sa.String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # off the dashboard, in "Archived"; its questions stay in quizzes

    owner: Mapped[User | None] = relationship()
    sources: Mapped[list["SourceDocument"]] = relationship(back_populates="bank", cascade="all, delete-orphan")
    questions: Mapped[list["Question"]] = relationship(
        back_populates="bank", cascade="all, delete-orphan", order_by="Question.id"
    )
    flashcards: Mapped[list["Flashcard"]] = relationship(back_populates="bank", cascade="all, delete-orphan")


class SourceDocument(db.Model):
    """A document questions were made from, with its cleaned text kept for showing evidence."""

    __tablename__ = "source_documents"
    __table_args__ = (sa.UniqueConstraint("bank_id", "key", name="uq_source_documents_bank_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(sa.String(200))
    title: Mapped[str] = mapped_column(sa.String(500), default="")
    author: Mapped[str] = mapped_column(sa.String(300), default="")
    kind: Mapped[str] = mapped_column(sa.String(200), default="")
    published: Mapped[str] = mapped_column(sa.String(40), default="")
    filename: Mapped[str] = mapped_column(sa.String(300), default="")
    # The whole document: loaded only when read, not with every question that cites the document's title.
    text: Mapped[str] = mapped_column(sa.Text, default="", deferred=True)
    archived_at: Mapped[datetime | None]  # its questions leave the bank page and new quizzes, not old quizzes
    language: Mapped[str] = mapped_column(sa.String(8), default="en", server_default="en")  # kk | ru | en

    bank: Mapped[QuestionBank] = relationship(back_populates="sources")


class Question(db.Model):
    """One question with its key, its evidence quote and its review status."""

    __tablename__ = "questions"
    __table_args__ = (
        sa.UniqueConstraint("bank_id", "key", name="uq_questions_bank_key"),
        sa.CheckConstraint(f"type IN {_in(QuestionType)}", name="type_known"),
        sa.CheckConstraint(f"kind IN {_in(QuestionKind)}", name="kind_known"),
        sa.CheckConstraint(f"status IN {_in(QuestionStatus)}", name="status_known"),
        # Covers the bank page's grouped counts and filtered counts, so they read the index, not the rows.
        sa.Index("ix_questions_bank_filters", "bank_id", "source_id", "language", "topic", "type", "kind", "status", "warnings"),
        # The bank page's "N draft, N approved" and the quiz builder's count of usable questions, read from an index.
        sa.Index("ix_questions_bank_status", "bank_id", "status", "type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(sa.String(100))
    type: Mapped[str] = mapped_column(sa.String(32))
    kind: Mapped[str] = mapped_column(sa.String(16), default=QuestionKind.FACT)
    prompt: Mapped[str] = mapped_column(sa.Text)
    choices: Mapped[list[str] | None] = mapped_column(sa.JSON)
    answer: Mapped[Any] = mapped_column(sa.JSON)
    aliases: Mapped[list[str] | None] = mapped_column(sa.JSON)
    tolerance: Mapped[float | None]
    explanation: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    topic: Mapped[str] = mapped_column(sa.String(200), default="", index=True)
    difficulty: Mapped[float | None]
    source_id: Mapped[int | None] = mapped_column(sa.ForeignKey("source_documents.id", ondelete="SET NULL"))
    quote: Mapped[str] = mapped_column(sa.Text, default="")
    paragraph: Mapped[int | None]
    status: Mapped[str] = mapped_column(sa.String(16), default=QuestionStatus.DRAFT, index=True)
    tags: Mapped[list[str] | None] = mapped_column(sa.JSON)
    # Partial credit and per-answer feedback beyond the key (question_types.marks): [{answer, fraction, feedback,
    # tolerance}], fraction from -1 to 1; None for a question graded by its key alone.
    marks: Mapped[list[dict] | None] = mapped_column(sa.JSON)
    # Derived when the question is saved (`_derive_filter_fields`), so the bank page filters and searches in SQL:
    # the quality warning codes as ",code,code," and the casefolded text a teacher searches.
    warnings: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    search_text: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    language: Mapped[str] = mapped_column(sa.String(8), default="en", server_default="en")  # of prompt and choices
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    bank: Mapped[QuestionBank] = relationship(back_populates="questions")
    source: Mapped[SourceDocument | None] = relationship()
    events: Mapped[list["QuestionEvent"]] = relationship(
        back_populates="question", cascade="all, delete-orphan", order_by="QuestionEvent.id.desc()"
    )
    # Loaded with the questions in one more query (a quiz page shows each question's images), never one per question.
    images: Mapped[list["QuestionImage"]] = relationship(  # noqa: F821 (models/media.py)
        cascade="all, delete-orphan", order_by="QuestionImage.place", lazy="selectin")

    def image_at(self, place: str = "prompt") -> "QuestionImage | None":  # noqa: F821
        """The image shown at the prompt (or at "choice:N"), or None."""
        return next((image for image in self.images if image.place == place), None)

    def choice_image(self, choice: str) -> "QuestionImage | None":  # noqa: F821
        """The image shown with the choice of that text (wherever a shuffle put it), or None."""
        if not self.images or choice not in (self.choices or []):
            return None
        return self.image_at(f"choice:{self.choices.index(choice)}")


class QuestionEvent(db.Model):
    """Who changed what in a question, and when: the review history teachers see."""

    __tablename__ = "question_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(sa.String(32))
    changes: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    question: Mapped[Question] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()


class Flashcard(db.Model):
    """A front/back study card with its evidence."""

    __tablename__ = "flashcards"
    __table_args__ = (sa.UniqueConstraint("bank_id", "key", name="uq_flashcards_bank_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(sa.String(100))
    front: Mapped[str] = mapped_column(sa.Text)
    back: Mapped[str] = mapped_column(sa.Text)
    source_id: Mapped[int | None] = mapped_column(sa.ForeignKey("source_documents.id", ondelete="SET NULL"))
    quote: Mapped[str] = mapped_column(sa.Text, default="")
    paragraph: Mapped[int | None]
    status: Mapped[str] = mapped_column(sa.String(16), default=QuestionStatus.DRAFT)

    bank: Mapped[QuestionBank] = relationship(back_populates="flashcards")
    source: Mapped[SourceDocument | None] = relationship()


def filter_fields(question: Question) -> tuple[str, str]:
    """(warnings, search_text) of a question as the bank page filters and searches them."""
    from studyapp.services.quality import question_warnings

    codes = question_warnings(question)
    text = " ".join([question.prompt or "", str(question.answer), question.quote or "", question.topic or "",
                     " ".join(question.tags or [])]).casefold()
    return ("," + ",".join(codes) + "," if codes else ""), text


search_index.install(Question.__table__)


@sa.event.listens_for(Question, "before_insert")
@sa.event.listens_for(Question, "before_update")
def _derive_filter_fields(_mapper, _connection, question: Question) -> None:
    """Keep the stored warnings and search text in step with every save of a question."""
    question.warnings, question.search_text = filter_fields(question)
