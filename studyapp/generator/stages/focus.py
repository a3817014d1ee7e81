"""What a sentence is about, and which of its words are side details a teacher would not blank (blind reads of
30 Nov, issue 13): a day of the month, a date inside a subordinate clause, the date of a private event.

`side_detail(c, doc)` gives the gate a reason when a fact item asks such a date or number; `keep_rules.reasons`
calls it. Everything is read from the sentence's own text and its parse (`Parse.side`), so it costs one pass.
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, SourceDoc

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


def side_detail(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact item asks a day of the month, a date in a subordinate clause ("Germany, which had only
    been united in _____, wanted …") or a place in one with a tense ("57 adults who live in _____"), or any blank or
    swap of a private event ("Ada married _____ in 1835", "In _____ Ada met Babbage at a party")."""
    if c.kind != "fact" or c.sentence < 0 or c.type in ("ordering", "matching"):
        return ""
    s = doc.sentences[c.sentence]
    p = s.parse
    swapped = c.template == "tf" and c.answer == "False"
    if p is not None and p.root in PRIVATE_EVENTS and (c.template in ASKING - {"tf"} or swapped):
        return "side detail: a private event"
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
