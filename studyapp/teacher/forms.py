"""Forms of the teacher blueprint."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import DateField, IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional


class EmptyForm(FlaskForm):
    """A POST button: only the CSRF token."""


class ClassroomForm(FlaskForm):
    """Create a class."""

    name = StringField("Class name", validators=[DataRequired(), Length(max=200)])


class RosterForm(FlaskForm):
    """Add students from CSV: pasted text or an uploaded file."""

    roster = TextAreaField("Paste CSV: one line per student, username, full name", validators=[Optional()],
                           render_kw={"rows": 6, "placeholder": "ana.k, Ana Kowalska\nbo.li, Bo Li"})
    roster_file = FileField("…or upload a CSV file")


class QuizForm(FlaskForm):
    """Build a quiz from a bank: all usable questions or N at random."""

    title = StringField("Quiz title", validators=[DataRequired(), Length(max=300)])
    selection = RadioField("Questions", default="all", validators=[InputRequired()],
                           choices=[SelectChoice("all", "All approved questions"),
                                    SelectChoice("count", "A number of them, picked at random")])
    count = IntegerField("How many", validators=[Optional(), NumberRange(min=1, max=500)])


class AssignForm(FlaskForm):
    """Assign a quiz to one of the teacher's classes."""

    classroom_id = SelectField("Class", coerce=int, validators=[InputRequired()])
    due_date = DateField("Due date", validators=[DataRequired(message="Give a due date.")],
                         description="Due at the end of that day.")


class BulkForm(FlaskForm):
    """An action on the questions ticked on the bank page."""

    action = SelectField("With the selected questions", choices=[
        SelectChoice("approve", "Approve"), SelectChoice("reject", "Reject"), SelectChoice("restore", "Restore to draft"),
        SelectChoice("tag", "Add a tag"), SelectChoice("move", "Move to another bank")])
    tag = StringField("Tag", validators=[Optional(), Length(max=100)])
    target_bank = SelectField("Target bank", coerce=int, validators=[Optional()], validate_choice=False)
