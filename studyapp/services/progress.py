"""A student's progress: mastery per topic and source from quiz answers and flashcard recall, and history."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Answer, Attempt, Question, QuizSlot, Review, SourceDocument, StudyCard, User

RECENT = 20  # mastery looks at the latest answers and recalls per topic


@dataclass
class Mastery:
    """How well a student knows one topic or source: share right among the latest events."""

    label: str
    right: float
    total: int

    @property
    def percent(self) -> int:
        """0..100."""
        return round(100 * self.right / self.total) if self.total else 0


@dataclass
class Event:
    """One piece of evidence: a graded answer or a flashcard recall."""

    at: datetime
    topic: str
    source: str
    score: float  # 0..1


def _events(student: User) -> list[Event]:
    """Graded answers of submitted attempts (graded and practice) and question/flashcard recalls, oldest first."""
    events = []
    rows = db.session.execute(
        sa.select(Answer.answered_at, Answer.points, QuizSlot.points, Question.topic, SourceDocument.title)
        .join(Attempt, Attempt.id == Answer.attempt_id).join(QuizSlot, QuizSlot.id == Answer.slot_id)
        .join(Question, Question.id == QuizSlot.question_id)
        .outerjoin(SourceDocument, SourceDocument.id == Question.source_id)
        .where(Attempt.student_id == student.id, Attempt.submitted_at.is_not(None)))
    for at, points, worth, topic, source in rows:
        events.append(Event(at, topic or "General", source or "Other", (points or 0) / (worth or 1)))
    reviews = db.session.execute(
        sa.select(Review.reviewed_at, Review.rating, Question.topic, SourceDocument.title)
        .join(StudyCard, StudyCard.id == Review.card_id)
        .outerjoin(Question, Question.id == StudyCard.question_id)
        .outerjoin(SourceDocument, SourceDocument.id == Question.source_id)
        .where(Review.student_id == student.id))
    recall = {1: 0.0, 2: 0.5, 3: 1.0, 4: 1.0}
    for at, rating, topic, source in reviews:
        events.append(Event(at, topic or "Flashcards", source or "Flashcards", recall[rating]))
    return sorted(events, key=lambda e: e.at)


def _mastery(events: list[Event], key: str) -> list[Mastery]:
    """Mastery per value of `key` over the latest RECENT events of each, weakest first."""
    groups: dict[str, list[float]] = defaultdict(list)
    for event in events:
        groups[getattr(event, key)].append(event.score)
    result = [Mastery(label, sum(scores[-RECENT:]), len(scores[-RECENT:])) for label, scores in groups.items()]
    return sorted(result, key=lambda m: (m.percent, -m.total, m.label))


@dataclass
class DayPoint:
    """One day of the history chart."""

    day: date
    percent: int | None
    count: int


@dataclass
class Progress:
    """Everything the progress page shows."""

    topics: list[Mastery]
    sources: list[Mastery]
    history: list[DayPoint]
    weakest: list[Mastery]


def student_progress(student: User, *, now: datetime, days: int = 30) -> Progress:
    """Mastery by topic and source, the last `days` days of activity, and the weakest topics (3+ events)."""
    events = _events(student)
    by_day: dict[date, list[float]] = defaultdict(list)
    for event in events:
        by_day[event.at.date()].append(event.score)
    start = (now - timedelta(days=days - 1)).date()
    history = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        scores = by_day.get(day, [])
        history.append(DayPoint(day, round(100 * sum(scores) / len(scores)) if scores else None, len(scores)))
    topics = _mastery(events, "topic")
    weakest = [m for m in topics if m.total >= 3 and m.percent < 80][:3]
    return Progress(topics=topics, sources=_mastery(events, "source"), history=history, weakest=weakest)
