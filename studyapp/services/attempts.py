"""Taking a quiz: starting or resuming an attempt, saving each answer as given, submitting once."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from studyapp.translatable import N_
from studyapp.db import db
from studyapp.errors import AttemptClosedError, ValidationError
from studyapp.models import Accommodation, Answer, Assignment, Attempt, FeedbackMode, Question, Quiz, QuizSlot, Role, User
from studyapp.services.assignment_state import is_past
from studyapp.services.feedback import is_final as _quiz_is_final
from studyapp.question_types import get_type
from studyapp.services.grading import Key, grade, key_of
from studyapp.services.layout import lay_out_slots
from studyapp.services.marking import rescore_attempt


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
    """Resume the open attempt or start the next one; two tabs starting at once share one.

    A whole school presses Start in the same second, so this reads the student's attempts once, the quiz's
    settings and slots as plain columns in one query (no Question objects), and writes the attempt with its
    layout in one INSERT.
    """
    if not assignment.is_for_student(student.id):
        raise AttemptClosedError(N_("This practice quiz is another student's."))
    done = list_attempts(assignment, student)
    started = next((a for a in done if not a.is_finished), None)
    if started is not None:
        return started
    if not assignment.is_open(now) or assignment.archived_at is not None:
        raise AttemptClosedError(N_("This assignment is not open."))
    plan = _quiz_plan(assignment.quiz_id)
    if len(done) >= plan.attempts_allowed:
        raise AttemptClosedError(N_("You have used all your attempts at this quiz."))
    number = len(done) + 1
    # Seeded by who and which attempt, so the INSERT can carry the layout (no id needed first).
    layout = lay_out_slots(plan.slots, seed=hash_seed(assignment.id, student.id, number),
                           shuffle_questions=plan.shuffle_questions, shuffle_choices=plan.shuffle_choices)
    attempt = Attempt(assignment=assignment, student=student, number=number, started_at=now,
                      deadline_at=_deadline(assignment, plan.time_limit_minutes, student, now), layout=layout)
    try:
        with db.session.begin_nested():
            db.session.add(attempt)
            db.session.flush()
    except IntegrityError:
        # Another request started the same attempt number first: use that one.
        attempt = find_open_attempt(assignment, student)
        if attempt is None:
            raise AttemptClosedError(N_("You have used all your attempts at this quiz.")) from None
    return attempt


def hash_seed(*numbers: int) -> int:
    """A layout seed fixed by `numbers` (the same in every process, unlike hash())."""
    seed = 0
    for number in numbers:
        seed = (seed * 1_000_003 + number) % (1 << 61)
    return seed


@dataclass(frozen=True)
class QuizPlan:
    """What starting an attempt needs of a quiz: its settings and each slot's (id, grading key), in order."""

    attempts_allowed: int
    time_limit_minutes: int | None
    shuffle_questions: bool
    shuffle_choices: bool
    slots: list[tuple[int, Key]]


def _quiz_plan(quiz_id: int) -> QuizPlan:
    """The quiz's settings and slots in one query of plain columns."""
    qz, sl, qn = Quiz.__table__, QuizSlot.__table__, Question.__table__
    rows = db.session.execute(
        sa.select(qz.c.attempts_allowed, qz.c.time_limit_minutes, qz.c.shuffle_questions, qz.c.shuffle_choices,
                  sl.c.id, qn.c.type, qn.c.answer, qn.c.choices, qn.c.aliases, qn.c.tolerance)
        .select_from(qz.outerjoin(sl, sl.c.quiz_id == qz.c.id).outerjoin(qn, qn.c.id == sl.c.question_id))
        .where(qz.c.id == quiz_id).order_by(sl.c.position)).all()
    first = rows[0]
    slots = [(row.id, Key(type=row.type, answer=row.answer, choices=tuple(row.choices or ()),
                          aliases=tuple(row.aliases or ()), tolerance=row.tolerance))
             for row in rows if row.id is not None]
    return QuizPlan(attempts_allowed=first.attempts_allowed, time_limit_minutes=first.time_limit_minutes,
                    shuffle_questions=first.shuffle_questions, shuffle_choices=first.shuffle_choices, slots=slots)


def _deadline(assignment: Assignment, limit: int | None, student: User, now: datetime) -> datetime | None:
    """When the time limit of `limit` minutes (plus the student's extra time) runs out, capped at the due date."""
    if not limit:
        return None
    extra = db.session.scalar(sa.select(Accommodation.extra_minutes).where(
        Accommodation.assignment_id == assignment.id, Accommodation.student_id == student.id)) or 0
    deadline = now + timedelta(minutes=limit + extra)
    return min(deadline, assignment.due_at) if assignment.due_at else deadline


