"""Regrading: after an answer key changes, replay grading over the stored raw answers and rescore attempts.

A teacher's mark (services/marking.py) is kept apart from the answer: the replay changes the automatic grade
underneath, the mark still counts, and the regrade says how many marks it kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Answer, Attempt, ManualGrade, Question, QuizSlot, User
from studyapp.services.grading import grade, key_of
from studyapp.services.history import record
from studyapp.services.marking import rescore_attempt

KEY_FIELDS = ("answer", "choices", "aliases", "tolerance", "marks")


@dataclass
class Regrade:
    """What a regrade did: the answers it checked, those whose automatic grade changed, the marks it kept."""

    answers_checked: int = 0
    changes: list[dict] = field(default_factory=list)  # {attempt_id, student, old_points, new_points}
    overrides_kept: int = 0  # teachers' marks on these answers, which still count over the new automatic grade


def regrade_question(question: Question, *, actor: User | None, now: datetime) -> Regrade:
    """Grade every stored answer to `question` again; rescore submitted attempts; return what changed.

    The history records each change and how many teachers' marks were kept.
    """
    key = key_of(question)
    rows = db.session.execute(
        sa.select(Answer, QuizSlot.points).join(QuizSlot, QuizSlot.id == Answer.slot_id)
        .where(QuizSlot.question_id == question.id)).all()
    result, touched = Regrade(answers_checked=len(rows)), set()
    for answer, worth in rows:
        is_correct, points = grade(key, answer.raw, worth)
        if points != answer.points or is_correct != answer.is_correct:
            result.changes.append({"attempt_id": answer.attempt_id, "student": answer.attempt.student.username,
                                   "old_points": answer.points, "new_points": points})
            answer.is_correct, answer.points = is_correct, points
            touched.add(answer.attempt_id)
    result.overrides_kept = db.session.scalar(
        sa.select(sa.func.count(ManualGrade.id)).join(QuizSlot, QuizSlot.id == ManualGrade.slot_id)
        .where(QuizSlot.question_id == question.id)) or 0
    db.session.flush()
    for attempt in db.session.scalars(sa.select(Attempt).where(Attempt.id.in_(touched))):
        rescore_attempt(attempt)
    if rows:
        record(question, "regraded", actor=actor, now=now,
               changes={"answers_checked": len(rows), "answers_changed": result.changes,
                        "overrides_kept": result.overrides_kept})
    db.session.flush()
    return result
