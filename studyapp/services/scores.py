"""The scores table of a class: one row per student, one column per assignment."""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Attempt, Classroom


@dataclass
class ScoreTable:
    """Students by assignments; a cell is the best submitted percentage, or None."""

    assignments: list[Assignment]
    rows: list[tuple] = field(default_factory=list)  # (student, [percent or None, ...])

    def header(self) -> list[str]:
        """Column titles for a spreadsheet."""
        titles = []
        for a in self.assignments:
            due = f" (due {a.due_at:%Y-%m-%d})" if a.due_at else ""
            titles.append(f"{a.quiz.title}{due} [#{a.id}] %")
        return ["username", "full_name", *titles]

    def records(self) -> list[list]:
        """Rows as plain values: username, full name, then percentages ('' where none)."""
        return [[s.username, s.full_name, *("" if p is None else p for p in cells)] for s, cells in self.rows]


def build_score_table(classroom: Classroom) -> ScoreTable:
    """Best submitted score per student and assignment, in one query."""
    assignments = sorted(classroom.assignments, key=lambda a: (a.open_at, a.id))
    best: dict[tuple[int, int], float] = {}
    if assignments:
        rows = db.session.execute(
            sa.select(Attempt.student_id, Attempt.assignment_id, Attempt.score, Attempt.max_score)
            .where(Attempt.assignment_id.in_([a.id for a in assignments]), Attempt.submitted_at.is_not(None))
        )
        for student_id, assignment_id, score, max_score in rows:
            percent = round(100.0 * (score or 0) / max_score, 1) if max_score else 0.0
            key = (student_id, assignment_id)
            best[key] = max(best.get(key, percent), percent)
    table = ScoreTable(assignments=assignments)
    for student in classroom.students:
        table.rows.append((student, [best.get((student.id, a.id)) for a in assignments]))
    return table
