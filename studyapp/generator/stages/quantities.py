"""One quantity the document gives twice (blind reads 29l and 29m, issue 13): "68.5% in 2020" and "almost 70% of
the population", "29.8% view it as beneficial" and "approximately 30% view it as beneficial".

`same_quantity(c, doc)` finds, for an item that asks a figure, the document's other figures of the same kind that
state the same quantity: the same figure again, or one within 5% of it with one of the two hedged ("almost",
"about", "nearly", "around", "approximately", "over" …), in sentences that share two content words. `widen_tolerance` lets a typed
figure accept the text's other figure too (68.5 for "almost _____%": tolerance 1.5), and `quantity_key` names the
quantity so that the select stage keeps one question per quantity (`select._overlaps`).
"""
from __future__ import annotations

import re

from studyapp.generator.arithmetic import in_series, made_of_two, one_of_two
from studyapp.generator.model import Candidate, Mention, SourceDoc
from studyapp.generator.stages.numbers import NUM

HEDGE = re.compile(r"\b(?:almost|about|nearly|around|approximately|roughly|some|over|more than|less than|just under|"
                   r"just over|close to|circa|c\.|approx\.)\s*$", re.I)
FIGURE_KINDS = {"percent", "money", "count"}
CLOSE = 0.05  # two figures within 5% of each other may be one quantity said twice
SHARED = 2  # the content words two sentences must have in common to speak of the same thing
STOP = set("""that this these those with from have been were which their there about than into over also after
before other while being would could should because within between among where when what whose they them some such
only most more very much many almost nearly around approximately answered percent people""".split())


def _stems(text: str) -> set[str]:
    """The content words of a sentence, cut to five letters (population, populations: popul)."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP}


def hedged(doc: SourceDoc, m: Mention) -> bool:
    """The figure is said roughly ("almost 70%", "approximately 30%")."""
    return bool(HEDGE.search(doc.sentences[m.sentence].text[max(0, m.start - 20):m.start]))


def _figures(doc: SourceDoc) -> list[Mention]:
    """The document's figures with a value (percentages, amounts, counts), found once per document."""
    if "quantity_figures" not in doc.hints:
        doc.hints["quantity_figures"] = [m for m in doc.mentions if m.kind in FIGURE_KINDS and m.value is not None]
    return doc.hints["quantity_figures"]


def _own(c: Candidate, doc: SourceDoc) -> Mention | None:
    """The figure the item asks: a mention of its sentence with its value."""
    try:
        value = float(str(c.answer).rstrip("%").replace(",", "").replace("$", "").strip())
    except ValueError:
        return None
    for m in _figures(doc):
        if m.sentence == c.sentence and m.value is not None and abs(m.value - value) < 1e-9:
            return m
    return None


def same_quantity(c: Candidate, doc: SourceDoc) -> list[Mention]:
    """The document's other figures that state the quantity the item asks: the same figure again, or said once
    exactly and once roughly."""
    if c.kind != "fact" or c.sentence < 0 or c.type in ("ordering", "matching", "true_false"):
        return []
    own = _own(c, doc)
    if own is None or not own.value:
        return []
    stems = _stems(doc.sentences[own.sentence].text)
    out = []
    for m in _figures(doc):
        if m.sentence == own.sentence or m.kind != own.kind:
            continue
        if abs(m.value - own.value) > CLOSE * max(abs(own.value), abs(m.value)):
            continue
        if m.value != own.value and not (hedged(doc, m) or hedged(doc, own)):
            continue  # two exact figures close together are two things; the same figure twice is one
        other = _stems(doc.sentences[m.sentence].text)
        if len(stems & other) >= SHARED:
            out.append(m)
    return out


def widen_tolerance(c: Candidate, doc: SourceDoc) -> None:
    """A typed figure accepts the text's other figure for the same quantity ("almost _____%" takes 68.5 and 70)."""
    if c.type != "numeric" or not isinstance(c.answer, (int, float)):
        return
    for m in same_quantity(c, doc):
        gap = round(abs(m.value - float(c.answer)), 4)
        c.tolerance = max(c.tolerance or 0.0, gap)


def quantity_key(c: Candidate, doc: SourceDoc) -> tuple | None:
    """("quantity", document, value) naming the quantity an item asks, the lowest of its figures, when the
    document gives it twice; None otherwise."""
    found = same_quantity(c, doc)
    if not found:
        return None
    own = _own(c, doc)
    lowest = min([own.value] + [m.value for m in found])
    return "quantity", doc.id, own.kind, lowest


FIGURE = re.compile(rf"(?<![\w.,])(?:{NUM})")
RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
LABEL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")  # "Year 9", "Room 12", "Chapter 3"
# the number of a part of a book, a page or a school (read v: "Chapters _____-12", "§ _____"): a label, never a fact
STRUCTURE = re.compile(r"(?:\b(?i:chapters?|sections?|pages?|pp?\.|acts?|scenes?|verses?|stanzas?|figs?\.|figures?|tables?|"
                       r"exercises?|lessons?|units?|rooms?|paragraphs?)|\b(?:Year|Grade|Form|Class|Part|Question)|§)\s*$")


def derivable(text: str, start: int, end: int, arithmetic: bool = True) -> bool:
    """The figure at text[start:end] is one a pupil fills in without reading (read u): the sum, difference, product
    or quotient of two other figures of the sentence (70 of "_____ ml x 75 beats per minute gives 5,250 ml"), or a
    label of a series the sentence counts through ("Year 9, 118 students; Year _____, 104; Year 11, 98"), or the number
    of a chapter, page, room or year group (`STRUCTURE`), or one of two alternatives or of a plain series
    (`arithmetic.one_of_two`, `arithmetic.in_series`)."""
    found = [(m.start(), float(m.group().replace(",", ""))) for m in FIGURE.finditer(text)]
    key = next((v for at, v in found if start <= at < end), None)
    if key is None:
        return False
    if one_of_two(text, start, end) or in_series([(m.start(), m.end(), float(m.group().replace(",", "")))
                                                   for m in FIGURE.finditer(text)], start):
        return True  # "in 1822 or 1823"; "50, 100 and _____ g": the other figures give it
    label = LABEL_BEFORE.search(text[:start])
    if label and len(re.findall(rf"\b{label.group(1)}\s+\d", text)) >= 3 or STRUCTURE.search(text[:start]):
        return True
    ranges = {m.start() for m in RANGE.finditer(text)} | {m.end() - len(m.group(2)) for m in RANGE.finditer(text)}
    others = [v for at, v in found if not start <= at < end and at not in ranges][:6]  # not the ends of "(1-3)"
    return arithmetic and key >= 3 and made_of_two(key, others, 0.005)


def typed_tolerance(value: float, decimals: int, rough: bool = False, share: bool = False) -> float:
    """How far a typed figure may be from the text's: a written decimal is exact (a probability of 0.5 accepts no
    0.45, blind read x) unless the text says it roughly ("about 0.8 seconds": half a unit of its last decimal) or it
    is a share ("73.7%" accepts its whole percent, 74: read u), a whole figure under 1000 too; a large whole count
    allows 1 %."""
    if decimals and share:
        return 0.5
    if decimals:
        return round(0.5 * 10 ** -decimals, 4) if rough else 0.0
    return round(value * 0.01, 2) if value >= 1000 else 0.0