def is_out_of_time(attempt: Attempt, now: datetime) -> bool:
    """True once the attempt's time limit (with grace) has passed."""
    return is_past(attempt.deadline_at, now)


@dataclass(frozen=True)
class SaveTarget:
    """All that saving one answer needs: the attempt's state and the slot's grading key, detached from the ORM."""

    attempt_id: int
    slot_id: int
    points: float
    key: Key
    approved: bool
    layout: dict | None
    submitted_at: datetime | None
    deadline_at: datetime | None
    due_at: datetime | None
    final: bool  # feedback after each question: a given answer cannot change
    answered: bool  # a non-empty answer is stored already

    @property
    def in_layout(self) -> bool:
        """True when the slot is one of those the attempt was started with."""
        return not self.layout or not self.layout.get("slots") or self.slot_id in self.layout["slots"]


def target_of(attempt: Attempt, slot: QuizSlot) -> SaveTarget:
    """The save target of ORM objects already loaded (the form post reads every slot of the page)."""
    quiz = attempt.assignment.quiz
    if slot.quiz_id != quiz.id:
        raise ValidationError(N_("That question is not part of this quiz."))
    final = _quiz_is_final(quiz)
    stored = db.session.scalar(sa.select(Answer.raw).where(Answer.attempt_id == attempt.id,
                                                          Answer.slot_id == slot.id)) if final else None
    return SaveTarget(attempt_id=attempt.id, slot_id=slot.id, points=slot.points, key=key_of(slot.question),
                      approved=slot.question.status == "approved", layout=attempt.layout,
                      submitted_at=attempt.submitted_at, deadline_at=attempt.deadline_at,
                      due_at=attempt.assignment.due_at, final=final, answered=stored not in (None, ""))


def find_save_target(attempt_id: int, slot_id: int, student_id: int | None,
                     session_version: int | None) -> SaveTarget | None:
    """The save target of a slot of the student's own attempt (at no classmate's practice quiz), in one query; else None.

    None also when `student_id` is not a student's account that may answer (one whose one-time password is
    still to be replaced may not), or when `session_version` is not the account's (the session was ended).
    Autosave is the hottest write of a classroom: this reads plain columns.
    """
    row = db.session.execute(_target_query(), {"attempt_id": attempt_id, "slot_id": slot_id,
                                               "student_id": student_id,
                                               "session_version": session_version}).first()
    if row is None:
        return None
    key = Key(type=row.type, answer=row.answer, choices=tuple(row.choices or ()), aliases=tuple(row.aliases or ()),
              tolerance=row.tolerance, marks=tuple(row.marks or ()))
    return SaveTarget(attempt_id=attempt_id, slot_id=slot_id, points=row.points, key=key,
                      approved=row.status == "approved", layout=row.layout, submitted_at=row.submitted_at,
                      deadline_at=row.deadline_at, due_at=row.due_at,
                      final=row.feedback_mode == FeedbackMode.IMMEDIATE, answered=row.raw not in (None, ""))


@functools.cache
def _target_query() -> sa.Select:
    """The one SELECT behind find_save_target, built once (its compiled form is cached by SQLAlchemy)."""
    at, asg, qz, sl, qn, an, us = (Attempt.__table__, Assignment.__table__, Quiz.__table__, QuizSlot.__table__,
                                   Question.__table__, Answer.__table__, User.__table__)
    return (sa.select(at.c.submitted_at, at.c.deadline_at, at.c.layout, asg.c.due_at, qz.c.feedback_mode,
                  sl.c.points, qn.c.type, qn.c.answer, qn.c.choices, qn.c.aliases, qn.c.tolerance, qn.c.marks,
                  qn.c.status, an.c.raw)
        .select_from(at.join(us, sa.and_(us.c.id == at.c.student_id, us.c.role == Role.STUDENT,
                                         us.c.must_change_password.is_(False),
                                         us.c.session_version == sa.bindparam("session_version")))
                     .join(asg, sa.and_(asg.c.id == at.c.assignment_id,  # no classmate's practice quiz
                                        sa.or_(asg.c.practice_for_id.is_(None), asg.c.practice_for_id == us.c.id),
                                        asg.c.archived_at.is_(None)))  # unassigned: nothing saved
                     .join(qz, qz.c.id == asg.c.quiz_id)
                     .join(sl, sa.and_(sl.c.quiz_id == qz.c.id, sl.c.id == sa.bindparam("slot_id")))
                     .join(qn, qn.c.id == sl.c.question_id)
                     .outerjoin(an, sa.and_(an.c.attempt_id == at.c.id, an.c.slot_id == sl.c.id)))
        .where(at.c.id == sa.bindparam("attempt_id"), at.c.student_id == sa.bindparam("student_id")))


