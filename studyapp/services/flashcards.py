"""Reviewing generated flashcards like questions: listing a bank's cards by status, editing, approving, rejecting.

Only approved flashcards reach students (`scheduling.sync_deck`) and exports (`bank_export`); only the bank's
owner changes them.
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.translatable import N_, capitalized

from studyapp.limits import too_long
from studyapp.models import Flashcard, QuestionBank, QuestionStatus, User
from studyapp.services.banks import check_can_edit_bank


def list_bank_flashcards(bank: QuestionBank, *, status: str = "", page: int = 1,
                         page_size: int = 50) -> tuple[list[Flashcard], int]:
    """One page of the bank's flashcards (optionally of one status) in bank order, and how many match."""
    query = sa.select(Flashcard).where(Flashcard.bank_id == bank.id)
    if status:
        query = query.where(Flashcard.status == status)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = max(1, min(page, (total + page_size - 1) // page_size or 1))
    cards = list(db.session.scalars(query.order_by(Flashcard.id).offset((page - 1) * page_size).limit(page_size)))
    return cards, total


def count_flashcards_by_status(bank: QuestionBank) -> dict[str, int]:
    """How many of the bank's flashcards are draft, approved and rejected."""
    counts = dict(db.session.execute(sa.select(Flashcard.status, sa.func.count()).where(
        Flashcard.bank_id == bank.id).group_by(Flashcard.status)).all())
    return {s.value: counts.get(s.value, 0) for s in QuestionStatus}


def list_picked_flashcards(bank: QuestionBank, ids: list[int]) -> list[Flashcard]:
    """The bank's flashcards among `ids` (ids of other banks are ignored)."""
    if not ids:
        return []
    return list(db.session.scalars(sa.select(Flashcard).where(Flashcard.bank_id == bank.id, Flashcard.id.in_(ids))
                                   .order_by(Flashcard.id)))


def set_flashcard_status(cards: list[Flashcard], status: str, *, actor: User, now: datetime) -> int:
    """Approve, reject or restore (to draft) flashcards of the actor's banks; returns how many changed."""
    if status not in {s.value for s in QuestionStatus}:
        raise ValidationError(N_("Unknown status %(status)r.", status=status))
    for bank in {card.bank for card in cards}:
        check_can_edit_bank(bank, actor)
    changed = [card for card in cards if card.status != status]
    for card in changed:
        card.status = status
    db.session.flush()
    return len(changed)


_NEEDS = {"front": N_("The flashcard needs a front."), "back": N_("The flashcard needs a back.")}


def update_flashcard(card: Flashcard, *, front: str, back: str, actor: User, now: datetime) -> bool:
    """Save a flashcard's edited front and back; True when something changed. ValidationError names the field."""
    check_can_edit_bank(card.bank, actor)
    front, back = (front or "").strip(), (back or "").strip()
    for name, value in (("front", front), ("back", back)):
        if not value:
            raise ValidationError(_NEEDS[name], name)
        problem = too_long(name, value)
        if problem:
            raise ValidationError(capitalized(problem), name)
    if (card.front, card.back) == (front, back):
        return False
    card.front, card.back = front, back
    db.session.flush()
    return True
