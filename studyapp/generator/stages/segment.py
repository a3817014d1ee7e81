"""Sentence splitting and word tokens, with offsets, for English prose with initials and abbreviations."""
from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = set("""mr mrs ms dr prof st vs etc e.g i.e eg ie no nos vol vols pp p fig figs jan feb mar apr jun
jul aug sep sept oct nov dec u.s u.n u.k inc ltd co corp jr sr gen col capt lt sgt approx ca cf al ed eds est
dept univ mt ft op rev govt""".split())
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"”’'»)\]]*(?=\s)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")
INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")  # "J. Smith", "А. Байтұрсынұлы"; not a unit ("12 Ω. If one lamp …")


MAX_SENTENCE = 1000  # characters: prose sentences stay far below; a longer run is cut so every step stays cheap
_NON_SPACE = re.compile(r"\S")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, end exclusive, surrounding spaces excluded.

    Linear in the text: each boundary looks only at the word before it and the next character after it, and a
    run longer than MAX_SENTENCE characters is cut into pieces at spaces.
    """
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        nxt_at = _NON_SPACE.search(text, end)
        if not nxt_at:
            break
        word = _word_before(text, start, match.start())
        if match.group().startswith(".") and word:
            if INITIAL.fullmatch(word) or word.lower().rstrip(".") in ABBREVIATIONS \
                    or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", word):
                continue
        nxt = nxt_at.group()
        if end - start < 350:
            sofar = text[start:end]
            if sofar.count("“") > sofar.count("”") or sofar.count('"') % 2:
                continue  # do not split inside a quotation
        if nxt.islower() or nxt in ",;:)":
            continue
        if match.group().startswith("…") and not nxt.isupper():
            continue
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [piece for s in spans if s[1] > s[0] for piece in _cut(text, *s)]


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters and dots that ends text[start:end] (what the pattern `([\\w.]+)$` finds)."""
    if end > start and text[end - 1] == "\n":
        end -= 1  # `$` also matches before a final newline
    begin = end
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "_."):
        begin -= 1
    return text[begin:end]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span longer than MAX_SENTENCE cut at the last space before each limit (or at the limit)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE + 1)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece = _trim(text, start, cut)
        if piece[1] > piece[0]:
            pieces.append(piece)
        start = _trim(text, cut, end)[0]
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens (hyphens, apostrophes and inner dots kept) with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    """Cached body of content_words."""
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]{4,}", text))


def content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more: a cheap bag for overlap tests."""
    return set(_content_words(text))
