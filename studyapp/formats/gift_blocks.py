"""GIFT answer blocks (between `{` and `}`): escapes, format markers, items with weights and feedback, numbers.

`formats/gift.py` keeps the file (questions, comments, categories); this module reads one block, and each question
type reads its own part of it through `Block` (its `gift_reads` names the block's shape it takes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from studyapp.formats.common import html_to_text, parse_number
from studyapp.question_types import REGISTRY
from studyapp.question_types.marks import ANY, mark
from studyapp.translatable import N_

SPECIAL = "\\~=#{}:"
MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
# The shapes of GIFT answer block, in the order they are recognised; each type's `gift_reads` names the one it reads.
SHAPES = ("empty", "order", "number", "word", "weighted", "choices", "pairs", "answers")


def unescape(raw: str) -> str:
    """Undo `escape`: `\\X` becomes X for the special characters, `\\n` a newline; other backslashes stay."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw) and (raw[i + 1] in SPECIAL or raw[i + 1] == "n"):
            out.append("\n" if raw[i + 1] == "n" else raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def unescaped_at(raw: str, target: str, start: int = 0) -> int:
    """Index of the first unescaped `target` in `raw` from `start`, or -1."""
    i = start
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw.startswith(target, i):
            return i
        i += 1
    return -1


def marked_text(raw: str) -> str:
    """Unescaped text with its format marker (`[html]`, `[moodle]`, `[plain]`, `[markdown]`) read and removed;
    HTML becomes plain text."""
    match = MARKER.match(raw)
    text = unescape(raw[match.end():] if match else raw).strip()
    return html_to_text(text) if match and match.group(1) == "html" else text


@dataclass(frozen=True)
class Item:
    """One `=a` or `~b` of a block: its marker, raw text (escapes kept), weight in percent and feedback."""

    marker: str
    text: str
    weight: float | None
    feedback: str

    @property
    def plain(self) -> str:
        """The text unescaped, its format marker removed."""
        return marked_text(self.text)

    @property
    def fraction(self) -> float:
        """The weight as a fraction: `=` without a weight is 1, `~` without one 0."""
        return (self.weight / 100) if self.weight is not None else (1.0 if self.marker == "=" else 0.0)


def read_items(body: str, fail, allow_empty: bool = False) -> list[Item]:
    """Split `=a ~b` items into Items: `%w%` weight first, `#feedback` last."""
    starts, i = [], 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
            continue
        if body[i] in "=~":
            starts.append(i)
        i += 1
    if not starts or starts[0] != 0:
        raise fail(N_("answers must start with '=' (right) or '~' (wrong)."))
    items = []
    for n, start in enumerate(starts):
        text = body[start + 1:starts[n + 1] if n + 1 < len(starts) else len(body)].strip()
        weight = None
        match = _WEIGHT.match(text)
        if match:
            weight, text = float(match.group(1)), text[match.end():]
            if not -100 <= weight <= 100:
                raise fail(N_("the weight %(weight)s is not between -100%% and 100%%.", weight=match.group(0)))
        cut = unescaped_at(text, "#")
        feedback = marked_text(text[cut + 1:]) if cut >= 0 else ""
        text = (text[:cut] if cut >= 0 else text).strip()
        if not allow_empty and not marked_text(text):
            raise fail(N_("an empty answer."))
        items.append(Item(body[start], text, weight, feedback))
    return items


def _number(text: str) -> tuple[float, float | None]:
    """`value`, `value:tolerance` or `min..max` as (value, tolerance); ValueError when it is none of them."""
    if ".." in text:
        low, high = (parse_number(p) for p in text.split("..", 1))
        return (low + high) / 2, (high - low) / 2
    value, _, tolerance = text.partition(":")
    return parse_number(value), parse_number(tolerance) if tolerance.strip() else None


def read_numeric(body: str, fail) -> dict[str, Any]:
    """A `#` block: `value`, `value:tolerance`, `min..max`, or answers `=value:tol#feedback =%50%... ~#feedback`
    (Moodle puts a `=` before a first answer without one). The first full answer is the key; the others, and any
    feedback, become marks (`~` with no number matches any answer)."""
    if not body.startswith(("=", "~")):
        body = "=" + body
    items = read_items(body, fail, allow_empty=True)
    answer, tolerance, marks = None, None, []
    for item in items:
        text = unescape(item.text).strip()
        try:
            value = _number(text) if text and text != ANY else None
        except ValueError:
            raise fail(N_("numeric answer %(answer)r is not a number (expected value, value:tolerance or min..max).",
                          answer=text)) from None
        if value is None and item.marker == "=":
            raise fail(N_("a numeric answer with '=' needs a number."))
        if answer is None and item.marker == "=" and item.fraction >= 1:
            answer, tolerance = value
            if item.feedback:
                marks.append(mark(value[0], 1.0, item.feedback, value[1]))
            continue
        marks.append(mark(ANY, item.fraction, item.feedback) if value is None
                     else mark(value[0], item.fraction, item.feedback, value[1]))
    if answer is None:
        raise fail(N_("a numeric block needs a fully right answer."))
    return {"answer": answer, "tolerance": tolerance, "marks": marks}


class Block:
    """One GIFT answer block: its general feedback, its shape and the helpers a type reads it with."""

    unescape = staticmethod(unescape)
    text = staticmethod(marked_text)

    def __init__(self, raw: str, fail, marked: str | None = None) -> None:
        """Split off the `####` general feedback; `marked` is the type the carried metadata names (it tells a
        multiple-response block with one right option from a multiple-choice one)."""
        split = unescaped_at(raw, "####")
        self.feedback = marked_text(raw[split + 4:]) if split >= 0 else ""
        self.body = (raw[:split] if split >= 0 else raw).strip()
        self.fail = fail
        self.multiple = marked in REGISTRY and REGISTRY[marked].gift_reads == "weighted"
        self.word = self.body[:unescaped_at(self.body + "#", "#")].strip().upper()

    @cached_property
    def items(self) -> list[Item]:
        """The `=a ~b` items."""
        return read_items(self.body, self.fail)

    @cached_property
    def positive(self) -> list[Item]:
        """The `~` items with a positive weight."""
        return [item for item in self.items if item.marker == "~" and item.weight and item.weight > 0]

    def number(self) -> dict[str, Any]:
        """A `#` block's answer, tolerance and marks."""
        return read_numeric(self.body[1:].strip(), self.fail)

    @cached_property
    def shape(self) -> str:
        """Which of SHAPES the block has. As Moodle: a block without `=` whose `~` options carry positive weights
        is "tick all that apply"; with a `=` it has one right option (and maybe partial ones)."""
        if not self.body:
            return "empty"  # Moodle's essay: an empty block (or only general feedback)
        if self.body.startswith(">"):
            return "order"
        if self.body.startswith("#"):
            return "number"
        if self.word in ("T", "TRUE", "F", "FALSE"):
            return "word"
        positive, has_right = self.positive, any(item.marker == "=" for item in self.items)
        if not has_right and (len(positive) >= 2 or (positive and positive[0].weight < 100)
                              or (positive and self.multiple)):
            return "weighted"
        if any(item.marker == "~" for item in self.items):
            return "choices"
        if any("->" in item.text for item in self.items):
            return "pairs"
        return "answers"

    def word_feedback(self) -> tuple[str, str]:
        """A true/false block's feedback `{T#if wrong#if right}`: (for a wrong answer, for a right one)."""
        parts, rest = [], self.body
        while (cut := unescaped_at(rest, "#")) >= 0:
            rest = rest[cut + 1:]
            parts.append(rest)
        texts = [marked_text(p[:unescaped_at(p + "#", "#")]) for p in parts]
        return (texts[0] if texts else ""), (texts[1] if len(texts) > 1 else "")
