"""Question banks: who may change them, loading bank files (idempotently), copying course packs, listing."""
from __future__ import annotations

import copy
import secrets
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from studyapp.db import db
from studyapp.services.form_tokens import TWIN_WINDOW
from studyapp.errors import NotAllowedError, ValidationError
from studyapp.translatable import N_

from studyapp.formats.bank_json import check_bank, difficulty_value, read_bank_file
from studyapp.services.bank_filters import not_of_archived_document
from studyapp.services.media import attach_entries, copy_images
from studyapp.models import Flashcard, Question, QuestionBank, QuestionStatus, Quiz, QuizSlot, SourceDocument, User


def find_bank(key: str) -> QuestionBank | None:
    """The bank with that key, or None."""
    return db.session.scalar(sa.select(QuestionBank).where(QuestionBank.key == key))


def store_bank(data: dict[str, Any], *, key: str, origin: str = "", owner: User | None = None,
                template: bool = False) -> QuestionBank:
    """Create or update the bank `key` from checked bank data; `template=True` makes a read-only course pack.

    Idempotent: sources, questions and flashcards are matched by their ids and new ones are added. Ones
    already present are left as they are in a teacher's bank (the teacher may have edited or approved
    them); in a course pack, which nobody edits, they are refreshed from the file.
    Every bank is checked here, whatever brought it (an import, `content load`, a generation job), so
    none holds a field over the editor's limits: ValidationError names the first one.
    """
    check_bank(data)
    bank = find_bank(key)
    if bank is None:
        bank = QuestionBank(key=key, title=data.get("title") or key, origin=origin,
                            owner=None if template else owner, is_template=template)
        db.session.add(bank)
        db.session.flush()
    elif template and not bank.is_template:
        raise ValidationError(N_("%(key)r is the key of a teacher's bank: rename the file to load it as a course pack.",
                                 key=key))
    elif bank.is_template and not template:
        raise NotAllowedError(N_("%(bank)s is a course pack: only `content load` changes it.", bank=bank.title))
    elif template:
        bank.title = data.get("title") or bank.title
    sources = {s.key: s for s in bank.sources}
    for raw in data.get("sources") or []:
        fields = dict(title=raw.get("title") or "", author=raw.get("author") or "", kind=raw.get("kind") or "",
                      published=str(raw.get("published") or ""), filename=raw.get("file") or "",
                      text=raw.get("text") or "", language=raw.get("language") or "en")
        if raw["id"] in sources:
            _refresh(sources[raw["id"]], fields, template)
        else:
            sources[raw["id"]] = SourceDocument(bank=bank, key=raw["id"], **fields)
            db.session.add(sources[raw["id"]])
    db.session.flush()
    known = {q.key: q for q in db.session.scalars(sa.select(Question).where(Question.bank_id == bank.id))}
    for raw in data["questions"]:
        evidence = raw.get("source") or {}
        fields = dict(
            type=raw["type"], kind=raw.get("kind") or "fact", prompt=raw["prompt"], choices=raw.get("choices"),
            answer=raw["answer"], aliases=raw.get("aliases"), tolerance=raw.get("tolerance"),
            marks=raw.get("marks") or None, **({"tags": raw["tags"]} if raw.get("tags") else {}),
            explanation=raw.get("explanation") or "", notes=raw.get("notes") or "", topic=raw.get("topic") or "",
            difficulty=difficulty_value(raw.get("difficulty")), source=sources.get(evidence.get("id")),
            quote=evidence.get("quote") or "", paragraph=evidence.get("paragraph"),
            status=raw.get("status") or QuestionStatus.DRAFT,
            language=raw.get("language") or _source_language(sources.get(evidence.get("id"))))
        if raw["id"] in known:
            _refresh(known[raw["id"]], fields, template)
        else:
            question = Question(bank=bank, key=raw["id"], **fields)
            db.session.add(question)
            attach_entries(question, raw.get("images"))
    known_cards = {c.key: c for c in db.session.scalars(sa.select(Flashcard).where(Flashcard.bank_id == bank.id))}
    for raw in data.get("flashcards") or []:
        if not raw.get("id"):
            continue
        evidence = raw.get("source") or {}
        fields = dict(front=raw.get("front") or "", back=raw.get("back") or "",
                      source=sources.get(evidence.get("id")), quote=evidence.get("quote") or "",
                      paragraph=evidence.get("paragraph"), status=raw.get("status") or QuestionStatus.DRAFT)
        if raw["id"] in known_cards:
            _refresh(known_cards[raw["id"]], fields, template)
        else:
            db.session.add(Flashcard(bank=bank, key=raw["id"], **fields))
    db.session.flush()
    return bank


