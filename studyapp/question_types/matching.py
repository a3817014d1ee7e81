"""Matching: pair each left item with its right item (a share of the points per pair)."""
from __future__ import annotations

from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import too_long, too_many
from studyapp.question_types import BaseType, csv_list, lines
from studyapp.translatable import N_


class Matching(BaseType):
    """Match each left item to an option."""

    name, label, answer_field = "matching", N_("Matching"), "pairs"

    def validate(self, data, prompt):
        """At least two pairs with both sides, the left items distinct."""
        pairs = [[str(left).strip(), str(right).strip()] for left, right in (data.get("answer") or [])]
        if len(pairs) < 2 or any(not left or not right for left, right in pairs):
            raise ValidationError("Give at least two pairs, each with both sides.", "answer")
        if len({left.casefold() for left, _r in pairs}) != len(pairs):
            raise ValidationError("Each left-hand item must differ.", "answer")
        return {"answer": pairs}

    def answer_problems(self, answer):
        """The number of pairs and each side's length."""
        if not isinstance(answer, list):
            return super().answer_problems(answer)
        sides = [side for pair in answer for side in (pair if isinstance(pair, (list, tuple)) else [] if pair is None else [pair])]
        return [too_many("pairs", answer), *(too_long("pair", side) for side in sides)]

    def fill_form(self, form, question):
        """One `left = right` line per pair."""
        form.pairs.data = "\n".join(f"{left} = {right}" for left, right in question.answer)

    def form_data(self, form):
        """The `left = right` lines as pairs."""
        pairs = []
        for number, line in enumerate(lines(form.pairs.data), start=1):
            if "=" not in line:
                raise ValidationError(f"Pair line {number} needs an = between its two sides.", "pairs")
            left, right = line.split("=", 1)
            pairs.append([left.strip(), right.strip()])
        return {"answer": pairs}

    def lay_out(self, question, rng, shuffle_choices):
        """The right-hand options, shuffled."""
        rights = sorted({str(r) for _l, r in question.answer})
        rng.shuffle(rights)
        return "rights", rights

    def show(self, view, question, layout, raw):
        """The left items in the key's order, the options in the attempt's."""
        view.lefts = [str(left) for left, _r in question.answer]
        view.rights = layout.get("rights", {}).get(str(view.slot_id)) or sorted({str(r) for _l, r in question.answer})

    def read(self, view, form) -> Any:
        """One option chosen per left item -> {left: right}; unchosen items are left out."""
        chosen = {}
        for index, left in enumerate(view.lefts):
            value = form.get(f"{view.name}_{index}", "")
            if value and value not in view.rights:
                raise ValidationError("That match is not one of the options.")
            if value:
                chosen[left] = value
        return chosen or None

    def grade(self, key, raw) -> float:
        """The share of left items matched to their right item."""
        if not isinstance(raw, dict) or not key.answer:
            return 0.0
        right = sum(1 for left, target in key.answer if raw.get(left) == target)
        return right / len(key.answer)

    def answer_text(self, value):
        """`left → right` pairs, from a key (list of pairs) or an answer (mapping)."""
        if isinstance(value, dict):
            return "; ".join(f"{k} → {v}" for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return "; ".join(f"{pair[0]} → {pair[1]}" for pair in value)
        return super().answer_text(value)

    def picked(self, raw):
        """No options: a set of matches is not a pick."""
        return ()

    def from_csv(self, row):
        """A JSON list of [left, right] pairs."""
        return csv_list(row, self.name, pairs=True)

    def anki_back(self, question, html):
        """`left → right`, one pair a line."""
        pairs = [p if isinstance(p, (list, tuple)) and len(p) == 2 else (p, "") for p in question.get("answer") or []]
        return "<br>".join(f"{html(left)} \u2192 {html(right)}" for left, right in pairs)

    qti_interaction = "matchInteraction"

    def to_qti(self, question, body, declaration, correct, qti):
        """Two sets to pair up, right when every pair is the key's."""
        answer = question.get("answer")
        if not isinstance(answer, list) or not answer or any(len(pair) != 2 for pair in answer):
            raise qti.Unrepresentable("a matching answer needs a list of [left, right] pairs")
        declaration.attrib.update(cardinality="multiple", baseType="directedPair")
        interaction = qti.el(body, "matchInteraction", responseIdentifier="RESPONSE", shuffle="true",
                             maxAssociations=str(len(answer)))
        sets = [qti.el(interaction, "simpleMatchSet"), qti.el(interaction, "simpleMatchSet")]
        for n, (left, right) in enumerate(answer, start=1):
            qti.lines(qti.el(sets[0], "simpleAssociableChoice", identifier=f"L{n}", matchMax="1"), str(left))
            qti.lines(qti.el(sets[1], "simpleAssociableChoice", identifier=f"R{n}", matchMax="1"), str(right))
            qti.el(correct, "value", f"L{n} R{n}")
        return qti.matched()

    moodle_qtype = "matching"

    def to_moodle_xml(self, question, element, xml):
        """One `<subquestion>` per pair, its right item as the answer."""
        answer = question.get("answer")
        if not isinstance(answer, list):
            raise ValueError(f"an {self.name} answer must be a list")
        xml.sub(element, "shuffleanswers", "true")
        for left, right in answer or []:
            sub = xml.text(element, "subquestion", str(left))
            xml.text(sub, "answer", str(right), None)

    def gift_answers(self, question, gift):
        """`=left -> right` pairs."""
        pairs = [(str(left), str(right)) for left, right in question.get("answer") or []]
        if not pairs or any("->" in left or not left.strip() or not right.strip() for left, right in pairs):
            raise ValueError("a pair is empty or its left item contains '->', which GIFT cannot escape")
        return [f"\t={gift.escape(a)} -> {gift.escape(b)}" for a, b in pairs]

    gift_reads = "pairs"

    def from_gift(self, block):
        """Every item `left -> right`."""
        pairs = [[block.unescape(p).strip() for p in text.split("->", 1)] for _, text, _ in block.items if "->" in text]
        if len(pairs) != len(block.items):
            raise block.fail("every item of a matching block needs 'left -> right'.")
        return {"answer": pairs}

    def from_moodle_xml(self, read, fields):
        """The subquestions as pairs (those with an empty left item left out)."""
        pairs = [[read.text(s), (s.findtext("answer/text") or "").strip()] for s in read.element.findall("subquestion")]
        answer = [p for p in pairs if p[0]]
        if not answer:
            raise ValidationError(f"{read.where}: a matching question needs subquestions.")
        return answer
