"""Answer keys of live graded quizzes: the questions and flashcards practice and flashcards hold back, and until when.

A graded (non-practice) assignment is live from the moment it is set, before it opens too, until it is due
and every attempt window at it has closed (a student with extra time still answering keeps it live). In every
feedback mode its answers are not released to the class before then: "after each question" and "after
submitting" show a student their own answers while classmates may still be taking it, "after the due date"
shows them only then, and a quiz without a due date is never closed. While it is live, its questions, the
other questions that cite the same evidence sentence and the flashcards made from that sentence stay out
of practice quizzes, the flashcard deck (cards made earlier included) and practice results.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Classroom, Enrolment, Flashcard, Question, QuizSlot, User
from studyapp.services.assignment_state import DEADLINE_GRACE, still_answering


@dataclass(frozen=True)
class Locks:
    """What is held back, as SELECTs of ids to use inside other queries (`Question.id.not_in(locks.question_ids)`)."""

    question_ids: sa.Select
    flashcard_ids: sa.Select

    def locked_among(self, question_ids: Iterable[int]) -> set[int]:
        """Those of `question_ids` that are held back."""
        ids = list(question_ids)
        if not ids:
            return set()
        return set(db.session.scalars(sa.select(Question.id).where(Question.id.in_(ids),
                                                                   Question.id.in_(self.question_ids))))


def live_assignment_ids(classroom_ids: list[int], *, now: datetime) -> sa.Select:
    """Graded assignments of the classes that are live at `now`: set, and not yet due or still being answered."""
    closes_after = now - DEADLINE_GRACE  # answers sent just before a deadline may arrive this late
    return sa.select(Assignment.id).where(
        Assignment.classroom_id.in_(classroom_ids), Assignment.practice_for_id.is_(None), Assignment.archived_at.is_(None),
        sa.or_(Assignment.due_at.is_(None), Assignment.due_at >= closes_after, still_answering(now)))


def find_locks(classroom: Classroom, *, now: datetime, student: User | None = None) -> Locks:
    """What studying in `classroom` holds back at `now`: the class's live quizzes and those of `student`'s classes.

    The student's other classes count because a bank can serve several classes (two sets of one subject).
    """
    classroom_ids = [classroom.id]
    if student is not None:
        classroom_ids += list(db.session.scalars(sa.select(Enrolment.classroom_id).where(
            Enrolment.student_id == student.id, Enrolment.classroom_id != classroom.id)))
    asked = (sa.select(QuizSlot.question_id).join(Assignment, Assignment.quiz_id == QuizSlot.quiz_id)
             .where(Assignment.id.in_(live_assignment_ids(classroom_ids, now=now))))
    quotes = sa.select(Question.quote).where(Question.id.in_(asked), Question.quote != "")
    return Locks(question_ids=sa.select(Question.id).where(sa.or_(Question.id.in_(asked), Question.quote.in_(quotes))),
                 flashcard_ids=sa.select(Flashcard.id).where(Flashcard.quote.in_(quotes)))
