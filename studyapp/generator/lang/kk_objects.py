"""Which Kazakh term options can be the object of the blank's verb (after the 2026-11-29j, k and m blind reads).

Three readers fixed "сүтті біртіндеп құяды" offered with "қамырды" and "қантты": only a liquid is poured, so the
key is found by sense alone. Without word senses the document tells which things its verbs take: a key in the
accusative (сүтті, бизнесті) gets as options only words the document itself writes in the accusative before the
same verb (the last word of its clause, at most two words on, compared by its first three letters: құяды). A document that pours
only milk has no options for it, and the sentence is asked another way or not at all.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.common import WORD

ACCUSATIVE = re.compile(r"(?:ны|ні|ды|ді|ты|ті|nı|ny|dy|dı|ty|tı)$")
CLAUSE_END = re.compile(r"[,.;:!?«»()—–]")


def clause_verb(after: str) -> str:
    """The first three letters of the clause's last word when it is at most the second word after the blank
    (Kazakh puts its verb last: "сүтті біртіндеп құяды"), or '' (a longer clause: the object of a verbal noun)."""
    words = WORD.findall(CLAUSE_END.split(after, 1)[0])
    return words[-1].lower()[:3] if 0 < len(words) <= 2 else ""


def objects(texts: list[str]) -> set[tuple[str, str]]:
    """(verb, object) pairs the document writes: each lower-case word with an accusative ending (сүтті, суды) and
    its clause's verb; a word that only looks accusative adds a pair nothing asks for."""
    out = set()
    for text in texts:
        for m in WORD.finditer(text):
            word = m.group()
            if len(word) >= 4 and word.islower() and ACCUSATIVE.search(word):
                verb = clause_verb(text[m.end():])
                if verb:
                    out.add((verb, word))
    return out


def fits(form: str | None, key: str, key_base: str, after: str, pairs: set[tuple[str, str]]) -> bool:
    """The option form may stand as the object the key is: the key is no accusative object, or the document writes
    the option before the same verb."""
    key = key.lower()
    if not form or key == key_base.lower() or not ACCUSATIVE.search(key):
        return True
    verb = clause_verb(after)
    return not verb or (verb, form.lower()) in pairs
