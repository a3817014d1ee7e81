"""Matching: pair each left item with its right item (a share of the points per pair).

Extra right-hand options that match nothing (distractors, Moodle's subquestions with no text, GIFT's `= -> x`) are
the question's `choices`, everywhere: the editor (a line `= x`), the player, and every format that reads or writes
them.
"""
from __future__ import annotations

from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import too_long, too_many
from studyapp.question_types import BaseType, clean_list, csv_list, lines
from studyapp.translatable import N_, at


class Matching(BaseType):
    """Match each left item to an option."""

    name, label, answer_field = "matching", N_("Matching"), "pairs"

    def validate(self, data, prompt):
        """At least two pairs with both sides, the left items distinct."""
        pairs = [[str(left).strip(), str(right).strip()] for left, right in (data.get("answer") or [])]
        if len(pairs) < 2 or any(not left or not right for left, right in pairs):
            raise ValidationError(N_("Give at least two pairs, each with both sides."), "answer")
        if len({left.casefold() for left, _r in pairs}) != len(pairs):
            raise ValidationError(N_("Each left-hand item must differ."), "answer")
        extra = [c for c in clean_list(data.get("choices"), "pairs") if c not in {r for _l, r in pairs}]
        return {"answer": pairs, "choices": extra or None}

    def answer_problems(self, answer):
        """The number of pairs and each side's length."""
        if not isinstance(answer, list):
            return super().answer_problems(answer)
        sides = [side for pair in answer for side in (pair if isinstance(pair, (list, tuple)) else [] if pair is None else [pair])]
        return [too_many("pairs", answer), *(too_long("pair", side) for side in sides)]

    def fill_form(self, form, question):
        """One `left = right` line per pair."""
        form.pairs.data = "\n".join([*(f"{left} = {right}" for left, right in question.answer),
                                      *(f"= {extra}" for extra in question.choices or [])])

    def form_data(self, form):
        """The `left = right` lines as pairs; a line `= right` is a distractor (a right-hand option matching none)."""
        pairs, extra = [], []
        for number, line in enumerate(lines(form.pairs.data), start=1):
            if "=" not in line:
                raise ValidationError(N_("Pair line %(line)s needs an = between its two sides.", line=number), "pairs")
            left, right = line.split("=", 1)
            if not left.strip():
                extra.append(right.strip())
                continue
            pairs.append([left.strip(), right.strip()])
        return {"answer": pairs, "choices": extra}

    def lay_out(self, question, rng, shuffle_choices):
        """The right-hand options, shuffled."""
        rights = self.rights(question)
        rng.shuffle(rights)
        return "rights", rights

    def show(self, view, question, layout, raw):
        """The left items in the key's order, the options in the attempt's."""
        view.lefts = [str(left) for left, _r in question.answer]
        view.rights = layout.get("rights", {}).get(str(view.slot_id)) or self.rights(question)

    @staticmethod
    def rights(question) -> list[str]:
        """Every right-hand option, distractors included, sorted."""
        return sorted({*(str(r) for _l, r in question.answer), *(str(c) for c in question.choices or [])})

    def read(self, view, form) -> Any:
        """One option chosen per left item -> {left: right}; unchosen items are left out."""
        chosen = {}
        for index, left in enumerate(view.lefts):
            value = form.get(f"{view.name}_{index}", "")
            if value and value not in view.rights:
                raise ValidationError(N_("That match is not one of the options."))
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
        """No options: the whole set of matches is the response item analysis counts, in the key's pair order."""
        pairs = sorted(raw.items()) if isinstance(raw, dict) else sorted(map(tuple, raw or ()))
        return (self.answer_text(pairs),) if pairs else ()

    def from_csv(self, row):
        """A JSON list of [left, right] pairs."""
        return csv_list(row, self.name, pairs=True)

    def anki_back(self, question, html):
        """`left → right`, one pair a line."""
        pairs = [p if isinstance(p, (list, tuple)) and len(p) == 2 else (p, "") for p in question.get("answer") or []]
        return "<br>".join(f"{html(left)} \u2192 {html(right)}" for left, right in pairs)

    def from_anki(self, back, fields):
        """`left → right` a line; the first arrow parts the pair."""
        pairs = [line.split(" \u2192 ", 1) for line in back.lines()]
        if any(len(pair) != 2 for pair in pairs):
            raise back.fail(N_("each line of a matching answer must be 'left \u2192 right'."))
        return pairs

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
        for n, extra in enumerate(question.get("choices") or [], start=len(answer) + 1):
            qti.lines(qti.el(sets[1], "simpleAssociableChoice", identifier=f"R{n}", matchMax="1"), str(extra))
        return qti.matched()

    def from_qti(self, read, fields):
        """The correct response's pairs; the second set's options in no pair are distractors."""
        pairs = [value.split() for value in read.correct]
        if not pairs or any(len(pair) != 2 for pair in pairs):
            raise read.fail(N_("a match item needs a correct response of pairs."))
        fields["choices"] = [text for ident, text in read.targets if ident not in {right for _, right in pairs}]
        return [[read.text_of(left), read.text_of(right)] for left, right in pairs]

    moodle_qtype = "matching"

    def to_moodle_xml(self, question, element, xml):
        """One `<subquestion>` per pair, its right item as the answer."""
        answer = question.get("answer")
        if not isinstance(answer, list):
            raise ValueError(f"an {self.name} answer must be a list")
        xml.sub(element, "shuffleanswers", "true")
        for left, right in [*(answer or []), *(("", extra) for extra in question.get("choices") or [])]:
            sub = xml.text(element, "subquestion", str(left))
            xml.text(sub, "answer", str(right), None)

    def gift_answers(self, question, gift):
        """`=left -> right` pairs."""
        pairs = [(str(left), str(right)) for left, right in question.get("answer") or []]
        if not pairs or any("->" in left or not left.strip() or not right.strip() for left, right in pairs):
            raise ValueError("a pair is empty or its left item contains '->', which GIFT cannot escape")
        extra = [str(c) for c in question.get("choices") or [] if str(c).strip()]
        return [*(f"\t={gift.escape(a)} -> {gift.escape(b)}" for a, b in pairs),
                *(f"\t= -> {gift.escape(c)}" for c in extra)]

    gift_reads = "pairs"

    def from_gift(self, block):
        """Every item `left -> right`; `= -> right` (no left item) is a distractor."""
        pairs = [[block.text(p) for p in item.text.split("->", 1)] for item in block.items if "->" in item.text]
        if len(pairs) != len(block.items):
            raise block.fail(N_("every item of a matching block needs 'left -> right'."))
        return {"answer": [p for p in pairs if p[0]], "choices": [right for left, right in pairs if not left] or None}

    def from_moodle_xml(self, read, fields):
        """The subquestions as pairs; one with no text is a distractor (its answer a right-hand option)."""
        pairs = [[read.text(s), (s.findtext("answer/text") or "").strip()] for s in read.element.findall("subquestion")]
        answer = [p for p in pairs if p[0]]
        if not answer:
            raise ValidationError(at(read.where, N_("a matching question needs subquestions.")))
        fields["choices"] = [right for left, right in pairs if not left and right] or None
        return answer
