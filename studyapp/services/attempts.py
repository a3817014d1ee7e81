"""Taking a quiz: starting or resuming an attempt, saving each answer as given, submitting once."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from studyapp.db import db
from studyapp.errors import AttemptClosedError, ValidationError
from studyapp.models import Accommodation, Answer, Assignment, Attempt, FeedbackMode, QuizSlot, User
from studyapp.services.grading import grade, key_of
from studyapp.services.layout import build_layout

# Answers sent in the last seconds before the deadline may arrive a little late.
DEADLINE_GRACE = timedelta(seconds=30)


def find_open_attempt(assignment: Assignment, student: User) -> Attempt | None:
    """The student's unsubmitted attempt at the assignment, if any."""
    return db.session.scalar(
        sa.select(Attempt).where(Attempt.assignment_id == assignment.id, Attempt.student_id == student.id,
                                 Attempt.submitted_at.is_(None))
    )


def list_attempts(assignment: Assignment, student: User) -> list[Attempt]:
    """The student's attempts at the assignment, oldest first."""
    return list(db.session.scalars(
        sa.select(Attempt).where(Attempt.assignment_id == assignment.id, Attempt.student_id == student.id)
        .order_by(Attempt.number)
    ))


def start_attempt(assignment: Assignment, student: User, *, now: datetime) -> Attempt:
    """Resume the open attempt or start the next one; two tabs starting at once share one."""
    attempt = find_open_attempt(assignment, student)
    if attempt is not None:
        return attempt
    if not assignment.is_open(now):
        raise AttemptClosedError("This assignment is not open.")
    done = list_attempts(assignment, student)
    started_meanwhile = next((a for a in done if not a.is_finished), None)
    if started_meanwhile is not None:
        return started_meanwhile  # another tab started it between our two reads
    if len(done) >= assignment.quiz.attempts_allowed:
        raise AttemptClosedError("You have used all your attempts at this quiz.")
    attempt = Attempt(assignment=assignment, student=student, number=len(done) + 1, started_at=now,
                      deadline_at=_deadline(assignment, student, now))
    try:
        with db.session.begin_nested():
            db.session.add(attempt)
            db.session.flush()
            attempt.layout = build_layout(assignment.quiz, seed=attempt.id)
    except IntegrityError:
        # Another request started the same attempt number first: use that one.
        attempt = find_open_attempt(assignment, student)
        if attempt is None:
            raise AttemptClosedError("You have used all your attempts at this quiz.") from None
    return attempt


def _deadline(assignment: Assignment, student: User, now: datetime) -> datetime | None:
    """When the time limit (plus the student's extra time) runs out, capped at the due date."""
    limit = assignment.quiz.time_limit_minutes
    if not limit:
        return None
    extra = db.session.scalar(sa.select(Accommodation.extra_minutes).where(
        Accommodation.assignment_id == assignment.id, Accommodation.student_id == student.id)) or 0
    deadline = now + timedelta(minutes=limit + extra)
    return min(deadline, assignment.due_at) if assignment.due_at else deadline


def is_out_of_time(attempt: Attempt, now: datetime) -> bool:
    """True once the attempt's time limit (with grace) has passed."""
    return attempt.deadline_at is not None and now > attempt.deadline_at + DEADLINE_GRACE


def _check_can_answer(attempt: Attempt, now: datetime) -> None:
    """Raise AttemptClosedError when answers may no longer change."""
    if attempt.is_finished:
        raise AttemptClosedError("This attempt is already submitted.")
    if is_out_of_time(attempt, now):
        raise AttemptClosedError("Time is up: answers given after the time limit are not saved.")
    if attempt.assignment.due_at is not None and now > attempt.assignment.due_at + DEADLINE_GRACE:
        raise AttemptClosedError("This assignment is closed.")


def get_slot(attempt: Attempt, slot_id: int) -> QuizSlot:
    """The slot of the attempt's quiz with that id, or ValidationError."""
    for slot in attempt.assignment.quiz.slots:
        if slot.id == slot_id:
            return slot
    raise ValidationError("That question is not part of this quiz.")


def save_answer(attempt: Attempt, slot: QuizSlot, raw: Any, *, now: datetime) -> Answer:
    """Grade and store the raw answer to `slot`, replacing an earlier one. The caller commits."""
    _check_can_answer(attempt, now)
    if slot.quiz_id != attempt.assignment.quiz_id or slot.question.status != "approved":
        raise ValidationError("That question is not part of this quiz.")
    question = slot.question
    if question.type in ("multiple_choice", "true_false") and raw not in (None, "") \
            and raw not in (question.choices or ["True", "False"]):
        raise ValidationError("That choice is not one of the question's options.")
    is_correct, points = grade(key_of(question), raw, slot.points)
    _claim_open(attempt)
    answer = db.session.scalar(sa.select(Answer).where(Answer.attempt_id == attempt.id, Answer.slot_id == slot.id))
    if answer is not None and answer.raw not in (None, "") and is_final(attempt):
        raise AttemptClosedError("This answer was checked already: with feedback after each question it is final.")
    if answer is None:
        try:
            with db.session.begin_nested():
                answer = Answer(attempt_id=attempt.id, slot_id=slot.id, raw=raw, is_correct=is_correct,
                                points=points, answered_at=now)
                db.session.add(answer)
        except IntegrityError:
            # The same answer arrived twice at once (autosave and form post): update the stored one.
            answer = db.session.scalar(
                sa.select(Answer).where(Answer.attempt_id == attempt.id, Answer.slot_id == slot.id))
    answer.raw, answer.is_correct, answer.points, answer.answered_at = raw, is_correct, points, now
    db.session.flush()
    return answer


def is_final(attempt: Attempt) -> bool:
    """True when a given answer cannot change: the quiz shows feedback after each question."""
    return attempt.assignment.quiz.feedback_mode == FeedbackMode.IMMEDIATE


def answers_by_slot(attempt: Attempt) -> dict[int, Answer]:
    """The attempt's answers keyed by slot id."""
    return {answer.slot_id: answer for answer in attempt.answers}


def _claim_open(attempt: Attempt) -> None:
    """Take the attempt's row lock while it is still open, so a save and a submit of one attempt take turns.

    A no-op UPDATE locks the row on PostgreSQL and takes SQLite's write lock; if a submit committed first,
    no row matches and the save is refused instead of being stored but left out of the score.
    """
    claimed = db.session.execute(sa.update(Attempt).where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
                                 .values(number=Attempt.number)).rowcount
    if claimed != 1:
        raise AttemptClosedError("This attempt is already submitted.")


def submit_attempt(attempt: Attempt, *, now: datetime) -> Attempt:
    """Finish the attempt and compute its score; submitting again (or from another tab) changes nothing.

    Marking it submitted first, with a conditional UPDATE, makes exactly one submit win and makes later
    saves wait for it (and then be refused) on SQLite and PostgreSQL alike.
    """
    won = db.session.execute(sa.update(Attempt).where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
                             .values(submitted_at=now)).rowcount == 1
    db.session.refresh(attempt)
    if not won:
        return attempt
    db.session.refresh(attempt, ["answers"])
    live = {slot.id: slot for slot in attempt.assignment.quiz.slots if slot.question.status == "approved"}
    attempt.score = sum(answer.points for answer in attempt.answers if answer.slot_id in live)
    attempt.max_score = sum(slot.points for slot in live.values())
    db.session.flush()
    return attempt
