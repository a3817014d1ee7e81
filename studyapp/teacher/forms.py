"""Forms of the teacher blueprint."""
from __future__ import annotations

from datetime import time

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField, DateField, DecimalField, IntegerField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField,
    TimeField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from studyapp.limits import MAX_ID, TEXT
from studyapp.vocabulary import LANGUAGE_NAMES

# A bank id chosen from a list the page built (0: a new bank): a tampered one beyond any row is refused.
BANK_ID_RANGE = NumberRange(0, MAX_ID, message="Choose one of the banks listed.")


class FiniteDecimalField(DecimalField):
    """A DecimalField that refuses NaN and infinities (WTForms' NumberRange raises on a signalling NaN)."""

    def process_formdata(self, valuelist):
        """Parse as DecimalField does, then refuse what is no finite number."""
        super().process_formdata(valuelist)
        if self.data is not None and not self.data.is_finite():
            self.data = None
            raise ValueError(self.gettext("Not a valid decimal value."))


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


class QuizOptionsForm(FlaskForm):
    """How a quiz behaves for students: asked on the build form and changed on the quiz page."""

    shuffle_questions = BooleanField("Shuffle the questions for each student")
    shuffle_choices = BooleanField("Shuffle the choices of multiple-choice questions")
    time_limit_minutes = IntegerField("Time limit in minutes (empty: none)", validators=[
        Optional(), NumberRange(1, 600, message="A time limit is from 1 to 600 minutes; leave it empty for none.")])
    attempts_allowed = IntegerField("Attempts allowed", default=1, validators=[
        InputRequired(), NumberRange(1, 20, message="Allow from 1 to 20 attempts.")])
    feedback_mode = SelectField("Show right answers", default="after_submit", choices=[
        SelectChoice("immediate", "After each question"), SelectChoice("after_submit", "After submitting"),
        SelectChoice("after_due", "After the due date")])
    show_evidence = BooleanField("Feedback shows the evidence sentence and its source", default=True)


