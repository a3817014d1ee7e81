"""Accounts: teachers and students, signed in by username and password (schools have no email)."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from studyapp.db import db, utcnow


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

    def set_password(self, password: str) -> None:
        """Hash and store `password`."""
        self.password_hash = generate_password_hash(password)

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
