"""Forms of the student blueprint, including the per-attempt quiz form built from its slots."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length


class JoinClassForm(FlaskForm):
    """An enrolled student joins another class."""

    join_code = StringField("Join code", validators=[DataRequired(), Length(max=20)],
                            render_kw={"autocapitalize": "characters", "autocomplete": "off"})


class EmptyForm(FlaskForm):
    """A POST button: only the CSRF token."""
