"""Gate rules for English items on what a text says beside its point (brief en14, a teacher's blind read).

- **A call to action or a contact detail** (`call_to_action`): "Write to the _____ or leave a note in the box by the
  door." closes an op-ed or a notice; where to write is no point of the text, so no item of any form asks it.
- **An argued piece's passing small figure** (`passing_figure`): "Lunch break is only _____ minutes" in an op-ed is
  one detail of the writer's case, written once and cited from no source; the argument and the proposals are the
  points (`stance_worth.proposal` lets the proposals be asked).
- **A usage note's speakers** (`usage_note`): "In everyday speech, people in _____ use 'the monsoon' to mean …":
  who uses a word that way is a side remark; the word and its meaning are what the text teaches.
- **The country that holds the places a sentence names** (`holding_country`): "the hills in northeastern _____, such
  as Cherrapunji", "the port of Moynaq in _____": the sentence is about its places, and the country around them is
  the easy, arbitrary blank.
- **A borrowed line** (`borrowed_line`, brief en16): "As the mathematician George Pólya said, "…"" quotes someone the
  document names nowhere else to round off a point; who said it is no point of the text, so no item asks it.

`reasons(c, doc)` is `reader_drops.reasons`' one call into this module.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.generator.stages.numbers import WORD_NUMBERS
from studyapp.generator.stages.stance_worth import FIRST_PERSON, SPEECH

GAP_TEMPLATES = {"cloze", "complete", "numeric", "called", "term_gap"}
# the first verb of an imperative that sends the reader somewhere, or a contact detail anywhere in the sentence
CONTACT_VERB = re.compile(r"^(?:(?:Please|Now|So|Finally|And),?\s+)?(?:write|e-?mail|contact|call|phone|text|visit|"
                          r"join|sign up|send|message|register|vote|donate)\b", re.I)  # not "Leave …": a method's step
CONTACT_DETAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w|\bwww\.|https?://|\b(?:tel|phone|telephone)\.?:?\s*\+?\d|\bget in touch\b|"
                            r"\bleave a (?:note|message|comment)\b|\bsign up\b|\bcontact (?:us|me|the)\b", re.I)
SMALL_FIGURE = 100  # below it a count is a detail of the case (minutes, pupils, days), not a figure of its evidence
SOURCE = re.compile(r"\b(?:according to|survey\w*|stud(?:y|ies)|research\w*|report\w*|found|estimat\w*|data|"
                    r"statistics|figures)\b", re.I)
USAGE = re.compile(r"\b(?:in|of)\s+(?:everyday|ordinary|common|informal|popular|daily|casual)\s+(?:speech|use|usage|"
                   r"language|conversation|English|talk)\b|\buses?\s+[\"“‘'][^\"”’']+[\"”’']\s+(?:to\s+mean|to\s+refer|"
                   r"for)\b|\bcolloquially\b", re.I)
DIRECTION = r"(?:(?:north|south|east|west|central|mid)[\w-]*\s+)?"
PLACE_BEFORE = re.compile(rf"(?:\b(?:port|town|city|village|island|region|province|state|district)\s+of\s+)?"
                          rf"\b([A-Z][\w'’-]+)\s+in\s+(?:the\s+)?{DIRECTION}$")
PLACES_AFTER = re.compile(r"^,?\s+(?:such as|including|like|notably|especially)\s+[A-Z]")
# "… reaches the southern state of Kerala": a part of the country named anywhere in the sentence
PART_NAMED = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?(?:state|province|region|county|district|city|town|port|village)\s+of\s+"
                        r"[A-Z]")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# "As the mathematician and teacher George Pólya once said, …": a quotation borrowed to round off a point
BORROWED = re.compile(r"^As\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?(?P<name>(?:[A-Z][\w'’.-]+\s+){0,2}(?P<last>[A-Z][\w'’-]+))"
                      r"(?:\s+once)?\s+(?:said|put it|wrote|remarked|observed|noted|argued|joked|famously said)\b")


def call_to_action(c: Candidate, s) -> str:
    """A reason when the sentence tells the reader where to write or go, or gives a contact detail."""
    own = s.parse is not None and s.parse.own_stance
    if own and CONTACT_VERB.match(s.text) or CONTACT_DETAIL.search(s.text):
        return "side point: a call to action or a contact detail is no point of the text"
    return ""


def passing_figure(c: Candidate, doc: SourceDoc, s) -> str:
    """A reason when an argued piece's blanked small count is written once and cited from no source."""
    if c.template not in GAP_TEMPLATES or c.answer_kind != "count" or not doc.argued or SOURCE.search(s.text) \
            or not _first_person_writer(doc):
        return ""
    try:  # a number word's key ("Two lessons a year …", brief en16) by its value
        value = float(WORD_NUMBERS.get(str(c.answer).lower(), str(c.answer).replace(",", "")))
    except ValueError:
        return ""
    if "figure_values" not in doc.hints:  # counted once per document, not once per item
        values: dict[float, int] = {}
        for m in doc.mentions:
            if m.value is not None:
                values[m.value] = values.get(m.value, 0) + 1
        doc.hints["figure_values"] = values
    if value < SMALL_FIGURE and doc.hints["figure_values"].get(value, 0) <= 1:
        return "side point: an argued piece's passing small figure is no point of its argument"
    return ""


