"""Views of the student blueprint: load, authorize, act, commit, redirect."""
from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from studyapp.db import db, utcnow
from studyapp.errors import AttemptClosedError, StudyAppError
from studyapp.models import FeedbackMode
from studyapp.services import attempts as attempt_service
from studyapp.services import classes
from studyapp.student.access import get_my_assignment, get_my_attempt, require_student
from studyapp.student.forms import EmptyForm, JoinClassForm, build_attempt_form, field_name
from studyapp.student.overview import list_assignment_rows

bp = Blueprint("student", __name__, url_prefix="/student")
bp.before_request(require_student)


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)


@bp.get("/")
def dashboard():
    """The student's classes and assignments: open, due, done."""
    now = utcnow()
    return render_template("student/dashboard.html", classrooms=classes.list_student_classrooms(current_user),
                           rows=list_assignment_rows(current_user, now=now), join_form=JoinClassForm(),
                           button_form=EmptyForm(), now=now)


@bp.post("/join")
def join_classroom():
    """Join another class with its code."""
    form = JoinClassForm()
    if form.validate_on_submit():
        classroom = classes.find_classroom_by_code(form.join_code.data)
        if classroom is None:
            flash("No class has that join code. Check it with your teacher.", "error")
        else:
            classes.enrol(classroom, current_user)
            db.session.commit()
            flash(f"You joined {classroom.name}.", "success")
    else:
        flash("Type the join code your teacher gave you.", "error")
    return redirect(url_for("student.dashboard"))


@bp.post("/assignments/<int:assignment_id>/start")
def start_attempt(assignment_id: int):
    """Start the quiz, or resume the attempt already under way."""
    assignment = get_my_assignment(assignment_id)
    if not EmptyForm().validate_on_submit():
        flash("The page was stale; try again.", "error")
        return redirect(url_for("student.dashboard"))
    try:
        attempt = attempt_service.start_attempt(assignment, current_user, now=utcnow())
    except AttemptClosedError as exc:
        flash(str(exc), "error")
        return redirect(url_for("student.dashboard"))
    db.session.commit()
    return redirect(url_for("student.take_attempt", attempt_id=attempt.id))


@bp.route("/attempts/<int:attempt_id>", methods=["GET", "POST"])
def take_attempt(attempt_id: int):
    """The quiz: every answer in the form is saved on each POST; `submit` also finishes it."""
    attempt = get_my_attempt(attempt_id)
    if attempt.is_finished:
        return redirect(url_for("student.show_result", attempt_id=attempt.id))
    slots = attempt.assignment.quiz.slots
    answers = attempt_service.answers_by_slot(attempt)
    if request.method == "GET":
        form = build_attempt_form(slots, answers)
        return render_template("student/attempt.html", attempt=attempt, form=form, slots=slots,
                               answers=answers, field_name=field_name)
    form = build_attempt_form(slots, answers, formdata=request.form)
    if not form.validate_on_submit():
        flash("Some answers could not be read; please check them and save again.", "error")
        return render_template("student/attempt.html", attempt=attempt, form=form, slots=slots,
                               answers=answers, field_name=field_name), 422
    now = utcnow()
    try:
        for slot in slots:
            value = form[field_name(slot)].data
            if value not in (None, "", "None"):
                attempt_service.save_answer(attempt, slot, value, now=now)
        if "submit" in request.form:
            attempt = attempt_service.submit_attempt(attempt, now=now)
    except AttemptClosedError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("student.dashboard"))
    db.session.commit()
    if attempt.is_finished:
        return redirect(url_for("student.show_result", attempt_id=attempt.id))
    flash("Your answers are saved.", "success")
    return redirect(url_for("student.take_attempt", attempt_id=attempt.id))


@bp.post("/attempts/<int:attempt_id>/answers")
def save_answer(attempt_id: int):
    """Autosave one answer (JavaScript): JSON says whether it was stored."""
    attempt = get_my_attempt(attempt_id)
    try:
        slot = attempt_service.get_slot(attempt, int(request.form.get("slot_id", "0")))
        answer = attempt_service.save_answer(attempt, slot, request.form.get("value", ""), now=utcnow())
    except AttemptClosedError as exc:
        db.session.rollback()
        return jsonify(saved=False, error=str(exc)), 409
    except (StudyAppError, ValueError) as exc:
        db.session.rollback()
        return jsonify(saved=False, error=str(exc) or "That answer could not be read."), 422
    db.session.commit()
    return jsonify(saved=True, slot_id=slot.id, saved_at=answer.answered_at.isoformat())


@bp.get("/attempts/<int:attempt_id>/result")
def show_result(attempt_id: int):
    """Score, and which answers were right when the quiz's feedback mode allows it now."""
    attempt = get_my_attempt(attempt_id)
    if not attempt.is_finished:
        return redirect(url_for("student.take_attempt", attempt_id=attempt.id))
    quiz = attempt.assignment.quiz
    due = attempt.assignment.due_at
    show_feedback = quiz.feedback_mode != FeedbackMode.AFTER_DUE or (due is not None and utcnow() > due)
    return render_template("student/result.html", attempt=attempt, quiz=quiz,
                           answers=attempt_service.answers_by_slot(attempt), show_feedback=show_feedback)
