"""Essay: a written response the teacher marks by hand (points and a comment), as Moodle's essay question.

The question's `answer` holds no key but the essay's two texts: `template`, what the student's answer box starts
with, and `grader_info`, what the teacher marks against (students never see it). Nothing is graded automatically:
an essay's answer waits in the assignment's grading queue (services/marking.py) until the teacher marks it.
"""
from __future__ import annotations

from typing import Any

from wtforms import TextAreaField
from wtforms.validators import Length

from studyapp.errors import ValidationError
from studyapp.limits import TEXT, too_long
from studyapp.question_types import BaseType
from studyapp.translatable import N_, Grouped

FIELDS = ("template", "grader_info")


def essay_texts(answer: Any) -> dict[str, str]:
    """The essay's template and grader information from a stored answer (missing ones empty)."""
    answer = answer if isinstance(answer, dict) else {}
    return {name: str(answer.get(name) or "") for name in FIELDS}


class Essay(BaseType):
    """Write a response; the teacher marks it."""

    name, label, answer_field = "essay", N_("Essay (marked by the teacher)"), "grader_info"
    is_manual = True
    cannot_carry = frozenset({"apkg"})  # an Anki card has no answer to reveal and no one to mark it
    anki_choices = False
    editor_fields = {
        "response_template": TextAreaField(N_("Response template (the answer box starts with it; optional)"),
                                           validators=[Length(max=TEXT["template"])], render_kw={"rows": 3}),
        "grader_info": TextAreaField(N_("Information for graders (students never see it; optional)"),
                                     validators=[Length(max=TEXT["grader_info"])], render_kw={"rows": 3}),
    }

    def validate(self, data, prompt):
        """Both texts are optional; only their length is checked (by the limits)."""
        answer = data.get("answer")
        if answer is not None and not isinstance(answer, dict):
            raise ValidationError(N_("An essay's answer holds its response template and grader information."), "answer")
        return {"answer": {name: str(value).strip() for name, value in essay_texts(answer).items()}}

    def shape_problem(self, question):
        """The answer is an object whose `template` and `grader_info` are text."""
        answer = question.get("answer")
        if not isinstance(answer, dict) or set(answer) - set(FIELDS) \
                or not all(isinstance(answer.get(n, ""), str) for n in FIELDS):
            return "an essay's answer must be an object with text fields 'template' and 'grader_info'."
        return None

    def answer_problems(self, answer):
        """Each text's length."""
        if not isinstance(answer, dict):
            return super().answer_problems(answer)
        return [too_long(name, answer.get(name)) for name in FIELDS]

    def fill_form(self, form, question):
        """The two texts."""
        texts = essay_texts(question.answer)
        form.response_template.data, form.grader_info.data = texts["template"], texts["grader_info"]

    def form_data(self, form):
        """The two texts as the answer."""
        return {"answer": {"template": form.response_template.data or "", "grader_info": form.grader_info.data or ""}}

    def read(self, view, form):
        """The text as written; an essay over the length limit is refused (the page keeps it for the student)."""
        value = form.get(view.name, "")
        if not value.strip() or value.strip() == essay_texts(view.question.answer)["template"].strip():
            return None  # blank, or the template left as it was: not answered yet
        if len(value) > TEXT["response"]:
            raise ValidationError(N_("Your essay has %(count)s characters; at most %(max)s can be saved. Shorten it and "
                                     "save again.", count=Grouped(len(value)), max=Grouped(TEXT["response"])))
        return value

    def check_raw(self, key, raw):
        """An essay is text."""
        if not isinstance(raw, str):
            raise ValidationError(N_("An essay is text."))

    def grade(self, key, raw) -> float:
        """Nothing automatic: the teacher's mark is the grade (services/marking.py)."""
        return 0.0

    def answer_text(self, value):
        """A student's essay as written; the question's own answer (its texts) as its grader information."""
        if isinstance(value, dict):
            return essay_texts(value)["grader_info"] or "Marked by the teacher."
        return super().answer_text(value)

    def is_key_choice(self, question, choice):
        """An essay has no options."""
        return False

    def picked(self, raw):
        """No options: an essay is not a pick."""
        return ()

    def csv_answer(self, answer):
        """The texts as a JSON object."""
        import json

        return json.dumps(essay_texts(answer), ensure_ascii=False)

    def from_csv(self, row):
        """A JSON object with `template` and `grader_info`; plain text is the grader information (an empty cell:
        neither)."""
        text = row.text("answer").strip()
        if not text.startswith("{"):
            return {"template": "", "grader_info": text}
        answer = row.json("answer")
        if not isinstance(answer, dict):
            raise row.fail(N_("an essay's answer must be a JSON object with 'template' and 'grader_info'."))
        return essay_texts(answer)

    moodle_qtype = "essay"

    def to_moodle_xml(self, question, element, xml):
        """Moodle's essay: a plain-text box, no attachments, the grader information and response template."""
        texts = essay_texts(question.get("answer"))
        for tag, value in (("responseformat", "plain"), ("responserequired", "1"), ("responsefieldlines", "15"),
                           ("attachments", "0"), ("attachmentsrequired", "0")):
            xml.sub(element, tag, value)
        xml.text(element, "graderinfo", texts["grader_info"])
        xml.text(element, "responsetemplate", texts["template"])

    def from_moodle_xml(self, read, fields):
        """The grader information and response template (either may be missing)."""
        return {"template": read.text(read.element.find("responsetemplate")),
                "grader_info": read.text(read.element.find("graderinfo"))}

    gift_reads = "empty"

    def to_gift(self, question, head, feedback, gift):
        """The prompt and an empty answer block (Moodle's GIFT essay); the texts travel in the metadata note."""
        tail = f"####{gift.escape(feedback)}" if feedback else ""
        return f"{head}{gift.escape(question.get('prompt') or '')}{{{tail}}}"

    def from_gift(self, block):
        """An empty block: no texts (the metadata note, when there is one, brings them back)."""
        return {"answer": essay_texts(None)}

    qti_interaction = "extendedTextInteraction"

    def to_qti(self, question, body, declaration, correct, qti):
        """A text box with no correct response, scored by a person; the grader information in a scorer's rubric
        block and the response template as the box's placeholder."""
        texts = essay_texts(question.get("answer"))
        declaration.attrib.update(cardinality="single", baseType="string")
        declaration.remove(correct)  # nothing is right or wrong before a person reads it
        if texts["grader_info"]:
            qti.lines(qti.el(qti.el(body, "rubricBlock", view="scorer"), "p"), texts["grader_info"])
        attrs = {"responseIdentifier": "RESPONSE", "expectedLines": "15", "format": "plain"}
        if texts["template"]:
            attrs["placeholderText"] = texts["template"]
        qti.el(body, "extendedTextInteraction", **attrs)
        return qti.scored_by_hand()

    def from_qti(self, read, fields):
        """The grader information (the scorer's rubric block) and the response template (the box's placeholder)."""
        return {"template": read.attrs.get("placeholderText", ""), "grader_info": read.rubric}

    answer_in_meta = True  # GIFT has no place for the texts: every format carries them in the metadata note too
