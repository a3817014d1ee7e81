"""Forms of the admin blueprint."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from studyapp.services.invites import MAX_DAYS


class EmptyForm(FlaskForm):
    """A POST button: only the CSRF token."""


class TeacherForm(FlaskForm):
    """A teacher account the administrator makes; it gets a one-time password."""

    username = StringField(_l("Username"), validators=[DataRequired(), Length(min=2, max=64)],
                           render_kw={"autocomplete": "off", "autocapitalize": "none"})
    full_name = StringField(_l("Full name"), validators=[DataRequired(), Length(max=200)],
                            render_kw={"autocomplete": "off"})


class InviteForm(FlaskForm):
    """A single-use sign-up link for one teacher."""

    note = StringField(_l("Who it is for (only you see this)"), validators=[Optional(), Length(max=200)])
    days = IntegerField(_l("Valid for how many days (1 – %(max)s)", max=MAX_DAYS), default=7,
                        validators=[InputRequired(), NumberRange(1, MAX_DAYS)])
