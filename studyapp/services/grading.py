"""Grading: pure functions from a question's key and a raw answer to a grade, one per type.

The question type decides how to grade; the quiz decides when to show it. Raw answers are kept,
so a regrade is a replay of these functions over stored input.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from rapidfuzz.distance import Levenshtein

from studyapp.limits import COUNT, TEXT
from studyapp.numbers import parse_number
from studyapp.text import fold

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


def key_of(question) -> Key:
    """The grading key of a Question model."""
    return Key(type=question.type, answer=question.answer, choices=tuple(question.choices or ()),
               aliases=tuple(question.aliases or ()), tolerance=question.tolerance)


def _grade_choice(key: Key, raw: Any) -> float:
    """Multiple choice and true/false: the chosen text is the key's answer."""
    return 1.0 if isinstance(raw, str) and raw == key.answer else 0.0


def _grade_text(key: Key, raw: Any) -> float:
    """Cloze and short answer: the key or an alias, ignoring case, accents, dashes, quotes, spacing, edge punctuation and a leading "the" (text.fold).

    A near miss (a typo) counts only when it is closer to the key than to any other option.
    """
    typed = fold(raw[:GRADED_CHARS] if isinstance(raw, str) else "")
    if not typed:
        return 0.0
    accepted = _gradable([str(key.answer), *key.aliases[:COUNT["aliases"]]])
    if typed in accepted:
        return 1.0
    if len(typed) > NEAR_MISS_CHARS or not accepted:
        return 0.0
    allowed = 1 if len(typed) <= 8 else 2
    best = min(Levenshtein.distance(typed, a, score_cutoff=allowed) for a in accepted)
    others = [c for c in _gradable(list(key.choices[:COUNT["choices"]])) if c not in accepted]
    if best <= allowed and all(best < Levenshtein.distance(typed, o, score_cutoff=best) for o in others):
        return 1.0
    return 0.0


def _gradable(texts: list[str]) -> set[str]:
    """The normal forms of the texts a student could type in full (longer ones are passed over)."""
    return {fold(t) for t in texts if len(t) <= GRADED_CHARS}


def _grade_numeric(key: Key, raw: Any) -> float:
    """Numeric: within the question's tolerance of the key."""
    try:
        value, target = parse_number(raw), parse_number(key.answer)
    except ValueError:
        return 0.0
    return 1.0 if abs(value - target) <= (key.tolerance or 0.0) + 1e-9 else 0.0


def _grade_ordering(key: Key, raw: Any) -> float:
    """Ordering: all or nothing, the items in the key's order."""
    return 1.0 if isinstance(raw, list) and [str(x) for x in raw] == [str(x) for x in key.answer] else 0.0


def _grade_matching(key: Key, raw: Any) -> float:
    """Matching: the share of left items matched to their right item."""
    if not isinstance(raw, dict) or not key.answer:
        return 0.0
    right = sum(1 for left, target in key.answer if raw.get(left) == target)
    return right / len(key.answer)


GRADERS: dict[str, Callable[[Key, Any], float]] = {
    "multiple_choice": _grade_choice,
    "true_false": _grade_choice,
    "cloze": _grade_text,
    "short_answer": _grade_text,
    "numeric": _grade_numeric,
    "ordering": _grade_ordering,
    "matching": _grade_matching,
}


def is_playable(question_type: str) -> bool:
    """True when students can answer this question type in a quiz."""
    return question_type in GRADERS


def grade(key: Key, raw: Any, points: float = 1.0) -> tuple[bool, float]:
    """(is_correct, points earned) for `raw` against `key`; an empty answer earns nothing."""
    if raw in (None, "", [], {}):
        return False, 0.0
    grader = GRADERS.get(key.type)
    if grader is None:
        raise ValueError(f"no grader for question type {key.type!r}; known: {sorted(GRADERS)}")
    fraction = grader(key, raw)
    return fraction >= 1.0, round(points * fraction, 4)
