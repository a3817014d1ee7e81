"""Sentence splitting and word tokens, with offsets, for English prose with initials and abbreviations."""
from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = set("""mr mrs ms dr prof st vs etc e.g i.e eg ie no nos vol vols pp p fig figs jan feb mar apr jun
jul aug sep sept oct nov dec u.s u.n u.k inc ltd co corp jr sr gen col capt lt sgt approx ca cf al ed eds est
dept univ mt ft op rev govt""".split())
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, end exclusive, surrounding spaces excluded."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        before = text[start:match.start()]
        last = re.search(r"([\w.]+)$", before)
        word = last.group(1) if last else ""
        rest = text[end:].lstrip()
        if not rest:
            break
        if match.group().startswith(".") and word:
            if (len(word) == 1 and word.isupper()) or word.lower().rstrip(".") in ABBREVIATIONS \
                    or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", word):
                continue
        nxt = rest[0]
        sofar = text[start:end]
        if (sofar.count("“") > sofar.count("”") or sofar.count('"') % 2) and len(sofar) < 350:
            continue  # do not split inside a quotation
        if nxt.islower() or nxt in ",;:)":
            continue
        if match.group().startswith("…") and not nxt.isupper():
            continue
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


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
