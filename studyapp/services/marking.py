"""Manual grading: a teacher's points and comment for one answer (an essay's mark or an override of the automatic
grade), an attempt's score from its answers and marks, and an assignment's grading queue.

Marks live apart from answers (`ManualGrade`): the raw answer and its automatic grade stay, so a regrade replays
them and the mark still wins. An attempt's score counts a slot's mark where there is one, else its answer's
points; `ungraded_count` is how many answered essays still wait for a mark (the score completes at 0).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from studyapp.translatable import N_, Grouped
from studyapp.db import db
from studyapp.errors import NotAllowedError, ValidationError
from studyapp.limits import TEXT
from studyapp.models import Answer, Assignment, Attempt, ManualGrade, QuizSlot, User
from studyapp.numbers import parse_number
from studyapp.question_types import get_type


def live_slots(attempt: Attempt) -> dict[int, QuizSlot]:
    """The slots that count in the attempt's score: those whose question is approved, by id."""
    return {s.id: s for s in attempt.assignment.quiz.slots if s.question.status == "approved"}


def marks_by_slot(attempt: Attempt) -> dict[int, ManualGrade]:
    """The attempt's marks keyed by slot id."""
    return {mark.slot_id: mark for mark in attempt.marks}


def is_waiting(answer: Answer | None, slot: QuizSlot, mark: ManualGrade | None) -> bool:
    """True when the answer is one a teacher marks by hand, given and not marked yet."""
    return (mark is None and answer is not None and get_type(slot.question.type).is_manual
            and answer.raw not in (None, ""))


def rescore_attempt(attempt: Attempt) -> None:
    """Set a submitted attempt's score (marks first, then automatic points), maximum and answers still to mark."""
    if not attempt.is_finished:
        return
    db.session.refresh(attempt, ["answers", "marks"])
    live, marks = live_slots(attempt), marks_by_slot(attempt)
    answers = {a.slot_id: a for a in attempt.answers}
    score = 0.0
    for slot_id in live:
        mark, answer = marks.get(slot_id), answers.get(slot_id)
        score += mark.points if mark is not None else (answer.points if answer is not None else 0.0)
    attempt.score = round(max(0.0, score), 4)  # negative marks never take the total below zero (Moodle)
    attempt.max_score = sum(slot.points for slot in live.values())
    attempt.ungraded_count = sum(1 for slot_id, slot in live.items()
                                 if is_waiting(answers.get(slot_id), slot, marks.get(slot_id)))
    db.session.flush()


def check_can_mark(attempt: Attempt, actor: User) -> None:
    """Raise unless `actor` teaches the class the attempt's assignment is set for (a practice quiz is never marked)."""
    assignment = attempt.assignment
    if assignment.practice_for_id is not None or assignment.classroom.teacher_id != actor.id:
        raise NotAllowedError(N_("Only the teacher of this class marks its answers."))


def read_points(text: str | float | None, slot: QuizSlot) -> float:
    """Points typed by a teacher, from 0 to the slot's worth; ValidationError saying the range otherwise."""
    try:
        points = float(parse_number(text))
    except ValueError:
        points = math.nan
    if math.isnan(points) or not 0 <= points <= slot.points:
        raise ValidationError(N_("Give points from 0 to %(max)s.", max=float(slot.points)), "points")
    return round(points, 4)


def mark_answer(attempt: Attempt, slot: QuizSlot, points: str | float, comment: str, *, actor: User,
                now: datetime) -> ManualGrade:
    """Give the slot of a submitted attempt `points` with `comment` (an essay's mark or an override), replacing an
    earlier mark, and rescore the attempt. The caller commits."""
    check_can_mark(attempt, actor)
    if not attempt.is_finished:
        raise ValidationError(N_("Mark an attempt once it is submitted."))
    if slot.quiz_id != attempt.assignment.quiz_id:
        raise ValidationError(N_("That question is not part of this quiz."))
    value = read_points(points, slot)
    comment = (comment or "").strip()
    if len(comment) > TEXT["comment"]:
        raise ValidationError(N_("A comment may have at most %(max)s characters.", max=Grouped(TEXT["comment"])), "comment")

    mark = next((m for m in attempt.marks if m.slot_id == slot.id), None)
    if mark is None:
        mark = ManualGrade(attempt=attempt, slot=slot)
        db.session.add(mark)
    mark.points, mark.comment, mark.grader_id, mark.graded_at = value, comment, actor.id, now
    db.session.flush()
    rescore_attempt(attempt)
    return mark


def clear_mark(attempt: Attempt, slot: QuizSlot, *, actor: User) -> bool:
    """Remove the teacher's mark of a slot (its automatic grade counts again); True when there was one."""
    check_can_mark(attempt, actor)
    mark = next((m for m in attempt.marks if m.slot_id == slot.id), None)
    if mark is None:
        return False
    attempt.marks.remove(mark)
    db.session.flush()
    rescore_attempt(attempt)
    return True


@dataclass(frozen=True)
class QueueEntry:
    """One hand-marked answer of a submitted attempt: who wrote it, for which slot, and its mark so far."""

    attempt: Attempt
    slot: QuizSlot
    answer: Answer | None
    mark: ManualGrade | None

    @property
    def is_marked(self) -> bool:
        """True once the teacher has marked it."""
        return self.mark is not None


def manual_slots(quiz) -> list[QuizSlot]:
    """The quiz's approved slots whose questions a teacher marks by hand (essays)."""
    return [s for s in quiz.slots if get_type(s.question.type).is_manual and s.question.status == "approved"]


def list_grading_queue(assignment: Assignment) -> list[QueueEntry]:
    """Every submitted attempt's answers to the assignment's hand-marked questions: unmarked first, then by student
    and slot. Unanswered essays are listed too (a teacher may still give them points), after the answered ones."""
    slots = manual_slots(assignment.quiz)
    if not slots:
        return []
    attempts = list(db.session.scalars(
        sa.select(Attempt).where(Attempt.assignment_id == assignment.id, Attempt.submitted_at.is_not(None))
        .order_by(Attempt.submitted_at, Attempt.id)))
    entries = []
    for attempt in attempts:
        answers, marks = {a.slot_id: a for a in attempt.answers}, marks_by_slot(attempt)
        entries += [QueueEntry(attempt, slot, answers.get(slot.id), marks.get(slot.id)) for slot in slots]
    return sorted(entries, key=lambda e: (e.is_marked, e.answer is None or e.answer.raw in (None, ""),
                                          e.attempt.student.display_name.casefold(), e.attempt.number, e.slot.position))


def find_queue_entry(assignment: Assignment, attempt_id: int, slot_id: int) -> tuple[Attempt, QuizSlot] | None:
    """The submitted attempt at `assignment` and the slot of its quiz named by ids, or None."""
    attempt = db.session.get(Attempt, attempt_id)
    slot = db.session.get(QuizSlot, slot_id)
    if attempt is None or slot is None or attempt.assignment_id != assignment.id or not attempt.is_finished \
            or slot.quiz_id != assignment.quiz_id:
        return None
    return attempt, slot
