"""Creating accounts, checking passwords, one-time passwords, and class rosters from CSV."""
from __future__ import annotations

import csv
import functools
import io
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from werkzeug.security import check_password_hash, generate_password_hash

from studyapp.db import db
from studyapp.errors import DuplicateError, ValidationError
from studyapp.translatable import N_, message_of, translatable

from studyapp.models import Role, User

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD_LENGTH = 8
# Letters and digits that cannot be confused when read aloud or printed (no 0/O, 1/l/I).
_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def normalise_username(username: str) -> str:
    """Usernames are case-insensitive: store them lower-case, stripped."""
    return (username or "").strip().lower()


def check_username(username: str) -> str:
    """Return the normalised username or raise ValidationError saying what is wrong."""
    name = normalise_username(username)
    if not USERNAME_RE.match(name):
        raise ValidationError(N_("Username %(username)r is not valid: use 2 to 64 letters, digits, dots, dashes or "
                                 "underscores.", username=username))
    return name


def check_password_strength(password: str) -> None:
    """Raise ValidationError when a chosen password is too short."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(N_("Passwords need at least %(min)s characters.", min=MIN_PASSWORD_LENGTH))


def find_user(username: str) -> User | None:
    """The user with that username, or None."""
    return db.session.scalar(sa.select(User).where(User.username == normalise_username(username)))


def create_user(username: str, password: str, *, role: Role, full_name: str = "",
                must_change_password: bool = False) -> User:
    """Create an account; raise DuplicateError if the username is taken."""
    name = check_username(username)
    check_password_strength(password)
    if find_user(name) is not None:
        raise DuplicateError(N_("The username %(username)r is already taken.", username=name))
    user = User(username=name, full_name=(full_name or "").strip(), role=role,
                must_change_password=must_change_password)
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def authenticate(username: str, password: str) -> User | None:
    """The user if the password matches, else None.

    Unknown usernames get the same answer after the same work: a hash of the same kind is checked, so the
    time a login takes does not tell real usernames from unknown ones.
    """
    user = find_user(username)
    if user is None:
        check_password_hash(_dummy_hash(), password or "")
        return None
    return user if user.check_password(password or "") else None


@functools.cache
def _dummy_hash() -> str:
    """A hash made as real ones are (Werkzeug's default method and cost), of a password nobody types."""
    return generate_password_hash(secrets.token_hex(16))


def generate_password(length: int = 10) -> str:
    """A random one-time password that is easy to read off a printed slip."""
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))


def parse_roster(text: str) -> list[tuple[str, str]]:
    """Parse CSV rows `username, full name` (header optional); raise naming the bad line."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line_no, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if line_no == 1 and row[0].strip().lower() in ("username", "user", "login"):
            continue
        username = row[0].strip()
        full_name = row[1].strip() if len(row) > 1 else ""
        try:
            name = check_username(username)
        except ValidationError as exc:
            raise ValidationError(N_("Line %(line)s: %(problem)s", line=line_no, problem=translatable(message_of(exc)))) from None
        if name in seen:
            raise ValidationError(N_("Line %(line)s: the username %(username)r appears twice.", line=line_no,
                                     username=name))
        seen.add(name)
        rows.append((name, full_name))
    if not rows:
        raise ValidationError(N_("The roster is empty: give one line per student, `username, full name`."))
    return rows


@dataclass
class RosterResult:
    """What a roster did: new accounts with their one-time passwords, and the names already taken.

    `taken` says nothing about those accounts (student, teacher, in this class or not): each existing
    student got an invitation to accept, and the teacher can hand out the join code.
    """

    created: list[tuple[User, str]] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)


def add_roster(classroom, text: str, *, now: datetime) -> RosterResult:
    """Create and enrol a student account for every new username in the CSV roster.

    An existing account is never enrolled or changed: a student account is invited (enrolled only if
    they accept), any other account is left alone, and the result is the same for both.
    Nothing is created when any line is invalid.
    """
    from studyapp.services.classes import enrol, invite_student

    result = RosterResult()
    for name, full_name in parse_roster(text):
        user = find_user(name)
        if user is not None:
            if user.is_student:
                invite_student(classroom, user, now=now)
            result.taken.append(name)
            continue
        password = generate_password()
        user = create_user(name, password, role=Role.STUDENT, full_name=full_name, must_change_password=True)
        enrol(classroom, user)
        result.created.append((user, password))
    return result


def reset_password(user: User) -> str:
    """Give a teacher or student a new one-time password they must replace at first login; returns it."""
    if user.role not in (Role.TEACHER, Role.STUDENT):
        raise ValidationError(N_("Only teacher and student passwords are reset here."))
    password = generate_password()
    user.set_password(password)
    user.must_change_password = True
    db.session.flush()
    return password


def list_teachers() -> list[User]:
    """Every teacher account, by username."""
    return list(db.session.scalars(sa.select(User).where(User.role == Role.TEACHER).order_by(User.username)))
