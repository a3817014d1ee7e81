"""The gradebook of a class: every student by every assignment, with a standing (state and best score) per cell."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Accommodation, Answer, Assignment, Attempt, Classroom, Quiz, User
from studyapp.models.course import natural_key
from studyapp.services.assignment_state import Standing, list_standings


@dataclass
class Gradebook:
    """Students (rows) by assignments (columns)."""

    assignments: list[Assignment]
    students: list[User]
    cells: dict[tuple[int, int], Standing] = field(default_factory=dict)

    def cell(self, student: User, assignment: Assignment) -> Standing:
        """The standing of a student on an assignment."""
        return self.cells[(student.id, assignment.id)]

    def average(self, student: User) -> float | None:
        """Mean of the student's best percentages; a missed assignment counts as 0."""
        values = [c.percent or 0.0 for a in self.assignments for c in [self.cell(student, a)] if c.counts_in_average]
        return round(sum(values) / len(values), 1) if values else None

    def sort_keys(self) -> list[str]:
        """The columns the gradebook sorts by: "name", "total" (the average) and "a<assignment id>"."""
        return ["name", "total", *(f"a{a.id}" for a in self.assignments)]

    def sorted_students(self, key: str, *, descending: bool = False) -> list[User]:
        """The students sorted by a column of `sort_keys` (unknown keys sort by name); empty cells always last,
        ties by name."""
        by_id = {f"a{a.id}": a for a in self.assignments}

        def value(student: User) -> float | None:
            if key == "total":
                return self.average(student)
            if key in by_id:
                return self.cell(student, by_id[key]).percent
            return None

        by_name = sorted(self.students, key=lambda s: (natural_key(s.display_name.casefold()), s.id))
        if key not in by_id and key != "total":
            return by_name[::-1] if descending else by_name
        filled = [s for s in by_name if value(s) is not None]
        empty = [s for s in by_name if value(s) is None]
        return sorted(filled, key=value, reverse=descending) + empty


def build_gradebook(classroom: Classroom, *, now: datetime) -> Gradebook:
    """Every cell's standing at `now`, from one query of attempts."""
    assignments = sorted(classroom.assignments, key=lambda a: (a.open_at, a.id))
    students = classroom.students
    return Gradebook(assignments=assignments, students=students,
                     cells=list_standings(assignments, [s.id for s in students], now=now))


@dataclass
class AssignmentReport:
    """One assignment's column of the gradebook, student by student, with each one's extra minutes."""

    assignment: Assignment
    students: list[User]
    standings: dict[int, Standing]  # by student id
    extra_minutes: dict[int, int]  # by student id, where the teacher gave some

    @property
    def finished_count(self) -> int:
        """How many students have a submitted attempt."""
        return sum(1 for s in self.standings.values() if s.best is not None)

    def percents(self) -> list[float]:
        """The best percentages, for the score distribution."""
        return [s.percent for s in self.standings.values() if s.percent is not None]


def build_assignment_report(assignment: Assignment, *, now: datetime) -> AssignmentReport:
    """Every student's standing on `assignment` at `now`, the same cells as the gradebook's."""
    students = assignment.classroom.students
    standings = list_standings([assignment], [s.id for s in students], now=now)
    extra = {a.student_id: a.extra_minutes for a in db.session.scalars(
        sa.select(Accommodation).where(Accommodation.assignment_id == assignment.id))}
    return AssignmentReport(assignment, students, {sid: st for (sid, _), st in standings.items()}, extra)


def count_submitted(classroom: Classroom) -> dict[int, int]:
    """Per assignment id of the class, how many students have submitted an attempt."""
    ids = [a.id for a in classroom.assignments]
    if not ids:
        return {}
    return dict(db.session.execute(
        sa.select(Attempt.assignment_id, sa.func.count(sa.distinct(Attempt.student_id)))
        .where(Attempt.assignment_id.in_(ids), Attempt.submitted_at.is_not(None)).group_by(Attempt.assignment_id)).all())


def list_student_work(classroom: Classroom, student: User) -> tuple[list[Attempt], dict[int, dict[int, Answer]]]:
    """A student's attempts at the class's assignments (by assignment, then number) and their answers by attempt and slot."""
    ids = [a.id for a in classroom.assignments]
    attempts = list(db.session.scalars(sa.select(Attempt).where(
        Attempt.student_id == student.id, Attempt.assignment_id.in_(ids))
        .order_by(Attempt.assignment_id, Attempt.number))) if ids else []
    answers: dict[int, dict[int, Answer]] = {}
    if attempts:
        for answer in db.session.scalars(sa.select(Answer).where(Answer.attempt_id.in_([a.id for a in attempts]))):
            answers.setdefault(answer.attempt_id, {})[answer.slot_id] = answer
    return attempts, answers


def list_quiz_percents(quiz: Quiz) -> list[float]:
    """The percentage of every submitted attempt at the quiz's graded (non-practice) assignments."""
    return [a.percent for a in db.session.scalars(
        sa.select(Attempt).join(Assignment, Assignment.id == Attempt.assignment_id)
        .where(Assignment.quiz_id == quiz.id, Assignment.practice_for_id.is_(None), Attempt.submitted_at.is_not(None)))
        if a.percent is not None]


def score_bins(percents: list[float]) -> list[tuple[str, int]]:
    """Counts in ten-point bins (0–9 … 90–100) for a score distribution chart."""
    bins = [0] * 10
    for p in percents:
        bins[min(9, int(p // 10))] += 1
    return [(f"{i * 10}–{i * 10 + 9 if i < 9 else 100}", n) for i, n in enumerate(bins)]