def _check_target(target: SaveTarget, raw: Any, now: datetime) -> None:
    """Raise AttemptClosedError when answers may no longer change, ValidationError when this one may not be."""
    if target.submitted_at is not None:
        raise AttemptClosedError(N_("This attempt is already submitted."))
    if is_past(target.deadline_at, now):
        raise AttemptClosedError(N_("Time is up: answers given after the time limit are not saved."))
    if is_past(target.due_at, now):
        raise AttemptClosedError(N_("This assignment is closed."))
    if not target.approved or not target.in_layout:
        raise ValidationError(N_("That question is not part of this quiz."))
    get_type(target.key.type).check_raw(target.key, raw)
    if target.final and target.answered:
        raise AttemptClosedError(N_("This answer was checked already: with feedback after each question it is final."))


def store_answer(target: SaveTarget, raw: Any, *, now: datetime) -> None:
    """Grade `raw` and store it for the target's slot, replacing an earlier answer. The caller commits.

    One statement: an upsert whose rows come from the attempt only while it is unsubmitted. On PostgreSQL
    it locks the attempt row (FOR UPDATE), so a save and a submit of one attempt take turns and a save
    after the submit finds no row; SQLite runs every write under its one write lock, which does the same.
    """
    _check_target(target, raw, now)
    is_correct, points = grade(target.key, raw, target.points)
    stored = db.session.execute(_upsert_statement(db.session.get_bind().dialect.name), {
        "attempt_id": target.attempt_id, "slot_id": target.slot_id, "raw": raw, "is_correct": is_correct,
        "points": points, "answered_at": now,
    }).rowcount
    if stored != 1:
        raise AttemptClosedError(N_("This attempt is already submitted."))


@functools.cache
def _upsert_statement(dialect: str):
    """INSERT … SELECT FROM attempts WHERE unsubmitted … ON CONFLICT (attempt, slot) DO UPDATE, per dialect."""
    from sqlalchemy.dialects import postgresql, sqlite

    at, an = Attempt.__table__, Answer.__table__
    # PostgreSQL types a parameter in a SELECT list as text unless told; SQLite would mangle a CAST to JSON.
    param = sa.cast if dialect == "postgresql" else sa.type_coerce
    source = sa.select(at.c.id, *(param(sa.bindparam(name, type_=an.c[name].type), an.c[name].type)
                                  for name in ("slot_id", "raw", "is_correct", "points", "answered_at"))) \
        .where(at.c.id == sa.bindparam("attempt_id"), at.c.submitted_at.is_(None)).with_for_update()
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(an).from_select(
        ["attempt_id", "slot_id", "raw", "is_correct", "points", "answered_at"], source)
    return insert.on_conflict_do_update(
        index_elements=[an.c.attempt_id, an.c.slot_id],
        set_={name: insert.excluded[name] for name in ("raw", "is_correct", "points", "answered_at")},
    ).execution_options(preserve_rowcount=True)  # SQLAlchemy keeps an INSERT's rowcount only when asked


def save_answer(attempt: Attempt, slot: QuizSlot, raw: Any, *, now: datetime) -> None:
    """Grade and store the raw answer to `slot` of a loaded attempt, replacing an earlier one. The caller commits."""
    store_answer(target_of(attempt, slot), raw, now=now)


def is_final(attempt: Attempt) -> bool:
    """True when a given answer cannot change: the quiz shows feedback after each question."""
    return _quiz_is_final(attempt.assignment.quiz)


def answers_by_slot(attempt: Attempt) -> dict[int, Answer]:
    """The attempt's answers keyed by slot id."""
    return {answer.slot_id: answer for answer in attempt.answers}


def submit_attempt(attempt: Attempt, *, now: datetime) -> Attempt:
    """Finish the attempt and compute its score; submitting again (or from another tab) changes nothing.

    Marking it submitted first, with a conditional UPDATE, makes exactly one submit win and makes later
    saves wait for it (and then be refused) on SQLite and PostgreSQL alike.
    """
    won = db.session.execute(sa.update(Attempt).where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
                             .values(submitted_at=now)).rowcount == 1
    db.session.refresh(attempt, ["submitted_at", "score", "max_score"])  # the columns only, not the quiz again
    if not won:
        return attempt
    rescore_attempt(attempt)  # essays wait for the teacher's mark: the score completes then
    return attempt
