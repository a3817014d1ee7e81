"""Images in questions: the bytes, stored once per content hash, and which question shows which image where."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow


class MediaFile(db.Model):
    """An image's bytes, keyed by their SHA-256: the same picture added twice is stored once.

    The bytes live in the database, not on one machine's disk, so several app processes behind one PostgreSQL
    serve them alike and a backup of the database holds them. `data` is loaded only when asked for.
    """

    __tablename__ = "media_files"

    hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(sa.String(32))  # sniffed from the bytes (image_types.sniff_image)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)  # when last stored (services/media.prune_media)


class QuestionImage(db.Model):
    """One image a question shows: at its prompt, or beside one of its choices, with the alt text read instead."""

    __tablename__ = "question_images"
    __table_args__ = (sa.UniqueConstraint("question_id", "place", name="uq_question_images_place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    place: Mapped[str] = mapped_column(sa.String(16), default="prompt")  # "prompt" or "choice:N"
    media_hash: Mapped[str] = mapped_column(sa.ForeignKey("media_files.hash", ondelete="RESTRICT"), index=True)
    alt: Mapped[str] = mapped_column(sa.String(300), default="")
    name: Mapped[str] = mapped_column(sa.String(200), default="")  # the file name it came with, for exports

    media: Mapped[MediaFile] = relationship(lazy="joined")  # its type names the address; the bytes stay deferred

    @property
    def suffix(self) -> str:
        """The file suffix its type has (png, jpg, gif, webp)."""
        from studyapp.image_types import SUFFIXES

        return SUFFIXES.get(self.media.mime, "png")
