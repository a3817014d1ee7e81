"""Folding text for comparison: the one key that typed answers, generated names and quality checks compare by."""
from __future__ import annotations

import unicodedata

_QUOTES_AND_DASHES = str.maketrans({"ı": "i", "’": "'", "‘": "'", "–": "-", "—": "-"})
_EDGE_PUNCTUATION = " .,;:!?\"'“”‘’"


def fold(text: str) -> str:
    """Case-, accent-, quote-, dash- and spacing-insensitive form of `text`, without punctuation at its edges or
    a leading "the": Türkiye and turkiye, Austria-Hungary and austria hungary, "The Hague." and hague are alike."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_QUOTES_AND_DASHES)
    text = " ".join(text.casefold().replace("-", " ").split()).strip(_EDGE_PUNCTUATION)
    return text[4:] if text.startswith("the ") else text
