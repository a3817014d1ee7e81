"""Which years a document makes its point (blind read 29n, issue 13): the years of its title and headings and
those it gives in two sentences or more. `year_fault(doc, year)` says why a "False" statement may not move a year;
the blank of a year is `memory.minor_year`'s; `latest_year` bounds the names a state answer accepts.
"""
from __future__ import annotations

import re

from studyapp.generator.model import SourceDoc

YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")


def year_counts(doc: SourceDoc) -> tuple[dict[str, int], set[str]]:
    """How many sentences of the document give each year, and the years of its title and headings (once per
    document)."""
    if "year_counts" not in doc.hints:
        counts: dict[str, int] = {}
        for s in doc.sentences:
            for y in set(YEAR.findall(s.text)):
                counts[y] = counts.get(y, 0) + 1
        heads = " ".join([doc.title] + [p.text for p in doc.paragraphs if p.role in ("title", "heading")])
        doc.hints["year_counts"] = (counts, set(YEAR.findall(heads)))
    return doc.hints["year_counts"]


def year_fault(doc: SourceDoc, year: str) -> str:
    """Why a "False" statement may not move this year, or "": one the document does not make its point is a memory
    test like its blank; the year the document repeats most (three sentences or more) is its central event's, which
    a pupil knows without reading ("the war began in 1913"). Read by
    `memory.false_year` and `known.plausible_swap`."""
    if not YEAR.fullmatch(year.strip()):
        return ""
    counts, heads = year_counts(doc)
    year = year.strip()
    if year not in heads and counts.get(year, 0) < 2:
        return "trivia: a true/false year that is not the document's point"
    if counts.get(year, 0) >= 3 and counts[year] == max(counts.values()):
        return "give-away: the document's central year, known without it"
    return ""


def latest_year(doc: SourceDoc) -> int | None:
    """The latest year the document gives (None when it gives none): a state's later name is no answer about
    earlier times (`lexicon.answer_names`)."""
    counts, heads = year_counts(doc)
    years = [int(y) for y in [*counts, *heads]]
    return max(years) if years else None
