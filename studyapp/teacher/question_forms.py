"""The question editor form: one form whose visible fields depend on the question type."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from studyapp.errors import ValidationError
from studyapp.i18n import tr
from studyapp.limits import COUNT, TEXT
from studyapp.question_types import REGISTRY, get_type, labels

MAX_CHOICES = COUNT["choices"]
TYPE_LABELS = labels()


def _lines_max(entry: str, count: str, extra: int = 0) -> int:
    """The most characters a one-entry-per-line box can need: `count` entries of `entry` characters, plus `extra`."""
    return COUNT[count] * (TEXT[entry] + extra + 2)


class QuestionForm(FlaskForm):
    """Every field any type needs; the template shows the ones of the question's type.

    Lengths come from studyapp.limits, the table imports are checked against too; the service checks each
    entry of a list (an alias, an item) and how many there are.
    """

    prompt = TextAreaField(_l("Question"), validators=[Length(max=TEXT["prompt"])], render_kw={"rows": 3})
    correct = RadioField(_l("Correct choice"), validators=[Optional()],
                         choices=[SelectChoice(str(i), _l("Choice %(number)s", number=i)) for i in range(1, MAX_CHOICES + 1)])
    tf_answer = RadioField(_l("The statement is"), validators=[Optional()],
                           choices=[SelectChoice("True", _l("True")), SelectChoice("False", _l("False"))])
    text_answer = StringField(_l("Expected answer"), validators=[Length(max=TEXT["answer"])])
    aliases = TextAreaField(_l("Also accept (one per line)"), validators=[Length(max=_lines_max("alias", "aliases"))],
                            render_kw={"rows": 2})
    number_answer = StringField(_l("Answer (a number)"), validators=[Length(max=TEXT["number"])])
    tolerance = StringField(_l("Tolerance (±)"), validators=[Length(max=TEXT["number"])], description=_l("0 means exactly."))
    items = TextAreaField(_l("Items in the right order (one per line)"), validators=[Length(max=_lines_max("item", "items"))],
                          render_kw={"rows": 5})
    pairs = TextAreaField(_l("Pairs (one per line: left = right)"),
                          validators=[Length(max=_lines_max("pair", "pairs", TEXT["pair"] + 3))], render_kw={"rows": 5})
    explanation = TextAreaField(_l("Explanation shown after answering"), validators=[Length(max=TEXT["explanation"])],
                                render_kw={"rows": 2})
    notes = TextAreaField(_l("Teacher note (students never see it)"), validators=[Length(max=TEXT["notes"])],
                          render_kw={"rows": 2})
    topic = StringField(_l("Topic"), validators=[Length(max=TEXT["topic"])])
    difficulty = StringField(_l("Difficulty (0 easy – 1 hard)"), validators=[Length(max=TEXT["difficulty"])])
    kind = SelectField(_l("Kind"), choices=[SelectChoice("fact", _l("Fact")), SelectChoice("perspective", _l("Perspective"))])
    tag_list = StringField(_l("Tags (comma separated)"), validators=[Length(max=_lines_max("tag", "tags"))])
    # The prompt's image (teacher/question_images.py): the file is checked by its bytes, the alt text is required.
    image = FileField(_l("Image (PNG, JPEG, GIF or WebP, at most 2 MB)"))
    image_alt = StringField(_l("Alt text: what the image shows, for students who cannot see it"),
                            validators=[Length(max=TEXT["alt"])])
    image_place = SelectField(_l("Show it with"), choices=[SelectChoice("prompt", _l("The question")), *(
        SelectChoice(f"choice:{i}", _l("Choice %(number)s", number=i + 1)) for i in range(MAX_CHOICES))],
        default="prompt")


for _i in range(1, MAX_CHOICES + 1):
    setattr(QuestionForm, f"choice_{_i}", StringField(_l("Choice %(number)s", number=_i), validators=[Length(max=TEXT["choice"])]))
for _type in REGISTRY.values():  # fields a type brings of its own
    for _name, _field in _type.editor_fields.items():
        if _field.args and isinstance(_field.args[0], str):  # a label the type marked with N_: shown translated
            _field.args = (_l(_field.args[0]), *_field.args[1:])
        setattr(QuestionForm, _name, _field)


def fill_form(form: QuestionForm, q) -> None:
    """Put a question's values into the editor (first display)."""
    form.prompt.data, form.explanation.data, form.notes.data = q.prompt, q.explanation, q.notes
    form.topic.data, form.kind.data = q.topic, q.kind
    form.difficulty.data = "" if q.difficulty is None else f"{q.difficulty:g}"
    form.tag_list.data = ", ".join(q.tags or [])
    form.aliases.data = "\n".join(q.aliases or [])
    form.image_alt.data = q.image_at().alt if q.image_at() else ""
    get_type(q.type).fill_form(form, q)


def _lines(text: str | None) -> list[str]:
    """Non-empty stripped lines."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def form_data(form: QuestionForm, qtype: str) -> dict:
    """The editor's values as the plain dict services.questions.validate_fields expects."""
    common = {"prompt": form.prompt.data, "explanation": form.explanation.data, "notes": form.notes.data,
              "topic": form.topic.data, "difficulty": form.difficulty.data, "kind": form.kind.data,
              "tags": [t.strip() for t in (form.tag_list.data or "").split(",") if t.strip()],
              "aliases": _lines(form.aliases.data)}
    return common | get_type(qtype).form_data(form)


FIELD_OF = {"choices": "choice_1", "tags": "tag_list", "alt": "image_alt"}


def attach_error(form: QuestionForm, qtype: str, error: ValidationError) -> None:
    """Show a service's ValidationError beside the form field it names."""
    name = error.field or "prompt"
    target = get_type(qtype).answer_field if name == "answer" else FIELD_OF.get(name, name)
    field = form._fields.get(target) or form.prompt
    field.errors = list(field.errors or []) + [tr(error)]
