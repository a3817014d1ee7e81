"""Building quizzes (all, N at random, picked, or by rules), their settings, and assigning them to classes."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa

from studyapp.translatable import N_, NP_

from studyapp.db import db
from studyapp.services.form_tokens import TWIN_WINDOW
from studyapp.errors import AlreadyAssignedError, InUseError, ValidationError
from studyapp.models import (
    Accommodation, Assignment, Attempt, Classroom, FeedbackMode, Question, QuestionBank, QuestionStatus, Quiz, QuizSlot, User,
)
from studyapp.services.bank_filters import not_of_archived_document
from studyapp.services.banks import check_can_edit_bank
from studyapp.question_types import REGISTRY


@dataclass
class Rules:
    """Which approved questions a rule-built quiz draws from; empty lists mean any."""

    count: int | None = None
    topics: list[str] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def list_quiz_questions(bank: QuestionBank, rules: Rules | None = None) -> list[Question]:
    """Approved, playable questions of the bank matching `rules`, in bank order."""
    return list(db.session.scalars(_quiz_questions(bank, rules).order_by(Question.id)))


def count_quiz_questions(bank: QuestionBank, rules: Rules | None = None) -> int:
    """How many questions `list_quiz_questions` would give, counted in SQL."""
    return db.session.scalar(sa.select(sa.func.count()).select_from(_quiz_questions(bank, rules).subquery())) or 0


def _quiz_questions(bank: QuestionBank, rules: Rules | None) -> sa.Select:
    """The SELECT of the bank's approved, playable questions matching `rules`."""
    query = sa.select(Question).where(Question.bank_id == bank.id, Question.status == QuestionStatus.APPROVED,
                                      Question.type.in_(list(REGISTRY)), not_of_archived_document())
    if rules:
        if rules.topics:
            query = query.where(Question.topic.in_(rules.topics))
        if rules.source_ids:
            query = query.where(Question.source_id.in_(rules.source_ids))
        if rules.types:
            query = query.where(Question.type.in_(rules.types))
        if rules.kinds:
            query = query.where(Question.kind.in_(rules.kinds))
    return query


def _new_quiz(owner: User, bank: QuestionBank | None, title: str, questions: list[Question]) -> Quiz:
    """A quiz with one slot per question, in the given order."""
    title = (title or "").strip()
    if not title:
        raise ValidationError(N_("Give the quiz a title."), "title")
    quiz = Quiz(owner=owner, bank=bank, title=title[:300])
    db.session.add(quiz)
    for position, question in enumerate(questions, start=1):
        quiz.slots.append(QuizSlot(position=position, question=question, points=1.0))
    db.session.flush()
    return quiz


def build_quiz(bank: QuestionBank, *, owner: User, title: str, count: int | None = None,
               seed: int | None = None, rules: Rules | None = None, also: list[QuestionBank] | tuple = ()) -> Quiz:
    """A quiz of the usable questions matching `rules` of the bank and the `also` banks: all of them, or `count`
    picked at random; bank by bank, in bank order.

    Only the banks' owner builds quizzes from them: a course pack is copied first.
    """
    chosen = [bank, *(b for b in dict.fromkeys(also) if b.id != bank.id)]
    for each in chosen:
        check_can_edit_bank(each, owner)
    pool = [q for each in chosen for q in list_quiz_questions(each, rules)]
    count = count if count is not None else (rules.count if rules else None)
    if not pool:
        raise ValidationError(N_("No approved question matches: approve some questions or widen the rules."), "count")
    if count is not None:
        if count < 1:
            raise ValidationError(N_("The number of questions must be at least 1."), "count")
        if count > len(pool):
            raise ValidationError(NP_("The banks have only %(num)s usable question matching; ask for at most that many.",
                                      "The banks have only %(num)s usable questions matching; ask for at most that "
                                      "many.", len(pool)), "count")
        picked = set(random.Random(seed).sample(range(len(pool)), count))
        pool = [q for i, q in enumerate(pool) if i in picked]
    return _new_quiz(owner, bank, title, pool)


