"""Teacher invitations: single-use, expiring sign-up links an administrator hands out (only a hash is stored)."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import NotFoundError, ValidationError
from studyapp.translatable import N_

from studyapp.models import TeacherInvite, User

MAX_DAYS = 30


def _hash(token: str) -> str:
    """The stored form of a token: a leaked database row cannot be turned back into a working link."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_invite(created_by: User, *, note: str, days: int, now: datetime) -> tuple[TeacherInvite, str]:
    """A new invitation valid for `days`; returns it and its token (shown once, in the link)."""
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(N_("An invitation is valid for 1 to %(max)s days.", max=MAX_DAYS), "days")
    token = secrets.token_urlsafe(32)
    invite = TeacherInvite(token_hash=_hash(token), note=(note or "").strip()[:200], created_by_id=created_by.id,
                           created_at=now, expires_at=now + timedelta(days=days))
    db.session.add(invite)
    db.session.flush()
    return invite, token


def find_usable_invite(token: str, *, now: datetime) -> TeacherInvite | None:
    """The unused, unexpired invitation with that token, or None."""
    if not token or len(token) > 200:
        return None
    invite = db.session.scalar(sa.select(TeacherInvite).where(TeacherInvite.token_hash == _hash(token)))
    return invite if invite is not None and invite.is_usable(now) else None


def use_invite(invite: TeacherInvite, user: User, *, now: datetime) -> None:
    """Mark the invitation used by `user`; only one sign-up wins, even when two arrive at once."""
    result = db.session.execute(
        sa.update(TeacherInvite).where(TeacherInvite.id == invite.id, TeacherInvite.used_at.is_(None))
        .values(used_at=now, used_by_id=user.id))
    if result.rowcount != 1:
        raise NotFoundError(N_("This invitation link has been used already. Ask your administrator for a new one."))


def list_open_invites(*, now: datetime) -> list[TeacherInvite]:
    """Invitations not used yet and not expired, newest first."""
    return list(db.session.scalars(sa.select(TeacherInvite).where(
        TeacherInvite.used_at.is_(None), TeacherInvite.expires_at > now).order_by(TeacherInvite.id.desc())))


def revoke_invite(invite: TeacherInvite, *, now: datetime) -> None:
    """End an invitation before it is used: it expires now."""
    invite.expires_at = min(invite.expires_at, now)
    db.session.flush()
