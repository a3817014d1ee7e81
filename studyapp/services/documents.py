"""Source documents: their paragraphs, and a question's evidence located inside its paragraph."""
from __future__ import annotations

import re
from dataclasses import dataclass


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