def build_quiz_from_questions(questions: list[Question], *, owner: User, title: str) -> Quiz:
    """A quiz of hand-picked questions; drafts and rejected ones are refused by name."""
    if not questions:
        raise ValidationError(N_("Pick at least one question."))
    for picked_bank in {q.bank for q in questions}:
        check_can_edit_bank(picked_bank, owner)
    unusable = [q for q in questions if q.status != QuestionStatus.APPROVED]
    if unusable:
        raise ValidationError(NP_("%(num)s of the picked questions is not approved yet; approve it first.",
                                  "%(num)s of the picked questions are not approved yet; approve them first.",
                                  len(unusable)))
    banks = {q.bank_id for q in questions}
    bank = questions[0].bank if len(banks) == 1 else None
    return _new_quiz(owner, bank, title, sorted(questions, key=lambda q: q.id))


def update_settings(quiz: Quiz, *, title: str, shuffle_questions: bool, shuffle_choices: bool,
                    time_limit_minutes: int | None, attempts_allowed: int, feedback_mode: str,
                    show_evidence: bool) -> None:
    """Change a quiz's settings; attempts already started keep their layout and deadline."""
    if not (title or "").strip():
        raise ValidationError(N_("Give the quiz a title."), "title")
    if feedback_mode not in {m.value for m in FeedbackMode}:
        raise ValidationError(N_("Unknown feedback mode."), "feedback_mode")
    if time_limit_minutes is not None and not 1 <= time_limit_minutes <= 600:
        raise ValidationError(N_("A time limit is between 1 and 600 minutes (or empty for none)."), "time_limit_minutes")
    if not 1 <= attempts_allowed <= 20:
        raise ValidationError(N_("Attempts allowed is between 1 and 20."), "attempts_allowed")
    quiz.title, quiz.shuffle_questions, quiz.shuffle_choices = title.strip()[:300], shuffle_questions, shuffle_choices
    quiz.time_limit_minutes, quiz.attempts_allowed = time_limit_minutes, attempts_allowed
    quiz.feedback_mode, quiz.show_evidence = feedback_mode, show_evidence
    db.session.flush()


def check_questions_editable(quiz: Quiz) -> None:
    """Raise InUseError once a student has started the quiz: attempts address its questions by slot."""
    started = db.session.scalar(sa.select(sa.func.count(Attempt.id)).join(Assignment, Assignment.id == Attempt.assignment_id)
                                .where(Assignment.quiz_id == quiz.id))
    if started:
        raise InUseError(N_("Students have started this quiz, so its questions are fixed: build a new quiz to change them."))


def _renumber(quiz: Quiz, slots: list[QuizSlot]) -> None:
    """Give `slots` the positions 1..n in this order (through negative positions, so the unique index never clashes)."""
    for position, slot in enumerate(slots, start=1):
        slot.position = -position
    db.session.flush()
    for slot in slots:
        slot.position = -slot.position
    db.session.flush()
    db.session.expire(quiz, ["slots"])


def move_slot(quiz: Quiz, slot: QuizSlot, step: int) -> None:
    """Move a question of the quiz `step` places (-1 up, +1 down); a move past either end changes nothing."""
    check_questions_editable(quiz)
    slots = list(quiz.slots)
    index = slots.index(slot)
    target = index + step
    if 0 <= target < len(slots):
        slots[index], slots[target] = slots[target], slots[index]
        _renumber(quiz, slots)


def remove_slot(quiz: Quiz, slot: QuizSlot) -> None:
    """Take a question out of the quiz; the last one stays (a quiz without questions cannot be assigned)."""
    check_questions_editable(quiz)
    if len(quiz.slots) == 1:
        raise ValidationError(N_("This is the quiz's only question: add others before removing it."))
    rest = [s for s in quiz.slots if s is not slot]
    quiz.slots.remove(slot)
    db.session.flush()
    _renumber(quiz, rest)


