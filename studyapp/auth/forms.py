"""Forms of the auth blueprint."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from studyapp.services.accounts import MIN_PASSWORD_LENGTH


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    password = PasswordField(_l("Password"), validators=[DataRequired()],
                             render_kw={"autocomplete": "current-password"})


class NewPasswordMixin:
    """A chosen password typed twice."""

    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=200)],
                             render_kw={"autocomplete": "new-password"},
                             description=_l("At least %(num)s characters.", num=MIN_PASSWORD_LENGTH))
    confirm = PasswordField(_l("Repeat the password"),
                            validators=[DataRequired(), EqualTo("password", _l("The two passwords differ."))],
                            render_kw={"autocomplete": "new-password"})


class SignupForm(NewPasswordMixin, FlaskForm):
    """A teacher creates an account."""

    username = StringField(_l("Username"), validators=[DataRequired(), Length(min=2, max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    full_name = StringField(_l("Full name"), validators=[DataRequired(), Length(max=200)],
                            render_kw={"autocomplete": "name"})


class JoinForm(NewPasswordMixin, FlaskForm):
    """A new student joins a class with its code and creates an account."""

    join_code = StringField(_l("Class join code"), validators=[DataRequired(), Length(max=20)],
                            render_kw={"autocapitalize": "characters", "autocomplete": "off"})
    username = StringField(_l("Choose a username"), validators=[DataRequired(), Length(min=2, max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    full_name = StringField(_l("Your full name"), validators=[DataRequired(), Length(max=200)],
                            render_kw={"autocomplete": "name"})


class ChangePasswordForm(NewPasswordMixin, FlaskForm):
    """Replace a one-time password by one the student chooses."""

    current = PasswordField(_l("Current password"), validators=[DataRequired()],
                            render_kw={"autocomplete": "current-password"})
