"""Per-answer feedback and marks in QTI 2.1, both ways: the one home of how an item says which answer earns what
and which feedback it shows.

- A choice's feedback is a `feedbackInline` inside its `simpleChoice`, keyed by the outcome ANSWER_FEEDBACK, which
  the response processing sets to the response itself (the choice's identifier, or the ticked ones).
- A typed answer's marks (short answer, cloze, numeric) are one `responseCondition`: a branch per mark, in order,
  whose condition matches the mark's answer (`stringMatch`, `equal` within an absolute tolerance, or "any response"
  for `*`), setting ANSWER_FEEDBACK to `M<n>` (shown by the `modalFeedback` of that identifier) and, when the type
  scores there, SCORE to the larger of SCORE and the mark's fraction (StudyApp grades the best mark an answer hits).

`qti.py` writes these with `write_marks`; `qti_import.py` reads them back with `choice_feedback` and `read_marks`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

OUTCOME = "ANSWER_FEEDBACK"


@dataclass
class MarkRead:
    """One branch of a marks condition as read: the answer (`*` for any), its tolerance and fraction (as written,
    "" and None when absent) and the text of the feedback it shows."""

    answer: str
    tolerance: str
    fraction: float | None
    feedback: str


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """A new child of `parent` with optional text and attributes."""
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def inline(choice: ET.Element, ident: str, feedback: str) -> None:
    """Put a choice's feedback inside its `simpleChoice` (shown when that choice is the response or among it)."""
    _el(choice, "feedbackInline", feedback, outcomeIdentifier=OUTCOME, identifier=ident, showHide="show")


def typed(text: str) -> ET.Element:
    """The condition "the response is this text", case ignored."""
    match = ET.Element("stringMatch", caseSensitive="false")
    _el(match, "variable", identifier="RESPONSE")
    _el(match, "baseValue", text, baseType="string")
    return match


def number(value: str, tolerance: str | None) -> ET.Element:
    """The condition "the response is this number" (within an absolute tolerance when one is given)."""
    equal = ET.Element("equal", toleranceMode="absolute", tolerance=f"{tolerance} {tolerance}") if tolerance \
        else ET.Element("equal", toleranceMode="exact")
    _el(equal, "variable", identifier="RESPONSE")
    _el(equal, "baseValue", value, baseType="float")
    return equal


def anything() -> ET.Element:
    """The condition "there is a response" (Moodle's `*`)."""
    given = ET.Element("not")
    _el(_el(given, "isNull"), "variable", identifier="RESPONSE")
    return given


def write_marks(item: ET.Element, processing: ET.Element, feedback: list[tuple[ET.Element, str | None, str]],
                cardinality: str, inline_feedback: bool) -> None:
    """Declare ANSWER_FEEDBACK and write what sets it: the response itself for inline choice feedback, else one
    branch per (condition, fraction or None, feedback) with its `modalFeedback`. Nothing when there is neither."""
    if not feedback and not inline_feedback:
        return
    declaration = ET.Element("outcomeDeclaration", identifier=OUTCOME, baseType="identifier",
                             cardinality=cardinality if inline_feedback else "single")
    item.insert(list(item).index(item.find("itemBody")), declaration)
    if inline_feedback:
        _el(_el(processing, "setOutcomeValue", identifier=OUTCOME), "variable", identifier="RESPONSE")
        return
    branches = _el(processing, "responseCondition")
    for n, (condition, fraction, text) in enumerate(feedback, start=1):
        branch = _el(branches, "responseIf" if n == 1 else "responseElseIf")
        branch.append(condition)
        _el(_el(branch, "setOutcomeValue", identifier=OUTCOME), "baseValue", f"M{n}", baseType="identifier")
        if fraction is not None:
            best = _el(_el(branch, "setOutcomeValue", identifier="SCORE"), "max")
            _el(best, "variable", identifier="SCORE")
            _el(best, "baseValue", fraction, baseType="float")
        if text:
            _el(_el(item, "modalFeedback", outcomeIdentifier=OUTCOME, identifier=f"M{n}", showHide="show"), "p", text)


def choice_feedback(option: ET.Element) -> str:
    """The feedback a `simpleChoice` carries inline (namespaces off), "" without."""
    return "\n".join((f.text or "").strip() for f in option.findall("feedbackInline")).strip()


def is_answer_feedback(feedback: ET.Element) -> bool:
    """True for a `modalFeedback` shown for one answer (not the general feedback)."""
    return feedback.get("outcomeIdentifier") == OUTCOME


def read_marks(item: ET.Element, text_of) -> list[MarkRead]:
    """The branches of the item's marks condition (namespaces off), in order; `text_of(element)` gives a
    feedback's text. Empty when the item has none."""
    processing = item.find("responseProcessing")
    shown = {f.get("identifier"): text_of(f) for f in item.findall("modalFeedback") if is_answer_feedback(f)}
    for condition in processing.findall("responseCondition") if processing is not None else ():
        branches = [b for b in condition if b.tag in ("responseIf", "responseElseIf")]
        if not branches or not any(_sets(b, OUTCOME) is not None for b in branches):
            continue
        out = []
        for branch in branches:
            answer, tolerance = _answer(branch[0] if len(branch) else None)
            value, score = _sets(branch, OUTCOME), _sets(branch, "SCORE")
            fraction = next(score.iter("baseValue"), None) if score is not None else None
            out.append(MarkRead(answer, tolerance, float(fraction.text or "0") if fraction is not None else None,
                                shown.get((value.findtext("baseValue") or "").strip(), "") if value is not None else ""))
        return out
    return []


def _sets(branch: ET.Element, outcome: str) -> ET.Element | None:
    """The branch's `setOutcomeValue` of `outcome`, if any."""
    return next((s for s in branch.findall("setOutcomeValue") if s.get("identifier") == outcome), None)


def _answer(condition: ET.Element | None) -> tuple[str, str]:
    """The answer and tolerance a branch's condition matches ("*" for any response)."""
    if condition is None or condition.tag == "not":
        return "*", ""
    tolerance = (condition.get("tolerance") or "").split(" ")[0] if condition.get("toleranceMode") == "absolute" else ""
    return (condition.findtext("baseValue") or "").strip(), tolerance
