"""The interface language: which one a request gets, the switch that sets it, and dates and numbers per locale.

Order (first that applies): the signed-in user's own choice (users.language), the `lang` cookie (a choice made
before signing in, or on a shared computer), the default language of a student's class (classrooms.language),
the browser's Accept-Language, English. Dates are shown in the school's time zone (STUDYAPP_TIMEZONE).
What teachers type and generated questions are never translated: only the interface is.
"""
from __future__ import annotations

import functools
import json
import os
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import Blueprint, current_app, redirect, request, url_for
from flask_babel import lazy_gettext as _l
from flask_babel import (Babel, force_locale, format_date, format_datetime, format_decimal, get_locale, gettext,
                         ngettext, refresh)
from flask_login import current_user
from markupsafe import Markup

from studyapp.config import PROJECT_ROOT
from studyapp.db import db
from studyapp.translatable import Grouped, Joined, Message, message_of
from studyapp.vocabulary import INTERFACE_LANGUAGES

LANGUAGES = INTERFACE_LANGUAGES  # each named in itself: the switch reads the same in every language
COOKIE = "lang"
COOKIE_AGE = 365 * 24 * 3600
TRANSLATIONS_DIR = PROJECT_ROOT / "studyapp" / "translations"

babel = Babel()
bp = Blueprint("i18n", __name__)


def languages() -> dict[str, str]:
    """The languages this app offers (config LANGUAGES may add one, e.g. the tests' pseudo-locale)."""
    return current_app.config.get("LANGUAGES") or LANGUAGES


def class_language(user) -> str | None:
    """The default language of the first class (by joining order) of a student that has one, else None."""
    from studyapp.models import Classroom, Enrolment

    return db.session.scalar(
        sa.select(Classroom.language).join(Enrolment, Enrolment.classroom_id == Classroom.id)
        .where(Enrolment.student_id == user.id, Classroom.language.is_not(None))
        .order_by(Enrolment.id).limit(1))


def select_locale() -> str:
    """Flask-Babel's locale selector: see the module docstring for the order."""
    offered = languages()
    user = current_user if current_user and current_user.is_authenticated else None
    if user is not None and user.language in offered:
        return user.language
    cookie = request.cookies.get(COOKIE)
    if cookie in offered:
        return cookie
    if user is not None and user.is_student and (chosen := class_language(user)) in offered:
        return chosen
    return request.accept_languages.best_match(list(offered)) or "en"


def environment_language() -> str:
    """The language of the shell a CLI command runs in: the first of LC_ALL, LC_MESSAGES, LANG that is set (the
    POSIX order) when it names an interface language ('ru_RU.UTF-8' is ru, 'kk_KZ' is kk); else English ('C')."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def in_environment_language(callback):
    """A CLI command's callback that prints in the shell's language (environment_language) instead of running the
    web's locale selector, which needs a request. Wrapped once: every app made in one process registers the same
    command objects again."""
    if getattr(callback, "in_environment_language", False):
        return callback

    @functools.wraps(callback)
    def run(*args, **kwargs):
        """Run the command with the locale forced for the app context the CLI runs it in."""
        with force_locale(environment_language()):
            return callback(*args, **kwargs)
    run.in_environment_language = True
    return run


def select_timezone() -> str:
    """Every date is shown in the school's time zone."""
    return current_app.config["TIMEZONE"]


def _safe_next(target: str | None) -> str:
    """Back to the page the switch was used on, never to another site."""
    if not target:
        return url_for("auth.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("auth.index")
    return target


@bp.post("/language")
def set_language():
    """The header's switch: remember the choice in a cookie, and on the account when signed in."""
    code = request.form.get("language", "")
    response = redirect(_safe_next(request.form.get("next")))
    if code not in languages():
        return response
    response.set_cookie(COOKIE, code, max_age=COOKIE_AGE, samesite="Lax", httponly=True,
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False))
    if current_user.is_authenticated:
        current_user.language = code
        db.session.commit()
    return response


# How teachers write a date and a time: the month as a word, the 24-hour clock, no seconds.
WHEN_PATTERNS = {"en": "EEE dd MMM y, HH:mm"}
DAY_PATTERNS = {"kk": "d MMMM y", "ru": "long", "en": "long"}


def format_when(value) -> str:
    """A date and time in the school's time zone as the reader's locale writes it ('12 марта 2026, 09:30')."""
    if value is None:
        return "–"
    return format_datetime(value, WHEN_PATTERNS.get(str(get_locale()), "d MMMM y, HH:mm"))


def format_day(value) -> str:
    """A date alone ('12 наурыз 2026', '12 марта 2026 г.', 'March 12, 2026'); '–' for none."""
    if value is None:
        return "–"
    return format_date(value, DAY_PATTERNS.get(str(get_locale()), "long"))


def format_short_day(value) -> str:
    """A day and month for a narrow column ('12 мар.', '12 Mar'); '–' for none."""
    if value is None:
        return "–"
    return format_date(value, "d MMM")


