"""What a sentence is about, and which of its words are side details a teacher would not blank (blind reads of
30 Nov, issue 13): a day of the month, a date inside a subordinate clause, the date of a private event.

`minor_figure(c, doc)` (blind read 29i): an exact decimal figure, a date to the month or day, a figure in brackets
(a conversion) or one of a list of figures is not worth a blank unless the document repeats it, puts it in its title
or opening sentence, or (for a date) it dates an event the sentence names (a war, a coup, an armistice).

`introduction(c, doc)` (blind read 29r): a figure, date, place or institution of a sentence that introduces a person
the document is not about ("Jonas Berg has worked … for _____ years", "Harris Cooper, of _____, is …") or the size of
a study's sample ("researchers surveyed _____ students") describes the source, not the subject; so does anything of
a short closing notice of a coming event ("The next workshop is on 14 July. Details are on the noticeboard."), and
the date of a later work made from the one studied ("made into a film in _____") unless the title names such a work.

`side_detail(c, doc)` gives the gate a reason when a fact item asks such a date or number; `keep_rules.reasons`
calls it. Everything is read from the sentence's own text and its parse (`Parse.side`), so it costs one pass.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Sentence, SourceDoc
from studyapp.generator.stages.importance import finding
from studyapp.generator.stages.side_points import aside

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# "on _____ August", "August _____," (a day, not a year): the month and year carry the point, never the day
DAY_BLANK = re.compile(rf"_____\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+_____(?!\s*\d)")
# a private event of a life: its date, place or partner is trivia next to what the person did ("Ada married … in 1835")
PRIVATE_EVENTS = {"married", "marry", "marries", "wed", "met", "engaged", "divorced", "dined", "holidayed"}
DATE_KINDS = {"year", "date", "decade", "century"}
PLACE_KINDS = {"country", "city", "region", "place"}
ASKING = {"cloze", "complete", "wh_subject", "wh_time", "numeric", "tf"}  # the forms that blank or swap a word


def _asked(c: Candidate) -> tuple[str, str]:
    """(text as the sentence writes it, kind) of the date, number or place the item blanks or swaps, else
    ("", "")."""
    if c.template == "tf" and c.pending.get("swap"):
        _start, _end, text, kind, _key = c.pending["swap"]
        return (text, kind) if c.answer == "False" else ("", "")
    if c.template not in ASKING:
        return "", ""
    if isinstance(c.answer, (int, float)) or c.answer_kind in DATE_KINDS | PLACE_KINDS | {"count", "percent", "money"}:
        value = f"{c.answer:g}" if isinstance(c.answer, float) else str(c.answer)
        return value, c.answer_kind
    return "", ""


def _all_inside(text: str, number: str, spans: list[tuple[int, int, bool]]) -> bool:
    """Every place the sentence writes the number lies inside one of the spans (and there is one)."""
    places = [m.start() for m in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d])", text)]
    return bool(places) and all(any(a <= at < b for a, b, _ in spans) for at in places)


# where an event happened, after its preposition or as a place's later name: "… caused serious damage in the town
# of Verny, now [Astana]" (brief en15: a False statement that moves only the place tests a name, not the point)
WHERE = re.compile(r"(?:\b(?:in|at|to|into|near|towards?|across)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|port|"
                   r"region|province|state|country)\s+of\s+)?(?:the\s+)?|,\s+(?:now|today|present-day)\s+)$", re.I)

LATER_NAME = re.compile(r",\s+(?:now|today|present-day)\s+_____", re.I)


def moved_place(c: Candidate, s: Sentence) -> str:
    """A reason when a "False" statement swaps a place that says where the sentence's event happened (after "in",
    "to", "now" …), not one its subject names."""
    start, _end, text, kind, _key = c.pending["swap"]
    subject = s.text[s.parse.subject[0]:s.parse.subject[1]] if s.parse and s.parse.subject else ""
    if kind not in PLACE_KINDS or text in subject or not WHERE.search(c.pending["statement"][:start]):
        return ""
    return "side detail: a False statement that moves only where it happened"


def side_detail(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact item asks a day of the month, a date in a subordinate clause ("Germany, which had only
    been united in _____, wanted …") or a place in one with a tense ("57 adults who live in _____"), or any blank or
    swap of a private event ("Ada married _____ in 1835", "In _____ Ada met Babbage at a party"), or a False
    statement that moves only where its event happened (`moved_place`)."""
    if c.kind != "fact" or c.sentence < 0 or c.type in ("ordering", "matching"):
        return ""
    s = doc.sentences[c.sentence]
    p = s.parse
    swapped = c.template == "tf" and c.answer == "False"
    if p is not None and p.root in PRIVATE_EVENTS and (c.template in ASKING - {"tf"} or swapped):
        return "side detail: a private event"
    if swapped and c.pending.get("swap") and moved_place(c, s):
        return moved_place(c, s)
    if c.answer_kind in PLACE_KINDS and LATER_NAME.search(c.prompt):  # "the town of Verny, now _____"
        return "side detail: a place's later name"
    number, kind = _asked(c)
    if not number:
        return ""
    if DAY_BLANK.search(c.prompt) and str(number).isdigit() and int(number) <= 31:
        return "side detail: a day of the month"
    if p is None or kind not in DATE_KINDS | PLACE_KINDS:
        return ""
    finite = [span for span in p.side if span[2]]  # a place only in a clause with a tense ("who live in …")
    if _all_inside(s.text, number, p.side if kind in DATE_KINDS else finite):
        return "side detail: a date or place inside a subordinate clause"
    return ""


