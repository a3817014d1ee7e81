"""Regrading: after an answer key changes, replay grading over the stored raw answers and rescore attempts."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Answer, Attempt, Question, QuizSlot, User
from studyapp.services.grading import grade, key_of
from studyapp.services.history import record

KEY_FIELDS = ("answer", "choices", "aliases", "tolerance", "marks")


def regrade_question(question: Question, *, actor: User | None, now: datetime) -> list[dict]:
    """Grade every stored answer to `question` again; rescore submitted attempts; return what changed.

    Each change is {attempt_id, student, old_points, new_points}; the history records them.
    """
    key = key_of(question)
    rows = db.session.execute(
        sa.select(Answer, QuizSlot.points).join(QuizSlot, QuizSlot.id == Answer.slot_id)
        .where(QuizSlot.question_id == question.id)).all()
    changes, touched = [], set()
    for answer, worth in rows:
        is_correct, points = grade(key, answer.raw, worth)
        if points != answer.points or is_correct != answer.is_correct:
            changes.append({"attempt_id": answer.attempt_id, "student": answer.attempt.student.username,
                            "old_points": answer.points, "new_points": points})
            answer.is_correct, answer.points = is_correct, points
            touched.add(answer.attempt_id)
    for attempt in db.session.scalars(sa.select(Attempt).where(Attempt.id.in_(touched))):
        if attempt.submitted_at is not None:
            live = {s.id for s in attempt.assignment.quiz.slots if s.question.status == "approved"}
            attempt.score = sum(a.points for a in attempt.answers if a.slot_id in live)
    if rows:
        record(question, "regraded", actor=actor, now=now,
               changes={"answers_checked": len(rows), "answers_changed": changes})
    db.session.flush()
    return changes