def _source_language(source: SourceDocument | None) -> str:
    """A question without its own language is in its document's (English without a document)."""
    return source.language if source is not None else "en"


def _refresh(row, fields: dict[str, Any], template: bool) -> None:
    """In a course pack, set the fields that differ from the file (unchanged rows are not touched)."""
    if not template:
        return
    for name, value in fields.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def load_content_dir(directory: str | Path) -> list[tuple[QuestionBank, int]]:
    """Make or refresh the course pack (a template) of every `*.json` bank file in `directory`.

    Returns (bank, question count) pairs. Every file is read and checked before any is imported,
    so a broken file imports nothing. Teachers' own copies are never touched.
    """
    directory = Path(directory)
    files = sorted(p for p in directory.glob("*.json") if p.is_file())
    parsed = [(path, read_bank_file(path)) for path in files]
    result = []
    for path, data in parsed:
        bank = store_bank(data, key=f"content:{path.stem}", origin=str(path.name), template=True)
        result.append((bank, len(bank.questions)))
    return result


def can_edit_bank(bank: QuestionBank, teacher: User | None) -> bool:
    """True for the bank's owner only: they alone change, approve, move, add or import its questions.

    A course pack (template) is changed by nobody: teachers copy it (`copy_bank`) and change their copy.
    """
    return teacher is not None and not bank.is_template and bank.owner_id is not None and bank.owner_id == teacher.id


def can_use_bank(bank: QuestionBank, teacher: User | None) -> bool:
    """True when the teacher may read, download and copy the bank: their own banks and the course packs."""
    return bank.is_template or can_edit_bank(bank, teacher)


def check_can_edit_bank(bank: QuestionBank, actor: User | None) -> None:
    """Raise NotAllowedError unless `actor` owns the bank."""
    if bank.is_template:
        raise NotAllowedError(N_("%(bank)s is a course pack and cannot be changed: use your own copy of it (“Use the "
                                 "course pack”).", bank=bank.title))
    if not can_edit_bank(bank, actor):
        raise NotAllowedError(N_("Only the teacher who owns this bank can change it."))


def can_view_question(question: Question, teacher: User) -> bool:
    """True for a question of a bank the teacher may read, or one in a quiz of theirs (read-only then)."""
    if can_use_bank(question.bank, teacher):
        return True
    return db.session.scalar(sa.select(QuizSlot.id).join(Quiz, Quiz.id == QuizSlot.quiz_id).where(
        QuizSlot.question_id == question.id, Quiz.owner_id == teacher.id).limit(1)) is not None


def list_banks_for(teacher: User) -> list[QuestionBank]:
    """The teacher's own banks not archived, by title (the ones they edit and build quizzes from)."""
    return list(db.session.scalars(
        sa.select(QuestionBank).where(QuestionBank.owner_id == teacher.id, QuestionBank.is_template.is_(False),
                                      QuestionBank.archived_at.is_(None))
        .order_by(QuestionBank.title, QuestionBank.id)))


def list_templates() -> list[QuestionBank]:
    """The course packs every teacher may read and copy, by title."""
    return list(db.session.scalars(
        sa.select(QuestionBank).where(QuestionBank.is_template.is_(True))
        .order_by(QuestionBank.title, QuestionBank.id)))


