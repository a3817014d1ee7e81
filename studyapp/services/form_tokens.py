"""Back and resubmit: a creating form carries a one-time token; the second send of it creates nothing.

The token is recorded in the database in the same transaction as what the form creates (several app
processes share the work, so no process memory): a second send, from Back or a double tap, finds the
record and is sent to what the first one made. Two sends at the same moment meet at the primary key.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from studyapp.translatable import N_
from studyapp.db import db
from studyapp.errors import AlreadySentError
from studyapp.models import FormToken, User

TOKEN_LENGTH = 64
# Back and sending again fetches a fresh form (a new token): what the same teacher made this recently is the same
# thing made twice, and each creating service looks for it (find_recent_twin, find_recent_copy).
TWIN_WINDOW = timedelta(minutes=10)


def new_form_token() -> str:
    """A fresh token for one rendering of a creating form."""
    return secrets.token_urlsafe(32)


ALREADY_SENT = N_("This form was sent already, so nothing new was made: here is what the first send made.")


def _refuse(row: FormToken, user: User) -> None:
    """Raise AlreadySentError, pointing at the first send's result when it was this user's."""
    raise AlreadySentError(ALREADY_SENT, row.result_url if row.user_id == user.id else "")


def claim_form_token(token: str | None, *, user: User, now: datetime) -> FormToken | None:
    """Record that the form carrying `token` is being sent (None when it carries none, as API clients may).

    Raises AlreadySentError when it was sent before. Call it before creating anything, then set `result_url`
    on the record; the caller commits both together, so a failed creation (rolled back) frees the token.
    """
    if not token:
        return None
    if len(token) > TOKEN_LENGTH:
        raise AlreadySentError(N_("This form is not one the app made; reload the page."))
    earlier = db.session.get(FormToken, token)
    if earlier is not None:
        _refuse(earlier, user)
    row = FormToken(token=token, user_id=user.id, created_at=now)
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
    except IntegrityError:
        # The same form, sent again at the same moment, got there first (and has committed by now).
        db.session.expire_all()
        earlier = db.session.get(FormToken, token)
        raise AlreadySentError(ALREADY_SENT, earlier.result_url if earlier and earlier.user_id == user.id else "") \
            from None
    return row
