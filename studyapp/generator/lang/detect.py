"""Which language a document is in (kk, ru or en), and which alphabet a Kazakh one is written in.

Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і); Kazakh in the Latin alphabet (2018 with
acute accents á ǵ ń ó ú ý ı, 2021 with ä ğ ñ ö ū ü ş ç ı) is told from English and Turkish by those letters,
by q, and by its most frequent words.
"""
from __future__ import annotations

import re

from studyapp.vocabulary import LANGUAGE_NAMES as LANGUAGES  # noqa: F401  (the generator's list is the app's)
KAZAKH_CYRILLIC = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_LATIN = set("äğñöūüşçıáǵńóúýÄĞÑÖŪÜŞÇÁǴŃÓÚÝ")
LATIN_KK_WORDS = {"jäne", "jane", "men", "ben", "pen", "bolyp", "bolady", "boldy", "degen", "jyly", "jyldyñ",
                  "jyldyń", "qazaq", "qazaqstan", "bır", "bir", "osy", "ol", "olar", "üşın", "ushin", "úshin",
                  "turaly", "dep", "dedı", "dedi", "aitty", "aıtty", "sondai", "sondaı", "bar", "jok", "joq"}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'kk', 'ru' or 'en' for a text (English also for anything that is neither Kazakh nor Russian)."""
    sample = text[:20000]
    cyrillic = kazakh = latin = 0
    for ch in sample:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            kazakh += ch in KAZAKH_CYRILLIC
        elif ch.isalpha() and ch.isascii() or ch in KAZAKH_LATIN:
            latin += 1
    if cyrillic > latin:
        return "kk" if kazakh >= max(2, 0.01 * cyrillic) else "ru"
    if latin and is_latin_kazakh(sample):
        return "kk"
    return "en"


def is_latin_kazakh(text: str) -> bool:
    """Kazakh in the Latin alphabet: its own letters or q, and its common words."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return False
    marked = sum(1 for w in words if any(ch in KAZAKH_LATIN for ch in w) or "q" in w)
    common = sum(1 for w in words if w in LATIN_KK_WORDS)
    english = sum(1 for w in words if w in ("the", "and", "of", "is", "to", "in", "that", "was"))
    return marked >= 0.08 * len(words) and common >= 0.02 * len(words) and english < 0.03 * len(words)


def script_of(text: str) -> str:
    """'cyrl' or 'latn': the alphabet most of the text's letters are in."""
    cyrillic = sum(1 for ch in text[:20000] if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text[:20000] if ch.isalpha() and not "\u0400" <= ch <= "\u04ff")
    return "cyrl" if cyrillic >= latin else "latn"
