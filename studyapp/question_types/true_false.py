"""True / false: a statement the student marks True or False."""
from __future__ import annotations

from studyapp.errors import ValidationError
from studyapp.question_types.marks import mark_for, marks_beyond
from studyapp.question_types.multiple_choice import ChoiceType
from studyapp.translatable import N_, at


class TrueFalse(ChoiceType):
    """The answer is "True" or "False"."""

    name, label, answer_field = "true_false", N_("True / false"), "tf_answer"

    def choices_of(self, question):
        """True and False, whatever the question stores."""
        return list(question.choices or ["True", "False"])

    def lay_out(self, question, rng, shuffle_choices):
        """Always True then False: shuffling two fixed words only confuses."""
        return None

    def validate(self, data, prompt):
        """True or False."""
        if data.get("answer") not in ("True", "False"):
            raise ValidationError(N_("The answer must be True or False."), "answer")
        return {"choices": ["True", "False"], "answer": data["answer"]}

    def fill_form(self, form, question):
        """The ticked value."""
        form.tf_answer.data = question.answer

    def form_data(self, form):
        """The ticked value."""
        return {"answer": form.tf_answer.data}

    def csv_choices(self, answer, choices, row):
        """True and False when the sheet leaves them out; the answer one of them."""
        return super().csv_choices(answer, choices or ["True", "False"], row)

    anki_choices = False  # True and False need no list

    def reads_qti(self, read):
        """A single choice between True and False (as the QTI export writes it)."""
        return super().reads_qti(read) and read.texts() == ["True", "False"]

    def from_anki(self, back, fields):
        """True or False; the choices are always those two."""
        fields["choices"] = ["True", "False"]
        return back.text()

    moodle_qtype = "truefalse"

    def to_moodle_xml(self, question, element, xml):
        """Answers "true" and "false", the right one 100%."""
        answer = question.get("answer")
        if not str(answer or "").strip():
            raise ValueError("the answer is empty")
        for value in ("true", "false"):
            entry = mark_for(question, value.capitalize())
            xml.text(xml.answer(element, 100 if str(answer).lower() == value else 0, value), "feedback",
                     entry["feedback"] if entry else "", "html")

    def gift_answers(self, question, gift):
        """TRUE or FALSE."""
        answer = "True" if str(question.get("answer")).lower() == "true" else "False"
        wrong, right = mark_for(question, "False" if answer == "True" else "True"), mark_for(question, answer)
        tail = "".join(f"#{gift.escape(m['feedback'] if m else '')}" for m in (wrong, right)) if wrong or right else ""
        return [f"\t{answer.upper()}{tail}"]

    gift_reads = "word"

    def from_gift(self, block):
        """T, TRUE, F or FALSE."""
        answer = "True" if block.word.startswith("T") else "False"
        wrong, right = block.word_feedback()
        given = [(answer, 1.0, right), ("False" if answer == "True" else "True", 0.0, wrong)]
        return {"answer": answer, "choices": ["True", "False"], "marks": marks_beyond(given, [answer])}

    def from_moodle_xml(self, read, fields):
        """One right answer, 'true' or 'false'."""
        if len(read.right) != 1 or read.right[0].lower() not in ("true", "false"):
            raise ValidationError(at(read.where, N_("a truefalse question needs one right answer, 'true' or 'false'.")))
        fields["choices"] = ["True", "False"]
        fields["marks"] = marks_beyond([(t.capitalize(), f / 100, fb) for t, f, fb
                                        in zip(read.texts, read.fractions, read.feedbacks)], [read.right[0].capitalize()])
        return read.right[0].capitalize()
