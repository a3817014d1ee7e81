"""The teacher blueprint's one access guard and its loaders (someone else's object is a 404)."""
from __future__ import annotations

from flask import abort, redirect, url_for
from flask_login import current_user

from studyapp.db import db
from studyapp.models import (
    Assignment, Attempt, Classroom, Flashcard, GenerationJob, Question, QuestionBank, Quiz, SourceDocument,
)
from studyapp.services.banks import can_edit_bank, can_use_bank, can_view_question


def require_teacher():
    """before_request: anonymous users go to login, others get 403, one-time passwords get replaced."""
    if not current_user.is_authenticated:
        from studyapp.extensions import login_manager

        return login_manager.unauthorized()
    if not current_user.is_teacher:
        abort(403)
    if current_user.must_change_password:
        return redirect(url_for("auth.change_password"))
    return None


def _load(model, object_id: int, allowed):
    """The `model` row with that id when `allowed(row)` is true for the signed-in teacher, else 404."""
    row = db.session.get(model, object_id)
    if row is None or not allowed(row):
        abort(404)
    return row


def get_own_classroom(classroom_id: int) -> Classroom:
    """The signed-in teacher's class, else 404."""
    return _load(Classroom, classroom_id, lambda c: c.teacher_id == current_user.id)


def get_own_document(document_id: int) -> SourceDocument:
    """A document of a bank the signed-in teacher may edit, else 404."""
    return _load(SourceDocument, document_id, lambda d: can_edit_bank(d.bank, current_user))


def get_usable_bank(bank_id: int) -> QuestionBank:
    """A bank the signed-in teacher may read and copy (their own, or a course pack), else 404."""
    return _load(QuestionBank, bank_id, lambda b: can_use_bank(b, current_user))


def get_own_bank(bank_id: int) -> QuestionBank:
    """A bank the signed-in teacher owns, for any change to it or its questions, else 404 (course packs too)."""
    return _load(QuestionBank, bank_id, lambda b: can_edit_bank(b, current_user))


def get_viewable_question(question_id: int) -> Question:
    """A question of a bank the teacher may read, or in one of their quizzes (read-only), else 404."""
    return _load(Question, question_id, lambda q: can_view_question(q, current_user))


def get_own_question(question_id: int) -> Question:
    """A question of a bank the signed-in teacher owns, for any change to it, else 404."""
    return _load(Question, question_id, lambda q: can_edit_bank(q.bank, current_user))


def get_own_flashcard(flashcard_id: int) -> Flashcard:
    """A flashcard of a bank the signed-in teacher owns, for any change to it, else 404."""
    return _load(Flashcard, flashcard_id, lambda c: can_edit_bank(c.bank, current_user))


def get_own_quiz(quiz_id: int) -> Quiz:
    """The signed-in teacher's quiz, else 404."""
    return _load(Quiz, quiz_id, lambda q: q.owner_id == current_user.id)


def get_own_assignment(assignment_id: int) -> Assignment:
    """A graded assignment in one of the signed-in teacher's classes, else 404 (a practice quiz is its student's)."""
    return _load(Assignment, assignment_id,
                 lambda a: a.practice_for_id is None and a.classroom.teacher_id == current_user.id)


def get_own_attempt(attempt_id: int) -> Attempt:
    """A student's attempt at a graded assignment in one of the signed-in teacher's classes, else 404."""
    return _load(Attempt, attempt_id, lambda a: a.assignment.practice_for_id is None
                 and a.assignment.classroom.teacher_id == current_user.id)


def get_own_job(job_id: int) -> GenerationJob:
    """The signed-in teacher's generation job, else 404."""
    return _load(GenerationJob, job_id, lambda j: j.owner_id == current_user.id)
