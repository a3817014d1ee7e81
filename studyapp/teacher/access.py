"""The teacher blueprint's one access guard and its loaders (someone else's object is a 404)."""
from __future__ import annotations

from flask import abort, redirect, url_for
from flask_login import current_user

from studyapp.db import db
from studyapp.models import Assignment, Classroom, GenerationJob, Question, QuestionBank, Quiz
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


def get_own_classroom(classroom_id: int) -> Classroom:
    """The signed-in teacher's class, else 404."""
    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None or classroom.teacher_id != current_user.id:
        abort(404)
    return classroom


def get_usable_bank(bank_id: int) -> QuestionBank:
    """A bank the signed-in teacher may read and copy (their own, or a course pack), else 404."""
    bank = db.session.get(QuestionBank, bank_id)
    if bank is None or not can_use_bank(bank, current_user):
        abort(404)
    return bank


def get_own_bank(bank_id: int) -> QuestionBank:
    """A bank the signed-in teacher owns, for any change to it or its questions, else 404 (course packs too)."""
    bank = db.session.get(QuestionBank, bank_id)
    if bank is None or not can_edit_bank(bank, current_user):
        abort(404)
    return bank


def get_viewable_question(question_id: int) -> Question:
    """A question of a bank the teacher may read, or in one of their quizzes (read-only), else 404."""
    question = db.session.get(Question, question_id)
    if question is None or not can_view_question(question, current_user):
        abort(404)
    return question


def get_own_question(question_id: int) -> Question:
    """A question of a bank the signed-in teacher owns, for any change to it, else 404."""
    question = db.session.get(Question, question_id)
    if question is None or not can_edit_bank(question.bank, current_user):
        abort(404)
    return question


def get_own_quiz(quiz_id: int) -> Quiz:
    """The signed-in teacher's quiz, else 404."""
    quiz = db.session.get(Quiz, quiz_id)
    if quiz is None or quiz.owner_id != current_user.id:
        abort(404)
    return quiz


def get_own_assignment(assignment_id: int) -> Assignment:
    """A graded assignment in one of the signed-in teacher's classes, else 404 (a practice quiz is its student's)."""
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None or assignment.practice_for_id is not None \
            or assignment.classroom.teacher_id != current_user.id:
        abort(404)
    return assignment


def get_own_job(job_id: int) -> GenerationJob:
    """The signed-in teacher's generation job, else 404."""
    job = db.session.get(GenerationJob, job_id)
    if job is None or job.owner_id != current_user.id:
        abort(404)
    return job
