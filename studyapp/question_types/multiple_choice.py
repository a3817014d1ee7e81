"""Multiple choice: one right option among several; the chosen text is the answer."""
from __future__ import annotations

from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import COUNT
from studyapp.question_types import BaseType, clean_list
from studyapp.question_types.marks import fraction_text, mark_for, marks_beyond, marks_of
from studyapp.translatable import N_, at

MAX_CHOICES = COUNT["choices"]


class ChoiceType(BaseType):
    """A type whose student picks one option by its text (multiple choice, true/false)."""

    offers_choices = True

    def shape_problem(self, question):
        """The answer is one of the choices."""
        choices = question.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices) \
                or question.get("answer") not in choices:
            return "the answer must be one of its choices."
        return None

    def lay_out(self, question, rng, shuffle_choices):
        """The options, shuffled when the quiz says so."""
        choices = self.choices_of(question)
        if shuffle_choices:
            rng.shuffle(choices)
        return "choices", choices

    def show(self, view, question, layout, raw):
        """The options in the attempt's order."""
        view.choices = layout.get("choices", {}).get(str(view.slot_id)) or self.choices_of(question)

    def read(self, view, form) -> Any:
        """One option by its text; anything else is refused."""
        value = form.get(view.name, "")
        if value and value not in view.choices:
            raise ValidationError(N_("That choice is not one of the question's options."))
        return value or None

    def check_raw(self, key, raw):
        """Only one of the question's options."""
        if raw not in (None, "") and raw not in (key.choices or ("True", "False")):
            raise ValidationError(N_("That choice is not one of the question's options."))

    def grade(self, key, raw) -> float:
        """The key's answer earns all; another option earns its mark's fraction, which may be negative (Moodle)."""
        if not isinstance(raw, str):
            return 0.0
        if raw == key.answer:
            return 1.0
        return next((float(m["fraction"]) for m in marks_of(key) if m["answer"] == raw), 0.0)

    def mark_matches(self, entry, raw):
        """The option picked is the mark's option."""
        return entry["answer"] == raw

    def csv_choices(self, answer, choices, row):
        """The answer is one of the choices."""
        if answer not in choices:
            raise row.fail(N_("the answer %(answer)r is not one of the choices.", answer=answer))
        return choices

    qti_interaction, qti_shuffle = "choiceInteraction", False  # true/false keeps True then False

    def to_qti(self, question, body, declaration, correct, qti):
        """One choice among them (shuffled when `qti_shuffle`); right when it is the key's."""
        choices, answer = [str(c) for c in question.get("choices") or []], question.get("answer")
        if str(answer) not in choices:
            raise qti.Unrepresentable("the answer is not one of the choices")
        declaration.attrib.update(cardinality="single", baseType="identifier")
        interaction = qti.el(body, "choiceInteraction", responseIdentifier="RESPONSE",
                             shuffle="true" if self.qti_shuffle else "false", maxChoices="1")
        for n, choice in enumerate(choices, start=1):
            option = qti.el(interaction, "simpleChoice", identifier=f"C{n}")
            qti.lines(option, choice)
            qti.choice_feedback(option, (mark_for(question, choice) or {}).get("feedback") or "")
        qti.el(correct, "value", f"C{choices.index(str(answer)) + 1}")
        partial = {str(m["answer"]): m["fraction"] for m in marks_of(question) if str(m["answer"]) != str(answer)}
        if not any(partial.values()):
            return qti.matched()
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        # Partial and negative credit: the response's mapping scores each option as its mark says.
        mapping = qti.el(declaration, "mapping", lowerBound="-1", upperBound="1", defaultValue="0")
        for n, choice in enumerate(choices, start=1):
            value = 1.0 if choice == str(answer) else partial.get(choice, 0.0)
            if value:
                qti.el(mapping, "mapEntry", mapKey=f"C{n}", mappedValue=number_text(value))
        return None

    def reads_qti(self, read):
        """A choice interaction with one response."""
        return super().reads_qti(read) and read.cardinality == "single"

    def from_qti(self, read, fields):
        """The one correct choice; the other values of a mapping (partial or negative credit) and the choices'
        feedback become marks."""
        if len(read.correct) != 1:
            raise read.fail(N_("a single-choice item needs exactly one correct response."))
        answer = read.text_of(read.correct[0])
        fields["choices"] = read.texts()
        values = [(text, read.mapping.get(ident, 1.0 if ident == read.correct[0] else 0.0), read.feedback.get(ident, ""))
                  for ident, text in read.choices]
        fields["marks"] = marks_beyond(values, [answer]) if read.mapping or read.feedback else []
        return answer


