"""Creating forms sent once: the view side of `services/form_tokens.py` (Back and resubmit make nothing new)."""
from __future__ import annotations

from flask import flash, redirect, request
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import utcnow
from studyapp.errors import AlreadySentError
from studyapp.models import FormToken
from studyapp.services.form_tokens import claim_form_token


def claim_once() -> FormToken | None:
    """Claim the posted form's token for the signed-in user; AlreadySentError when it was sent before."""
    return claim_form_token(request.form.get("form_token"), user=current_user, now=utcnow())


def sent_again(exc: AlreadySentError, fallback: str):
    """Say the form was sent already and go to what its first send made (or `fallback`)."""
    flash(tr(exc), "info")
    return redirect(exc.result_url or fallback)


def done(claim: FormToken | None, url: str) -> str:
    """Note where a claimed form's result is, for a second send to go to; returns `url`."""
    if claim is not None:
        claim.result_url = url[:500]
    return url
