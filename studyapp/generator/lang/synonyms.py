"""Second right answers a document gives: the words it uses as synonyms for one referent (never each other's
options), and the names it writes after the same verb and preposition (no typed blank on either).

The 2026-11-29j blind read dropped "_____ тренировалась: команда / сборная / партия": the sports report writes
both "сборная Кыргызстана" and "командой Кыргызстана", "сборной Казахстана" and "казахстанской команды", so either
option is right. A term belongs to the proper names it is written with: the capitalised word right after it (its
genitive) or a word before it made from a name of the text (казахстанской: Казахстан); two terms written with two
or more of the same names are one thing under two words. One shared name is not enough ("жизнь Тэмуджина",
"амбиций Тэмуджина"; "власти Бельгии", "гражданина Бельгии").

A typed place after a verb and preposition the document also writes with another place ("депортирован в Европу",
"депортирован в Нидерланды") has that other place as a second right answer (`governor`, `forms.cloze`).
"""
from __future__ import annotations

import re

from studyapp.generator.lang.blanks import group
from studyapp.text import fold

WORD = re.compile(r"[^\W\d_][\w-]*")


def synonyms(texts: list[str], lang) -> dict[str, set[str]]:
    """For each term base, the other term bases written with two or more of the same proper names."""
    names = {group(m.group()) for text in texts for m in WORD.finditer(text)
             if m.group()[:1].isupper() and m.start() and not re.search(r"[.!?«:]\s*$", text[:m.start()])}
    owners: dict[str, set[str]] = {}  # term base -> the groups of the names it is written with
    for text in texts:
        words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
        for i, (word, start, end) in enumerate(words):
            base = lang.term_form(word if word[:1].islower() else word.lower() if i == 0 else "")
            if not base:
                continue
            mine = owners.setdefault(base, set())
            if i + 1 < len(words) and words[i + 1][0][:1].isupper() and text[end:words[i + 1][1]] == " ":
                mine.add(group(words[i + 1][0]))  # сборная Казахстана
            if i > 0 and words[i - 1][0][:1].islower() and group(words[i - 1][0]) in names and \
                    text[words[i - 1][2]:start] == " ":
                mine.add(group(words[i - 1][0]))  # казахстанской команды
    return {base: {other for other, theirs in owners.items() if other != base and len(mine & theirs) >= 2}
            for base, mine in owners.items()}


def governor(before: str, lang) -> tuple | None:
    """The verb and preposition just before a word ("депортирован в" → депортировать, в), or None."""
    m = re.search(r"([^\W\d_]+)\s+([^\W\d_]{1,3})\s+$", before)
    verb = sorted(lang.verbs(m.group(1)))[:1] if m else []
    return (verb[0], m.group(2).lower()) if verb else None


def rival(governed: dict[tuple, set[str]], before: str, base: str, lang) -> bool:
    """Another name the document writes after the verb and preposition before this one (депортирован в Европу / в
    Нидерланды): a second right answer to a typed blank. `governed` maps (verb, preposition) to folded names."""
    verb = governor(before, lang)
    return verb is not None and bool(governed.get(verb, set()) - {fold(base)})
