"""Where a bank's sources disagree: the pairs of quotes in which two writers read the same evidence differently.

The generator tags each side's question "disagreement" plus the evidence it is about (studyapp/generator/stages/
debate.py), so a bank keeps its disagreements without a column of its own; this module pairs them up again for the
bank page. Only the bank's few perspective questions are read, never its whole question list.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Question, QuestionBank, SourceDocument

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


def bank_disagreements(bank: QuestionBank) -> list[Disagreement]:
    """The disagreements of the bank's documents that are not archived, each with two or more sides from
    different documents, in the order of their topics."""
    rows = db.session.execute(
        sa.select(Question.tags, Question.quote, SourceDocument.id, SourceDocument.title, SourceDocument.author)
        .join(SourceDocument, Question.source_id == SourceDocument.id)
        .where(Question.bank_id == bank.id, Question.kind == "perspective", Question.tags.is_not(None),
               # only the tagged sides leave the database: a bank page of 50,000 questions read them all
               sa.cast(Question.tags, sa.Text).like(f'%"{TAG}"%'),
               SourceDocument.archived_at.is_(None))
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
