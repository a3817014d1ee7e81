"""How central each sentence is to its document, for the gate's trivia rule and the main-idea forms.

A sentence is central when the words it is made of come back across the document (repetition), stand in the
title or a heading, when it opens the document or a paragraph, and when it defines or explains ("X is a …", "because", "as a result"). `centrality(doc)` gives
each sentence its rank in the document between 0 (least central) and 1 (most), computed once and kept in the
document's hints; `main_idea(doc, s)` says whether a sentence is among the document's central ones.
"""
from __future__ import annotations

import math
import re

from studyapp.generator.lexicon import FUNCTION_WORDS
from studyapp.generator.model import Sentence, SourceDoc

WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
EXPLAINS = re.compile(r"\b(because|therefore|as a result|so that|which means|is called|are called|known as|"
                      r"caused|causes|led to|leads to|the main|the central|the most important)\b", re.I)
MAIN_SHARE = 0.4  # the most central 40% of a document's sentences are its main ideas


def stem(word: str) -> str:
    """A crude stem: lower case, without a plural or possessive ending (enough to count repetition)."""
    w = word.lower().removesuffix("'s").removesuffix("’s")
    for end in ("ies", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)] + ("y" if end == "ies" else "")
    return w


def content(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {stem(w) for w in WORD.findall(text) if w.lower() not in FUNCTION_WORDS}


def centrality(doc: SourceDoc) -> dict[int, float]:
    """Sentence position -> rank in the document, 0..1 (1: the most central sentence)."""
    if "centrality" in doc.hints:
        return doc.hints["centrality"]
    words = {s.position: content(s.text) for s in doc.sentences if s.role == "body"}
    heading = content(doc.title) | {w for p in doc.paragraphs if p.role in ("title", "heading") for w in content(p.text)}
    df: dict[str, int] = {}
    for ws in words.values():
        for w in ws:
            df[w] = df.get(w, 0) + 1
    first = min(words, default=-1)
    leads = {min(s.position for s in doc.sentences if s.paragraph == p and s.position in words)
             for p in {doc.sentences[pos].paragraph for pos in words}}
    raw = {}
    for pos, ws in words.items():
        if not ws:
            raw[pos] = 0.0
            continue
        value = sum(math.log(df[w]) + (1.0 if w in heading else 0.0) for w in ws) / math.sqrt(len(ws))
        if EXPLAINS.search(doc.sentences[pos].text):
            value += 1.0
        if pos == first:  # the opening sentence states what the document is about
            value += 1.5
        elif pos in leads:  # a paragraph's topic sentence
            value += 0.5
        raw[pos] = value
    ordered = sorted(raw, key=lambda p: (raw[p], -p))
    ranks = {p: (i / (len(ordered) - 1) if len(ordered) > 1 else 1.0) for i, p in enumerate(ordered)}
    doc.hints["centrality"] = ranks
    return ranks


def main_idea(doc: SourceDoc, s: Sentence, share: float = MAIN_SHARE) -> bool:
    """The sentence is among the most central `share` of its document's sentences."""
    return centrality(doc).get(s.position, 0.0) >= 1 - share


RESULTS = re.compile(r"\b(?:results?|findings)\b", re.I)
SHARE_OF_PEOPLE = re.compile(r"\d%|\d\s?per ?cent", re.I)
WHO_ANSWERED = re.compile(r"\b(?:majority|most|respondents|participants|students|people|adults|pupils|want(?:ed)?|"
                          r"agree[ds]?|said|answered|chose|support(?:ed)?|prefer(?:red)?)\b", re.I)


def finding(s: Sentence) -> bool:
    """A study's result under its Results / Findings heading that gives the share of people who answered so ("the
    majority, 73.7%, want …"): what the study found is its point, however exact the figure."""
    return bool(RESULTS.search(s.section) and SHARE_OF_PEOPLE.search(s.text) and WHO_ANSWERED.search(s.text))
