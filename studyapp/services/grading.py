"""Grading: pure functions from a question's key and a raw answer to a grade, one per type."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Callable


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


def _grade_choice(key: Key, raw: Any) -> bool:
    """Multiple choice and true/false: the chosen text is the key's answer."""
    return isinstance(raw, str) and raw == key.answer


GRADERS: dict[str, Callable[[Key, Any], bool]] = {
    "multiple_choice": _grade_choice,
    "true_false": _grade_choice,
}


def normalise_text(text: str) -> str:
    """Case-, accent- and space-insensitive form of typed text."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def is_playable(question_type: str) -> bool:
    """True when students can answer this question type in a quiz."""
    return question_type in GRADERS


def grade(key: Key, raw: Any, points: float = 1.0) -> tuple[bool, float]:
    """(is_correct, points earned) for `raw` against `key`; an empty answer earns nothing."""
    if raw in (None, "", []):
        return False, 0.0
    grader = GRADERS.get(key.type)
    if grader is None:
        raise ValueError(f"no grader for question type {key.type!r}; known: {sorted(GRADERS)}")
    correct = grader(key, raw)
    return correct, (points if correct else 0.0)
