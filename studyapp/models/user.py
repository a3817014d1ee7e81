"""Accounts: teachers and students, signed in by username and password (schools have no email)."""
from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from studyapp.db import db, utcnow


_SESSION_ID = re.compile(r"([0-9]{1,18}):([0-9]{1,18})")


class Role(StrEnum):
    """What an account may do."""

    TEACHER = "teacher"
    STUDENT = "student"
    ADMIN = "admin"  # makes teacher accounts and invitations, resets passwords; changes no bank or class


class User(UserMixin, db.Model):
    """A person who signs in."""

    __tablename__ = "users"
    __table_args__ = (sa.CheckConstraint("role IN ('teacher', 'student', 'admin')", name="role_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True, index=True)
    full_name: Mapped[str] = mapped_column(sa.String(200), default="")
    role: Mapped[str] = mapped_column(sa.String(16))
    password_hash: Mapped[str] = mapped_column(sa.String(256))
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Signed sessions carry it (see get_id); raising it ends every session opened before.
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")
    # The interface language the person chose (kk, ru, en); None: the cookie, the class's or the browser's.
    language: Mapped[str | None] = mapped_column(sa.String(8))

    def set_password(self, password: str) -> None:
        """Hash and store `password`, ending every session opened under the old one."""
        self.password_hash = generate_password_hash(password)
        self.end_sessions()

    def end_sessions(self) -> None:
        """Make every session of this account invalid from its next request on (the caller commits)."""
        self.session_version = (self.session_version or 0) + 1

    def get_id(self) -> str:
        """What Flask-Login keeps in the signed session: the id and the session version, `"id:version"`."""
        return f"{self.id}:{self.session_version}"

    def check_password(self, password: str) -> bool:
        """True when `password` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    @property
    def is_teacher(self) -> bool:
        """True for teacher accounts."""
        return self.role == Role.TEACHER

    @property
    def is_student(self) -> bool:
        """True for student accounts."""
        return self.role == Role.STUDENT

    @property
    def is_admin(self) -> bool:
        """True for administrator accounts."""
        return self.role == Role.ADMIN

    @property
    def display_name(self) -> str:
        """Full name if known, else the username."""
        return self.full_name or self.username


def parse_session_id(value: object) -> tuple[int, int] | None:
    """The (user id, session version) of a `get_id()` value, or None for anything else (a bare id included)."""
    match = _SESSION_ID.fullmatch(value) if isinstance(value, str) else None
    return (int(match[1]), int(match[2])) if match else None


class TeacherInvite(db.Model):
    """A single-use link by which one teacher signs up; only a hash of its token is kept."""

    __tablename__ = "teacher_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    note: Mapped[str] = mapped_column(sa.String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    used_by: Mapped[User | None] = relationship(foreign_keys=[used_by_id])

    def is_usable(self, now: datetime) -> bool:
        """True until it is used or expires."""
        return self.used_at is None and now < self.expires_at
