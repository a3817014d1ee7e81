"""The student blueprint's access guard and loaders (someone else's object is a 404)."""
from __future__ import annotations

from flask import abort, current_app, redirect, request, session, url_for
from flask_login import current_user
from sqlalchemy.orm import joinedload

from studyapp.db import db
from studyapp.models import Assignment, Attempt, Question, Quiz, QuizSlot, parse_session_id
from studyapp.services.classes import is_enrolled


def checks_student_itself(view):
    """Mark a view that checks the signed-in student inside its own query, so the guard loads no account.

    The view must call check_student() itself whenever that query finds nothing.
    """
    view.checks_student_itself = True
    return view


def session_account() -> tuple[int, int] | None:
    """(account id, session version) as Flask-Login keeps them in the (signed) session, without loading it.

    A view that uses them must check the version against the account's, as the user loader does.
    """
    return parse_session_id(session.get("_user_id"))


def require_student():
    """before_request: anonymous users go to login, teachers get 403, one-time passwords get replaced."""
    view = current_app.view_functions.get(request.endpoint or "")
    if getattr(view, "checks_student_itself", False) and session_account() is not None:
        return None
    return check_student()


def check_student():
    """None for a signed-in student who may go on, else the response that sends anyone else away."""
    if not current_user.is_authenticated:
        from studyapp.extensions import login_manager

        return login_manager.unauthorized()
    if not current_user.is_student:
        abort(403)
    if current_user.must_change_password:
        return redirect(url_for("auth.change_password"))
    return None


def get_my_assignment(assignment_id: int) -> Assignment:
    """An assignment of one of the signed-in student's classes (not a classmate's practice quiz), else 404."""
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None or not assignment.is_for_student(current_user.id) or assignment.archived_at is not None \
            or not is_enrolled(assignment.classroom_id, current_user):
        abort(404)
    return assignment


def get_my_attempt(attempt_id: int, *, sources: bool = False) -> Attempt:
    """The signed-in student's own attempt (at no classmate's practice quiz), else 404.

    `sources`: the documents its questions cite come in one more query (the result page's evidence), not one each.
    """
    # The attempt, its assignment and quiz in one query: every page of the player reads all three.
    quiz = joinedload(Attempt.assignment).joinedload(Assignment.quiz)
    options = [quiz.selectinload(Quiz.slots).joinedload(QuizSlot.question).selectinload(Question.source)] \
        if sources else [quiz]
    attempt = db.session.get(Attempt, attempt_id, options=options)
    if attempt is None or attempt.student_id != current_user.id \
            or not attempt.assignment.is_for_student(current_user.id) or attempt.assignment.archived_at is not None:
        abort(404)
    return attempt


def get_my_classroom(classroom_id: int):
    """A class the signed-in student is enrolled in and its teacher has not archived, else 404."""
    from studyapp.models import Classroom

    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None or classroom.archived_at is not None or not is_enrolled(classroom.id, current_user):
        abort(404)
    return classroom


def get_my_card(card_id: int):
    """The signed-in student's own study card of a class not archived, else 404."""
    from studyapp.models import StudyCard

    card = db.session.get(StudyCard, card_id)
    if card is None or card.student_id != current_user.id or card.classroom.archived_at is not None:
        abort(404)
    return card
