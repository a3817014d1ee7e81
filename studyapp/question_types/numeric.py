"""Numeric: a typed number, right within the question's tolerance."""
from __future__ import annotations

from studyapp.errors import ValidationError
from studyapp.limits import is_finite_number
from studyapp.limits import COUNT
from studyapp.question_types import BaseType
from studyapp.question_types.marks import ANY, fraction_text, mark, marks_of
from studyapp.question_types.short_answer import read_typed
from studyapp.numbers import parse_number
from studyapp.translatable import N_, at


def _number_or_none(raw) -> float | None:
    """A typed or stored number as a float, or None when it is not one."""
    try:
        return float(parse_number(raw))
    except ValueError:
        return None


def read_number(view, form):
    """Typed text that reads as a number (kept as typed), None when blank; words are refused, not saved as wrong."""
    value = read_typed(view, form)
    if value is not None and _number_or_none(value) is None:
        shown = value.strip() if len(value.strip()) <= 40 else value.strip()[:40] + "…"
        raise ValidationError(N_("“%(answer)s” is not a number: type digits, such as 42 or 3.5.", answer=shown))
    return value


class Numeric(BaseType):
    """Type a number."""

    name, label, answer_field = "numeric", N_("Numeric"), "number_answer"
    read = staticmethod(read_number)

    def validate(self, data, prompt):
        """A number and a tolerance of zero or more."""
        value, tolerance = _number_or_none(data.get("answer")), _number_or_none(
            data.get("tolerance") if data.get("tolerance") not in (None, "") else 0)
        if value is None:
            raise ValidationError(N_("The answer must be a number."), "answer")
        if tolerance is None or tolerance < 0:
            raise ValidationError(N_("The tolerance must be a number, zero or more."), "tolerance")
        return {"answer": int(value) if value.is_integer() else value, "tolerance": tolerance}

    def value_problem(self, question):
        """The answer is a finite number."""
        if not is_finite_number(question["answer"]):
            return "the answer of a numeric question must be a number."
        return None

    def fill_form(self, form, question):
        """The number and tolerance as typed."""
        answer = question.answer
        form.number_answer.data = f"{answer:g}" if isinstance(answer, (int, float)) else str(answer)
        form.tolerance.data = "" if question.tolerance is None else f"{question.tolerance:g}"

    def form_data(self, form):
        """The number and tolerance as typed."""
        return {"answer": form.number_answer.data, "tolerance": form.tolerance.data}

    def grade(self, key, raw) -> float:
        """Within the question's tolerance of the key."""
        value, target = _number_or_none(raw), _number_or_none(key.answer)
        if value is None or target is None:
            return 0.0
        if abs(value - target) <= (key.tolerance or 0.0) + 1e-9:
            return 1.0
        return max([0.0, *(m["fraction"] for m in marks_of(key)[:COUNT["marks"]] if self.mark_matches(m, raw))])

    def mark_matches(self, entry, raw):
        """Within the mark's tolerance of its number; `*` matches any number."""
        value = _number_or_none(raw)
        if value is None:
            return False
        if entry["answer"] == ANY:
            return True
        target = _number_or_none(entry["answer"])
        return target is not None and abs(value - target) <= (entry.get("tolerance") or 0.0) + 1e-9

    def csv_answer(self, answer):
        """The number in plain decimal, or empty."""
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        return "" if answer in (None, "") else number_text(answer)

    def from_csv(self, row):
        """A number."""
        return row.number("answer")

    def anki_back(self, question, html):
        """The number, and its tolerance when it has one."""
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        answer, tolerance = question.get("answer"), question.get("tolerance")
        if isinstance(answer, (int, float)) and not isinstance(answer, bool):
            return html(number_text(answer) + (f" (\u00b1 {number_text(tolerance)})" if tolerance else ""))
        return super().anki_back(question, html)

    def from_anki(self, back, fields):
        """The number, and its tolerance written after it as `(± t)`."""
        number, _, tolerance = back.text().partition(" (\u00b1 ")
        try:
            if tolerance:
                fields["tolerance"] = parse_number(tolerance.removesuffix(")"))
            return parse_number(number)
        except ValueError:
            raise back.fail(N_("the answer %(text)r is not a number.", text=back.text()[:40])) from None

    qti_interaction = "textEntryInteraction"

    def to_qti(self, question, body, declaration, correct, qti):
        """A typed float, right when equal to the key (within its tolerance); each mark a branch of its own."""
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        try:
            value = number_text(question.get("answer"))
            tolerance = None if question.get("tolerance") in (None, "") else number_text(question["tolerance"])
        except ValueError:
            raise qti.Unrepresentable("the numeric answer or tolerance is not a number") from None
        declaration.attrib.update(cardinality="single", baseType="float")
        qti.el(correct, "value", value)
        qti.el(qti.el(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="10")
        mode = {"toleranceMode": "absolute", "tolerance": f"{tolerance} {tolerance}"} if tolerance else {
            "toleranceMode": "exact"}
        equal = qti.el(None, "equal", **mode)
        qti.el(equal, "variable", identifier="RESPONSE")
        qti.el(equal, "correct", identifier="RESPONSE")
        for entry in marks_of(question):  # partial credit and feedback: each mark's number within its tolerance
            try:
                condition = qti.anything() if entry["answer"] == ANY else qti.number(
                    number_text(entry["answer"]), number_text(entry["tolerance"]) if entry.get("tolerance") else None)
            except ValueError:
                raise qti.Unrepresentable("a mark's number or tolerance is not a number") from None
            qti.mark(condition, entry["fraction"], entry["feedback"])
        return equal

    def reads_qti(self, read):
        """A text entry of a number."""
        return super().reads_qti(read) and read.base_type in ("float", "integer")

    def from_qti(self, read, fields):
        """The correct response and the scoring's absolute tolerance; the per-answer branches become marks."""
        if not read.correct:
            raise read.fail(N_("a numeric item needs a correct response."))
        try:
            answer = parse_number(read.correct[0])
            tolerance = parse_number(read.tolerance) if read.tolerance else None
        except ValueError:
            raise read.fail(N_("the numeric response or its tolerance is not a number.")) from None
        fields["tolerance"] = tolerance  # a written tolerance of 0 stays 0 (the export writes it back the same)
        try:
            fields["marks"] = [mark(ANY if m.answer == ANY else parse_number(m.answer), m.fraction or 0.0, m.feedback,
                                    parse_number(m.tolerance) if m.tolerance else None) for m in read.marks]
        except ValueError:
            raise read.fail(N_("a mark's number or tolerance is not a number.")) from None
        return answer

    moodle_qtype = "numerical"

    def to_moodle_xml(self, question, element, xml):
        """One answer, 100%, with its tolerance."""
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        tolerance = question.get("tolerance")
        key = {"answer": question.get("answer"), "fraction": 1.0, "feedback": "", "tolerance": tolerance}
        entries = [m for m in marks_of(question) if (m["answer"], m["fraction"]) == (key["answer"], 1.0)] or [key]
        for entry in entries + [m for m in marks_of(question) if m not in entries]:
            value = "*" if entry["answer"] == ANY else number_text(entry["answer"])
            written = xml.answer(element, 100, value, fraction_text=fraction_text(entry))
            xml.sub(written, "tolerance", number_text(entry.get("tolerance") or 0))
            if entry["feedback"]:
                xml.text(written, "feedback", entry["feedback"], "html")

    def gift_answers(self, question, gift):
        """`#value` or `#value:tolerance`."""
        from studyapp.formats.common import number_text  # formats import the types, not the reverse

        def value(entry) -> str:
            """`value` or `value:tolerance`."""
            tolerance = entry.get("tolerance")
            return number_text(entry["answer"]) + ("" if tolerance in (None, "") else ":" + number_text(tolerance))

        key = {"answer": question.get("answer"), "fraction": 1.0, "feedback": "", "tolerance": question.get("tolerance")}
        marks = marks_of(question)
        if not marks:
            return [f"\t#{value(key)}"]
        entries = [m for m in marks if (m["answer"], m["fraction"]) == (key["answer"], 1.0)] or [key]
        lines = [gift.item("=", value(e), e) for e in entries]
        lines += [gift.item("~" if m["answer"] == ANY else "=", "" if m["answer"] == ANY else value(m), m)
                  for m in marks if m not in entries]
        return ["\t#", *lines]

    gift_reads = "number"

    def from_gift(self, block):
        """`value`, `value:tolerance`, `min..max` or `=value:tol ...`."""
        return block.number()

    def from_moodle_xml(self, read, fields):
        """The first right answer (fraction 100) and its tolerance."""
        first = next((a for a in read.element.findall("answer") if float(a.get("fraction", "0")) >= 100), None)
        if first is None:
            raise ValidationError(at(read.where, N_("a numerical question needs a right answer (fraction 100).")))
        try:
            answer = parse_number(first.findtext("text") or "")
            tolerance = parse_number(first.findtext("tolerance") or "0")
        except ValueError:
            raise ValidationError(at(read.where, N_("the numerical answer or tolerance is not a number."))) from None
        fields["tolerance"] = tolerance or None
        fields["marks"] = []
        for entry in read.element.findall("answer"):
            text, fraction = (entry.findtext("text") or "").strip(), float(entry.get("fraction", "0")) / 100
            feedback = read.text(entry.find("feedback"))
            if entry is first and not feedback:
                continue
            try:
                number = ANY if text == ANY else parse_number(text)
                width = parse_number(entry.findtext("tolerance") or "0") or None
            except ValueError:
                raise ValidationError(at(read.where, N_("the numerical answer %(answer)r is not a number.", answer=text))) \
                    from None
            fields["marks"].append(mark(number, 1.0 if entry is first else fraction, feedback, width))
        return answer