RESEARCH_ACTS = {"surveyed", "interviewed", "polled", "questioned", "sampled", "recruited", "tested", "studied"}
# "The novel was made into a film in 1962": a work made from the one the document studies (read r)
LATER_WORK = re.compile(r"\b(?:adapted|adaptations?|remakes?|made into an? (?:film|movie|musical|opera|series)|"
                        r"film version|(?:film|movie|television|TV|stage) adaptation)\b", re.I)
CONVERSATION = re.compile(r"\b(?:interview|in conversation|talks? to|meets?|q\s?&\s?a)\b", re.I)


# a day and month with no year ("on 14 July", "Saturday 3 May"): an event still to come, as a notice gives it
COMING = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b(?!,?\s+\d{{4}})"
                    rf"|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")


def _closing_notice(doc: SourceDoc, paragraph: int) -> bool:
    """The paragraph is the document's last, short, and announces a coming event ("The next workshop is on 14 July.
    Details are on the noticeboard.")."""
    if not doc.sentences or paragraph != doc.sentences[-1].paragraph:
        return False
    last = [s for s in doc.sentences[-4:] if s.paragraph == paragraph]  # the last paragraph's sentences end the list
    return len(last) <= 3 and any(COMING.search(s.text) for s in last)


def introduction(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact item asks a detail of a sentence that introduces a person or a source, or anything of a
    notice closing the document (module doc)."""
    if c.kind != "fact" or c.sentence < 0 or c.type in ("ordering", "matching"):
        return ""
    if _closing_notice(doc, doc.sentences[c.sentence].paragraph):
        return "side detail: a notice at the end of the document"
    number, kind = _asked(c)
    if not number and c.template in ASKING - {"tf"} and c.answer_kind == "org" and isinstance(c.answer, str):
        number, kind = c.answer, "org"
    s = doc.sentences[c.sentence]
    p = s.parse
    if not number or p is None or not p.subject:
        return ""
    if kind in ("count", "number") and p.root in RESEARCH_ACTS:
        return "side detail: the size of a study's sample"
    if kind in DATE_KINDS and LATER_WORK.search(s.text) and not LATER_WORK.search(doc.title):
        return "side detail: the date of a later work made from the one studied"
    if "named_in" not in doc.hints:  # sentence -> its names, key -> the first sentence naming it
        doc.hints["named_in"], doc.hints["first_named"] = {}, {}
        for m in doc.mentions:
            doc.hints["named_in"].setdefault(m.sentence, []).append(m)
            doc.hints["first_named"][m.key] = min(m.sentence, doc.hints["first_named"].get(m.key, m.sentence))
    for m in doc.hints["named_in"].get(s.position, []):  # not a venue in an aside ("…, speaking at [the Hall] …,")
        if m.kind in ("person", "name") and p.subject[0] <= m.start < p.subject[1] and " " in m.text \
                and not aside(s, m.start, m.end) \
                and fold(m.text) not in fold(str(number)) and doc.hints["first_named"][m.key] == s.position \
                and not (fold(m.text) in fold(doc.title) and not CONVERSATION.search(doc.title)):
            return "side detail: a detail of the sentence that introduces a person"
    return ""


DECIMAL = re.compile(r"\d\.\d")
SHARE_AFTER = re.compile(r"\d\.\d+\s+(?:agree|disagree|are\s+(?:for|against)|of\s+(?:the\s+)?(?:respondents|people))\b",
                         re.I)  # "only 36.8 agree and 17.5 disagree": shares without a per cent sign
MONTH_DATE = re.compile(rf"\b(?:{MONTHS})\b")
FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.]*\d)")
EVENT = re.compile(r"\b(wars?|invasion|invaded|coup|revolution|independence|treaty|armistice|assassinat\w*|shot dead|murdered|"
                   r"annex\w*|uprising|collapse|election|referendum|declared war|broke out|mobilis\w*|mobiliz\w*)\b", re.I)
MAGNITUDE = re.compile(r"\s*(?:million|billion|trillion|bn|m)\b", re.I)
LABEL = re.compile(r"\b(?:figure|fig\.|table|chart|article|section|chapter|page|no\.)\s*$", re.I)
# a number as written, or a date with its month ("May 10, 2022", "4 August 1914"): what `_prominent` counts
NUMBER_OR_DATE = re.compile(rf"(?:\d{{1,2}}\s)?(?:{MONTHS})\s(?:\d{{1,2}},\s)?\d{{4}}|(?<![\d.])\d[\d,]*(?:\.\d+)?(?!\d)")
LIST_OF_FIGURES = 3  # a sentence giving three figures or more (years aside) is a table written out


def _figures(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the figures a sentence gives, years (1000-2100 standing alone) and the numbers of
    figures, tables and articles aside ("the figure 5 shows")."""
    out = []
    for m in FIGURE.finditer(text):
        plain = m.group().replace(",", "")
        if not (len(plain) == 4 and plain.isdigit() and 1000 <= int(plain) <= 2100) and \
                not LABEL.search(text, 0, m.start()):
            out.append((m.start(), m.group()))
    return out


def _magnitude(text: str, number: str) -> bool:
    """The decimal is a rounded amount of millions or billions ("$6.3 billion"): how such a figure is said."""
    at = text.find(number)
    return at >= 0 and bool(MAGNITUDE.match(text, at + len(number)))


def _compared(s: Sentence) -> bool:
    """The sentence sets two figures side by side ("41.8% are for and only 12.7% against", "from 40% to 68.5%",
    "36.8 agree and 17.5 disagree"): the comparison is its point."""
    return len(_figures(s.text)) == 2


def _prominent(doc: SourceDoc, number: str) -> bool:
    """The document repeats the figure or date, or gives it in its title or opening sentence (every number and
    dated month of the document counted once per document: asking per question stays linear)."""
    core = number.rstrip("%").strip()
    if "prominent" not in doc.hints:
        body = [s.text for s in doc.sentences if s.role == "body"]
        counts: dict[str, int] = {}
        for m in NUMBER_OR_DATE.finditer(doc.text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        doc.hints["prominent"] = (counts, f"{doc.title} {body[0] if body else ''}")
    counts, lead = doc.hints["prominent"]
    return counts.get(core, 0) >= 2 or core in lead


def minor_figure(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact item blanks or swaps an exact decimal ("68.5", "12.3%"), a date to the month ("May
    2022", "May 10, 2022"), a figure in brackets ("(TL 188.62 billion)") or one of three figures or more in its
    sentence, and the document does not make it prominent (`_prominent`); the date of an event the sentence names
    (a war, a coup, an armistice) is kept. A share to the decimal ("rose by 40.4%", "36.8 agree") is never asked,
    however often the text gives it (read s12 dropped both), unless a study found it (`importance.finding`)."""
    if c.kind != "fact" or c.sentence < 0 or c.type in ("ordering", "matching"):
        return ""
    number, kind = _asked(c)
    if not number or kind in PLACE_KINDS:
        return ""
    s = doc.sentences[c.sentence]
    if finding(s):
        return ""
    if DECIMAL.search(number) and (re.search(re.escape(number.rstrip("% ")) + r"\s*(?:%|per\s?cent)", s.text)
                                   or SHARE_AFTER.search(s.text)):
        return "trivia: an exact decimal figure"  # a share, written twice or beside another, still recall (read s12)
    if MONTH_DATE.search(number) and re.search(r"\bborn\b", s.text):
        return "trivia: the exact day of a birth"  # "When was Lise Meitner born …?" 7 November 1878 (read t13)
    if _prominent(doc, number):
        return ""
    if MONTH_DATE.search(number):
        if EVENT.search(s.text):
            return ""
        return "trivia: a date to the month or day that the document does not make its point"
    if DECIMAL.search(number) and not _magnitude(s.text, number) and not _compared(s):
        return "trivia: an exact decimal figure"
    core = number.rstrip("%").strip()
    figures = _figures(s.text)
    at = [i for i, f in figures if f.replace(",", "") == core.replace(",", "")]
    if at and any(s.text.rfind("(", 0, i) > s.text.rfind(")", 0, i) for i in at):
        return "trivia: a figure in brackets"
    if len(figures) >= LIST_OF_FIGURES and at:
        return "trivia: one of a list of figures"
    return ""
