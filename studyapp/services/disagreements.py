"""Where a bank's sources disagree: the pairs of quotes in which two writers read the same evidence differently.

The generator tags each side's question "disagreement" plus the evidence it is about (studyapp/generator/stages/
debate.py), so a bank keeps its disagreements without a column of its own; this module pairs them up again for the
bank page. Only the questions whose indexed search text holds the tag are read, never the whole bank.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Question, QuestionBank, SourceDocument
from studyapp.models.search_index import matching_ids

TAG = "disagreement"


@dataclass(frozen=True)
class Side:
    """One writer's side: the document's title and author, and the quote."""

    title: str
    author: str
    quote: str


@dataclass(frozen=True)
class Disagreement:
    """The evidence both writers mention and each writer's quote about it."""

    topic: str
    sides: tuple[Side, ...]


def _tagged():
    """Only questions whose search text (which holds their tags) has the tag, through the search index where there is
    one: the bank page of a 50,000-question bank read every perspective question's tags before (36 ms on SQLite)."""
    indexed = matching_ids(TAG, db.session.get_bind().dialect.name)
    return Question.id.in_(indexed) if indexed is not None else Question.search_text.contains(TAG)


def bank_disagreements(bank: QuestionBank) -> list[Disagreement]:
    """The disagreements of the bank's documents that are not archived, each with two or more sides from
    different documents, in the order of their topics."""
    rows = db.session.execute(
        sa.select(Question.tags, Question.quote, SourceDocument.id, SourceDocument.title, SourceDocument.author)
        .join(SourceDocument, Question.source_id == SourceDocument.id)
        .where(Question.bank_id == bank.id, Question.kind == "perspective", Question.tags.is_not(None),
               _tagged(), SourceDocument.archived_at.is_(None))
        .order_by(Question.id))
    found: dict[str, dict[int, Side]] = {}
    for tags, quote, doc_id, title, author in rows:
        tags = list(tags or [])
        if TAG not in tags or len(tags) < 2 or not quote:
            continue
        topic = next((t for t in tags if t != TAG), "")
        found.setdefault(topic, {}).setdefault(doc_id, Side(title, author, quote))
    return [Disagreement(topic, tuple(sides.values())) for topic, sides in sorted(found.items())
            if len(sides) >= 2]
