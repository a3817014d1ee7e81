"""Bytes to text: which encoding a plain-text upload is in, and text that is still mojibake, refused.

A teacher's .txt may be UTF-8 (with or without a BOM), UTF-16 (Windows Notepad's "Unicode"), Windows-1251
or KOI8-R (older Russian and Kazakh files). Byte-order marks and valid UTF-8 decide first; otherwise
charset-normalizer chooses among the encodings such files come in. Text that still reads like the letters of
one encoding shown in another ("Êàçàõñòàí", "ÐšÐ°Ð·Ð°Ñ…") is refused with a message a teacher can act on.
"""
from __future__ import annotations

import codecs
import re

from studyapp.translatable import N_

# The single-byte encodings a Kazakh or Russian school's files come in, and Western European ones for English.
CANDIDATES = ["cp1251", "koi8_r", "cp1252"]
# UTF-8 bytes shown as Windows-1252/Latin-1: "Ð" or "Ñ" (lead bytes of Cyrillic) followed by a continuation sign.
_UTF8_AS_LATIN = re.compile(r"[ÐÑÒÓ][\u0080-\u00bf\u2010-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192"
                            r"\u02c6\u02dc\u20ac\u2122]|Ã[\u0080-\u00bf]")
_LATIN_HIGH = re.compile(r"[\u00c0-\u00ff]")


class EncodingError(ValueError):
    """The bytes are not text StudyApp can read; the message tells the teacher what to do."""


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is mostly zero (ASCII text in UTF-16), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    # Cyrillic in UTF-16: the high byte is 0x04 for most characters
    if odd.count(4) > 0.3 * len(odd):
        return "utf-16-le"
    if even.count(4) > 0.3 * len(even):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of a plain-text file: a BOM, valid UTF-8, UTF-16 by its zero bytes, else charset-normalizer."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    wide = _utf16_without_bom(data)  # before UTF-8: Cyrillic UTF-16 bytes (10 04 …) are valid UTF-8 controls
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    return best.encoding if best is not None else "cp1252"


def mojibake_share(text: str) -> float:
    """How much of the text's letters read like one encoding shown as another (0 clean .. 1 all garbled)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    utf8_pairs = len(_UTF8_AS_LATIN.findall(text)) * 2
    high = len(_LATIN_HIGH.findall(text))
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    # Real French, German or Turkish text has a few accented letters among many plain ones; Cyrillic read as
    # Windows-1252 is nearly all accented letters (À-ÿ) with hardly any plain a-z.
    latin_garble = high if high > 0.3 * (letters - cyrillic) else 0
    return min(1.0, max(utf8_pairs, latin_garble) / letters + text.count("\ufffd") / letters)


GARBLED = N_("%(file)s: its letters are garbled (for example “Ð¡Ð»Ð¾Ð²Ð¾” or “Êàçàõñòàí” instead of Cyrillic), so it "
             "was saved from text that had already been opened with the wrong alphabet. Open the original document, "
             "save it again as UTF-8 text (in Word: File → Save As → Plain Text, then “Unicode (UTF-8)”), or as .docx, "
             "and upload that.")


def garbled_message(name: str) -> str:
    """What a teacher reads when a file's letters are garbled."""
    return N_(GARBLED, file=name)


def decode_bytes(data: bytes, name: str = "The document", *, refuse_garbled: bool = True) -> str:
    """Bytes of a text file to a string, in whichever encoding they are; EncodingError if it is mojibake."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    if refuse_garbled and sum(ch.isalpha() for ch in text[:5000]) >= 40 and mojibake_share(text) > 0.1:
        raise EncodingError(garbled_message(name))
    return text
