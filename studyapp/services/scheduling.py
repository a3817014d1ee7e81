"""Flashcard scheduling: an adapter between StudyCard rows and the `fsrs` package, decks and due queues.

Neither the deck nor the due queue offers a card a live graded quiz holds back (services.locks).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

import fsrs
import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.translatable import N_
from studyapp.models import (
    Assignment, Classroom, Flashcard, Question, QuestionBank, QuestionStatus, QuizSlot, Review, StudyCard, User,
)
from studyapp.services.locks import Locks, find_locks
from studyapp.question_types import AUTO_GRADED

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
MAX_DURATION_MS = 24 * 60 * 60 * 1000  # a card shown longer than a day was left open: its time says nothing


def make_scheduler(classroom: Classroom, *, fuzz: bool = True) -> fsrs.Scheduler:
    """The FSRS scheduler with the class's desired retention (fuzzing off for reproducible tests)."""
    return fsrs.Scheduler(desired_retention=classroom.desired_retention, enable_fuzzing=fuzz)


def to_fsrs(card: StudyCard) -> fsrs.Card:
    """The fsrs view of a stored card."""
    return fsrs.Card(card_id=card.id, state=fsrs.State(card.state), step=card.step, stability=card.stability,
                     difficulty=card.difficulty, due=card.due_at, last_review=card.last_review_at)


def next_intervals(card: StudyCard, scheduler: fsrs.Scheduler, *, now: datetime) -> dict[int, timedelta]:
    """For each rating, how long until the card would be due again (shown on the buttons)."""
    base = to_fsrs(card)
    return {rating: scheduler.review_card(base, fsrs.Rating(rating), now)[0].due - now for rating in RATINGS}


def rate_card(card: StudyCard, rating: int, scheduler: fsrs.Scheduler, *, now: datetime,
              duration_ms: int | None = None) -> Review:
    """Apply a rating through fsrs and log it (a duration outside 0 ms to a day is dropped). The caller commits."""
    if rating not in RATINGS:
        raise ValidationError(N_("Rate the card Again (1), Hard (2), Good (3) or Easy (4)."))
    if duration_ms is not None and not 0 <= duration_ms <= MAX_DURATION_MS:
        duration_ms = None
    updated, _log = scheduler.review_card(to_fsrs(card), fsrs.Rating(rating), now)
    review = Review(card=card, student_id=card.student_id, rating=rating, reviewed_at=now, duration_ms=duration_ms,
                    due_before=card.due_at, due_after=updated.due)
    card.state, card.step, card.stability, card.difficulty = int(updated.state), updated.step, updated.stability, \
        updated.difficulty
    card.due_at, card.last_review_at, card.review_count = updated.due, now, card.review_count + 1
    db.session.add(review)
    db.session.flush()
    return review


def class_bank_ids(classroom: Classroom) -> list[int]:
    """Banks a class studies from: every bank the questions of its assigned quizzes come from (a quiz may draw
    on several) that the class's teacher owns.

    Another teacher's bank never feeds the class, even under a quiz made before banks had owners.
    """
    return list(db.session.scalars(
        sa.select(Question.bank_id).distinct().join(QuizSlot, QuizSlot.question_id == Question.id)
        .join(Assignment, Assignment.quiz_id == QuizSlot.quiz_id)
        .join(QuestionBank, QuestionBank.id == Question.bank_id)
        .where(Assignment.classroom_id == classroom.id, Assignment.practice_for_id.is_(None),
               Assignment.archived_at.is_(None), QuestionBank.owner_id == classroom.teacher_id)
        .order_by(Question.bank_id)))


def sync_deck(student: User, classroom: Classroom, *, now: datetime) -> int:
    """Create cards for approved flashcards and questions of the class's banks the student lacks; returns how many.

    Items a live graded quiz holds back get their cards once it has closed.
    """
    bank_ids = class_bank_ids(classroom)
    if not bank_ids:
        return 0
    locks = find_locks(classroom, now=now, student=student)
    have_cards = set(db.session.scalars(sa.select(StudyCard.flashcard_id).where(
        StudyCard.student_id == student.id, StudyCard.flashcard_id.is_not(None))))
    have_questions = set(db.session.scalars(sa.select(StudyCard.question_id).where(
        StudyCard.student_id == student.id, StudyCard.question_id.is_not(None))))
    made = 0
    for card_id in db.session.scalars(sa.select(Flashcard.id).where(
            Flashcard.bank_id.in_(bank_ids), Flashcard.status == QuestionStatus.APPROVED,
            Flashcard.id.not_in(locks.flashcard_ids)).order_by(Flashcard.id)):
        if card_id not in have_cards:
            db.session.add(StudyCard(student=student, classroom=classroom, flashcard_id=card_id, due_at=now))
            made += 1
    for question_id in db.session.scalars(sa.select(Question.id).where(
            Question.bank_id.in_(bank_ids), Question.status == QuestionStatus.APPROVED,
            Question.type.in_(AUTO_GRADED),  # an essay has no answer to reveal on a card
            Question.id.not_in(locks.question_ids)).order_by(Question.id)):
        if question_id not in have_questions:
            db.session.add(StudyCard(student=student, classroom=classroom, question_id=question_id, due_at=now))
            made += 1
    db.session.flush()
    return made


