"""Reading studyapp.bank/1 files: parse and check structure, naming the first problem found."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from studyapp.errors import ValidationError
from studyapp.image_types import entries_problem
from studyapp.translatable import N_, Grouped, at, capitalized, message_of, translatable

from studyapp.limits import (
    MAX_PARAGRAPH,
    flashcard_problem,
    is_finite_number,
    question_problem,
    source_problem,
    too_long,
    too_many,
)
from studyapp.vocabulary import DocumentLanguage, QuestionKind, QuestionStatus, QuestionType
from studyapp.question_types import get_type
from studyapp.question_types.marks import marks_problem

FORMAT = "studyapp.bank/1"
MAX_BANK_BYTES = 20 * 1024 * 1024
_TYPES = {t.value for t in QuestionType}
_KINDS = {k.value for k in QuestionKind}
_STATUSES = {s.value for s in QuestionStatus}


def read_bank_file(path: str | Path) -> dict[str, Any]:
    """Load and check a bank file; raise ValidationError naming the file and the problem."""
    path = Path(path)
    if path.stat().st_size > MAX_BANK_BYTES:
        raise ValidationError(N_("%(file)s: larger than %(size)s MB.", file=path.name,
                                 size=MAX_BANK_BYTES // (1024 * 1024)))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(N_("%(file)s: not UTF-8 text.", file=path.name)) from None
    return parse_bank_text(text, path.name)


def parse_bank_text(text: str, label: str) -> dict[str, Any]:
    """Parse and check bank JSON; errors start with `label` and name the line or the question at fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(N_("%(file)s: line %(line)s: invalid JSON (%(reason)s).", file=label, line=exc.lineno,
                                 reason=exc.msg)) from None
    except (ValueError, RecursionError) as exc:  # absurd numbers or nesting
        raise ValidationError(N_("%(file)s: not a bank file this app can read (%(reason)s).", file=label,
                                 reason=type(exc).__name__)) from None
    check_bank(data, label)
    return data


def check_bank(data: Any, label: str = "") -> None:
    """Raise ValidationError unless `data` has the shape of a studyapp.bank/1 document (message prefixed by `label`)."""
    try:
        _check_shape(data)
    except ValidationError as exc:
        if label:
            raise ValidationError(N_("%(file)s: %(problem)s", file=label, problem=translatable(message_of(exc)))) from None
        raise


