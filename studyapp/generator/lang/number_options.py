"""Options of a number-word blank that the words around the blank make absurd (Kazakh): "бір" as a multiplier ("_____
есе аз": once as much is no change, rukk15), and a numerator not below its denominator ("төрттен _____ бөлігі":
five of four fourths, read w19). The absurd option gives the key away; the next number word that fits takes its
place."""
from __future__ import annotations

import re

MULTIPLIER_AFTER = re.compile(r"_____\s+(?:есе\w*|раз(?:а|ы)?)(?![\w-])", re.I)
# "төрттен _____", "үштен _____", "оннан _____": a denominator in the ablative before the blank
DENOMINATOR_BEFORE = re.compile(r"(?<![\w-])(\w+?)(?:тан|тен|дан|ден|нан|нен)\s+_____", re.I)


def multiplier_options(found, number_words: tuple[str, ...]) -> None:
    """A number word before "есе / раз" ("_____ есеге жуық аз жұмсайды") offers no "бір"; the next number word
    above the key takes its place."""
    if found.type != "multiple_choice" or not MULTIPLIER_AFTER.search(found.prompt) or \
            found.answer not in number_words or not number_words or number_words[0] not in found.choices:
        return
    spare = [w for w in number_words[number_words.index(found.answer) + 1:] if w not in found.choices]
    found.choices = [spare.pop(0) if c == number_words[0] and spare else c for c in found.choices]


def fraction_options(found, number_words: tuple[str, ...]) -> None:
    """A numerator after its denominator ("судың төрттен _____ бөлігі") offers only number words below the
    denominator: "төрттен бес" is no fraction. Options at or above it give way to unused ones below it, or go
    (a fourth has three numerators: three options)."""
    m = DENOMINATOR_BEFORE.search(found.prompt)
    if found.type != "multiple_choice" or not m or m.group(1).lower() not in number_words or \
            found.answer not in number_words:
        return
    below = number_words[:number_words.index(m.group(1).lower())]
    if found.answer not in below:
        return
    kept = [c for c in found.choices if c in below]
    kept += [w for w in below if w not in kept][:len(found.choices) - len(kept)]
    if len(kept) >= 2:
        found.choices = kept
