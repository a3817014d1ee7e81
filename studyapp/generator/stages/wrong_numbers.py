"""Wrong years and figures for a number question: near the key on both sides in a pattern of its own, so neither
the key's place among the options (never always the latest year) nor a fixed ratio (2x, half) gives it away.

- **years**: the key's place among the four sorted options follows the question (a digest), the gaps too; on each
  side the other years of the same document (within 30 years) come first, the gaps fill the rest; no option lies far past the document's
  latest year, and none crosses another year of the same sentence ("announced in 2022 … by 2030": no 2021).
- **dates** (`other_dates`): a date's options are first the document's other dates written the same way ("4 August
  1914" and "11 November 1918" for "28 June 1914", "May 2022" for "July 2016"): options that differ only by their year
  were guessed from the year alone (read s12).
- **figures** (counts, percents, money): the same both-sides pattern with a per-question step, rounded like the
  key (3 significant digits at most, the key's decimals), percents between 0 and 100.
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.stages.focus import MONTH_DATE

YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
GAPS = ((1, 3, 4), (2, 3, 6), (1, 2, 5), (3, 5, 8), (2, 4, 7), (1, 4, 10))
STEPS = (0.1, 0.15, 0.2, 0.25, 0.3)
FAR = 3  # years past the document's latest an option may reach


def _doc_years(corpus: Corpus, c: Candidate) -> tuple[list[int], list[int]]:
    """The years of the question's document and of its sentence (from the mentions the analyse stage found)."""
    doc = corpus.doc(c.doc_id)
    if "years" not in doc.hints:
        years: dict[int, set[int]] = {}
        for m in doc.mentions:
            if m.kind in ("year", "date"):
                found = YEAR.search(m.text)
                if found:
                    years.setdefault(m.sentence, set()).add(int(found.group()))
        doc.hints["years"] = years
    by_sentence = doc.hints["years"]
    if "years_sorted" not in doc.hints:  # once per document: linear time
        doc.hints["years_sorted"] = sorted({y for ys in by_sentence.values() for y in ys})
    return doc.hints["years_sorted"], sorted(by_sentence.get(c.sentence, ()))


def years(corpus: Corpus, c: Candidate, year: int, h: int) -> list[int]:
    """Three wrong years for the key `year`: `h % 4` of them before it, the rest after, gaps by `h`."""
    every, here = _doc_years(corpus, c)
    low = max([y for y in here if y < year], default=0)  # never before an earlier year of the same sentence
    high = min([y for y in here if y > year], default=max(every + [year]) + FAR)
    below, gaps = h % 4, GAPS[(h // 4) % len(GAPS)]
    other = [y for y in every if y != year and low < y < high and abs(y - year) <= 30]
    # the document's own years first on each side, nearest first (blind read 29n: no invented neighbours where the
    # text names other years), then the question's gaps
    before = sorted((y for y in other if y < year), key=lambda y: -y)
    before += [year - g for g in gaps if year - g > low and year - g not in before]
    after = sorted(y for y in other if y > year)
    after += [year + g for g in gaps if year + g < high and year + g <= max(every + [year]) + FAR
              and year + g not in after]
    take_before = min(below, len(before))
    take_after = min(3 - take_before, len(after))
    take_before = min(3 - take_after, len(before))
    chosen = before[:take_before] + after[:take_after]
    return sorted(set(chosen))


def _round_like(value: float, key: float, decimals: int) -> float:
    """`value` rounded as precisely as the key is written (its decimals; a round key to its round places, but
    at least 2 and at most 3 significant digits)."""
    if decimals:
        return round(value, decimals)
    digits = len(str(int(abs(key))))
    zeros = len(str(int(abs(key)))) - len(str(int(abs(key))).rstrip("0"))
    unit = 10 ** max(min(zeros, digits - 2), digits - 3, 0)  # 100000 -> 10000s, 2300 -> 100s, 30 -> 1s
    return float(round(value / unit) * unit)


def figures(value: float, decimals: int, kind: str, h: int) -> list[float]:
    """Three wrong figures near `value`: `h % 4` below, the rest above, at a step of the question's own."""
    step = STEPS[(h // 4) % len(STEPS)]
    below = h % 4
    out: list[float] = []
    for i in range(1, 7):
        for sign in ((-1, 1) if i % 2 else (1, -1)):
            if sign < 0 and sum(v < value for v in out) >= below or sign > 0 and sum(v > value for v in out) >= 3 - below:
                continue
            new = _round_like(value * (1 + sign * step * i), value, decimals)
            if new <= 0 or kind == "percent" and new >= 100 or new == value or new in out:
                continue
            out.append(new)
        if len(out) >= 3:
            break
    for i in range(1, 10):  # a small key rounds several steps to itself: take any side
        new = _round_like(value * (1 + step * i), value, decimals)
        if len(out) < 3 and new != value and new not in out and not (kind == "percent" and new >= 100):
            out.append(new)
    return sorted(out[:3])


DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _dates(doc) -> list[tuple[str, int, int, bool]]:
    """(text, sentence, year, has a day) of every date of the document with a month and a year, once per document."""
    if "month_dates" not in doc.hints:
        doc.hints["month_dates"] = [(m.text, m.sentence, int(y.group()), bool(DAY.search(YEAR.sub("", m.text))))
                                    for m in doc.mentions if m.kind == "date" and MONTH_DATE.search(m.text)
                                    for y in [YEAR.search(m.text)] if y]
    return doc.hints["month_dates"]


def other_dates(corpus: Corpus, c: Candidate, text: str) -> list[str]:
    """The document's other dates of the key's shape (a month and a year, with a day or without), nearest first."""
    year = YEAR.search(text)
    if not year or not MONTH_DATE.search(text):
        return []
    shape = bool(DAY.search(YEAR.sub("", text)))
    found: dict[str, int] = {}
    for other, sentence, y, day in _dates(corpus.doc(c.doc_id)):
        if other != text and day == shape and abs(sentence - c.sentence) > 1:  # the sentence before may be the context
            found.setdefault(other, abs(y - int(year.group())))
    return sorted(found, key=lambda t: (found[t], t))[:2]
