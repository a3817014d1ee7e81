"""FSRS scheduling with a fixed clock: known intervals for a known review sequence, queues and limits."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from factories import close_assignment, commit, make_assignment, make_bank, make_classroom, make_student, make_teacher

from studyapp.errors import ValidationError
from studyapp.models import Review
from studyapp.db import db
from studyapp.services import scheduling

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def deck(app):
    """A student in a class studying the mini bank (approved: 4 questions; flashcard approved too)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    bank = make_bank()
    for card in bank.flashcards:
        card.status = "approved"
    close_assignment(make_assignment(teacher, classroom, bank=bank), now=T0)  # a live quiz's questions are held back
    made = scheduling.sync_deck(student, classroom, now=T0)
    commit()
    return student, classroom, made


def test_the_deck_holds_approved_flashcards_and_questions_once(deck):
    student, classroom, made = deck
    assert made == 5
    assert scheduling.sync_deck(student, classroom, now=T0) == 0


def test_known_sequence_gives_known_intervals(deck):
    student, classroom, _ = deck
    scheduler = scheduling.make_scheduler(classroom, fuzz=False)
    card = scheduling.due_queue(student, classroom, now=T0).next_card
    intervals = scheduling.next_intervals(card, scheduler, now=T0)
    # A new card: Again repeats the 1-minute step, Hard waits between the steps, Good moves to the 10-minute step,
    # Easy graduates straight to review.
    assert intervals[1] == timedelta(minutes=1) and intervals[2] == timedelta(minutes=5, seconds=30)
    assert intervals[3] == timedelta(minutes=10)
    assert intervals[4] >= timedelta(days=1)
    scheduling.rate_card(card, 3, scheduler, now=T0)
    assert card.due_at == T0 + timedelta(minutes=10) and card.state == 1
    t1 = T0 + timedelta(minutes=10)
    scheduling.rate_card(card, 3, scheduler, now=t1)
    assert card.state == 2  # graduated to review
    first_review_days = (card.due_at - t1).days
    t2 = card.due_at
    scheduling.rate_card(card, 3, scheduler, now=t2)
    assert (card.due_at - t2).days > first_review_days  # Good again: the interval grows
    t3 = card.due_at
    scheduling.rate_card(card, 1, scheduler, now=t3)
    assert card.state == 3 and card.due_at == t3 + timedelta(minutes=10)  # lapse: relearning step
    logs = db.session.scalars(db.select(Review).where(Review.card_id == card.id).order_by(Review.id)).all()
    assert [r.rating for r in logs] == [3, 3, 3, 1] and logs[0].due_after == T0 + timedelta(minutes=10)


def test_same_reviews_same_schedule(deck):
    student, classroom, _ = deck
    scheduler = scheduling.make_scheduler(classroom, fuzz=False)
    cards = scheduling.due_queue(student, classroom, now=T0).new[:2]
    for card in cards:
        for minutes, rating in ((0, 3), (10, 3), (60 * 24 * 3, 2)):
            scheduling.rate_card(card, rating, scheduler, now=T0 + timedelta(minutes=minutes))
    assert cards[0].due_at == cards[1].due_at and cards[0].stability == cards[1].stability


def test_the_daily_new_card_limit_holds(deck):
    student, classroom, _ = deck
    classroom.new_cards_per_day = 2
    scheduler = scheduling.make_scheduler(classroom, fuzz=False)
    queue = scheduling.due_queue(student, classroom, now=T0)
    assert len(queue.new) == 2
    for card in queue.new:
        scheduling.rate_card(card, 4, scheduler, now=T0)
    later = scheduling.due_queue(student, classroom, now=T0 + timedelta(hours=1))
    assert later.new == [] and later.new_left_today == 0
    tomorrow = scheduling.due_queue(student, classroom, now=T0 + timedelta(days=1))
    assert len(tomorrow.new) == 2


def test_a_rating_outside_one_to_four_is_refused(deck):
    student, classroom, _ = deck
    card = scheduling.due_queue(student, classroom, now=T0).next_card
    with pytest.raises(ValidationError):
        scheduling.rate_card(card, 5, scheduling.make_scheduler(classroom, fuzz=False), now=T0)


@pytest.mark.parametrize("delta, text", [(timedelta(seconds=30), "<1 min"), (timedelta(minutes=10), "10 min"),
                                         (timedelta(hours=5), "5 h"), (timedelta(days=1), "1 day"),
                                         (timedelta(days=4), "4 days"), (timedelta(days=90), "3 months")])
def test_intervals_read_naturally(delta, text):
    assert scheduling.describe_interval(delta) == text


def test_a_card_on_the_sentence_studied_today_waits_for_tomorrow(deck):
    """Anki's "bury siblings": two cards citing one sentence are never shown back to back in a day."""
    student, classroom, _ = deck
    scheduler = scheduling.make_scheduler(classroom, fuzz=False)
    first = scheduling.due_queue(student, classroom, now=T0).next_card
    item = first.flashcard or first.question
    cards = scheduling.due_queue(student, classroom, now=T0).new
    sibling = next(c for c in cards if c.id != first.id)
    other = sibling.flashcard or sibling.question
    other.source_id, other.quote = item.source_id, item.quote
    commit()
    scheduling.rate_card(first, 1, scheduler, now=T0)  # Again: the card itself comes back in a minute
    later = T0 + timedelta(minutes=2)
    queue = scheduling.due_queue(student, classroom, now=later)
    offered = [c.id for c in queue.due + queue.new]
    assert first.id in offered and sibling.id not in offered
    assert sibling.id in [c.id for c in scheduling.due_queue(student, classroom, now=T0 + timedelta(days=1)).new]