def _first_person_writer(doc: SourceDoc) -> bool:
    """The writer argues as "I"/"we" outside quotations ("I believe our school can …"): an op-ed or a letter, not a
    history with a closing judgement."""
    if "first_person_writer" not in doc.hints:
        doc.hints["first_person_writer"] = any(
            FIRST_PERSON.search(SPEECH.sub("", o.text)) for o in doc.sentences if o.role == "body")
    return doc.hints["first_person_writer"]


def usage_note(c: Candidate, s) -> str:
    """A reason when the blank of a usage note is a name outside the word it quotes (who says it, where)."""
    key = str(c.answer)
    if c.template not in GAP_TEMPLATES or not key[:1].isupper() or not USAGE.search(s.text):
        return ""
    quoted = " ".join(re.findall(r"[\"“‘']([^\"”’']+)[\"”’']", s.text))
    return "" if key in quoted else "side point: who uses a word so is a usage note beside the point"


def holding_country(c: Candidate, s) -> str:
    """A reason when a blanked country or region holds a place the sentence names ("X in _____", "_____, such as
    X")."""
    key = str(c.answer)
    known = lx.place(key)
    if c.template not in GAP_TEMPLATES or not (c.answer_kind in ("country", "region") or known and
                                               known[1] in ("country", "region")):
        return ""
    start = c.quote.find(key)
    if start < 0:
        return ""
    if PLACES_AFTER.match(c.quote[start + len(key):]) or PART_NAMED.search(c.quote):
        return "side point: the country around the places the sentence names"
    before = PLACE_BEFORE.search(c.quote[:start])
    if not before:
        return ""
    at = before.start(1)
    labelled = any(a <= at < b and label in PLACE_LABELS for a, b, label in (s.parse.ents if s.parse else []))
    if labelled or before.group().split()[0] in ("port", "town", "city", "village", "island", "region", "province",
                                                 "state", "district") or lx.place(before.group(1)):
        return "side point: the country around the places the sentence names"
    return ""


def borrowed_line(doc: SourceDoc, s) -> str:
    """A reason when the sentence quotes, "As X said", someone whose surname no other sentence of the document writes."""
    m = BORROWED.match(s.text)
    if not m:
        return ""
    if "surname_sentences" not in doc.hints:  # capitalised word -> how many sentences write it, once per document
        seen: dict[str, int] = {}
        for other in doc.sentences:
            for word in set(re.findall(r"\b[A-Z][\w'’-]+", other.text)):
                seen[word] = seen.get(word, 0) + 1
        doc.hints["surname_sentences"] = seen
    if doc.hints["surname_sentences"].get(m.group("last"), 0) > 1 or m.group("last") in doc.title:
        return ""
    return "side point: who said a line the text borrows to round off its point"


def reasons(c: Candidate, doc: SourceDoc) -> list[str]:
    """Every reason of this module that the candidate fails (English items of one sentence)."""
    if c.sentence < 0 or c.sentence >= len(doc.sentences):
        return []
    s = doc.sentences[c.sentence]
    found = [call_to_action(c, s), passing_figure(c, doc, s), usage_note(c, s), holding_country(c, s),
             borrowed_line(doc, s)]
    return [r for r in found if r]
