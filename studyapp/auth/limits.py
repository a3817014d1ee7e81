"""Rate limits of the pages that take passwords and join codes, and the browsers an account signed in from.

Login attempts count per account and client (the address, or a browser the account signed in from before),
plus a looser count per account from everywhere and a generous one per address. A browser the account
signed in from before has its own count and skips the other two, so wrong guesses from a classmate on the
school's one address, or from many addresses, do not lock the owner out of their own browser.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from flask import current_app, g, request
from flask_limiter.util import get_remote_address
from flask_login import current_user
from itsdangerous import BadData, URLSafeTimedSerializer

from studyapp.translatable import N_
from studyapp.extensions import limiter
from studyapp.services.accounts import normalise_username

BROWSER_COOKIE = "studyapp_browser"
_BROWSER_MAX_AGE = timedelta(days=365)
_BROWSER_MAX_ACCOUNTS = 40  # a classroom computer is shared by a class


def _setting(name: str):
    """A limit read from the app's config when a request needs it (tests and deployments set their own)."""
    return lambda: current_app.config[name]


def _serializer() -> URLSafeTimedSerializer:
    """Signs the browser cookie with the app's secret key."""
    return URLSafeTimedSerializer(current_app.secret_key, salt="studyapp-login-browser")


def _account_tag(browser_id: str, username: str) -> str:
    """A keyed digest of the username, so the cookie shows no one which accounts used a shared computer."""
    key = current_app.secret_key
    key = key if isinstance(key, bytes) else key.encode()
    return hmac.new(key, f"{browser_id}:{username}".encode(), hashlib.sha256).hexdigest()[:20]


def _browser() -> tuple[str, list[str]] | None:
    """(browser id, account tags) from a valid browser cookie, else None."""
    raw = request.cookies.get(BROWSER_COOKIE)
    if not raw:
        return None
    try:
        browser_id, tags = _serializer().loads(raw, max_age=int(_BROWSER_MAX_AGE.total_seconds()))
    except (BadData, TypeError, ValueError):
        return None
    if not isinstance(browser_id, str) or not isinstance(tags, list):
        return None
    return browser_id, [tag for tag in tags if isinstance(tag, str)]


def _submitted_username() -> str:
    """The username typed into the login form."""
    return normalise_username(request.form.get("username", ""))


def trusted_browser() -> str | None:
    """This browser's id when the account named in the login form signed in from it before, else None."""
    browser = _browser()
    if browser is None or _account_tag(browser[0], _submitted_username()) not in browser[1]:
        return None
    return browser[0]


def remember_browser(response, username: str) -> None:
    """Mark the browser that gets `response` as one `username` signed in from (the newest 40 accounts)."""
    browser_id, tags = _browser() or (secrets.token_urlsafe(12), [])
    tag = _account_tag(browser_id, normalise_username(username))
    tags = [t for t in tags if t != tag][-(_BROWSER_MAX_ACCOUNTS - 1):] + [tag]
    response.set_cookie(BROWSER_COOKIE, _serializer().dumps([browser_id, tags]), max_age=_BROWSER_MAX_AGE,
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False), httponly=True,
                        samesite="Lax")


def _login_account_key() -> str:
    """One account from one client: a browser it signed in from before, else the address."""
    browser_id = trusted_browser()
    client = f"browser:{browser_id}" if browser_id else f"address:{get_remote_address()}"
    return f"login:{_submitted_username()}:{client}"


def _login_account_everywhere_key() -> str:
    """One account, whichever address the attempts come from."""
    return f"login-everywhere:{_submitted_username()}"


def _signed_in_account_key() -> str:
    """The signed-in account (the view itself turns anonymous visitors away)."""
    return f"account:{current_user.id}" if current_user.is_authenticated else f"address:{get_remote_address()}"


def _is_trusted_browser() -> bool:
    """True when the login form names an account that signed in from this browser before."""
    return trusted_browser() is not None


def note_wrong_join_code() -> None:
    """Count this request against the join-code limit (only wrong codes count, so a class may join at once)."""
    g.wrong_join_code = True


_TOO_MANY_LOGINS = N_("Too many login attempts for this account or from this network. Wait a few minutes and "
                      "try again (a browser you signed in with before still can), or ask your teacher to reset "
                      "your password.")

login_per_address = limiter.limit(_setting("LOGIN_LIMIT_PER_ADDRESS"), methods=["POST"],
                                  exempt_when=_is_trusted_browser, error_message=_TOO_MANY_LOGINS)
login_per_account = limiter.limit(_setting("LOGIN_LIMIT_PER_ACCOUNT"), key_func=_login_account_key,
                                  methods=["POST"], error_message=_TOO_MANY_LOGINS)
login_per_account_everywhere = limiter.limit(
    _setting("LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES"), key_func=_login_account_everywhere_key, methods=["POST"],
    exempt_when=_is_trusted_browser, error_message=_TOO_MANY_LOGINS)
password_per_account = limiter.limit(
    _setting("PASSWORD_LIMIT_PER_ACCOUNT"), key_func=_signed_in_account_key, methods=["POST"],
    error_message=N_("Too many tries at changing your password. Wait a few minutes and try again."))
signup_per_address = limiter.limit(
    _setting("SIGNUP_LIMIT_PER_ADDRESS"), methods=["POST"],
    error_message=N_("Too many sign-ups from this network. Wait a while and try again."))
# One count for both join forms (new students and signed-in ones), per address.
join_code_per_address = limiter.shared_limit(
    _setting("JOIN_LIMIT_PER_ADDRESS"), scope="join-code", methods=["POST"],
    deduct_when=lambda _response: g.get("wrong_join_code", False),
    error_message=N_("Too many wrong join codes from this network. Wait a few minutes, then check the code with "
                     "your teacher."))
