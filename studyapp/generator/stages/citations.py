"""Cited authors (blind reads 29l and 29m, issue 13): which scholar of a paper's review said a remark is recall
trivia ("Sarsenbayev notes that …", "M. Iembekova's study reveals …"); the claim is what a pupil should learn.

A cited author is a person the document names as the writer of a work it cites: "X's research/study/article
shows", "X in his research states", "X (2019) argues", "X et al.", "X wrote a study", and in a document that names
two or more people by initial and surname only (a paper's experts: "S. Abzal states in the interview …") each of
them. `cited_author(c, doc)` gives
the gate a reason when an item asks for such a person: a who-said item or a true/false item on who said it, a blank
or wh-question keyed on the name, or a "False" statement that swaps the name. The claims themselves stay askable in
other forms. Found once per document from its text.
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, SourceDoc

NAME = r"((?:[A-Z]\.\s?)*[A-Z][\w'’-]+)"
WORK = r"(?:research|study|studies|article|paper|book|thesis|review|analysis|findings|survey|report|monograph)"
CITED = re.compile(rf"{NAME}['’]s\s+(?:\w+\s+)?{WORK}\b"
                   rf"|{NAME}\s+in\s+(?:his|her|their)\s+(?:\w+\s+)?{WORK}\b"
                   rf"|{NAME}\s+(?:et al\.?\s*)?\((?:\d{{4}}[a-z]?|n\.d\.)(?:[,:]\s*(?:p\.\s*)?\d+)?\)"
                   rf"|{NAME}\s+et al\b"
                   rf"|{NAME}\s+(?:wrote|conducted)\s+(?:a|an)\s+(?:\w+\s+)?{WORK}\b")
# an initial (or two) and a surname, no first name after the initials: "S. Abzal", "B.S. Sarsenbayev" (not "F. Scott
# Fitzgerald"); a document that names two or more people so writes a paper's references (read s12: "S. Abzal" x4)
INITIALLED = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,2})([A-Z][a-z][\w-]+)\b(?!\s+[A-Z])")
ASKS_NAME = {"who_said", "cloze", "complete", "wh_subject", "define_person"}
SPEAKER_TF = {"tf_speaker"}


def _surname(name: str) -> str:
    """The last word of a name without initials or dots ("B.S. Sarsenbayev": sarsenbayev)."""
    words = re.sub(r"(?:[A-Z]\.\s?)+", " ", name).split()
    return words[-1].strip(".,").lower() if words else ""


def cited_authors(doc: SourceDoc) -> set[str]:
    """The surnames (lower case) of the authors the document cites for their works."""
    if "cited_authors" not in doc.hints:
        found = set()
        for m in CITED.finditer(doc.text):
            name = next(g for g in m.groups() if g)
            if name.split()[-1].lower() not in ("the", "this", "our", "my", "his", "her", "their", "its", "a", "an"):
                found.add(_surname(name))
        initialled = {m.group(2).lower() for m in INITIALLED.finditer(doc.text)}
        if len(initialled) >= 2:  # a paper naming experts by initial and surname ("S. Abzal", "M. Iembekova")
            found |= {n for n in initialled if not re.search(rf"\b[A-Z][a-z]+\s+{n}\b", doc.text, re.I)}
        doc.hints["cited_authors"] = found - {""}
    return doc.hints["cited_authors"]


def _speaker(doc: SourceDoc, sentence: int) -> str:
    """The speaker the document attributes a sentence to ("" when none)."""
    return next((a.speaker for a in doc.attributions if a.sentence == sentence), "")


def cited_author(c: Candidate, doc: SourceDoc) -> str:
    """A reason when the item asks which cited author said something, or blanks or swaps a cited author's name."""
    if c.language != "en" or c.type in ("ordering", "matching"):
        return ""
    cited = cited_authors(doc)
    if not cited:
        return ""
    asked = ""
    if c.template in SPEAKER_TF and c.sentence >= 0:  # "X stated: …" true or false: the speaker is asked
        named = {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", c.prompt)}
        asked = _speaker(doc, c.sentence) if not named & cited else next(iter(sorted(named & cited)))
    elif c.template in ASKS_NAME and isinstance(c.answer, str):
        asked = c.answer
    elif c.template == "tf" and c.answer == "False" and c.pending.get("swap"):
        asked = c.pending["swap"][2]
    if asked and _surname(asked) in cited:
        return "trivia: which cited author said it (ask the claim)"
    return ""
