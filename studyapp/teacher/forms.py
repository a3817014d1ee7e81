"""Forms of the teacher blueprint."""
from __future__ import annotations

from datetime import time

from flask_babel import lazy_gettext as _l
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
from studyapp.vocabulary import INTERFACE_LANGUAGES, LANGUAGE_NAMES

# A bank id chosen from a list the page built (0: a new bank): a tampered one beyond any row is refused.
BANK_ID_RANGE = NumberRange(0, MAX_ID, message=_l("Choose one of the banks listed."))


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

    name = StringField(_l("Class name"), validators=[DataRequired(), Length(max=200)])


class RosterForm(FlaskForm):
    """Add students from CSV: pasted text or an uploaded file."""

    roster = TextAreaField(_l("Paste CSV: one line per student, username, full name"), validators=[Optional()],
                           render_kw={"rows": 6, "placeholder": _l("ana.k, Ana Kowalska\nbo.li, Bo Li")})
    roster_file = FileField(_l("…or upload a CSV file"))


class QuizOptionsForm(FlaskForm):
    """How a quiz behaves for students: asked on the build form and changed on the quiz page."""

    shuffle_questions = BooleanField(_l("Shuffle the questions for each student"))
    shuffle_choices = BooleanField(_l("Shuffle the choices of multiple-choice questions"))
    time_limit_minutes = IntegerField(_l("Time limit in minutes (empty: none)"), validators=[
        Optional(), NumberRange(1, 600, message=_l("A time limit is from 1 to 600 minutes; leave it empty for none."))])
    attempts_allowed = IntegerField(_l("Attempts allowed"), default=1, validators=[
        InputRequired(), NumberRange(1, 20, message=_l("Allow from 1 to 20 attempts."))])
    feedback_mode = SelectField(_l("Show right answers"), default="after_submit", choices=[
        SelectChoice("immediate", _l("After each question")), SelectChoice("after_submit", _l("After submitting")),
        SelectChoice("after_due", _l("After the due date"))])
    show_evidence = BooleanField(_l("Feedback shows the evidence sentence and its source"), default=True)


