"""Reviewing and editing questions: validation (each type checks its own fields), status changes, bulk actions, history.

Every change is made by the bank's owner only (`banks.check_can_edit_bank`), and never to a question
that another teacher's quiz uses (possible for banks shared before banks had owners).
"""
from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from studyapp.db import db
from studyapp.services.form_tokens import TWIN_WINDOW
from studyapp.errors import InUseError, ValidationError
from studyapp.translatable import N_, NP_, capitalized

from studyapp.limits import COUNT, TEXT, question_problem, too_long
from studyapp.numbers import parse_number
from studyapp.models import (
    Question, QuestionBank, QuestionKind, QuestionStatus, Quiz, QuizSlot, Role, User,
)
from studyapp.question_types import REGISTRY, clean_list
from studyapp.services.banks import check_can_edit_bank
from studyapp.services.history import record
from studyapp.services.regrade import KEY_FIELDS, Regrade, regrade_question

EDITABLE = ("prompt", "choices", "answer", "aliases", "tolerance", "explanation", "notes", "topic",
            "difficulty", "kind", "tags")



def _number_or_none(raw: Any) -> float | None:
    """A form's number as a float, or None when it is not one (the caller says which field is wrong)."""
    try:
        return float(parse_number(raw))
    except ValueError:
        return None

