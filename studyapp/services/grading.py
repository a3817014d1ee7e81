"""Grading: from a question's key and a raw answer to a grade, and the text helpers the types grade with.

The question type (studyapp.question_types) decides how to grade; the quiz decides when to show it. Raw answers are kept,
so a regrade is a replay of these functions over stored input.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from studyapp.limits import TEXT

# Grading time is bounded whatever a stored key holds (keys from before the limits may be any length):
# typed text is read up to GRADED_CHARS characters, a key or alias longer than that (which nobody could type)
# is passed over, at most COUNT["aliases"] aliases and COUNT["choices"] choices are compared, and near misses
# are looked for only in answers up to NEAR_MISS_CHARS long, with a distance that stops past two edits.
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


def normalise_text(text: str) -> str:
    """Case-, accent-, punctuation-edge- and space-insensitive form of typed text."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ı", "i")  # Turkish dotless i folds to i, as ü folds to u
    return " ".join(text.casefold().split()).strip(" .,;:!?\"'“”‘’")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between `a` and `b` when it is at most `limit`, else `limit + 1`.

    Only the band of cells within `limit` of the diagonal is computed: time grows with len(a) * limit.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, start=1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        for j in range(low, high + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != b[j - 1]), over)
        if min(current[max(0, low - 1):high + 1]) > limit:
            return over
        previous = current
    return min(previous[-1], over)


_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")


def parse_number(raw: Any) -> float | None:
    """A typed number: allows thousands separators, a decimal comma, a trailing %; None if unreadable."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    text = str(raw or "").strip().replace("\u2212", "-").rstrip("%").strip().replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def is_playable(question_type: str) -> bool:
    """True when students can answer this question type in a quiz."""
    from studyapp.question_types import REGISTRY  # the types import this module's helpers

    return question_type in REGISTRY


def grade(key: Key, raw: Any, points: float = 1.0) -> tuple[bool, float]:
    """(is_correct, points earned) for `raw` against `key`; an empty answer earns nothing."""
    if raw in (None, "", [], {}):
        return False, 0.0
    from studyapp.question_types import get_type  # the types import this module's helpers

    fraction = get_type(key.type).grade(key, raw)
    return fraction >= 1.0, round(points * fraction, 4)