def assign_quiz(quiz: Quiz, classroom: Classroom, *, due_at: datetime | None, now: datetime,
                open_at: datetime | None = None) -> Assignment:
    """Assign `quiz` to `classroom`, open from `open_at` (default now) until `due_at`."""
    open_at = open_at or now
    if due_at is not None and due_at <= open_at:
        raise ValidationError(N_("The due date must be after the opening date."), "due_date")
    if not quiz.slots:
        raise ValidationError(N_("This quiz has no questions."))
    existing = find_live_assignment(quiz, classroom)
    if existing is not None:
        # Back and "Assign" again, or a second tap: students would see the quiz twice, the gradebook two columns.
        raise AlreadyAssignedError(N_("%(quiz)s is already assigned to %(classroom)s; change its dates on its page, or "
                                      "unassign it first.", quiz=quiz.title, classroom=classroom.name), existing)
    assignment = Assignment(quiz=quiz, classroom=classroom, open_at=open_at, due_at=due_at)
    db.session.add(assignment)
    db.session.flush()
    return assignment


def find_live_assignment(quiz: Quiz, classroom: Classroom) -> Assignment | None:
    """The assignment of `quiz` to `classroom` that is not unassigned (archived), if any."""
    return db.session.scalar(sa.select(Assignment).where(
        Assignment.quiz_id == quiz.id, Assignment.classroom_id == classroom.id, Assignment.practice_for_id.is_(None),
        Assignment.archived_at.is_(None)).order_by(Assignment.id).limit(1))


def find_recent_twin(bank: QuestionBank, *, owner: User, title: str, now: datetime,
                     within: timedelta = TWIN_WINDOW) -> Quiz | None:
    """The owner's live quiz of this title from this bank made in the last `within`: the same form sent again.

    Chromium fetches a no-store page afresh on Back, with a new form token, so Back and "Create quiz" is caught here.
    """
    return db.session.scalar(sa.select(Quiz).where(
        Quiz.owner_id == owner.id, Quiz.bank_id == bank.id, Quiz.title == (title or "").strip()[:300],
        Quiz.archived_at.is_(None), Quiz.created_at >= now - within).order_by(Quiz.id.desc()).limit(1))


def free_title(owner: User, title: str) -> str:
    """`title`, or `title 2`, `title 3`... the first that none of the owner's live quizzes has."""
    taken = set(db.session.scalars(sa.select(Quiz.title).where(Quiz.owner_id == owner.id, Quiz.archived_at.is_(None),
                                                                Quiz.title.like(f"{title}%"))))
    number, candidate = 1, title
    while candidate in taken:
        number += 1
        candidate = f"{title} {number}"
    return candidate


def edit_assignment(assignment: Assignment, *, open_at: datetime, due_at: datetime | None, now: datetime) -> None:
    """Move an assignment's opening and due times; attempts under way keep their time limit but close at `due_at`.

    The caller commits. A student's dashboard shows the new times at once.
    """
    if assignment.practice_for_id is not None:
        raise ValidationError(N_("A practice quiz has no dates to change."))
    if due_at is not None and due_at <= open_at:
        raise ValidationError(N_("The due date must be after the opening date."), "due_date")
    assignment.open_at, assignment.due_at = open_at, due_at
    db.session.flush()


def set_extra_time(assignment: Assignment, student: User, minutes: int) -> Accommodation | None:
    """Give a student extra minutes on the assignment's time limit (0 removes it)."""
    if not 0 <= minutes <= 600:
        raise ValidationError(N_("Extra time is between 0 and 600 minutes."), "minutes")
    row = db.session.scalar(sa.select(Accommodation).where(
        Accommodation.assignment_id == assignment.id, Accommodation.student_id == student.id))
    if minutes == 0:
        if row is not None:
            db.session.delete(row)
        db.session.flush()
        return None
    if row is None:
        row = Accommodation(assignment=assignment, student=student)
        db.session.add(row)
    row.extra_minutes = minutes
    db.session.flush()
    return row


def list_teacher_quizzes(teacher: User) -> list[Quiz]:
    """The teacher's quizzes not archived, newest first."""
    return list(db.session.scalars(
        sa.select(Quiz).where(Quiz.owner_id == teacher.id, Quiz.archived_at.is_(None)).order_by(Quiz.created_at.desc(), Quiz.id.desc())
    ))
