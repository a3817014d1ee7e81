"""Sentences a document says twice: an abstract repeated in the introduction, a quote given again in the
conclusion, a lede that restates the headline. The select stage asks one question per sentence; these count as one.

Two sentences of one document are the same statement when most of the shorter one's content words (four letters or
more) stand in the longer one and every name and number of the shorter stands in the longer: "leave the EAEU" and
"leave Russia's alliance" differ in a name, so both are asked.
"""
from __future__ import annotations

import re
from collections import defaultdict

SHARED = 0.75  # of the shorter sentence's content words
MIN_WORDS = 7  # shorter sentences say too little to call them the same
COMMON = 40  # a word in more sentences than this says nothing about which two are alike

_WORD = re.compile(r"[^\W\d_]{4,}")
_MARK = re.compile(r"\d+(?:[.,]\d+)?|(?<!^)(?<![.!?…]\s)\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+")


def _bag(sentence: str) -> frozenset[str]:
    """The sentence's content words, lower-cased."""
    return frozenset(w.lower() for w in _WORD.findall(sentence))


def _marks(sentence: str) -> frozenset[str]:
    """Its numbers and the capitalised words not opening it (names, mostly)."""
    return frozenset(m.group().lower() for m in _MARK.finditer(sentence.strip()))


def same_statements(quotes: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """For (document, sentence) pairs, each pair's representative: the first of its document saying the same."""
    canon: dict[tuple[str, str], tuple[str, str]] = {}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for doc, quote in quotes:
        if (doc, quote) not in canon:
            canon[(doc, quote)] = (doc, quote)
            by_doc[doc].append(quote)
    for doc, sentences in by_doc.items():
        bags = [_bag(s) for s in sentences]
        where: dict[str, list[int]] = defaultdict(list)
        for i, bag in enumerate(bags):
            for w in bag:
                where[w].append(i)
        for i, bag in enumerate(bags):
            if len(bag) < MIN_WORDS or canon[(doc, sentences[i])] != (doc, sentences[i]):
                continue
            rare = [w for w in bag if len(where[w]) <= COMMON]  # to find the candidates, not to weigh them
            for j in sorted({j for w in rare for j in where[w] if j > i}):
                small, large = (i, j) if len(bags[i]) <= len(bags[j]) else (j, i)
                if len(bags[small]) >= MIN_WORDS and len(bags[i] & bags[j]) >= SHARED * len(bags[small]) and \
                        _marks(sentences[small]) <= _marks(sentences[large]) | _bag(sentences[large]):
                    canon[(doc, sentences[j])] = canon[(doc, sentences[i])]
    return canon
