"""The student's assignment list with a state per assignment: open, in progress, done, missed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Attempt, Enrolment, User


@dataclass
class AssignmentRow:
    """One line of the student's list."""

    assignment: Assignment
    state: str  # "open", "in_progress", "done", "missed", "upcoming"
    best: Attempt | None
    attempts_left: int


def list_assignment_rows(student: User, *, now: datetime) -> list[AssignmentRow]:
    """Every assignment of the student's classes, soonest due first, with its state."""
    assignments = list(db.session.scalars(
        sa.select(Assignment).join(Enrolment, Enrolment.classroom_id == Assignment.classroom_id)
        .where(Enrolment.student_id == student.id, Assignment.practice_for_id.is_(None))
        .order_by(Assignment.due_at.is_(None), Assignment.due_at, Assignment.id)
    ))
    by_assignment: dict[int, list[Attempt]] = {}
    if assignments:
        for attempt in db.session.scalars(sa.select(Attempt).where(
                Attempt.student_id == student.id, Attempt.assignment_id.in_([a.id for a in assignments]))):
            by_assignment.setdefault(attempt.assignment_id, []).append(attempt)
    rows = []
    for assignment in assignments:
        attempts = by_assignment.get(assignment.id, [])
        finished = [a for a in attempts if a.is_finished]
        best = max(finished, key=lambda a: a.score or 0, default=None)
        left = max(0, assignment.quiz.attempts_allowed - len(finished))
        if any(not a.is_finished for a in attempts) and assignment.is_open(now):
            state = "in_progress"
        elif finished:
            state = "done"
        elif assignment.open_at > now:
            state = "upcoming"
        elif assignment.is_open(now):
            state = "open"
        else:
            state = "missed"
        rows.append(AssignmentRow(assignment, state, best, left))
    return rows