def find_recent_copy(source: QuestionBank, *, owner: User, now: datetime,
                     within: timedelta = TWIN_WINDOW) -> QuestionBank | None:
    """The owner's live copy of `source` made in the last `within` (Back and "Use the course pack" again)."""
    return db.session.scalar(sa.select(QuestionBank).where(
        QuestionBank.owner_id == owner.id, QuestionBank.copied_from_id == source.id, QuestionBank.archived_at.is_(None),
        QuestionBank.created_at >= now - within).order_by(QuestionBank.id.desc()).limit(1))


def copy_bank(source: QuestionBank, *, owner: User, now: datetime) -> QuestionBank:
    """A new bank of `owner` with the source's documents, questions (with their status) and flashcards.

    Question and flashcard keys stay the same (they are unique per bank), so exports of the copy
    match exports of the course pack; the copy's own history starts empty.
    """
    if not can_use_bank(source, owner):
        raise NotAllowedError(N_("Only course packs and your own banks can be copied."))
    bank = QuestionBank(key=f"copy:{owner.id}:{secrets.token_hex(8)}", title=source.title, owner=owner,
                        origin=source.origin, copied_from_id=source.id, created_at=now)
    db.session.add(bank)
    sources = {}
    for old in source.sources:
        sources[old.id] = SourceDocument(bank=bank, key=old.key, title=old.title, author=old.author, kind=old.kind,
                                         published=old.published, filename=old.filename, text=old.text,
                                         language=old.language)
    db.session.add_all(sources.values())
    for old in source.questions:
        question = Question(
            bank=bank, key=old.key, type=old.type, kind=old.kind, prompt=old.prompt, choices=copy.deepcopy(old.choices),
            answer=copy.deepcopy(old.answer), aliases=copy.deepcopy(old.aliases), tolerance=old.tolerance,
            marks=copy.deepcopy(old.marks),
            explanation=old.explanation, notes=old.notes, topic=old.topic, difficulty=old.difficulty,
            source=sources.get(old.source_id), quote=old.quote, paragraph=old.paragraph, status=old.status,
            tags=copy.deepcopy(old.tags), language=old.language, created_at=now, updated_at=now)
        db.session.add(question)
        copy_images(old, question)
    for old in source.flashcards:
        db.session.add(Flashcard(bank=bank, key=old.key, front=old.front, back=old.back,
                                 source=sources.get(old.source_id), quote=old.quote, paragraph=old.paragraph,
                                 status=old.status))
    db.session.flush()
    return bank


def find_copy(template: QuestionBank, owner: User) -> QuestionBank | None:
    """The owner's earliest copy of `template`, or None."""
    return db.session.scalar(sa.select(QuestionBank).where(
        QuestionBank.copied_from_id == template.id, QuestionBank.owner_id == owner.id).order_by(QuestionBank.id))


def count_by_status(bank: QuestionBank) -> dict[str, int]:
    """How many questions the bank has in each review status."""
    rows = db.session.execute(
        sa.select(Question.status, sa.func.count()).where(Question.bank_id == bank.id).group_by(Question.status)
    )
    counts = {status.value: 0 for status in QuestionStatus}
    counts.update({status: n for status, n in rows})
    return counts


def list_drafts(bank: QuestionBank) -> list[Question]:
    """The bank's draft questions (of documents not archived), by id: what "Approve all drafts" approves."""
    return list(db.session.scalars(sa.select(Question).where(
        Question.bank_id == bank.id, Question.status == QuestionStatus.DRAFT, not_of_archived_document())
        .order_by(Question.id)))


def list_bank_questions(bank: QuestionBank, question_ids: list[int]) -> list[Question]:
    """Those of `question_ids` that are questions of `bank` (ids of other banks are left out), by id."""
    if not question_ids:
        return []
    return list(db.session.scalars(sa.select(Question).where(Question.bank_id == bank.id, Question.id.in_(question_ids))
                                   .order_by(Question.id)))


def find_next_draft(question: Question) -> Question | None:
    """The bank's next draft after `question` (by id), for reviewing one after another; None at the end."""
    return db.session.scalar(sa.select(Question).where(
        Question.bank_id == question.bank_id, Question.status == QuestionStatus.DRAFT,
        Question.id > question.id).order_by(Question.id).limit(1))
