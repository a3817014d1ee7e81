"""Incidental figures: a number blanked from a sentence that mentions it on the way to saying something else (brief
en11; blind reads 29w and 29x: "members from grades 5 to _____", "7 hours _____ minutes", "rolling a _____ on a
die" in brackets, "free _____-minute lessons", "Tom and Leo, both _____").

Each shape is read from the words right beside the blank, so it holds in any document:

- **the end of a range of labels**: "grades 5 to _____", "ages _____ to 16", "Years 7-_____": who takes part, not a
  figure to learn (the number of a single label is `quantities.STRUCTURE`'s);
- **the smaller unit of a compound measure**: "7 hours _____ minutes", "5 feet _____ inches";
- **a figure in brackets**: "(rolling a _____ on an ordinary die)", an example or an aside to the sentence's point;
- **a number that is part of a modifier**: "_____-minute lessons", "a _____-year-old who …";
- **a pupil's age beside a name**: "Tom Harris and Leo Brandt, both _____", "Ellie Brennan, _____, said …";
- **an age**: "died …, aged only _____", "at the age of _____", "_____ years old" (read s12 and before: a life's
  dates are its points, the age at them arithmetic).

The figures a teacher asks (a headline figure, the date of the main event, a constant) are none of these shapes.
`incidental(c)` is the gate's call (through `reader_drops.reasons`).
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate

BLANK = "_____"
LABELS = (r"grades?|years?|year\s+groups?|ages?|aged|classes|forms|levels?|sizes?|key\s+stages?|stages?|pages?|"
          r"chapters?|sections?|rooms?|units?|lessons?|steps?|questions?")
RANGE_END = re.compile(rf"\b(?i:{LABELS})\s+\d+\s*(?:to|–|-|and|through)\s*$")
RANGE_START = re.compile(rf"\b(?i:{LABELS})\s+(?:from\s+)?$")
RANGE_AFTER = re.compile(r"^\s*(?:to|–|-|and|through)\s*\d")
BIG_UNIT = re.compile(r"\d\s*(?:hours?|hrs?|h|minutes?|mins?|feet|foot|ft|metres?|meters?|m|pounds?|lbs?|kg|years?|"
                      r"months?|weeks?|days?|stone)\s+(?:and\s+)?$", re.I)
SMALL_UNIT = re.compile(r"^\s*(?:minutes?|mins?|seconds?|secs?|s|inches|inch|in|cm|centimetres?|ounces?|oz|g|grams?|"
                        r"months?|weeks?|days?|hours?)\b", re.I)
MODIFIER = re.compile(r"^-(?:minute|hour|day|week|month|year|second|mile|metre|meter|kilometre|page|point|storey|"
                      r"seat|lane|piece|strong|person|man|woman)s?\b", re.I)
AGE_BESIDE = re.compile(r"(?:\bboth|[A-Z][a-z]+,)\s*$")
AGE_AFTER = re.compile(r"^\s*(?:[,.;)]|$)")
AGE_BEFORE = re.compile(r"\b(?:aged(?:\s+only|\s+just)?|at\s+the\s+age\s+of)\s*$", re.I)
AGE_WORDS = re.compile(r"^\s*(?:years?\s+old|-year-old)\b", re.I)
TEMPLATES = ("numeric", "cloze", "complete", "term_gap")


def _sides(c: Candidate) -> tuple[str, str] | None:
    """The words before and after the blank, within the quoted sentence of the prompt."""
    at = c.prompt.find(BLANK)
    if at < 0:
        return None
    before, after = c.prompt[:at], c.prompt[at + len(BLANK):]
    before = before[before.rfind("“") + 1:] if "“" in before else before
    after = after.split("”")[0]
    return before, after


def incidental(c: Candidate) -> str:
    """A reason when the item blanks a figure its sentence only mentions on the way (see the module's shapes)."""
    if c.template not in TEMPLATES or c.kind != "fact" or not re.search(r"\d", str(c.answer)):
        return ""
    sides = _sides(c)
    if sides is None:
        return ""
    before, after = sides
    why = ""
    if RANGE_END.search(before) or RANGE_START.search(before) and RANGE_AFTER.match(after):
        why = "the end of a range of labels"
    elif BIG_UNIT.search(before) and SMALL_UNIT.match(after):
        why = "the smaller unit of a compound measure"
    elif before.count("(") > before.count(")"):
        why = "a figure in brackets"
    elif MODIFIER.match(after):
        why = "a number inside a modifier"
    elif AGE_BESIDE.search(before) and AGE_AFTER.match(after) and re.fullmatch(r"\d{1,2}", str(c.answer).strip('"')) \
            and 5 <= int(str(c.answer).strip('"')) <= 19:
        why = "an age beside a name"
    elif AGE_BEFORE.search(before) or AGE_WORDS.match(after):
        why = "an age"
    return f"trivia: an incidental figure ({why})" if why else ""