def _check_shape(data: Any) -> None:
    """The checks of check_bank, naming the first problem found."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(N_("not a %(format)s file (the 'format' field must be '%(format)s').", format=FORMAT))
    if not isinstance(data.get("questions"), list):
        raise ValidationError(N_("'questions' must be a list."))
    if not isinstance(data.get("sources", []), list) or not isinstance(data.get("flashcards", []), list):
        raise ValidationError(N_("'sources' and 'flashcards' must be lists."))
    problem = too_long("bank_title", data.get("title")) or next(
        (too_many(name, data.get(name)) for name in ("questions", "flashcards", "sources")
         if too_many(name, data.get(name))), None)
    if problem:
        raise ValidationError(capitalized(problem))
    source_ids = set()
    for i, source in enumerate(data.get("sources") or [], start=1):
        if not isinstance(source, dict) or not isinstance(source.get("id"), str) or not source["id"]:
            raise ValidationError(N_("source %(number)s: needs an 'id' (text).", number=i))
        problem = source_problem(source) or _language_problem(source)
        if problem:
            raise ValidationError(N_("source %(number)s (%(id)s): %(problem)s", number=i, id=source["id"][:100],
                                     problem=translatable(problem)))
        source_ids.add(source["id"])
    seen = set()
    for i, q in enumerate(data["questions"], start=1):
        where = N_("question %(number)s", number=i)
        if not isinstance(q, dict):
            raise ValidationError(N_("%(where)s: must be an object.", where=where))
        for field in ("id", "type", "prompt"):
            if not isinstance(q.get(field), str) or not q[field]:
                raise ValidationError(N_("%(where)s: missing %(field)r (text).", where=where, field=field))
        where = N_("question %(number)s (%(id)s)", number=i, id=q["id"][:100])
        if q["id"] in seen:
            raise ValidationError(N_("%(where)s: duplicate id.", where=where))
        seen.add(q["id"])
        if q["type"] not in _TYPES:
            raise ValidationError(N_("%(where)s: unknown type %(type)r; expected one of %(types)s.", where=where,
                                     type=q["type"], types=sorted(_TYPES)))
        if not isinstance(q.get("kind", "fact"), str) or q.get("kind", "fact") not in _KINDS:
            raise ValidationError(N_("%(where)s: unknown kind %(kind)r; expected fact or perspective.", where=where,
                                     kind=q.get("kind")))
        if "answer" not in q:
            raise ValidationError(N_("%(where)s: missing 'answer'.", where=where))
        problem = get_type(q["type"]).shape_problem(q)
        if problem:
            raise ValidationError(at(where, problem))
        source = q.get("source") or {}
        if not isinstance(source, dict):
            raise ValidationError(N_("%(where)s: 'source' must be an object {id, quote, paragraph}.", where=where))
        if source.get("id") and (not isinstance(source["id"], str) or source["id"] not in source_ids):
            raise ValidationError(N_("%(where)s: source %(source)r is not in 'sources'.", where=where,
                                     source=str(source["id"])[:100]))
        _check_question_values(q, where)
        problem = entries_problem(q)
        if problem:
            raise ValidationError(at(where, problem))
        problem = _language_problem(q)
        if problem:
            raise ValidationError(at(where, problem))
    for i, card in enumerate(data.get("flashcards") or [], start=1):
        if not isinstance(card, dict) or not isinstance(card.get("source") or {}, dict):
            raise ValidationError(N_("flashcard %(number)s: must be an object whose 'source' is an object.",
                                     number=i))
        where = N_("flashcard %(number)s (%(id)s)", number=i, id=str(card.get("id"))[:100])
        problem = flashcard_problem(card) or _paragraph_problem(card.get("source") or {})
        if problem:
            raise ValidationError(at(where, problem))
        if not isinstance(card.get("status", "draft"), str) or card.get("status", "draft") not in _STATUSES:
            raise ValidationError(N_("%(where)s: unknown status %(status)r; expected draft, approved or rejected.",
                                     where=where, status=str(card.get("status"))[:50]))


def _language_problem(item: dict[str, Any]) -> str | None:
    """A 'language' that is not one StudyApp knows (kk, ru, en); absent means English."""
    language = item.get("language", "en")
    if language not in set(DocumentLanguage):
        return N_("unknown language %(language)r; expected one of %(languages)s.", language=str(language)[:20],
                  languages=", ".join(DocumentLanguage))
    return None


def _check_question_values(q: dict[str, Any], where: str) -> None:
    """The question's fields keep the editor's limits and fit their database columns."""
    problem = question_problem(q)
    if problem:
        raise ValidationError(at(where, problem[1]))
    if not isinstance(q.get("status", "draft"), str) or q.get("status", "draft") not in _STATUSES:
        raise ValidationError(N_("%(where)s: unknown status %(status)r; expected draft, approved or rejected.",
                                 where=where, status=str(q.get("status"))[:50]))
    if q.get("tolerance") is not None and not is_finite_number(q["tolerance"]):
        raise ValidationError(N_("%(where)s: the tolerance must be a number.", where=where))
    if q.get("tags") is not None and (not isinstance(q["tags"], list) or not all(isinstance(t, str) for t in q["tags"])):
        raise ValidationError(N_("%(where)s: 'tags' must be a list of texts.", where=where))
    problem = marks_problem(q.get("marks")) or get_type(q["type"]).value_problem(q)
    if problem:
        raise ValidationError(at(where, problem))
    problem = _paragraph_problem(q.get("source") or {})
    if problem:
        raise ValidationError(at(where, problem))


def _paragraph_problem(source: dict[str, Any]) -> str | None:
    """A message when the cited paragraph is not a whole number from 0 to MAX_PARAGRAPH."""
    paragraph = source.get("paragraph")
    if paragraph is None or (isinstance(paragraph, int) and not isinstance(paragraph, bool)
                             and 0 <= paragraph <= MAX_PARAGRAPH):
        return None
    return N_("the paragraph must be a whole number up to %(max)s.", max=Grouped(MAX_PARAGRAPH))


def difficulty_value(value: Any) -> float | None:
    """Difficulty as a number 0..1; accepts easy/medium/hard too."""
    named = {"easy": 0.25, "medium": 0.5, "hard": 0.75}
    if isinstance(value, str):
        return named.get(value.lower())
    if isinstance(value, (int, float)):
        return max(0.0, min(1.0, float(value)))
    return None
