"""Multiple response (tick all that apply): the answer is the list of right options, graded as Moodle does.

Moodle's multichoice with several right answers: the right options share +100%, the wrong ones share -100%,
and the total is never below 0. Ticking every option therefore earns nothing when there is a wrong one.
"""
from __future__ import annotations

from typing import Any

from wtforms import SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from studyapp.errors import ValidationError
from studyapp.limits import too_long, too_many
from studyapp.question_types import clean_list, csv_list
from studyapp.question_types.marks import feedback_lines, mark, mark_for, marks_of
from studyapp.question_types.multiple_choice import MAX_CHOICES, ChoiceType, choice_texts
from studyapp.translatable import N_, at


def fraction(right: set[str], wrong: set[str], ticked: set[str]) -> float:
    """Moodle's share: +1/len(right) per right option ticked, -1/len(wrong) per wrong one, from 0 to 1."""
    gained = len(ticked & right) / len(right) if right else 0.0
    lost = len(ticked & wrong) / len(wrong) if wrong else 0.0
    return min(1.0, max(0.0, gained - lost))


class MultipleResponse(ChoiceType):
    """Tick every right option."""

    shows_choice_images = True

    name, label, answer_field = "multiple_response", N_("Multiple response (tick all that apply)"), "correct_many"
    editor_fields = {"correct_many": SelectMultipleField(
        N_("Correct choices"), validators=[Optional()],
        choices=[SelectChoice(str(i), f"Choice {i}") for i in range(1, MAX_CHOICES + 1)])}

    def validate(self, data, prompt):
        """At least two distinct choices, one or more of them ticked right (kept in the choices' order)."""
        choices = clean_list(data.get("choices"), "choices")
        if len(choices) < 2:
            raise ValidationError(N_("Give at least two choices."), "choices")
        answer = data.get("answer")
        if not isinstance(answer, (list, tuple)) or not answer:
            raise ValidationError(N_("Tick at least one correct choice."), "answer")
        if any(a not in choices for a in answer):
            raise ValidationError(N_("Every correct answer must be one of the choices."), "answer")
        return {"choices": choices, "answer": [c for c in choices if c in answer]}

    def shape_problem(self, question):
        """The answer is a non-empty list of distinct choices."""
        choices, answer = question.get("choices"), question.get("answer")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices) \
                or not isinstance(answer, list) or not answer or len(set(map(str, answer))) != len(answer) \
                or any(a not in choices for a in answer):
            return "the answer must be a list of one or more of its choices."
        return None

    def answer_problems(self, answer):
        """As many entries as choices may be, each as long as a choice may be."""
        if not isinstance(answer, list):
            return super().answer_problems(answer)
        return [too_many("choices", answer), *(too_long("choice", a) for a in answer)]

    def fill_form(self, form, question):
        """Choices in their boxes, the right ones ticked."""
        answer = question.answer if isinstance(question.answer, list) else []
        for i, choice in enumerate((question.choices or [])[:MAX_CHOICES], start=1):
            form[f"choice_{i}"].data = choice
        form.correct_many.data = [str(i) for i, c in enumerate(question.choices or [], start=1) if c in answer]

    def form_data(self, form):
        """The non-empty choices and the texts of the ticked ones."""
        choices = dict(choice_texts(form))
        ticked = [choices.get(i, "") for i in form.correct_many.data or []]
        if any(not text for text in ticked):
            raise ValidationError(N_("A choice marked correct is empty."), "answer")
        return {"choices": [text for text in choices.values() if text], "answer": ticked}

    def read(self, view, form) -> Any:
        """The ticked options by their text, in the order shown; anything else is refused."""
        values = form.getlist(view.name) if hasattr(form, "getlist") else form.get(view.name) or []
        values = [values] if isinstance(values, str) else list(values)
        if any(v not in view.choices for v in values):
            raise ValidationError(N_("That choice is not one of the question's options."))
        return [c for c in view.choices if c in values] or None

    def check_raw(self, key, raw):
        """Only the question's options."""
        if raw is not None and (not isinstance(raw, list) or any(r not in key.choices for r in raw)):
            raise ValidationError(N_("That choice is not one of the question's options."))

    def grade(self, key, raw) -> float:
        """Moodle's partial credit over the ticked options."""
        if not isinstance(raw, list) or not isinstance(key.answer, (list, tuple)):
            return 0.0
        marks = {str(m["answer"]): float(m["fraction"]) for m in marks_of(key)}
        if marks:  # Moodle's own fractions per option, summed and held between 0 and 1
            return min(1.0, max(0.0, sum(marks.get(str(r), 0.0) for r in set(map(str, raw)))))
        right = {str(a) for a in key.answer}
        return fraction(right, set(key.choices) - right, {str(r) for r in raw})

    def feedback_for(self, question, raw):
        """The feedback of every option ticked."""
        if not isinstance(raw, list):
            return []
        return feedback_lines([m for m in marks_of(question) if m["answer"] in raw])

    def answer_text(self, value):
        """The options joined by commas."""
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return super().answer_text(value)

    def card_choices(self, question):
        """The options, as the question lists them."""
        return list(question.choices or [])

    def is_key_choice(self, question, choice):
        """One of the right options."""
        return isinstance(question.answer, list) and choice in question.answer

    def picked(self, raw):
        """Every ticked option."""
        return tuple(raw) if isinstance(raw, list) else ()

    moodle_qtype = "multichoice"

    def to_moodle_xml(self, question, element, xml):
        """Several-answer multichoice: the right options share +100%, the wrong ones -100%."""
        from studyapp.formats.common import multiple_response_shares  # formats import the types, not the reverse

        for tag, value in (("single", "false"), ("shuffleanswers", "true"), ("answernumbering", "abc")):
            xml.sub(element, tag, value)
        from studyapp.question_types.marks import fraction_text

        for choice, share in multiple_response_shares(question):
            entry = mark_for(question, choice)
            answer = xml.answer(element, 0, choice, fraction_text=fraction_text(entry) if entry else share)
            xml.text(answer, "feedback", entry["feedback"] if entry else "", "html")

    def gift_answers(self, question, gift):
        """Every option `~%share%`: the right ones share +100%, the wrong ones -100% (Moodle's weights)."""
        from studyapp.formats.common import multiple_response_shares  # formats import the types, not the reverse
        from studyapp.question_types.marks import fraction_text

        lines = []
        for choice, share in multiple_response_shares(question):
            entry = mark_for(question, choice) or {"answer": choice, "fraction": float(share) / 100, "feedback": ""}
            weight = f"%{share}%" if not mark_for(question, choice) else f"%{fraction_text(entry)}%"
            feedback = f"#{gift.escape(entry['feedback'])}" if entry.get("feedback") else ""
            lines.append(f"\t~{weight}{gift.escape(choice)}{feedback}")
        return lines

    gift_reads = "weighted"

    def from_gift(self, block):
        """Moodle's "tick all that apply": options with a positive weight are the right ones."""
        from studyapp.formats.common import multiple_response_shares  # formats import the types, not the reverse

        choices, answer = [item.plain for item in block.items], [item.plain for item in block.positive]
        given = [(item.plain, item.fraction, item.feedback) for item in block.items]
        try:
            shares = {c: float(s) / 100 for c, s in multiple_response_shares({"choices": choices, "answer": answer})}
        except ValueError:
            shares = {}
        own = any(fb or abs(shares.get(c, 0.0) - f) > 1e-4 for c, f, fb in given)
        return {"choices": choices, "answer": answer,
                "marks": [mark(c, f, fb) for c, f, fb in given] if own else []}

    def to_qti(self, question, body, declaration, correct, qti):
        """Any number of choices; QTI's map_response adds each ticked choice's share (its mark's fraction when it
        has one), held between 0 and 1; a choice's feedback inline."""
        from studyapp.formats.common import multiple_response_shares, number_text  # formats import the types

        try:
            shares = multiple_response_shares(question)
        except ValueError as exc:
            raise qti.Unrepresentable(str(exc)) from None
        declaration.attrib.update(cardinality="multiple", baseType="identifier")
        mapping = qti.el(declaration, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        interaction = qti.el(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="true", maxChoices="0")
        for n, (choice, share) in enumerate(shares, start=1):
            option = qti.el(interaction, "simpleChoice", identifier=f"C{n}")
            qti.lines(option, choice)
            own = mark_for(question, choice)  # the question's own fraction and feedback for the choice, if any
            qti.choice_feedback(option, own["feedback"] if own else "")
            qti.el(mapping, "mapEntry", mapKey=f"C{n}",
                   mappedValue=number_text(float(own["fraction"]) if own else float(share) / 100))
            if not share.startswith("-"):
                qti.el(correct, "value", f"C{n}")
        return None

    def reads_qti(self, read):
        """A choice interaction with several responses."""
        return read.interaction == self.qti_interaction and read.cardinality == "multiple"

    def from_qti(self, read, fields):
        """The correct choices (else those the mapping scores above zero); a mapping other than the even shares the
        export writes, or the choices' feedback, becomes marks."""
        from studyapp.formats.common import multiple_response_shares  # formats import the types, not the reverse

        right = [read.text_of(v) for v in read.correct] or [t for i, t in read.choices if read.mapping.get(i, 0) > 0]
        if not right:
            raise read.fail(N_("a multiple-response item needs at least one correct choice."))
        fields["choices"] = texts = read.texts()
        try:
            even = {c: float(s) / 100 for c, s in multiple_response_shares({"choices": texts, "answer": right})}
        except ValueError:
            even = {}
        given = {text: read.mapping.get(ident, 0.0) for ident, text in read.choices}
        if read.feedback or read.mapping and any(abs(even.get(c, 0.0) - f) > 1e-3 for c, f in given.items()):
            given = {t: (read.mapping[i] if i in read.mapping else even.get(t, 0.0)) for i, t in read.choices}
            fields["marks"] = [mark(text, max(-1.0, min(1.0, given[text])), read.feedback.get(ident, ""))
                               for ident, text in read.choices]
        return right

    def from_csv(self, row):
        """A JSON list of the right choices."""
        return csv_list(row, self.name)

    def csv_choices(self, answer, choices, row):
        """Every right answer is one of the choices."""
        if any(a not in choices for a in answer):
            raise row.fail(N_("every right answer must be one of the choices."))
        return choices

    def anki_back(self, question, html):
        """The right options, one a line."""
        answer = question.get("answer")
        if isinstance(answer, list):
            return "<br>".join(html(a) for a in answer)
        return super().anki_back(question, html)

    def from_anki(self, back, fields):
        """The right options, one a line."""
        return back.lines()

    def reads_moodle_xml(self, read):
        """A multichoice with several answers, or one marked as multiple response."""
        return read.qtype == "multichoice" and (not read.single or read.meta.get("type") == self.name)

    def from_moodle_xml(self, read, fields):
        """Every choice with a positive fraction is right; Moodle's own fractions and feedback become marks."""
        from studyapp.formats.common import multiple_response_shares  # formats import the types, not the reverse

        positive = [text for text, f in zip(read.texts, read.fractions) if f > 0]
        if not positive:
            raise ValidationError(at(read.where, N_("a multichoice question with several answers needs a right one "
                                                    "(a positive fraction).")))
        fields["choices"] = list(read.texts)
        shares = dict(zip(read.texts, read.fractions))
        try:
            default = {c: float(s) for c, s in multiple_response_shares({"choices": list(read.texts), "answer": positive})}
        except ValueError:
            default = {}
        if any(read.feedbacks) or any(abs(default.get(c, 0.0) - f) > 1e-3 for c, f in shares.items()):
            fields["marks"] = [mark(t, f / 100, fb) for t, f, fb in zip(read.texts, read.fractions, read.feedbacks)]
        return positive
