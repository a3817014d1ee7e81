"""The scores table of a class: one row per student, one column per assignment."""
from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.models import Assignment, Classroom
from studyapp.services.assignment_state import list_best_attempts


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
    """The best attempt's percentage per student and assignment (the gradebook's), from one query."""
    assignments = sorted(classroom.assignments, key=lambda a: (a.open_at, a.id))
    students = classroom.students
    best = list_best_attempts(assignments, [s.id for s in students])
    table = ScoreTable(assignments=assignments)
    for student in students:
        table.rows.append((student, [_percent(best.get((student.id, a.id))) for a in assignments]))
    return table


def _percent(attempt) -> float | None:
    """A submitted attempt's percentage (0 when it earned nothing), None without one or while answers wait for marks."""
    return None if attempt is None or attempt.needs_grading else (attempt.percent or 0.0)