class QuizForm(QuizOptionsForm):
    """Build a quiz from a bank (and other own banks): all usable questions, N at random, optionally filtered by
    rules, with its settings."""

    title = StringField("Quiz title", validators=[DataRequired(), Length(max=300)])
    # Left empty on the build form: one attempt, the default a quiz gets.
    attempts_allowed = IntegerField("Attempts allowed", default=1, validators=[
        Optional(), NumberRange(1, 20, message="Allow from 1 to 20 attempts.")])
    also_banks = SelectMultipleField("Also draw from your other banks", coerce=int, validators=[Optional()],
                                     widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    selection = RadioField("Questions", default="all", validators=[InputRequired()],
                           choices=[SelectChoice("all", "All approved questions that match"),
                                    SelectChoice("count", "A number of them, picked at random")])
    count = IntegerField("How many", validators=[
        Optional(), NumberRange(min=1, max=500, message="Pick from 1 to 500 questions.")])
    topics = SelectMultipleField("Topics", validators=[Optional()], widget=ListWidget(prefix_label=False),
                                 option_widget=CheckboxInput())
    sources = SelectMultipleField("Sources", coerce=int, validators=[Optional()], widget=ListWidget(prefix_label=False),
                                  option_widget=CheckboxInput())
    types = SelectMultipleField("Question types", validators=[Optional()], widget=ListWidget(prefix_label=False),
                                option_widget=CheckboxInput())
    kinds = SelectMultipleField("Kinds", validators=[Optional()], widget=ListWidget(prefix_label=False),
                                option_widget=CheckboxInput(),
                                choices=[SelectChoice("fact", "Fact"), SelectChoice("perspective", "Perspective")])


class QuizSettingsForm(QuizOptionsForm):
    """A quiz's title and settings, on the quiz page."""

    title = StringField("Quiz title", validators=[DataRequired(), Length(max=300)])


class SlotForm(FlaskForm):
    """Move a quiz question up or down, or remove it."""

    action = SelectField("Action", choices=[SelectChoice("up", "Move up"), SelectChoice("down", "Move down"),
                                            SelectChoice("remove", "Remove")])


class AssignForm(FlaskForm):
    """Assign a quiz to one or more of the teacher's classes."""

    classroom_ids = SelectMultipleField("Classes", coerce=int, validators=[DataRequired("Tick at least one class.")],
                                        widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    open_date = DateField("Opens on (empty: now)", validators=[Optional()])
    open_time = TimeField("at", validators=[Optional()])
    due_date = DateField("Due date", validators=[DataRequired(message="Give a due date.")])
    due_time = TimeField("at", default=time(23, 59), validators=[Optional()])


class EditAssignmentForm(FlaskForm):
    """Move an assignment's opening and due times."""

    open_date = DateField("Opens on", validators=[DataRequired(message="Give an opening date.")])
    open_time = TimeField("at", validators=[Optional()])
    due_date = DateField("Due date", validators=[DataRequired(message="Give a due date.")])
    due_time = TimeField("at", validators=[Optional()])


class ExtraTimeForm(FlaskForm):
    """Extra minutes on the time limit for one student."""

    student_id = SelectField("Student", coerce=int, validators=[InputRequired()])
    minutes = IntegerField("Extra minutes", validators=[
        InputRequired(), NumberRange(0, 600, message="Extra time is from 0 to 600 minutes.")])


class BulkForm(FlaskForm):
    """An action on the questions ticked on the bank page."""

    action = SelectField("With the selected questions", choices=[
        SelectChoice("approve", "Approve"), SelectChoice("reject", "Reject"), SelectChoice("restore", "Restore to draft"),
        SelectChoice("tag", "Add a tag"), SelectChoice("move", "Move to another bank"),
        SelectChoice("quiz", "Make a quiz of them")])
    tag = StringField("Tag", validators=[Optional(), Length(max=TEXT["tag"])])
    target_bank = SelectField("Target bank", coerce=int, validators=[Optional(), BANK_ID_RANGE], validate_choice=False)


class ImportBankForm(FlaskForm):
    """Import a bank file exported from StudyApp, Moodle (GIFT, XML) or a spreadsheet (CSV)."""

    bank_file = FileField("Bank file (.json, .gift/.txt, Moodle .xml, .csv)")
    all_or_nothing = BooleanField("All or nothing: import nothing if any question cannot be read")


class DocumentForm(FlaskForm):
    """A document to turn into questions: a file or pasted text, with what the teacher knows of it."""

    document = FileField("Document (.txt, .md, .html, .docx or .pdf, up to 10 MB)")
    text = TextAreaField("…or paste the text", validators=[Optional(), Length(max=2_000_000)], render_kw={"rows": 6})
    title = StringField("Title", validators=[Optional(), Length(max=TEXT["source_title"])],
                        description="Leave empty to take it from the document's first heading.")
    author = StringField("Author", validators=[Optional(), Length(max=TEXT["source_author"])])
    kind = StringField("Kind", validators=[Optional(), Length(max=TEXT["source_kind"])],
                       render_kw={"placeholder": "e.g. feature article, textbook chapter, opinion piece"})
    published = StringField("Date", validators=[Optional(), Length(max=TEXT["source_published"])],
                            render_kw={"placeholder": "e.g. 2024-02-20"})
    bank_id = SelectField("Add the questions to", coerce=int, validators=[Optional(), BANK_ID_RANGE],
                          validate_choice=False)
    language = SelectField("Language", choices=[SelectChoice("", "Detect it"),
                                                   *[SelectChoice(str(k), v) for k, v in LANGUAGE_NAMES.items()]],
                           validators=[Optional()],
                           description="Questions are written in the document's language: English, Russian or "
                                       "Kazakh (Cyrillic or Latin script).")


class DocumentLanguageForm(FlaskForm):
    """A teacher's correction of a document's detected language."""

    language = SelectField("Language", choices=[SelectChoice(str(k), v) for k, v in LANGUAGE_NAMES.items()])


class StudySettingsForm(FlaskForm):
    """How a class's flashcards are scheduled."""

    desired_retention = FiniteDecimalField(
        "Desired retention (0.70 – 0.97)", places=2,
        validators=[InputRequired(), NumberRange(0.70, 0.97, message="Desired retention is from 0.70 to 0.97.")],
        description="The share of cards students should still recall when they come due. Higher means more "
                    "frequent reviews.")
    new_cards_per_day = IntegerField("New cards per day", validators=[
        InputRequired(), NumberRange(0, 200, message="New cards per day are from 0 to 200.")])


class FlashcardForm(FlaskForm):
    """Edit a flashcard's front and back."""

    front = TextAreaField("Front", validators=[DataRequired(), Length(max=TEXT["front"])], render_kw={"rows": 2})
    back = TextAreaField("Back", validators=[DataRequired(), Length(max=TEXT["back"])], render_kw={"rows": 3})
class MarkForm(FlaskForm):
    """A teacher's points and comment for one answer (an essay's mark or an override); one per answer on a page,
    told apart by its prefix. The points are read by services.marking (the slot decides the range)."""

    points = StringField("Points", validators=[DataRequired(message="Give the points."), Length(max=TEXT["number"])])
    comment = TextAreaField("Comment for the student (optional)", validators=[Length(max=TEXT["comment"])],
                            render_kw={"rows": 3})
