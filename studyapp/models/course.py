"""Classes a teacher owns, their join codes, and the students enrolled in them."""
from __future__ import annotations

import re
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models.user import User


def natural_key(text: str) -> list:
    """Sort key that orders digit runs by value: 'student2' < 'student10'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


class Classroom(db.Model):
    """A teacher's class; students join it with its join code."""

    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    teacher_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    join_code: Mapped[str] = mapped_column(sa.String(16), unique=True)
    desired_retention: Mapped[float] = mapped_column(default=0.9, server_default="0.9")
    new_cards_per_day: Mapped[int] = mapped_column(default=20, server_default="20")
    # The interface language its students get until they choose one (kk, ru, en); None: their browser's.
    language: Mapped[str | None] = mapped_column(sa.String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # off both dashboards, no joining; grades stay for a restore

    teacher: Mapped[User] = relationship()
    enrolments: Mapped[list["Enrolment"]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan", lazy="selectin"
    )
    assignments: Mapped[list["Assignment"]] = relationship(  # noqa: F821
        back_populates="classroom", cascade="all, delete-orphan", order_by="Assignment.due_at",
        primaryjoin="and_(Classroom.id == Assignment.classroom_id, Assignment.practice_for_id.is_(None), "
                    "Assignment.archived_at.is_(None))",
    )

    @property
    def students(self) -> list[User]:
        """Enrolled students in natural username order (student2 before student10)."""
        return sorted((e.student for e in self.enrolments), key=lambda u: natural_key(u.username))


class Enrolment(db.Model):
    """A student's membership of a class."""

    __tablename__ = "enrolments"
    __table_args__ = (sa.UniqueConstraint("classroom_id", "student_id", name="uq_enrolments_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(sa.ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="enrolments")
    student: Mapped[User] = relationship(lazy="joined")  # rosters, gradebooks and exports read every student


class ClassInvitation(db.Model):
    """A teacher's invitation of an existing student account to a class: enrolled only if the student accepts."""

    __tablename__ = "class_invitations"
    __table_args__ = (sa.UniqueConstraint("classroom_id", "student_id", name="uq_class_invitations_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(sa.ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    declined_at: Mapped[datetime | None]  # kept, so the same class cannot ask again

    classroom: Mapped[Classroom] = relationship()
    student: Mapped[User] = relationship()
