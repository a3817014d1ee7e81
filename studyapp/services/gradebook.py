"""The gradebook of a class: every student by every assignment, with a state per cell."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Attempt, Classroom, User


@dataclass
class Cell:
    """One student's standing on one assignment."""

    state: str  # done, late, in_progress, missing, not_started, upcoming
    percent: float | None = None
    attempt_id: int | None = None


@dataclass
class Gradebook:
    """Students (rows) by assignments (columns)."""

    assignments: list[Assignment]
    students: list[User]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)

    def cell(self, student: User, assignment: Assignment) -> Cell:
        """The cell for a student and an assignment."""
        return self.cells[(student.id, assignment.id)]

    def average(self, student: User) -> float | None:
        """Mean of the student's graded percentages (missing counts as 0 once due)."""
        values = [c.percent if c.percent is not None else 0.0
                  for a in self.assignments for c in [self.cell(student, a)] if c.state in ("done", "late", "missing")]
        return round(sum(values) / len(values), 1) if values else None


def build_gradebook(classroom: Classroom, *, now: datetime) -> Gradebook:
    """Best submitted score per cell in one query; states from attempts and due dates."""
    assignments = sorted(classroom.assignments, key=lambda a: (a.open_at, a.id))
    students = classroom.students
    book = Gradebook(assignments=assignments, students=students)
    best: dict[tuple[int, int], tuple[float, Attempt]] = {}
    open_attempts: set[tuple[int, int]] = set()
    if assignments:
        for attempt in db.session.scalars(sa.select(Attempt).where(
                Attempt.assignment_id.in_([a.id for a in assignments]))):
            key = (attempt.student_id, attempt.assignment_id)
            if attempt.submitted_at is None:
                open_attempts.add(key)
                continue
            percent = attempt.percent or 0.0
            if key not in best or percent > best[key][0]:
                best[key] = (percent, attempt)
    for student in students:
        for assignment in assignments:
            key = (student.id, assignment.id)
            if key in best:
                percent, attempt = best[key]
                late = assignment.due_at is not None and attempt.submitted_at > assignment.due_at
                book.cells[key] = Cell("late" if late else "done", percent, attempt.id)
            elif key in open_attempts and assignment.is_open(now):
                book.cells[key] = Cell("in_progress")
            elif assignment.due_at is not None and now > assignment.due_at:
                book.cells[key] = Cell("missing")
            elif assignment.open_at > now:
                book.cells[key] = Cell("upcoming")
            else:
                book.cells[key] = Cell("not_started")
    return book


def score_bins(percents: list[float]) -> list[tuple[str, int]]:
    """Counts in ten-point bins (0–9 … 90–100) for a score distribution chart."""
    bins = [0] * 10
    for p in percents:
        bins[min(9, int(p // 10))] += 1
    return [(f"{i * 10}–{i * 10 + 9 if i < 9 else 100}", n) for i, n in enumerate(bins)]
