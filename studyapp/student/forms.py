"""Forms of the student blueprint, including the per-attempt quiz form built from its slots."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional


class JoinClassForm(FlaskForm):
    """An enrolled student joins another class."""

    join_code = StringField("Join code", validators=[DataRequired(), Length(max=20)],
                            render_kw={"autocapitalize": "characters", "autocomplete": "off"})


class EmptyForm(FlaskForm):
    """A POST button: only the CSRF token."""


def field_name(slot) -> str:
    """The form field name of a quiz slot."""
    return f"slot_{slot.id}"


def choices_of(question) -> list[str]:
    """The options shown for a choice question."""
    return list(question.choices or (["True", "False"] if question.type == "true_false" else []))


def build_attempt_form(slots, answers: dict, formdata=None) -> FlaskForm:
    """A form with one radio group per slot, pre-filled with the saved answers."""

    class AttemptForm(FlaskForm):
        """Dynamic: one field per slot of this quiz."""

    for slot in slots:
        options = [SelectChoice(text, text) for text in choices_of(slot.question)]
        setattr(AttemptForm, field_name(slot),
                RadioField(slot.question.prompt, choices=options, validators=[Optional()],
                           validate_choice=True))
    defaults = {field_name(slot): answers[slot.id].raw for slot in slots if slot.id in answers}
    form = AttemptForm(formdata=formdata, data=defaults) if formdata is not None else AttemptForm(data=defaults)
    return form
