"""Archiving and restoring a teacher's banks, documents, quizzes, assignments and classes: undo without loss.

Archiving sets `archived_at` and deletes nothing: an archived thing leaves the dashboards (an unassigned
assignment leaves the students' too) and waits in the teacher's "Archived" view; restoring clears the stamp and
brings it back as it was, attempts and grades included. An archived bank's questions stay in the quizzes that
use them, and an archived document's questions stay in old quizzes but leave the bank page and new quizzes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from studyapp.translatable import N_, Message

from studyapp.db import db
from studyapp.errors import AlreadyAssignedError, NotAllowedError, ValidationError
from studyapp.models import Assignment, Attempt, Classroom, QuestionBank, Quiz, SourceDocument, User
from studyapp.services.quizzes import find_live_assignment

Archivable = QuestionBank | SourceDocument | Quiz | Assignment | Classroom
# What each kind is called on the page, by model.
NAMES = {QuestionBank: N_("bank"), SourceDocument: N_("document"), Quiz: N_("quiz"), Assignment: N_("assignment"),
         Classroom: N_("class")}


def owner_id_of(thing: Archivable) -> int | None:
    """The teacher who may archive and restore `thing`."""
    if isinstance(thing, SourceDocument):
        return thing.bank.owner_id
    if isinstance(thing, Assignment):
        return None if thing.practice_for_id is not None else thing.classroom.teacher_id
    if isinstance(thing, Classroom):
        return thing.teacher_id
    return thing.owner_id


def _check_owner(thing: Archivable, actor: User) -> None:
    """Only the owning teacher archives or restores (a course pack has no owner: nobody does)."""
    if owner_id_of(thing) is None or owner_id_of(thing) != actor.id:
        raise NotAllowedError(N_("Only the teacher who owns this %(thing)s can archive or restore it.",
                                 thing=Message(NAMES[type(thing)])))


def archive(thing: Archivable, *, actor: User, now: datetime) -> None:
    """Archive `thing` (again is a no-op); nothing is deleted. The caller commits."""
    _check_owner(thing, actor)
    if thing.archived_at is None:
        thing.archived_at = now
    db.session.flush()


def restore(thing: Archivable, *, actor: User, now: datetime) -> None:
    """Bring an archived `thing` back as it was. The caller commits.

    A document comes back only into a bank that is not archived itself (restore the bank first).
    """
    _check_owner(thing, actor)
    if isinstance(thing, SourceDocument) and thing.bank.archived_at is not None:
        raise ValidationError(N_("Restore the bank of this document first."))
    if isinstance(thing, Assignment) and thing.archived_at is not None:
        live = find_live_assignment(thing.quiz, thing.classroom)
        if live is not None:
            raise AlreadyAssignedError(N_("%(quiz)s is assigned to %(classroom)s again since; unassign that one first.",
                                          quiz=thing.quiz.title, classroom=thing.classroom.name), live)
    thing.archived_at = None
    db.session.flush()


@dataclass
class Started:
    """How many students have started an assignment, and how many of them have submitted."""

    started: int
    submitted: int


def count_started(assignment: Assignment) -> Started:
    """Students with an attempt at `assignment`, and those with a submitted one: said before unassigning it."""
    started, submitted = db.session.execute(
        sa.select(sa.func.count(sa.distinct(Attempt.student_id)),
                  sa.func.count(sa.distinct(sa.case((Attempt.submitted_at.is_not(None), Attempt.student_id)))))
        .where(Attempt.assignment_id == assignment.id)).one()
    return Started(started=started or 0, submitted=submitted or 0)


@dataclass
class Archived:
    """Everything a teacher has archived, each list newest archived first."""

    banks: list[QuestionBank] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    classrooms: list[Classroom] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when nothing is archived."""
        return not (self.banks or self.documents or self.quizzes or self.assignments or self.classrooms)


def list_archived(teacher: User) -> Archived:
    """The teacher's archived banks, documents, quizzes, assignments and classes."""
    def newest(query, model):
        return list(db.session.scalars(query.order_by(model.archived_at.desc(), model.id.desc())))

    return Archived(
        banks=newest(sa.select(QuestionBank).where(QuestionBank.owner_id == teacher.id,
                                                   QuestionBank.archived_at.is_not(None)), QuestionBank),
        documents=newest(sa.select(SourceDocument).join(QuestionBank, QuestionBank.id == SourceDocument.bank_id)
                         .where(QuestionBank.owner_id == teacher.id, SourceDocument.archived_at.is_not(None)), SourceDocument),
        quizzes=newest(sa.select(Quiz).where(Quiz.owner_id == teacher.id, Quiz.archived_at.is_not(None)), Quiz),
        assignments=newest(sa.select(Assignment).join(Classroom, Classroom.id == Assignment.classroom_id)
                           .where(Classroom.teacher_id == teacher.id, Assignment.practice_for_id.is_(None),
                                  Assignment.archived_at.is_not(None)), Assignment),
        classrooms=newest(sa.select(Classroom).where(Classroom.teacher_id == teacher.id,
                                                     Classroom.archived_at.is_not(None)), Classroom),
    )