def choice_texts(form) -> list[tuple[str, str]]:
    """The editor's numbered choice boxes as (number, text), empty ones included."""
    return [(str(i), (form[f"choice_{i}"].data or "").strip()) for i in range(1, MAX_CHOICES + 1)]


class MultipleChoice(ChoiceType):
    """Pick the one right option."""

    shows_choice_images = True

    name, label, answer_field = "multiple_choice", N_("Multiple choice"), "correct"
    qti_shuffle = True

    def reads_qti(self, read):
        """One response among choices; True and False alone are a true/false item unless its metadata says this."""
        return super().reads_qti(read) and (read.hinted == self.name or read.texts() != ["True", "False"])

    def card_choices(self, question):
        """The options, as the question lists them."""
        return list(question.choices or [])

    def validate(self, data, prompt):
        """At least two distinct choices, one of them marked right."""
        choices = clean_list(data.get("choices"), "choices")
        if len(choices) < 2:
            raise ValidationError(N_("Give at least two choices."), "choices")
        if data.get("answer") not in choices:
            raise ValidationError(N_("Mark which choice is correct."), "answer")
        return {"choices": choices, "answer": data["answer"]}

    def fill_form(self, form, question):
        """Choices in their boxes, the right one ticked."""
        for i, choice in enumerate((question.choices or [])[:MAX_CHOICES], start=1):
            form[f"choice_{i}"].data = choice
            if choice == question.answer:
                form.correct.data = str(i)

    def form_data(self, form):
        """The non-empty choices and the text of the ticked one."""
        choices = choice_texts(form)
        correct = dict(choices).get(form.correct.data or "")
        if form.correct.data and not correct:
            raise ValidationError(N_("The choice marked correct is empty."), "correct")
        return {"choices": [text for _i, text in choices if text], "answer": correct}

    moodle_qtype = "multichoice"

    def to_moodle_xml(self, question, element, xml):
        """Single-answer multichoice: the right option 100%, the others 0%."""
        answer = question.get("answer")
        if not str(answer or "").strip():
            raise ValueError("the answer is empty")
        if [str(c) for c in question.get("choices") or []].count(str(answer)) != 1:
            raise ValueError("the answer must be exactly one of its choices")
        for tag, value in (("single", "true"), ("shuffleanswers", "true"), ("answernumbering", "abc")):
            xml.sub(element, tag, value)
        for choice in question.get("choices") or []:
            entry = mark_for(question, choice)
            fraction = 100 if choice == answer else 0
            written = xml.answer(element, fraction, str(choice),
                                 fraction_text=fraction_text(entry) if entry and choice != answer else "")
            xml.text(written, "feedback", entry["feedback"] if entry else "", "html")

    def gift_answers(self, question, gift):
        """`=right` and `~wrong` options."""
        answer, choices = question.get("answer"), [str(c) for c in question.get("choices") or []]
        if choices.count(str(answer)) != 1 or not all(c.strip() for c in choices):
            raise ValueError("the answer must be exactly one of its non-empty choices")
        return [gift.item("=" if c == str(answer) else "~", gift.escape(c), mark_for(question, c)) for c in choices]

    gift_reads, gift_gap = "choices", "multiple_choice"

    def from_gift(self, block):
        """Exactly one right option (`=` or `%100%`) among them."""
        right = [item.plain for item in block.items if item.fraction >= 1]
        if len(right) != 1:
            raise block.fail(N_("a multiple-choice block needs exactly one right answer ('='), found %(count)s.",
                                  count=len(right)))
        return {"choices": [item.plain for item in block.items], "answer": right[0],
                "marks": marks_beyond([(i.plain, i.fraction, i.feedback) for i in block.items], right)}

    def reads_moodle_xml(self, read):
        """A single-answer multichoice not marked as multiple response."""
        return read.qtype == "multichoice" and read.single and read.meta.get("type") != "multiple_response"

    def from_moodle_xml(self, read, fields):
        """Exactly one right answer (fraction 100) among the choices."""
        if len(read.right) != 1:
            raise ValidationError(at(read.where, N_("a multichoice question needs exactly one right answer (fraction 100).")))
        fields["choices"] = list(read.texts)
        if not read.right[0].strip():
            raise ValidationError(at(read.where, N_("the right answer is empty.")))
        fields["marks"] = read.marks(read.right[:1])
        return read.right[0]
