"""Exporting a stored bank: the studyapp.bank/1 dict every format starts from, which statuses an export carries
(approved only, or with drafts; never rejected), and what each format leaves out. The web and the CLI call this."""
from __future__ import annotations

from dataclasses import dataclass

from studyapp.formats.bank_json import FORMAT
from studyapp.formats.registry import FORMATS, BankFormat, LeftOut, export_bank
from studyapp.models import QuestionBank, QuestionStatus
from studyapp.services.media import image_entries


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
            **({"marks": q.marks} if q.marks else {}), **({"tags": q.tags} if q.tags else {}), **_language(q),
            **({"images": image_entries(q)} if q.images else {}),
        } for q in questions],
        "flashcards": [{"id": c.key, "front": c.front, "back": c.back, "source": _evidence(c), "status": c.status}
                       for c in bank.flashcards if statuses is None or c.status in statuses],
    }


def exported_statuses(*, include_drafts: bool = False) -> tuple[str, ...]:
    """The review statuses an export carries: approved, and drafts when asked; rejected never."""
    return (QuestionStatus.APPROVED, QuestionStatus.DRAFT) if include_drafts else (QuestionStatus.APPROVED,)


@dataclass
class ExportPlan:
    """What one format will carry of a bank, and what it will leave out (listed, never dropped silently)."""

    format: BankFormat
    question_count: int
    flashcard_count: int
    left_out: list[LeftOut]
    images_left_out: int = 0  # questions it carries whose image it has no place for (GIFT, CSV)


def plan_exports(bank: QuestionBank, *, include_drafts: bool = False) -> list[ExportPlan]:
    """For every format of the registry: how many questions and flashcards it carries and which it leaves out."""
    data = bank_to_dict(bank, statuses=exported_statuses(include_drafts=include_drafts))
    plans = []
    for bank_format in FORMATS.values():
        left_out = bank_format.left_out(data)
        skipped_questions = sum(1 for item in left_out if item.kind == "question")
        skipped_cards = sum(1 for item in left_out if item.kind == "flashcard")
        left_ids = {item.id for item in left_out if item.kind == "question"}
        images = 0 if bank_format.carries_images else sum(
            1 for q in data["questions"] if q.get("images") and str(q["id"]) not in left_ids)
        plans.append(ExportPlan(bank_format, len(data["questions"]) - skipped_questions,
                                len(data["flashcards"]) - skipped_cards, left_out, images))
    return plans


def export_bank_file(bank: QuestionBank, format_name: str, *,
                     include_drafts: bool = False) -> tuple[bytes, str, list[str]]:
    """The bank's approved questions and flashcards (and drafts if asked) in a format: the bytes, the file suffix,
    and a line for everything the format left out."""
    return export_bank(bank_to_dict(bank, statuses=exported_statuses(include_drafts=include_drafts)), format_name)
