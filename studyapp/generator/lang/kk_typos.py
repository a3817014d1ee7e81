"""Likely typos in a Kazakh source: a word whose one letter is the plain Russian letter of a Kazakh one (г for ғ,
к for қ, н for ң, у for ұ/ү, о for ө, ы or и for і, а for ә, х for һ) while the document writes the Kazakh
spelling more often ("Моголстан" once beside "Моғолстан" twice). A blank on such a word tests a misspelling
the pupil should not learn, and the lead's reading of the 2026-11-29m read asked for no question built on it.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.common import WORD

PAIRS = {"г": "ғ", "ғ": "г", "к": "қ", "қ": "к", "н": "ң", "ң": "н", "у": "ұү", "ұ": "у", "ү": "у", "о": "ө",
         "ө": "о", "ы": "і", "і": "ыи", "и": "і", "а": "ә", "ә": "а", "х": "һ", "һ": "х"}


def stems(texts: list[str]) -> list[str]:
    """The lower-case words of the document, for `likely_typo`."""
    return [w.lower() for text in texts for w in WORD.findall(text)]


def likely_typo(answer: str, written: list[str]) -> bool:
    """A word of the answer (four letters or more, Cyrillic) has a one-letter Kazakh variant that the document
    writes more often than the word itself: compared by their first letters (all but the last three, four at
    least: an inflected form counts) when the letter is among them, else as whole words."""
    for word in (w.lower() for w in WORD.findall(answer)):
        if len(word) < 4 or not re.fullmatch(r"[а-яёәғқңөұүһі-]+", word):
            continue
        k = max(4, len(word) - 3)
        for i, ch in enumerate(word):
            for alt in PAIRS.get(ch, ""):
                variant = word[:i] + alt + word[i + 1:]
                if i < k and _count(written, variant[:k], True) > _count(written, word[:k], True) or \
                        i >= k and _count(written, variant, False) > _count(written, word, False):
                    return True
    return False


def _count(written: list[str], key: str, prefix: bool) -> int:
    """How many written words start with (or are) the key."""
    return sum(1 for w in written if (w.startswith(key) if prefix else w == key))