def format_number(value, digits: int = 1) -> str:
    """A number with one to `digits` decimals in the reader's locale: 7.5 is '7,5' in ru and kk, 3 is '3.0' in en."""
    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.0" + "#" * (digits - 1) if digits else "#,##0")


def format_percent(value) -> str:
    """A percentage already scaled to 0-100 ('87,5 %' in ru; '87.5%' in en)."""
    if value is None:
        return "–"
    return f"{format_number(value)}%" if str(get_locale()) == "en" else f"{format_number(value)}\u00a0%"


# Stored words shown to people (statuses, kinds, history actions): the value in the database stays English.
TERMS = {
    "draft": _l("draft"), "approved": _l("approved"), "rejected": _l("rejected"),
    "fact": _l("fact"), "perspective": _l("perspective"),
    "edited": _l("edited"), "created": _l("created"), "restored": _l("restored to draft"),
    "image": _l("image"),  # a question's image (services/media.py), in "Saved (… changed)" and the history
    "tagged": _l("tags changed"), "moved": _l("moved to another bank"), "regraded": _l("answers regraded"),
    # the fields an edit changes (services/questions.EDITABLE), in the history's list of changes
    "prompt": _l("question text"), "choices": _l("choices"), "answer": _l("answer"), "aliases": _l("aliases"),
    "tolerance": _l("tolerance"), "explanation": _l("explanation"), "notes": _l("teacher note"),
    "topic": _l("topic"), "difficulty": _l("difficulty"), "kind": _l("kind of question"), "tags": _l("tags"),
}


def term(value):
    """A stored status, kind or history action in the reader's language; anything unknown as it is."""
    return TERMS.get(value, value)


def tr(text):
    """An English string marked with N_ elsewhere (a service's label or error), or an error itself, in the reader's
    language; a `Message` is translated whole and then filled with its parameters, each translated in turn."""
    if isinstance(text, BaseException):
        text = message_of(text)
    if isinstance(text, Joined):
        return text.sep.join(str(tr(part)) for part in text.parts)
    if isinstance(text, Message):
        params = {key: _shown(value) for key, value in text.params.items()}
        if text.plural is not None:  # ngettext fills %(num)s itself
            shown = ngettext(text.msgid, text.plural, params.pop("num"), **params)
        else:
            shown = gettext(text.msgid, **params)
        return shown[:1].upper() + shown[1:] if text.upper_first else shown
    return gettext(text) if text else text


def _shown(value):
    """A `Message` parameter, or a label a service gives (a `Message`, else a title or a name), as the reader's
    locale writes it: messages translated, other text as it is (the template global `shown`)."""
    if isinstance(value, str):
        return tr(value) if isinstance(value, Message | Joined) else value
    if isinstance(value, Grouped):
        return format_decimal(value, format="#,##0")
    return format_decimal(value, format="0.###") if isinstance(value, float) else value


def format_gaps(fmt) -> str:
    """What an exchange format has no place for (formats.registry.BankFormat), in the reader's language."""
    parts = [] if fmt.carries_flashcards else [gettext("flashcards")]
    parts += [gettext("questions of the type %(type)s", type=gettext(label)) for label in fmt.missing_type_labels]
    return ", ".join(parts)


def left_out_reason(item, fmt) -> str:
    """Why a format leaves a question or flashcard out (formats.registry.LeftOut), in the reader's language."""
    if item.kind == "flashcard":
        return gettext("%(format)s has no flashcards", format=fmt.label)
    return gettext("%(format)s has no questions of the type %(type)s", format=fmt.label,
                   type=gettext(item.type_label) if item.type_label else "?")


def choice_label(value):
    """A true/false question's stored "True" and "False" in the reader's language; any other choice as typed."""
    if value == "True":
        return gettext("True")
    if value == "False":
        return gettext("False")
    return value


def js_messages(messages: dict) -> Markup:
    """Translated strings for a script, as JSON safe inside a <script type="application/json"> block."""
    text = json.dumps({key: str(value) for key, value in messages.items()}, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def html_lang() -> str:
    """The `lang` attribute of every page: the locale in BCP 47 form."""
    return str(get_locale() or "en").replace("_", "-")


def init_app(app) -> None:
    """Attach Flask-Babel, the switch's route and the template helpers."""
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS_DIR))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "en")
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    # Flask-Babel keeps the locale on `g`, which lives as long as the app context: one that outlives a request
    # (a CLI command, the tests) would otherwise keep the first request's language.
    app.before_request(refresh)
    app.register_blueprint(bp)
    app.add_template_filter(format_when, "when")
    app.add_template_filter(format_day, "day")
    app.add_template_filter(format_number, "number")
    app.add_template_filter(format_percent, "percent")
    app.add_template_global(js_messages, "js_messages")
    app.add_template_global(choice_label, "choice_label")
    app.add_template_global(term, "term")
    app.add_template_global(tr, "tr")
    app.add_template_global(_shown, "shown")
    app.add_template_global(format_gaps, "format_gaps")
    app.add_template_global(left_out_reason, "left_out_reason")
    app.add_template_filter(format_short_day, "short_day")
    app.add_template_global(html_lang, "html_lang")
    app.add_template_global(languages, "interface_languages")