def validate_fields(qtype: str, data: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a question's fields for its type; ValidationError names the field and problem."""
    if qtype not in REGISTRY:
        raise ValidationError(N_("Unknown question type %(type)r.", type=qtype), "type")
    out: dict[str, Any] = {}
    prompt = (data.get("prompt") or "").strip()
    if not prompt:
        raise ValidationError(N_("The question needs a prompt."), "prompt")
    out["prompt"] = prompt
    out["choices"], out["tolerance"], out["aliases"] = None, None, None
    out.update(REGISTRY[qtype].validate(data, prompt))
    kind = data.get("kind") or QuestionKind.FACT
    if kind not in {k.value for k in QuestionKind}:
        raise ValidationError(N_("Kind must be fact or perspective."), "kind")
    out["kind"] = kind
    difficulty = data.get("difficulty")
    if difficulty not in (None, ""):
        difficulty = _number_or_none(difficulty)
        if difficulty is None or not 0 <= difficulty <= 1:
            raise ValidationError(N_("Difficulty is a number from 0 (easy) to 1 (hard)."), "difficulty")
    out["difficulty"] = difficulty if difficulty not in ("",) else None
    out["explanation"] = (data.get("explanation") or "").strip()
    out["notes"] = (data.get("notes") or "").strip()
    out["topic"] = (data.get("topic") or "").strip()
    out["tags"] = clean_list(data.get("tags"), "tags") or None
    problem = question_problem({**out, "type": qtype})
    if problem:
        field, message = problem
        raise ValidationError(capitalized(message), field)
    return out


def check_can_change(questions: list[Question], actor: User) -> None:
    """Raise unless `actor` owns every question's bank and no other teacher's quiz uses any of them."""
    for bank in {q.bank for q in questions}:
        check_can_edit_bank(bank, actor)
    ids = [q.id for q in questions if q.id is not None]
    if not ids:
        return
    in_use = db.session.scalar(
        sa.select(sa.func.count(sa.distinct(QuizSlot.question_id))).join(Quiz, Quiz.id == QuizSlot.quiz_id)
        .join(User, User.id == Quiz.owner_id)
        .where(QuizSlot.question_id.in_(ids), Quiz.owner_id != actor.id, User.role == Role.TEACHER))
    if in_use:
        if len(ids) == 1:
            raise InUseError(N_("This question is in another teacher's quiz, so it can't change: their students' "
                                "grades depend on it. Write a new question instead."))
        raise InUseError(NP_("%(num)s of these questions is in another teacher's quiz, so it can't change: their "
                             "students' grades depend on it. Write a new question instead.",
                             "%(num)s of these questions are in another teacher's quiz, so they can't change: their "
                             "students' grades depend on them. Write new questions instead.", in_use))


def update_question(question: Question, data: dict[str, Any], *, actor: User,
                    now: datetime) -> tuple[dict, Regrade | None]:
    """Validate and apply edits; records what changed (field: [old, new]) and returns it, with the regrade a
    changed key caused (None when the key stayed)."""
    check_can_change([question], actor)
    clean = validate_fields(question.type, data)
    changes, regrade = {}, None
    for field in EDITABLE:
        old, new = getattr(question, field), clean.get(field)
        if old != new and not (old in (None, "", []) and new in (None, "", [])):
            changes[field] = [old, new]
            setattr(question, field, new)
    if changes:
        question.updated_at = now
        record(question, "edited", actor=actor, now=now, changes=changes)
        db.session.flush()
        if any(field in changes for field in KEY_FIELDS):
            regrade = regrade_question(question, actor=actor, now=now)
    db.session.flush()
    return changes, regrade


def set_status(questions: list[Question], status: str, *, actor: User, now: datetime) -> int:
    """Approve, reject or restore (to draft) questions; returns how many changed."""
    actions = {QuestionStatus.APPROVED: "approved", QuestionStatus.REJECTED: "rejected", QuestionStatus.DRAFT: "restored"}
    if status not in actions:
        raise ValidationError(N_("Unknown status %(status)r.", status=status))
    check_can_change([q for q in questions if q.status != status], actor)
    changed = 0
    for question in questions:
        if question.status != status:
            record(question, actions[status], actor=actor, now=now, changes={"status": [question.status, status]})
            question.status = status
            changed += 1
    db.session.flush()
    return changed


def tag_questions(questions: list[Question], tag: str, *, actor: User, now: datetime) -> int:
    """Add `tag` to each question that lacks it; returns how many changed."""
    for bank in {q.bank for q in questions}:
        check_can_edit_bank(bank, actor)
    tag = (tag or "").strip()
    if not tag:
        raise ValidationError(N_("Type a tag."), "tag")
    if too_long("tag", tag):
        raise ValidationError(N_("A tag may have at most %(max)s characters.", max=TEXT["tag"]), "tag")
    changed = 0
    for question in questions:
        tags = list(question.tags or [])
        if tag not in tags and len(tags) < COUNT["tags"]:
            question.tags = tags + [tag]
            record(question, "tagged", actor=actor, now=now, changes={"tags": [tags, question.tags]})
            changed += 1
    db.session.flush()
    return changed


def move_questions(questions: list[Question], target: QuestionBank, *, actor: User, now: datetime) -> int:
    """Move questions into another bank of the same owner (their evidence stays reachable through their source).

    A question another teacher's quiz uses may move: that quiz keeps it, and its teacher can still read it.
    """
    for bank in {q.bank for q in questions} | {target}:
        check_can_edit_bank(bank, actor)
    taken = set(db.session.scalars(sa.select(Question.key).where(Question.bank_id == target.id)))
    moved = 0
    for question in questions:
        if question.bank_id == target.id:
            continue
        old_bank = question.bank.title
        if question.key in taken:
            question.key = f"{question.key}-{secrets.token_hex(3)}"
        question.bank = target
        taken.add(question.key)
        record(question, "moved", actor=actor, now=now, changes={"bank": [old_bank, target.title]})
        moved += 1
    db.session.flush()
    return moved


def _recent_twin(bank: QuestionBank, qtype: str, clean: dict[str, Any], *, now: datetime) -> Question | None:
    """A live hand-written question of the bank made in the last ten minutes with the same type, prompt, choices
    and answer: the editor sent again (Chromium fetches it afresh on Back, with a new form token)."""
    for question in db.session.scalars(sa.select(Question).where(
            Question.bank_id == bank.id, Question.type == qtype, Question.prompt == clean.get("prompt"),
            Question.key.like("manual-%"), Question.created_at >= now - TWIN_WINDOW,
            Question.status != QuestionStatus.REJECTED)):
        if (question.choices, question.answer) == (clean.get("choices"), clean.get("answer")):
            return question
    return None


def create_question(bank: QuestionBank, qtype: str, data: dict[str, Any], *, actor: User, now: datetime) -> Question:
    """Add a question written by hand (a draft until approved); the same question sent again within ten minutes
    returns the first one (its `created_at` then lies before `now`)."""
    check_can_edit_bank(bank, actor)
    clean = validate_fields(qtype, data)
    if twin := _recent_twin(bank, qtype, clean, now=now):
        return twin
    question = Question(bank=bank, key=f"manual-{secrets.token_hex(6)}", type=qtype,
                        status=QuestionStatus.DRAFT, created_at=now, updated_at=now, **clean)
    db.session.add(question)
    db.session.flush()
    record(question, "created", actor=actor, now=now)
    return question
