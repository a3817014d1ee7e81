"""Classes: creating them, join codes, enrolment, and invitations an existing student accepts or declines."""
from __future__ import annotations

import secrets
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.models import ClassInvitation, Classroom, Enrolment, User
from studyapp.translatable import N_
from studyapp.vocabulary import INTERFACE_LANGUAGES

# Join codes are read off a board: no 0/O, 1/I. Eight of these 32 characters make 2^40 codes, which the
# join-code rate limit (studyapp/auth/limits.py) keeps out of reach of guessing; codes made before with six
# characters keep working.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8


def normalise_join_code(code: str) -> str:
    """Join codes are case-insensitive and may be typed with spaces or dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def new_join_code() -> str:
    """A join code not used by any class."""
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if db.session.scalar(sa.select(Classroom.id).where(Classroom.join_code == code)) is None:
            return code


def create_classroom(name: str, *, teacher: User) -> Classroom:
    """Create a class owned by `teacher` with a fresh join code."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(N_("Give the class a name."))
    classroom = Classroom(name=name[:200], teacher=teacher, join_code=new_join_code())
    db.session.add(classroom)
    db.session.flush()
    return classroom


def find_classroom_by_code(code: str) -> Classroom | None:
    """The class with that join code, or None."""
    code = normalise_join_code(code)
    if not code:
        return None
    return db.session.scalar(sa.select(Classroom).where(Classroom.join_code == code, Classroom.archived_at.is_(None)))


def is_enrolled(classroom: Classroom | int, student: User) -> bool:
    """True when `student` is in `classroom` (a Classroom or its id: an id loads no roster)."""
    classroom_id = classroom if isinstance(classroom, int) else classroom.id
    return db.session.scalar(
        sa.select(Enrolment.id).where(Enrolment.classroom_id == classroom_id,
                                      Enrolment.student_id == student.id)
    ) is not None


def enrol(classroom: Classroom, student: User) -> Enrolment:
    """Enrol `student` (idempotent)."""
    if not student.is_student:
        raise ValidationError(N_("Only student accounts can join a class."))
    existing = db.session.scalar(
        sa.select(Enrolment).where(Enrolment.classroom_id == classroom.id,
                                   Enrolment.student_id == student.id)
    )
    if existing is not None:
        return existing
    enrolment = Enrolment(classroom=classroom, student=student)
    db.session.add(enrolment)
    db.session.flush()
    return enrolment


def list_student_classrooms(student: User) -> list[Classroom]:
    """Classes the student is enrolled in (not archived ones), by name."""
    return list(db.session.scalars(
        sa.select(Classroom).join(Enrolment).where(Enrolment.student_id == student.id, Classroom.archived_at.is_(None))
        .order_by(Classroom.name)
    ))


def find_teacher_classroom(teacher: User, name: str) -> Classroom | None:
    """The teacher's live class of that name (Back and "Create class" again finds the first), or None."""
    return db.session.scalar(sa.select(Classroom).where(
        Classroom.teacher_id == teacher.id, Classroom.name == (name or "").strip(), Classroom.archived_at.is_(None))
        .order_by(Classroom.id).limit(1))


def list_teacher_classrooms(teacher: User) -> list[Classroom]:
    """Classes the teacher owns and has not archived, by name."""
    return list(db.session.scalars(
        sa.select(Classroom).where(Classroom.teacher_id == teacher.id, Classroom.archived_at.is_(None))
        .order_by(Classroom.name)
    ))


def invite_student(classroom: Classroom, student: User, *, now: datetime) -> ClassInvitation | None:
    """Invite an existing student to the class (idempotent); None when they are in it already.

    A student is enrolled only by accepting; a declined invitation is kept, so the class cannot ask again.
    """
    if not student.is_student or is_enrolled(classroom, student):
        return None
    invitation = db.session.scalar(sa.select(ClassInvitation).where(
        ClassInvitation.classroom_id == classroom.id, ClassInvitation.student_id == student.id))
    if invitation is None:
        invitation = ClassInvitation(classroom=classroom, student=student, created_at=now)
        db.session.add(invitation)
        db.session.flush()
    return invitation


def list_pending_invitations(student: User) -> list[ClassInvitation]:
    """Invitations the student has neither accepted nor declined, oldest first."""
    return list(db.session.scalars(sa.select(ClassInvitation).where(
        ClassInvitation.student_id == student.id, ClassInvitation.declined_at.is_(None)).order_by(ClassInvitation.id)))


def accept_invitation(invitation: ClassInvitation) -> Enrolment:
    """Enrol the invited student; the invitation is used up."""
    enrolment = enrol(invitation.classroom, invitation.student)
    db.session.delete(invitation)
    db.session.flush()
    return enrolment


def decline_invitation(invitation: ClassInvitation, *, now: datetime) -> None:
    """Say no: nothing is enrolled, and the invitation no longer shows."""
    invitation.declined_at = now
    db.session.flush()


def set_study_settings(classroom: Classroom, *, desired_retention: float, new_cards_per_day: int,
                       language: str | None = None) -> None:
    """Set how well the class's flashcards should be remembered (0.70–0.97), how many new cards a day (0–200),
    and the interface language its students get until they choose one (None: each student's browser)."""
    if not 0.70 <= desired_retention <= 0.97 or not 0 <= new_cards_per_day <= 200:
        raise ValidationError(N_("Desired retention is between 0.70 and 0.97; new cards per day between 0 and 200."))
    if language is not None and language not in INTERFACE_LANGUAGES:
        raise ValidationError(N_("Choose one of the offered languages."))
    classroom.desired_retention, classroom.new_cards_per_day = desired_retention, new_cards_per_day
    classroom.language = language
    db.session.flush()


def list_all_classrooms() -> list[Classroom]:
    """Every class of the school, by name (the administrator's view)."""
    return list(db.session.scalars(sa.select(Classroom).order_by(Classroom.name, Classroom.id)))