@dataclass
class Queue:
    """What is due now for a student in a class."""

    due: list[StudyCard]
    new: list[StudyCard]
    new_left_today: int
    due_today: int
    due_this_week: int

    @property
    def next_card(self) -> StudyCard | None:
        """Reviews first (they are late already), then new cards."""
        return (self.due or self.new or [None])[0]


def _unlocked(locks: Locks | Buried):
    """The condition that a study card is not held back by `locks`."""
    return sa.and_(sa.or_(StudyCard.question_id.is_(None), StudyCard.question_id.not_in(locks.question_ids)),
                   sa.or_(StudyCard.flashcard_id.is_(None), StudyCard.flashcard_id.not_in(locks.flashcard_ids)))


class Buried(NamedTuple):
    """Ids of questions and flashcards whose cards rest until tomorrow (read like `Locks` by `_unlocked`)."""

    question_ids: set[int]
    flashcard_ids: set[int]


def _same_sentence(model, keys: set[tuple[int | None, str]]):
    """The condition that a `model` row (Flashcard or Question) cites one of the (document, sentence) `keys`."""
    return sa.or_(*(sa.and_(model.source_id.is_(None) if source is None else model.source_id == source,
                            model.quote == quote) for source, quote in sorted(keys, key=repr)))


def buried_siblings(student: User, classroom: Classroom, *, since: datetime) -> Buried:
    """Cards resting until tomorrow because a sibling (a card on the same evidence sentence) was studied today.

    Anki's "bury siblings": a cloze on "1991" right after a true/false on the same sentence gives it away.
    The card studied itself is not buried (after "Again" it comes back).
    """
    studied = sa.select(sa.func.coalesce(Flashcard.source_id, Question.source_id),
                        sa.func.coalesce(Flashcard.quote, Question.quote),
                        StudyCard.flashcard_id, StudyCard.question_id) \
        .select_from(StudyCard).outerjoin(Flashcard, Flashcard.id == StudyCard.flashcard_id) \
        .outerjoin(Question, Question.id == StudyCard.question_id) \
        .where(StudyCard.student_id == student.id, StudyCard.classroom_id == classroom.id,
               StudyCard.last_review_at >= since)
    rows = db.session.execute(studied).all()
    keys = {(source, quote) for source, quote, _f, _q in rows if quote}
    if not keys:
        return Buried(set(), set())
    own_cards = {f for _s, _t, f, _q in rows if f is not None}
    own_questions = {q for _s, _t, _f, q in rows if q is not None}
    flashcards = set(db.session.scalars(sa.select(Flashcard.id).where(_same_sentence(Flashcard, keys))))
    questions = set(db.session.scalars(sa.select(Question.id).where(_same_sentence(Question, keys))))
    return Buried(questions - own_questions, flashcards - own_cards)


def due_queue(student: User, classroom: Classroom, *, now: datetime) -> Queue:
    """Due reviews, and new cards up to the class's daily limit (counting those started since midnight UTC).

    Cards a live graded quiz holds back are neither offered nor counted, however long ago they were made; a card
    whose sibling was studied today waits for tomorrow (`buried_siblings`).
    """
    start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    unlocked = sa.and_(_unlocked(find_locks(classroom, now=now, student=student)),
                       _unlocked(buried_siblings(student, classroom, since=start_of_day)))
    mine = (StudyCard.student_id == student.id, StudyCard.classroom_id == classroom.id)
    base = sa.select(StudyCard).where(*mine, unlocked)
    due = list(db.session.scalars(base.where(StudyCard.review_count > 0, StudyCard.due_at <= now)
                                  .order_by(StudyCard.due_at, StudyCard.id)))
    first_reviews = (sa.select(Review.card_id, sa.func.min(Review.reviewed_at).label("first_at"))
                     .join(StudyCard, StudyCard.id == Review.card_id)
                     .where(*mine).group_by(Review.card_id).subquery())
    started_today = db.session.scalar(
        sa.select(sa.func.count()).select_from(first_reviews).where(first_reviews.c.first_at >= start_of_day)) or 0
    left = max(0, classroom.new_cards_per_day - started_today)
    new = list(db.session.scalars(base.where(StudyCard.review_count == 0).order_by(StudyCard.id).limit(left)))
    end_of_day, end_of_week = start_of_day + timedelta(days=1), start_of_day + timedelta(days=7)
    count = sa.select(sa.func.count()).select_from(StudyCard).where(*mine, unlocked, StudyCard.review_count > 0)
    return Queue(due=due, new=new, new_left_today=left,
                 due_today=db.session.scalar(count.where(StudyCard.due_at < end_of_day)) + len(new),
                 due_this_week=db.session.scalar(count.where(StudyCard.due_at < end_of_week)) + len(new))


def describe_interval(delta: timedelta) -> str:
    """'<1 min', '10 min', '3 h', '4 days', '2 months' for the rating buttons."""
    seconds = max(0, delta.total_seconds())
    if seconds < 60:
        return "<1 min"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = seconds / 86400
    if days < 31:
        return f"{round(days)} day{'s' if round(days) != 1 else ''}"
    if days < 365:
        return f"{round(days / 30.4)} months"
    return f"{days / 365:.1f} years"
