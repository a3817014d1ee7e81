"""An assignment's state for one student, its best attempt, and when its answer windows close: one rule, one vocabulary.

The gradebook, the student's list, the teacher's assignment page, the score exports, the feedback release and
the study locks all read these definitions, so "done", "late", "best attempt" and "closed" mean one thing.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Attempt
from studyapp.translatable import N_

# Answers sent in the last seconds before a deadline (time limit or due date) may arrive a little late.
DEADLINE_GRACE = timedelta(seconds=30)


def is_past(moment: datetime | None, now: datetime) -> bool:
    """True once `moment` (a time limit or due date), plus the grace for late-arriving answers, has passed."""
    return moment is not None and now > moment + DEADLINE_GRACE


class AssignmentState(StrEnum):
    """Where one student stands on one assignment; the label is the word both teacher and student read."""

    UPCOMING = "upcoming"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    LATE = "late"
    MISSED = "missed"

    @property
    def label(self) -> str:
        """The word shown on every page (templates use the `state_tag` macro)."""
        return _LABELS[self]


_LABELS = {AssignmentState.UPCOMING: N_("Not open yet"), AssignmentState.OPEN: N_("To do"),
           AssignmentState.IN_PROGRESS: N_("In progress"), AssignmentState.DONE: N_("Done"),
           AssignmentState.LATE: N_("Done late"), AssignmentState.MISSED: N_("Missed")}


def best_attempt(attempts: Iterable[Attempt]) -> Attempt | None:
    """The submitted attempt that counts: the highest percentage, the earliest of equals; None before any submit.

    An attempt with answers still to mark has no percentage yet: it counts only when no attempt is fully graded.
    """
    submitted = [a for a in attempts if a.is_finished]
    return max(submitted, key=lambda a: (not a.needs_grading, a.percent or 0.0, -a.number), default=None)


def is_answering(attempt: Attempt, due_at: datetime | None, now: datetime) -> bool:
    """True while the attempt may still take answers: unsubmitted, its time limit (with the student's extra time)
    and the due date not passed, each with the grace. The same rule refuses late answers (`attempts.store_answer`)."""
    return not attempt.is_finished and not is_past(attempt.deadline_at, now) and not is_past(due_at, now)


def state_of(assignment: Assignment, attempts: Iterable[Attempt], *, now: datetime) -> AssignmentState:
    """The student's state on `assignment` at `now`, from that student's attempts at it.

    In progress wins while an attempt is unsubmitted and the assignment not closed (a retry shows as in progress,
    its best score so far still counts); an attempt whose time ran out stays in progress until it is submitted
    (the student's next visit does that). Then done, or late when the best attempt came after the due date;
    without a submitted attempt: not open yet, to do, or missed once the due date (with grace) has passed.
    """
    attempts = list(attempts)
    due = assignment.due_at
    if any(not a.is_finished for a in attempts) and assignment.open_at <= now and not is_past(due, now):
        return AssignmentState.IN_PROGRESS
    best = best_attempt(attempts)
    if best is not None:
        return AssignmentState.LATE if due is not None and best.submitted_at > due else AssignmentState.DONE
    if assignment.open_at > now:
        return AssignmentState.UPCOMING
    if due is not None and now > due:
        return AssignmentState.MISSED
    return AssignmentState.OPEN


@dataclass(frozen=True)
class Standing:
    """One student's standing on one assignment: state, the attempt that counts, attempts used and left."""

    assignment: Assignment
    state: AssignmentState
    best: Attempt | None
    attempts_used: int
    attempts_left: int
    needs_grading: bool = False  # a submitted attempt has answers the teacher has not marked yet

    @property
    def is_graded(self) -> bool:
        """True when the cell shows a score: an attempt counts and none waits for marking."""
        return self.best is not None and not self.needs_grading

    @property
    def percent(self) -> float | None:
        """The best attempt's percentage; None without a graded submitted attempt or while answers wait for marks."""
        return self.best.percent if self.is_graded else None

    @property
    def counts_in_average(self) -> bool:
        """True when the cell enters the student's average: a graded submitted score, or a missed assignment (as 0).
        An attempt waiting for the teacher's marks enters once marked."""
        return self.is_graded or (self.best is None and self.state == AssignmentState.MISSED)

    @property
    def may_start(self) -> bool:
        """True when a (new) attempt can be started now: open and attempts left, or one to continue."""
        return self.state == AssignmentState.IN_PROGRESS or (
            self.state in (AssignmentState.OPEN, AssignmentState.DONE, AssignmentState.LATE) and self.attempts_left > 0)


def standing_of(assignment: Assignment, attempts: Iterable[Attempt], *, now: datetime) -> Standing:
    """The standing of one student from that student's attempts at `assignment`."""
    attempts = list(attempts)
    used = sum(1 for a in attempts if a.is_finished)
    state = state_of(assignment, attempts, now=now)
    left = max(0, assignment.quiz.attempts_allowed - used) if assignment.is_open(now) else 0
    return Standing(assignment, state, best_attempt(attempts), used, left,
                    needs_grading=any(a.needs_grading for a in attempts))


def _attempts_by_pair(assignments: list[Assignment], student_ids: list[int]) -> dict[tuple[int, int], list[Attempt]]:
    """The attempts of the students at the assignments keyed by (student id, assignment id), in one query."""
    by_pair: dict[tuple[int, int], list[Attempt]] = {}
    if assignments and student_ids:
        for attempt in db.session.scalars(sa.select(Attempt).where(
                Attempt.assignment_id.in_([a.id for a in assignments]), Attempt.student_id.in_(student_ids))):
            by_pair.setdefault((attempt.student_id, attempt.assignment_id), []).append(attempt)
    return by_pair


def list_standings(assignments: list[Assignment], student_ids: list[int], *,
                   now: datetime) -> dict[tuple[int, int], Standing]:
    """Standings keyed by (student id, assignment id) for every pair, from one query of attempts."""
    by_pair = _attempts_by_pair(assignments, student_ids)
    return {(sid, a.id): standing_of(a, by_pair.get((sid, a.id), []), now=now)
            for sid in student_ids for a in assignments}


def list_best_attempts(assignments: list[Assignment], student_ids: list[int]) -> dict[tuple[int, int], Attempt]:
    """The attempt that counts per (student id, assignment id), for the pairs that have one."""
    best = {pair: best_attempt(attempts) for pair, attempts in _attempts_by_pair(assignments, student_ids).items()}
    return {pair: attempt for pair, attempt in best.items() if attempt is not None}


def still_answering(now: datetime) -> sa.ColumnElement[bool]:
    """SQL: some attempt at the (outer) assignment may still take answers at `now` (a student with extra time)."""
    return sa.exists().where(Attempt.assignment_id == Assignment.id, Attempt.submitted_at.is_(None),
                             Attempt.deadline_at >= now - DEADLINE_GRACE)


def is_closed(assignment: Assignment, *, now: datetime) -> bool:
    """True once no one can answer any more: due (with grace) and no attempt window still open. Never without a due date."""
    if assignment.due_at is None or not is_past(assignment.due_at, now):
        return False
    return not db.session.scalar(sa.select(still_answering(now)).select_from(Assignment)
                                 .where(Assignment.id == assignment.id))
