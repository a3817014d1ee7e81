"""Ordering: put the items in the key's order (all or nothing)."""
from __future__ import annotations

import re
from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import parse_id, too_long, too_many
from studyapp.question_types import BaseType, clean_list, csv_list, lines
from studyapp.translatable import N_, at


# Moodle 4.4's GIFT ordering block (question/type/ordering): `>count`, then optional words, then the items.
_GIFT_ORDER = re.compile(
    r">\s*\d+\s*(?:(?:ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)\b)?\s*"
    r"(?:(?:HORIZONTAL|HORI|VERTICAL|VERT|H|V|1|0)\b)?\s*"
    r"(?:(?:ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_\w+|RELATIVE|REL|LONGEST_\w+)\b)?\s*"
    r"(?:(?:SHOW|TRUE|YES|HIDE|FALSE|NO|1|0)\b)?[ \t]*(.*)", re.DOTALL)


class Ordering(BaseType):
    """Put the items in order."""

    name, label, answer_field = "ordering", N_("Ordering"), "items"

    def validate(self, data, prompt):
        """At least two distinct items."""
        items = clean_list(data.get("answer"), "answer")
        if len(items) < 2:
            raise ValidationError(N_("Give at least two items, in the right order."), "answer")
        return {"answer": items}

    def answer_problems(self, answer):
        """The number of items and each item's length."""
        if not isinstance(answer, list):
            return super().answer_problems(answer)
        return [too_many("items", answer), *(too_long("item", i) for i in answer)]

    def fill_form(self, form, question):
        """The items, one per line, in the right order."""
        form.items.data = "\n".join(str(x) for x in question.answer)

    def form_data(self, form):
        """The items, one per line."""
        return {"answer": lines(form.items.data)}

    def lay_out(self, question, rng, shuffle_choices):
        """Uniform over every order, the right one included.

        Ruling it out would make guessing pay (two items: "swap them" would always be right).
        """
        items = [str(x) for x in question.answer]
        rng.shuffle(items)
        return "items", items

    def show(self, view, question, layout, raw):
        """The student's order once answered, else the attempt's first order."""
        view.items = list(raw) if isinstance(raw, list) else layout.get("items", {}).get(str(view.slot_id), [])

    def read(self, view, form) -> Any:
        """Each item's text and chosen position -> the items in the student's order.

        Items travel by text, not by index, so a page whose items were reordered meanwhile still reads right.
        Items left as first shown are no answer unless "This order is my answer" is ticked (the shown order may
        be the right one); the quiz script ticks it when the student moves an item.
        """
        expected = sorted(view.items)
        positions = []
        for index in range(len(view.items)):
            item, value = form.get(f"{view.name}_item_{index}", ""), form.get(f"{view.name}_pos_{index}", "")
            position = parse_id(value)
            if position is None or not 1 <= position <= len(view.items):
                raise ValidationError(N_("Give every item a position from 1 to %(max)s.", max=len(view.items)))
            positions.append((position, item))
        if sorted(item for _p, item in positions) != expected:
            raise ValidationError(N_("The items of this question changed; reload the page."))
        if len({p for p, _item in positions}) != len(positions):
            raise ValidationError(N_("Use each position once."))
        order = [item for _p, item in sorted(positions)]
        if order == view.items and view.raw is None and form.get(f"{view.name}_keep", "") != "1":
            return None  # left as first shown: not answered yet
        return order

    def grade(self, key, raw) -> float:
        """All or nothing, the items in the key's order."""
        return 1.0 if isinstance(raw, list) and [str(x) for x in raw] == [str(x) for x in key.answer] else 0.0

    def answer_text(self, value):
        """The items joined by arrows."""
        if isinstance(value, (list, tuple)):
            return " → ".join(str(x) for x in value)
        return super().answer_text(value)

    def picked(self, raw):
        """No options: the whole order is the response item analysis counts ("A → B → C")."""
        return (self.answer_text(raw),) if isinstance(raw, list) and raw else ()

    def from_csv(self, row):
        """A JSON list of the items in order."""
        return csv_list(row, self.name)

    def anki_back(self, question, html):
        """The items as a numbered list."""
        answer = question.get("answer")
        items = answer if isinstance(answer, list) else [answer]
        return "<ol>" + "".join(f"<li>{html(item)}</li>" for item in items) + "</ol>"

    def from_anki(self, back, fields):
        """The items of the numbered list, in order."""
        return back.items()

    qti_interaction = "orderInteraction"

    def to_qti(self, question, body, declaration, correct, qti):
        """The items to put in order, right when all are in the key's order."""
        answer = question.get("answer")
        if not isinstance(answer, list) or len(answer) < 2:
            raise qti.Unrepresentable("an ordering answer needs a list of at least two items")
        declaration.attrib.update(cardinality="ordered", baseType="identifier")
        interaction = qti.el(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
        for n, item in enumerate(answer, start=1):
            qti.lines(qti.el(interaction, "simpleChoice", identifier=f"O{n}"), str(item))
            qti.el(correct, "value", f"O{n}")
        return qti.matched()

    def from_qti(self, read, fields):
        """The items in the correct response's order."""
        answer = [read.text_of(value) for value in read.correct]
        if len(answer) < 2:
            raise read.fail(N_("an order item needs a correct order of at least two items."))
        return answer

    moodle_qtype = "ordering"
    # Core Moodle has the ordering question from 4.4; before, only sites with the qtype_ordering plugin read it.
    moodle_note = ('Ordering questions are written as type="ordering": Moodle 4.4 and later import them (core); '
                   "Moodle 3.x to 4.3 only with the Ordering plugin (qtype_ordering) installed, and otherwise "
                   "refuse them (the whole file when stop-on-error is set).")

    def to_moodle_xml(self, question, element, xml):
        """Moodle's ordering question: the items in order, graded by absolute position."""
        answer = question.get("answer")
        if not isinstance(answer, list):
            raise ValueError(f"an {self.name} answer must be a list")
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"), ("numberingstyle", "none")):
            xml.sub(element, tag, value)
        for position, item in enumerate(answer or [], start=1):
            xml.answer(element, position, str(item), fraction_text=f"{position}.0000000")

    def to_gift(self, question, head, feedback, gift):
        """Moodle 4.4's GIFT ordering form: `{>N ALL VERTICAL ALL_OR_NOTHING SHOW` then one item a line. Moodle
        reads the items as they are (no escapes), so an item with a brace, a `#` or a line break cannot go."""
        answer = [str(x) for x in question.get("answer") or []]
        if len(answer) < 2 or any(not x.strip() or set(x) & set("{}#\n") for x in answer):
            raise ValueError("GIFT cannot write an ordering item that is empty or holds {, }, # or a line break")
        items = [f"\t{x.strip()}" for x in answer]
        return gift.block(head, question.get("prompt") or "",
                          [f">{len(answer)} ALL VERTICAL ALL_OR_NOTHING SHOW", *items], feedback)

    gift_reads = "order"

    def from_gift(self, block):
        """`>N [select] [layout] [grading] [show]` then the items, one a line, in the right order."""
        match = _GIFT_ORDER.match(block.body)
        items = [line.strip() for line in (match.group(1) if match else "").split("\n") if line.strip()]
        if len(items) < 2:
            raise block.fail(N_("an ordering block needs at least two items, one a line."))
        return {"answer": items}

    def from_moodle_xml(self, read, fields):
        """The items sorted by their fraction (their position)."""
        answer = [text for _, text in sorted(zip(read.fractions, read.texts))]
        if not answer:
            raise ValidationError(at(read.where, N_("an ordering question needs items.")))
        return answer
