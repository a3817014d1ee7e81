"""A stored bank as a studyapp.bank/1 dict: what every export format starts from."""
from __future__ import annotations

from studyapp.formats.bank_json import FORMAT
from studyapp.models import QuestionBank


def _evidence(item) -> dict:
    """The {id, quote, paragraph} evidence of a question or flashcard."""
    return {"id": item.source.key if item.source else None, "quote": item.quote or "", "paragraph": item.paragraph}


def _language(item) -> dict:
    """{"language": …} for a document or question not in English (absent means English, as in generated banks)."""
    return {"language": item.language} if item.language and item.language != "en" else {}


def bank_to_dict(bank: QuestionBank, *, statuses: tuple[str, ...] | None = None) -> dict:
    """The bank with its sources (and their cleaned text), questions and flashcards; optionally only some statuses."""
    questions = [q for q in bank.questions if statuses is None or q.status in statuses]
    return {
        "format": FORMAT,
        "title": bank.title,
        "sources": [{"id": s.key, "title": s.title, "author": s.author, "kind": s.kind, "published": s.published,
                     "file": s.filename, "text": s.text, **_language(s)} for s in bank.sources],
        "questions": [{
            "id": q.key, "type": q.type, "kind": q.kind, "prompt": q.prompt, "choices": q.choices,
            "answer": q.answer, "aliases": q.aliases or [], "tolerance": q.tolerance, "explanation": q.explanation,
            "notes": q.notes, "topic": q.topic, "difficulty": q.difficulty, "source": _evidence(q), "status": q.status,
            **_language(q),
        } for q in questions],
        "flashcards": [{"id": c.key, "front": c.front, "back": c.back, "source": _evidence(c)}
                       for c in bank.flashcards if statuses is None or c.status in statuses],
    }
