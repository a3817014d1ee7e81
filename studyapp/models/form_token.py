"""One-time form tokens: a creating form that was sent once, and where its result is (Back and resubmit)."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.db import db, utcnow


class FormToken(db.Model):
    """A token a creating form carried when it was sent; the primary key makes a second send of it fail.

    Kept in the database, not in process memory, because several app processes share the work.
    """

    __tablename__ = "form_tokens"

    token: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    result_url: Mapped[str] = mapped_column(sa.String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
