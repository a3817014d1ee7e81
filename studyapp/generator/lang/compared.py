"""A generic name (Жер, Ай, Күн; Земля, Солнце) that a sentence compares with another: a blank of the last resort.

Generic names are never blanked (`blanks.name_tier`): "Жер бетінде", "на Земле" are filled in by any pupil. But a
sentence that sets two of them side by side ("Күн … құбылыс Айға қарағанда аз", "Солнце притягивает слабее, чем
Луна") is about which body does what: the compared one is its fact, and a reader of the 2026-11-29m read proposed
exactly that blank for a sentence left with no question. So, for a sentence nothing else asks only
(`forms.cloze(last=...)`), the generic name compared with ("X-қа қарағанда", "X-тан гөрі", "чем X", "по сравнению с
X", "в отличие от X") is blanked when the sentence names another generic name of the same language.
"""
from __future__ import annotations

import re

from studyapp.generator.lang import blanks
from studyapp.generator.lang.common import WORD

# the comparison right after a Kazakh name (Айға қарағанда, Айдан гөрі) or right before a Russian one
AFTER = re.compile(r"^\s+(?:қарағанда|салыстырғанда|гөрі|qarağanda|salystyrğanda|göri)(?!\w)", re.I)
BEFORE = re.compile(r"(?<!\w)(?:чем|по\s+сравнению\s+со?|в\s+отличие\s+от)\s+$", re.I)


def lift(tier: int, text: str, start: int, end: int, lang, last) -> int:
    """The tier of the name at `start:end`: a generic name compared with another generic name of the sentence is
    a usual blank in the last resort (`last`); any other keeps its `tier`. A Russian sentence's first word is no
    second name (any capitalised noun opens one); Kazakh generic names are a closed list (Жер, Ай, Күн)."""
    name = text[start:end]
    if not last or tier != blanks.NEVER or not lang.generic(name):
        return tier
    if not (AFTER.match(text[end:]) or BEFORE.search(text[:start])):
        return tier
    others = {w.lower() for m in WORD.finditer(text) if (m.start(), m.end()) != (start, end)
              for w in [m.group()] if w[:1].isupper() and (m.start() or lang.code == "kk") and lang.generic(w)}
    return blanks.USUAL if others - {name.lower()} else tier
