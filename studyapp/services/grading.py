"""Grading: from a question's key and a raw answer to a grade, and the text helpers the types grade with.

The question type (studyapp.question_types) decides how to grade; the quiz decides when to show it. Raw answers are kept,
so a regrade is a replay of these functions over stored input.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studyapp.limits import TEXT

# Grading time is bounded whatever a stored key holds (keys from before the limits may be any length):
# typed text is read up to GRADED_CHARS characters, a key or alias longer than that (which nobody could type)
# is passed over, at most COUNT["aliases"] aliases and COUNT["choices"] choices are compared, and near misses
# are looked for only in answers up to NEAR_MISS_CHARS long, with rapidfuzz's Levenshtein distance, which stops past two edits.
GRADED_CHARS = 2 * TEXT["answer"]
NEAR_MISS_CHARS = 200


@dataclass(frozen=True)
class Key:
    """What grading needs of a question, detached from the database."""

    type: str
    answer: Any
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    tolerance: float | None = None
    marks: tuple[dict, ...] = ()  # partial credit and per-answer feedback (question_types.marks)


def key_of(question) -> Key:
    """The grading key of a Question model."""
    return Key(type=question.type, answer=question.answer, choices=tuple(question.choices or ()),
               aliases=tuple(question.aliases or ()), tolerance=question.tolerance,
               marks=tuple(question.marks or ()))


def is_playable(question_type: str) -> bool:
    """True when students can answer this question type in a quiz."""
    from studyapp.question_types import REGISTRY  # the types import this module's helpers

    return question_type in REGISTRY


def grade(key: Key, raw: Any, points: float = 1.0) -> tuple[bool | None, float]:
    """(is_correct, points earned) for `raw` against `key`; an empty answer earns nothing.

    A type the teacher marks by hand (an essay) earns nothing here and is neither right nor wrong (None) until
    marked: the mark is stored apart (services/marking.py). A negative mark (multiple choice and multiple
    response, as Moodle) costs points; the attempt total stays at zero or more (marking.rescore_attempt).
    """
    if raw in (None, "", [], {}):
        return False, 0.0
    from studyapp.question_types import get_type  # the types import this module's helpers

    kind = get_type(key.type)
    if kind.is_manual:
        return None, 0.0
    fraction = kind.grade(key, raw)
    return fraction >= 1.0, round(points * fraction, 4)
