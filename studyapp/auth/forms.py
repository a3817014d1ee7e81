"""Forms of the auth blueprint."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from studyapp.services.accounts import MIN_PASSWORD_LENGTH


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    password = PasswordField("Password", validators=[DataRequired()],
                             render_kw={"autocomplete": "current-password"})


class NewPasswordMixin:
    """A chosen password typed twice."""

    password = PasswordField("Password", validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=200)],
                             render_kw={"autocomplete": "new-password"},
                             description=f"At least {MIN_PASSWORD_LENGTH} characters.")
    confirm = PasswordField("Repeat the password",
                            validators=[DataRequired(), EqualTo("password", "The two passwords differ.")],
                            render_kw={"autocomplete": "new-password"})


class SignupForm(NewPasswordMixin, FlaskForm):
    """A teacher creates an account."""

    username = StringField("Username", validators=[DataRequired(), Length(min=2, max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    full_name = StringField("Full name", validators=[DataRequired(), Length(max=200)],
                            render_kw={"autocomplete": "name"})


class JoinForm(NewPasswordMixin, FlaskForm):
    """A new student joins a class with its code and creates an account."""

    join_code = StringField("Class join code", validators=[DataRequired(), Length(max=20)],
                            render_kw={"autocapitalize": "characters", "autocomplete": "off"})
    username = StringField("Choose a username", validators=[DataRequired(), Length(min=2, max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    full_name = StringField("Your full name", validators=[DataRequired(), Length(max=200)],
                            render_kw={"autocomplete": "name"})


class ChangePasswordForm(NewPasswordMixin, FlaskForm):
    """Replace a one-time password by one the student chooses."""

    current = PasswordField("Current password", validators=[DataRequired()],
                            render_kw={"autocomplete": "current-password"})
