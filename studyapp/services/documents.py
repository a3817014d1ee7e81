"""Source documents: their paragraphs, a question's evidence located inside its paragraph, and their language."""
from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.models import Question, SourceDocument, User
from studyapp.services.banks import check_can_edit_bank
from studyapp.translatable import N_
from studyapp.vocabulary import DocumentLanguage


def paragraphs(text: str) -> list[str]:
    """The cleaned text's paragraphs (separated by blank lines), 1-based by position in the list + 1."""
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


@dataclass
class Evidence:
    """A paragraph split around the quote, for highlighting; `found` is False when the quote is elsewhere."""

    number: int | None
    before: str
    quote: str
    after: str
    found: bool


def evidence_context(question) -> Evidence | None:
    """Where the question's quote sits in its source: its paragraph, split around the quote."""
    quote = (question.quote or "").strip()
    if not quote:
        return None
    source = question.source
    paras = paragraphs(source.text) if source is not None else []
    order = []
    if question.paragraph and 1 <= question.paragraph <= len(paras):
        order.append(question.paragraph)
    order += [n for n in range(1, len(paras) + 1) if n not in order]
    for number in order:
        text = paras[number - 1]
        at = text.find(quote)
        if at >= 0:
            return Evidence(number, text[:at], quote, text[at + len(quote):], True)
    return Evidence(question.paragraph, "", quote, "", False)


def set_document_language(document: SourceDocument, language: str, *, actor: User) -> int:
    """Correct a document's language (kk, ru, en); its questions still marked with the old one follow it.
    Returns how many questions changed. The bank must be the actor's to edit."""
    check_can_edit_bank(document.bank, actor)
    if language not in set(DocumentLanguage):
        raise ValidationError(N_("Choose English, Russian or Kazakh."), "language")
    old, document.language = document.language, language
    changed = db.session.execute(sa.update(Question).where(Question.source_id == document.id,
                                                           Question.language == old).values(language=language))
    db.session.flush()
    return changed.rowcount if old != language else 0
