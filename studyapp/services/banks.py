"""Question banks: loading bank files (idempotently), listing and approving questions."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from studyapp.db import db
from studyapp.formats.bank_json import check_bank, difficulty_value, read_bank_file
from studyapp.models import Flashcard, Question, QuestionBank, QuestionStatus, SourceDocument, User


def find_bank(key: str) -> QuestionBank | None:
    """The bank with that key, or None."""
    return db.session.scalar(sa.select(QuestionBank).where(QuestionBank.key == key))


def import_bank(data: dict[str, Any], *, key: str, origin: str = "", owner: User | None = None) -> QuestionBank:
    """Create or update the bank `key` from checked bank data.

    Idempotent: sources, questions and flashcards are matched by their ids; ones already present
    are left as they are (a teacher may have edited or approved them), new ones are added.
    Every bank is checked here, whatever brought it (an import, `content load`, a generation job), so
    none holds a field over the editor's limits: ValidationError names the first one.
    """
    check_bank(data)
    bank = find_bank(key)
    if bank is None:
        bank = QuestionBank(key=key, title=data.get("title") or key, origin=origin, owner=owner)
        db.session.add(bank)
        db.session.flush()
    sources = {s.key: s for s in bank.sources}
    for raw in data.get("sources") or []:
        if raw["id"] not in sources:
            source = SourceDocument(
                bank=bank, key=raw["id"], title=raw.get("title") or "", author=raw.get("author") or "",
                kind=raw.get("kind") or "", published=str(raw.get("published") or ""),
                filename=raw.get("file") or "", text=raw.get("text") or "",
            )
            db.session.add(source)
            sources[raw["id"]] = source
    db.session.flush()
    known = set(db.session.scalars(sa.select(Question.key).where(Question.bank_id == bank.id)))
    for raw in data["questions"]:
        if raw["id"] in known:
            continue
        evidence = raw.get("source") or {}
        db.session.add(Question(
            bank=bank, key=raw["id"], type=raw["type"], kind=raw.get("kind") or "fact",
            prompt=raw["prompt"], choices=raw.get("choices"), answer=raw["answer"],
            aliases=raw.get("aliases"), tolerance=raw.get("tolerance"),
            explanation=raw.get("explanation") or "", notes=raw.get("notes") or "",
            topic=raw.get("topic") or "", difficulty=difficulty_value(raw.get("difficulty")),
            source=sources.get(evidence.get("id")), quote=evidence.get("quote") or "",
            paragraph=evidence.get("paragraph"), status=raw.get("status") or QuestionStatus.DRAFT,
        ))
    known_cards = set(db.session.scalars(sa.select(Flashcard.key).where(Flashcard.bank_id == bank.id)))
    for raw in data.get("flashcards") or []:
        if raw.get("id") in known_cards or not raw.get("id"):
            continue
        evidence = raw.get("source") or {}
        db.session.add(Flashcard(
            bank=bank, key=raw["id"], front=raw.get("front") or "", back=raw.get("back") or "",
            source=sources.get(evidence.get("id")), quote=evidence.get("quote") or "",
            paragraph=evidence.get("paragraph"), status=raw.get("status") or QuestionStatus.DRAFT,
        ))
    db.session.flush()
    return bank


def load_content_dir(directory: str | Path) -> list[tuple[QuestionBank, int]]:
    """Import every `*.json` bank file in `directory`; returns (bank, question count) pairs.

    Every file is read and checked before any is imported, so a broken file imports nothing.
    """
    directory = Path(directory)
    files = sorted(p for p in directory.glob("*.json") if p.is_file())
    parsed = [(path, read_bank_file(path)) for path in files]
    result = []
    for path, data in parsed:
        bank = import_bank(data, key=f"content:{path.stem}", origin=str(path.name))
        result.append((bank, len(bank.questions)))
    return result


def list_banks_for(teacher: User) -> list[QuestionBank]:
    """Banks a teacher can use: shared course packs (no owner) and their own."""
    return list(db.session.scalars(
        sa.select(QuestionBank)
        .where(sa.or_(QuestionBank.owner_id.is_(None), QuestionBank.owner_id == teacher.id))
        .order_by(QuestionBank.title)
    ))


def can_use_bank(bank: QuestionBank, teacher: User) -> bool:
    """True when the teacher may read the bank and build quizzes from it."""
    return bank.owner_id is None or bank.owner_id == teacher.id


def count_by_status(bank: QuestionBank) -> dict[str, int]:
    """How many questions the bank has in each review status."""
    rows = db.session.execute(
        sa.select(Question.status, sa.func.count()).where(Question.bank_id == bank.id).group_by(Question.status)
    )
    counts = {status.value: 0 for status in QuestionStatus}
    counts.update({status: n for status, n in rows})
    return counts


def approve_questions(questions: list[Question]) -> int:
    """Mark draft questions approved; returns how many changed."""
    changed = 0
    for question in questions:
        if question.status == QuestionStatus.DRAFT:
            question.status = QuestionStatus.APPROVED
            changed += 1
    db.session.flush()
    return changed


FILTERS = ("source", "topic", "type", "kind", "status", "warning")


def filter_questions(bank: QuestionBank, filters: dict[str, str], search: str = "") -> tuple[list[Question], dict]:
    """Questions of the bank matching every filter and the search text, with counts per filter value.

    Counts for one filter are taken over the questions matching all the *other* filters, so each
    number says how many questions picking that value would show.
    """
    from studyapp.services.quality import question_warnings

    questions = list(db.session.scalars(
        sa.select(Question).where(Question.bank_id == bank.id).order_by(Question.id)))
    facts = []
    needle = (search or "").strip().casefold()
    for q in questions:
        values = {"source": str(q.source_id or ""), "topic": q.topic or "", "type": q.type, "kind": q.kind,
                  "status": q.status, "warning": question_warnings(q)}
        text_hit = not needle or needle in " ".join(
            [q.prompt, str(q.answer), q.quote or "", q.topic or "", " ".join(q.tags or [])]).casefold()
        facts.append((q, values, text_hit))

    def matches(values: dict, skip: str | None = None) -> bool:
        """True when `values` pass every active filter but `skip`."""
        for name in FILTERS:
            wanted = filters.get(name)
            if not wanted or name == skip:
                continue
            have = values[name]
            if (wanted not in have) if isinstance(have, list) else (have != wanted):
                return False
        return True

    counts: dict[str, dict[str, int]] = {name: {} for name in FILTERS}
    for _q, values, text_hit in facts:
        if not text_hit:
            continue
        for name in FILTERS:
            if matches(values, skip=name):
                for value in values[name] if isinstance(values[name], list) else [values[name]]:
                    counts[name][value] = counts[name].get(value, 0) + 1
    shown = [q for q, values, text_hit in facts if text_hit and matches(values)]
    return shown, counts
