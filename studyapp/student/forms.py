"""Forms of the student blueprint, including the per-attempt quiz form built from its slots."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import HiddenInput

from studyapp.limits import MAX_ID
from studyapp.services.practice import MAX_QUESTIONS


class JoinClassForm(FlaskForm):
    """An enrolled student joins another class."""

    join_code = StringField(_l("Join code"), validators=[DataRequired(), Length(max=20)],
                            render_kw={"autocapitalize": "characters", "autocomplete": "off"})


class EmptyForm(FlaskForm):
    """A POST button: only the CSRF token."""


class PracticeForm(FlaskForm):
    """Start a practice quiz: a class, topics (none: all) and how many questions."""

    classroom_id = IntegerField(validators=[InputRequired(), NumberRange(1, MAX_ID, message=_l("Choose one of your classes."))],
                                widget=HiddenInput())
    topics = SelectMultipleField(_l("Topics"), validators=[Optional()], validate_choice=False)
    count = IntegerField(_l("Questions"), default=10, validators=[InputRequired(), NumberRange(1, MAX_QUESTIONS)])
