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
- **A name said on the way** (`parenthetical_name`, read v of the course pack): a name inside a phrase set off by
  commas between a sentence's subject and its verb ("Anka drones, in service with the _____ since 2017, are …", "the
  president, speaking at the _____ on 29 March 1994, proposed …"): the venue or the owner, not what the sentence says.
- **When figures came out, which meeting, the year of a count** (`series_detail`): "as per the _____ data", "the
  _____ census": the date of a release; "ahead of the _____ summit": which meeting in a series; "In which year were
  there around 2,300 students …?".
- **One more share of a survey's answers** (`finding_too_many`): a study's results give a share for every question;
  a document gets at most MAX_FINDINGS figure keys from them.
- **How a study gathered its data** (`method_detail`): the platform, the software, the town it surveyed ("created on
  the platform _____", "surveys among residents of _____").
- **A vague gist** (`vague_gist`): "What does X's research highlight?" keyed "the importance of …" has many answers.
- **A blank nothing else fixes** (`undetermined`): "_____ is taking actions in its own interest." names nothing else,
  so several names fit.
- **A borrowed line** (`borrowed_line`, brief en16): "As the mathematician George Pólya said, "…"" quotes someone the
  document names nowhere else to round off a point; who said it is no point of the text, so no item asks it.

`reasons(c, doc)` is `reader_drops.reasons`' one call into this module.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.generator.stages.importance import RESULTS, WHO_ANSWERED
from studyapp.generator.stages.numbers import ORDINAL_WORDS, WORD_NUMBERS
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
# a phrase set off by commas after a subject: a preposition or a participle opens it ("in service with", "speaking at")
ASIDE_OPENS = re.compile(r"^\s*(?:in|at|on|with|under|since|after|before|during|from|of|for|by|as|\w+ing|\w+ed)\s", re.I)
DATA_NOUNS = r"(?:data|figures|statistics|census|report|survey|estimates?|poll|release|edition)"
DATA_DATE = re.compile(rf"_____\s+{DATA_NOUNS}\b|\b(?:as per|according to|based on)\s+(?:the\s+)?{DATA_NOUNS}\s+"
                       rf"(?:of|for|from)\s+_____", re.I)
ORDINAL_KEY = re.compile(rf"^(?:{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))$", re.I)
SERIES_EVENT = re.compile(r"_____\s+(?:(?:annual|international|regular|extraordinary|informal|joint)\s+)?(?:summit|"
                          r"meeting|congress|session|conference|forum|round|convocation|plenary|assembly|festival|"
                          r"games|championship|olympiad|edition)\b", re.I)
COUNT_SENTENCE = re.compile(r"\bthere\s+(?:were|was|are|is|had been|have been)\s+(?:[a-z]+\s+){0,3}?\d", re.I)
DATE_ANSWERS = {"year", "date", "month", "decade"}
# a country, a capital or a body that "acts": "_____ is taking actions in its own interest" fits any of them (a
# character's "_____'s wife is never given a name" and a term's "_____ reefs are …" are the text's own)
ACTORS = {"country", "city", "region", "place", "org", "capital"}
MAX_FINDINGS = 3  # a survey report's main results (read v dropped two of six)
TOOL = re.compile(r"\b(?:on|via|using|through|with|in)\s+(?:the\s+)?(?:online\s+)?(?:platform|software|app|application|"
                  r"website|service|program(?:me)?|tool)\s+_____|_____\s+(?:platform|software|app|website)\b", re.I)
METHOD = re.compile(r"\b(?:mixed-methods?|methodology|questionnaires?|surveys?\s+(?:among|of)|interviews?\s+with|"
                    r"(?:research|study|survey)\s+(?:employs|employed|uses|used|was conducted|is based))\b", re.I)
GIST_VERBS = re.compile(r"^(?:According to [^,]+, )?[Ww]hat (?:does|did|do) .+ (?:highlight|emphasi[sz]e|underline|stress|"
                        r"show|reveal|demonstrate|suggest)\?$")
GIST_KEY = re.compile(r"^(?:the\s+)?(?:importance|need|role|significance|value|necessity|relevance)\s+(?:of|for)\b", re.I)
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


def aside(s, start: int, end: int) -> bool:
    """The span `start:end` of sentence `s` stands in a phrase set off by commas between the subject and the main
    verb ("The president, speaking at [the university] on …, proposed …")."""
    text = s.text
    if s.parse is None or not s.parse.root:
        return False
    opened, closed = text.rfind(",", 0, start), text.find(",", end)
    root = re.compile(rf"\b{re.escape(s.parse.root)}\b", re.I)
    subject = s.parse.subject
    return not (opened <= 0 or closed < 0 or subject is None or subject[0] != s.parse.main_start
                or subject[0] >= opened or not ASIDE_OPENS.match(text[opened + 1:start]) or root.search(text[:opened])
                or not root.search(text[closed:]) or not re.search(r"[A-Za-z]", text[:opened]))


def parenthetical_name(c: Candidate, s) -> str:
    """A reason when a blanked name stands in a phrase set off by commas between the subject and the main verb."""
    key = str(c.answer)
    start = s.text.find(key)
    if c.template not in GAP_TEMPLATES or not key[:1].isupper() or start < 0 or not aside(s, start, start + len(key)):
        return ""
    return "side point: a name in a phrase set off by commas (a venue, an owner) is not what the sentence says"


def series_detail(c: Candidate, s) -> str:
    """A reason when the key dates a release of figures, numbers a meeting of a series or dates a count."""
    key = str(c.answer)
    dated = c.answer_kind in DATE_ANSWERS or not c.answer_kind and bool(re.fullmatch(r"(?:[A-Z][a-z]+\s+)?\d{4}", key))
    if c.template in GAP_TEMPLATES and dated and DATA_DATE.search(c.prompt):
        return "side point: when a set of figures came out is not what they show"
    if c.template in GAP_TEMPLATES and ORDINAL_KEY.match(key) and SERIES_EVENT.search(c.prompt):
        return "side point: which meeting of a series it was is trivia"
    if dated and c.template in GAP_TEMPLATES | {"wh_time"} and COUNT_SENTENCE.search(s.text):
        return "side point: the year a count was taken is not what it counts"
    return ""


def finding_too_many(c: Candidate, doc: SourceDoc, s) -> str:
    """A reason when a figure of a study's results (`importance.finding`'s sentences) is one key too many."""
    if c.kind != "fact" or not re.fullmatch(r"\d[\d.,]*%?", str(c.answer).strip()) or \
            not (RESULTS.search(s.section) and WHO_ANSWERED.search(s.text)):
        return ""
    return "side point: the document has enough questions on its survey's shares" \
        if doc.one_too_many("finding_keys", c.sentence, MAX_FINDINGS) else ""


def method_detail(c: Candidate, s) -> str:
    """A reason when a blank names the platform or tool, or the place, of how a study gathered its data."""
    if c.template not in GAP_TEMPLATES or not str(c.answer)[:1].isupper():
        return ""
    if TOOL.search(c.prompt) or METHOD.search(s.text) and c.answer_kind in ("city", "country", "region", "place", "org"):
        return "side point: how or where a study gathered its data is not what it found"
    return ""


def vague_gist(c: Candidate) -> str:
    """A reason when "What does X highlight?" is keyed a vague "the importance of …"."""
    if GIST_VERBS.match(c.prompt) and GIST_KEY.match(str(c.answer)):
        return "side point: what a study 'highlights' has many right answers"
    return ""


def undetermined(c: Candidate, s) -> str:
    """A reason when a short sentence's blanked place or body is the only name in it and nothing else fixes it."""
    key, text = str(c.answer), s.text
    if c.template not in GAP_TEMPLATES | {"wh_subject"} or c.answer_kind not in ACTORS or key not in text or \
            len(c.prompt) - len(text) > 60:  # a context sentence shown before it may fix the name
        return ""
    rest = re.findall(r"[^\W\d_][\w'’-]*", text.replace(key, " ", 1))
    names = [w for i, w in enumerate(rest) if w[:1].isupper() and (i or not text.startswith(key))]
    if names or re.search(r"\d", text) or len(rest) > 9:
        return ""
    return "side point: nothing else in the sentence tells which name fits the blank"


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
             parenthetical_name(c, s), series_detail(c, s), undetermined(c, s), method_detail(c, s), vague_gist(c),
             borrowed_line(doc, s)]
    found = [r for r in found if r]
    return found or [r for r in [finding_too_many(c, doc, s)] if r]  # the count last, on items kept: it counts