class QuizForm(QuizOptionsForm):
    """Build a quiz from a bank (and other own banks): all usable questions, N at random, optionally filtered by
    rules, with its settings."""

    title = StringField(_l("Quiz title"), validators=[DataRequired(), Length(max=300)])
    # Left empty on the build form: one attempt, the default a quiz gets.
    attempts_allowed = IntegerField(_l("Attempts allowed"), default=1, validators=[
        Optional(), NumberRange(1, 20, message=_l("Allow from 1 to 20 attempts."))])
    also_banks = SelectMultipleField(_l("Also draw from your other banks"), coerce=int, validators=[Optional()],
                                     widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    selection = RadioField(_l("Questions"), default="all", validators=[InputRequired()],
                           choices=[SelectChoice("all", _l("All approved questions that match")),
                                    SelectChoice("count", _l("A number of them, picked at random"))])
    count = IntegerField(_l("How many"), validators=[
        Optional(), NumberRange(min=1, max=500, message=_l("Pick from 1 to 500 questions."))])
    topics = SelectMultipleField(_l("Topics"), validators=[Optional()], widget=ListWidget(prefix_label=False),
                                 option_widget=CheckboxInput())
    sources = SelectMultipleField(_l("Sources"), coerce=int, validators=[Optional()], widget=ListWidget(prefix_label=False),
                                  option_widget=CheckboxInput())
    types = SelectMultipleField(_l("Question types"), validators=[Optional()], widget=ListWidget(prefix_label=False),
                                option_widget=CheckboxInput())
    kinds = SelectMultipleField(_l("Kinds"), validators=[Optional()], widget=ListWidget(prefix_label=False),
                                option_widget=CheckboxInput(),
                                choices=[SelectChoice("fact", _l("Fact")), SelectChoice("perspective", _l("Perspective"))])


class QuizSettingsForm(QuizOptionsForm):
    """A quiz's title and settings, on the quiz page."""

    title = StringField(_l("Quiz title"), validators=[DataRequired(), Length(max=300)])


class SlotForm(FlaskForm):
    """Move a quiz question up or down, or remove it."""

    action = SelectField(_l("Action"), choices=[SelectChoice("up", _l("Move up")), SelectChoice("down", _l("Move down")),
                                            SelectChoice("remove", _l("Remove"))])


class AssignForm(FlaskForm):
    """Assign a quiz to one or more of the teacher's classes."""

    classroom_ids = SelectMultipleField(_l("Classes"), coerce=int, validators=[DataRequired(_l("Tick at least one class."))],
                                        widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    open_date = DateField(_l("Opens on (empty: now)"), validators=[Optional()])
    open_time = TimeField(_l("at"), validators=[Optional()])
    due_date = DateField(_l("Due date"), validators=[DataRequired(message=_l("Give a due date."))])
    due_time = TimeField(_l("at"), default=time(23, 59), validators=[Optional()])


class EditAssignmentForm(FlaskForm):
    """Move an assignment's opening and due times."""

    open_date = DateField(_l("Opens on"), validators=[DataRequired(message=_l("Give an opening date."))])
    open_time = TimeField(_l("at"), validators=[Optional()])
    due_date = DateField(_l("Due date"), validators=[DataRequired(message=_l("Give a due date."))])
    due_time = TimeField(_l("at"), validators=[Optional()])


class ExtraTimeForm(FlaskForm):
    """Extra minutes on the time limit for one student."""

    student_id = SelectField(_l("Student"), coerce=int, validators=[InputRequired()])
    minutes = IntegerField(_l("Extra minutes"), validators=[
        InputRequired(), NumberRange(0, 600, message=_l("Extra time is from 0 to 600 minutes."))])


class BulkForm(FlaskForm):
    """An action on the questions ticked on the bank page."""

    action = SelectField(_l("With the selected questions"), choices=[
        SelectChoice("approve", _l("Approve")), SelectChoice("reject", _l("Reject")), SelectChoice("restore", _l("Restore to draft")),
        SelectChoice("tag", _l("Add a tag")), SelectChoice("move", _l("Move to another bank")),
        SelectChoice("quiz", _l("Make a quiz of them"))])
    tag = StringField(_l("Tag"), validators=[Optional(), Length(max=TEXT["tag"])])
    target_bank = SelectField(_l("Target bank"), coerce=int, validators=[Optional(), BANK_ID_RANGE], validate_choice=False)


class ImportBankForm(FlaskForm):
    """Import a bank file exported from StudyApp, Moodle (GIFT, XML), an LMS's QTI package (zip), a spreadsheet (CSV) or Anki (.apkg)."""

    bank_file = FileField(_l("Bank file (.json, .gift/.txt, Moodle .xml, QTI .zip, .csv, Anki .apkg)"),
                          render_kw={"accept": ".json,.gift,.txt,.xml,.zip,.csv,.apkg"})
    all_or_nothing = BooleanField(_l("All or nothing: import nothing if any question cannot be read"))


class DocumentForm(FlaskForm):
    """A document to turn into questions: a file or pasted text, with what the teacher knows of it."""

    document = FileField(_l("Document (.txt, .md, .html, .docx or .pdf, up to 10 MB)"))
    text = TextAreaField(_l("…or paste the text"), validators=[Optional(), Length(max=2_000_000)], render_kw={"rows": 6})
    title = StringField(_l("Title"), validators=[Optional(), Length(max=TEXT["source_title"])],
                        description=_l("Leave empty to take it from the document's first heading."))
    author = StringField(_l("Author"), validators=[Optional(), Length(max=TEXT["source_author"])])
    kind = StringField(_l("Kind"), validators=[Optional(), Length(max=TEXT["source_kind"])],
                       render_kw={"placeholder": _l("e.g. feature article, textbook chapter, opinion piece")})
    published = StringField(_l("Date"), validators=[Optional(), Length(max=TEXT["source_published"])],
                            render_kw={"placeholder": _l("e.g. 2024-02-20")})
    bank_id = SelectField(_l("Add the questions to"), coerce=int, validators=[Optional(), BANK_ID_RANGE],
                          validate_choice=False)
    language = SelectField(_l("Language"), choices=[SelectChoice("", _l("Detect it")),
                                                   *[SelectChoice(str(k), _l(v)) for k, v in LANGUAGE_NAMES.items()]],
                           validators=[Optional()],
                           description=_l("Questions are written in the document's language: English, Russian or "
                                          "Kazakh (Cyrillic or Latin script)."))


class DocumentLanguageForm(FlaskForm):
    """A teacher's correction of a document's detected language."""

    language = SelectField(_l("Language"), choices=[SelectChoice(str(k), _l(v)) for k, v in LANGUAGE_NAMES.items()])


class StudySettingsForm(FlaskForm):
    """How a class's flashcards are scheduled."""

    desired_retention = FiniteDecimalField(
        _l("Desired retention (0.70 – 0.97)"), places=2,
        validators=[InputRequired(), NumberRange(0.70, 0.97, message=_l("Desired retention is from 0.70 to 0.97."))],
        description=_l("The share of cards students should still recall when they come due. Higher means more "
                       "frequent reviews."))
    new_cards_per_day = IntegerField(_l("New cards per day"), validators=[
        InputRequired(), NumberRange(0, 200, message=_l("New cards per day are from 0 to 200."))])
    language = SelectField(_l("Interface language of its students (until they choose)"), choices=[
        SelectChoice("", _l("Each student's browser")), *(SelectChoice(code, name, render_kw={"lang": code})
                                               for code, name in INTERFACE_LANGUAGES.items())], validators=[Optional()])


class FlashcardForm(FlaskForm):
    """Edit a flashcard's front and back."""

    front = TextAreaField(_l("Front"), validators=[DataRequired(), Length(max=TEXT["front"])], render_kw={"rows": 2})
    back = TextAreaField(_l("Back"), validators=[DataRequired(), Length(max=TEXT["back"])], render_kw={"rows": 3})


class MarkForm(FlaskForm):
    """A teacher's points and comment for one answer (an essay's mark or an override); one per answer on a page,
    told apart by its prefix. The points are read by services.marking (the slot decides the range)."""

    points = StringField(_l("Points"), validators=[DataRequired(message=_l("Give the points.")), Length(max=TEXT["number"])])
    comment = TextAreaField(_l("Comment for the student (optional)"), validators=[Length(max=TEXT["comment"])],
                            render_kw={"rows": 3})
