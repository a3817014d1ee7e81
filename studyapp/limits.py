"""Limits on what a bank may hold and a request may carry: the one table the editor, importers and grading read."""
from __future__ import annotations

import math
from typing import Any

from studyapp.translatable import N_, Grouped, Message

# Characters per text field. The question editor's form fields, the bank checks behind every import format,
# `content load` and generation jobs, and the generator's gate all read this table, so nothing enters a bank
# that the editor could not have saved.
TEXT = {
    "id": 100,  # a question's or flashcard's id in a bank file (questions.key)
    "prompt": 1000,
    "choice": 500,
    "answer": 500,  # a typed key (short answer, cloze), and the most a student's typed answer is read to
    "alias": 200,  # one accepted alternative answer
    "item": 200,  # one item of an ordering question
    "pair": 200,  # one side of a matching pair
    "template": 3000,  # an essay's response template (the text the answer box starts with)
    "grader_info": 3000,  # an essay's information for graders (students never see it)
    "response": 20_000,  # a student's written response (an essay)
    "comment": 3000,  # a teacher's comment on one answer (a mark or an override)
    "explanation": 3000,
    "feedback": 1000,  # the feedback of one answer (question_types.marks)
    "notes": 3000,
    "quote": 3000,  # the evidence sentence
    "topic": 200,
    "tag": 100,
    "number": 50,  # a number typed in the editor: numeric answer, tolerance
    "difficulty": 10,
    "front": 1000,  # flashcards
    "back": 3000,
    "bank_title": 300,
    "source_id": 200,
    "source_title": 500,
    "source_author": 300,
    "source_kind": 200,
    "source_published": 40,
    "source_file": 300,
    "source_text": 10_000_000,
    "alt": 300,  # an image's alt text (studyapp/image_types.py)
    "image_name": 200,  # an image's file name, as a file or a teacher gave it
}
# Entries per list.
COUNT = {
    "choices": 6,
    "aliases": 20,
    "items": 20,
    "pairs": 20,
    "tags": 20,
    "marks": 20,  # answers with partial credit or feedback
    "questions": 50_000,
    "flashcards": 50_000,
    "sources": 1_000,
    "images": 7,  # per question: one for the prompt and one per choice
}
IMAGE_BYTES = 2 * 1024 * 1024  # one image: larger ones are refused (PNG, JPEG, GIF or WebP; image_types.py)
MAX_ID = 2**31 - 1  # the largest row id a database integer holds: ids in addresses and forms above it are refused
MAX_PARAGRAPH = 1_000_000  # a cited paragraph number

_NAMES = {  # how messages name a field
    "id": N_("the id"), "prompt": N_("the prompt"), "choice": N_("a choice"), "answer": N_("the answer"),
    "alias": N_("an alias"), "item": N_("an item"), "pair": N_("one side of a pair"),
    "template": N_("the response template"), "grader_info": N_("the information for graders"),
    "response": N_("the response"), "comment": N_("the comment"), "explanation": N_("the explanation"),
    "notes": N_("the teacher note"), "feedback": N_("the feedback"), "quote": N_("the evidence quote"),
    "topic": N_("the topic"), "tag": N_("a tag"), "front": N_("the front"), "back": N_("the back"),
    "bank_title": N_("the bank title"), "source_id": N_("the id"), "source_title": N_("the title"),
    "source_author": N_("the author"), "source_kind": N_("the kind"), "source_published": N_("the date"),
    "source_file": N_("the file name"), "source_text": N_("the text"), "alt": N_("the alt text"),
    "image_name": N_("the image's file name"),
}
_FIELDS = {  # the plural a count names (the key as it is, in English)
    "choices": N_("choices"), "aliases": N_("aliases"), "items": N_("items"), "pairs": N_("pairs"),
    "tags": N_("tags"), "questions": N_("questions"), "flashcards": N_("flashcards"), "sources": N_("sources"),
}


def too_long(field: str, value: Any) -> str | None:
    """A message when `value`, as text, is longer than `field` may be; None when it fits."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if len(text) <= TEXT[field]:
        return None
    return N_("%(field)s has %(count)s characters; at most %(max)s are allowed.", field=Message(_NAMES[field]),
              count=Grouped(len(text)), max=Grouped(TEXT[field]))


def too_many(field: str, values: Any) -> str | None:
    """A message when the list `values` has more entries than `field` may have; None when it fits."""
    if not isinstance(values, (list, tuple)) or len(values) <= COUNT[field]:
        return None
    return N_("%(count)s %(field)s given; at most %(max)s %(field)s are allowed.", count=Grouped(len(values)),
              field=Message(_FIELDS.get(field, field)), max=Grouped(COUNT[field]))


def _answer_problems(qtype: Any, answer: Any) -> list[str | None]:
    """The limits the answer breaks, as its question type measures it (a typed answer for unknown types)."""
    from studyapp.question_types import REGISTRY  # the types read this module's tables

    kind = REGISTRY.get(qtype) if isinstance(qtype, str) else None
    return kind.answer_problems(answer) if kind is not None else [too_long("answer", answer)]


def question_problem(question: dict) -> tuple[str, str] | None:
    """The first limit a question (bank-file or editor shape) breaks, as (field, message); None if it keeps all.

    The field is the question's key at fault: prompt, choices, answer, aliases, explanation, notes, topic,
    tags, quote or id.
    """
    qtype, answer = question.get("type"), question.get("answer")
    checks: list[tuple[str, str | None]] = [
        ("id", too_long("id", question.get("id"))), ("prompt", too_long("prompt", question.get("prompt"))),
        ("choices", too_many("choices", question.get("choices"))),
        *(("choices", too_long("choice", c)) for c in _entries(question.get("choices"))),
    ]
    checks += [("answer", problem) for problem in _answer_problems(qtype, answer)]
    checks += [("aliases", too_many("aliases", question.get("aliases"))),
               *(("aliases", too_long("alias", a)) for a in _entries(question.get("aliases"))),
               ("explanation", too_long("explanation", question.get("explanation"))),
               ("notes", too_long("notes", question.get("notes"))), ("topic", too_long("topic", question.get("topic"))),
               ("tags", too_many("tags", question.get("tags"))),
               *(("tags", too_long("tag", t)) for t in _entries(question.get("tags"))),
               ("quote", too_long("quote", (question.get("source") or {}).get("quote")
                                  if isinstance(question.get("source"), dict) else None))]
    return next(((field, message) for field, message in checks if message), None)


def flashcard_problem(card: dict) -> str | None:
    """The first limit a bank-file flashcard breaks, as a message; None if it keeps all."""
    source = card.get("source") if isinstance(card.get("source"), dict) else {}
    return (too_long("id", card.get("id")) or too_long("front", card.get("front")) or too_long("back", card.get("back"))
            or too_long("quote", source.get("quote")))


def source_problem(source: dict) -> str | None:
    """The first limit a bank-file source breaks, as a message; None if it keeps all."""
    for field in ("id", "title", "author", "kind", "published", "file", "text"):
        message = too_long(f"source_{field}", source.get(field))
        if message:
            return message
    return None


def is_finite_number(value: Any) -> bool:
    """True for an int or float that a float column and grading can hold (no bool, NaN, infinity or 400 digits)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _entries(values: Any) -> list:
    """The entries of a list field (a lone value is one entry)."""
    return list(values) if isinstance(values, (list, tuple)) else [] if values is None else [values]


def parse_id(value: Any) -> int | None:
    """A row id from a form field: ASCII digits up to MAX_ID, else None (never an error)."""
    text = value.strip() if isinstance(value, str) else ""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if number <= MAX_ID else None
