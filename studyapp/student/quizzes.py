"""Student views for quizzes: the dashboard, joining classes, taking an attempt, its result."""
from __future__ import annotations

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.auth import limits
from studyapp.db import autocommit_on_postgresql, db, utcnow
from studyapp.errors import AttemptClosedError, StudyAppError, ValidationError
from studyapp.limits import parse_id
from studyapp.services import attempts as attempt_service
from studyapp.services import classes
from studyapp.services.feedback import may_show_feedback
from studyapp.services.locks import find_locks
from studyapp.services.marking import marks_by_slot
from studyapp.services.overview import list_student_standings
from studyapp.student.access import (check_student, checks_student_itself, get_my_assignment, get_my_attempt,
                                     session_account)
from studyapp.student.forms import EmptyForm, JoinClassForm
from studyapp.student.player import read_answer, slot_views, view_for

from studyapp.student import bp


@bp.get("/")
def dashboard():
    """The student's classes and assignments: open, due, done."""
    now = utcnow()
    return render_template("student/dashboard.html", classrooms=classes.list_student_classrooms(current_user),
                           rows=list_student_standings(current_user, now=now), join_form=JoinClassForm(),
                           button_form=EmptyForm(), now=now,
                           invitations=classes.list_pending_invitations(current_user))


@bp.post("/join")
@limits.join_code_per_address
def join_classroom():
    """Join another class with its code."""
    form = JoinClassForm()
    if form.validate_on_submit():
        classroom = classes.find_classroom_by_code(form.join_code.data)
        if classroom is None:
            limits.note_wrong_join_code()
            flash(_("No class has that join code. Check it with your teacher."), "error")
        elif classes.is_enrolled(classroom, current_user):
            flash(_("You are already in %(name)s.", name=classroom.name), "info")
        else:
            classes.enrol(classroom, current_user)
            db.session.commit()
            flash(_("You joined %(name)s.", name=classroom.name), "success")
    else:
        flash(_("Type the join code your teacher gave you."), "error")
    return redirect(url_for("student.dashboard"))


@bp.post("/assignments/<int:assignment_id>/start")
def start_attempt(assignment_id: int):
    """Start the quiz, or resume the attempt already under way."""
    assignment = get_my_assignment(assignment_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; try again."), "error")
        return redirect(url_for("student.dashboard"))
    try:
        attempt = attempt_service.start_attempt(assignment, current_user, now=utcnow())
    except AttemptClosedError as exc:
        flash(tr(exc), "error")
        return redirect(url_for("student.dashboard"))
    attempt_id = attempt.id  # read before the commit expires it (no reload)
    db.session.commit()
    return redirect(url_for("student.take_attempt", attempt_id=attempt_id))


def _finish_if_out_of_time(attempt, now) -> bool:
    """Submit an attempt whose time limit has run out; True if it did."""
    if not attempt.is_finished and attempt_service.is_out_of_time(attempt, now):
        attempt_service.submit_attempt(attempt, now=now)
        db.session.commit()
        flash(_("Time is up: your quiz was submitted with the answers saved before the limit."), "info")
        return True
    return False


def _render_attempt(attempt, views, status=200):
    """The quiz page; with feedback after each question, checked answers show their feedback."""
    answers = attempt_service.answers_by_slot(attempt)
    return render_template("student/attempt.html", attempt=attempt, views=views, form=EmptyForm(),
                           immediate=attempt_service.is_final(attempt), answers=answers,
                           answered=sum(1 for v in views if v.raw is not None)), status


@bp.route("/attempts/<int:attempt_id>", methods=["GET", "POST"])
def take_attempt(attempt_id: int):
    """The quiz: every answer in the form is saved on each POST; `submit` also finishes it."""
    attempt = get_my_attempt(attempt_id)
    now = utcnow()
    if attempt.is_finished or _finish_if_out_of_time(attempt, now):
        return redirect(url_for("student.show_result", attempt_id=attempt_id))
    views = slot_views(attempt, attempt_service.answers_by_slot(attempt))
    if request.method == "GET":
        return _render_attempt(attempt, views)
    if not EmptyForm().validate_on_submit():
        flash(_("This page was open too long to be sent. Nothing was lost: your saved answers are below; "
                "give the last ones again."), "error")
        return redirect(url_for("student.take_attempt", attempt_id=attempt_id))
    immediate = attempt_service.is_final(attempt)
    checking = request.form.get("check", "")
    failed = False
    for view in views:
        if immediate and checking and str(view.slot.id) != checking:
            continue  # "Check answer" of one question gives (and fixes) only that answer
        if immediate and view.raw is not None:
            continue  # already checked: final
        try:
            raw = read_answer(view, request.form)
        except StudyAppError as exc:
            view.error, failed = tr(exc), True
            typed = request.form.get(view.name)
            view.raw = typed if typed is not None else view.raw  # a typed answer stays in its box to be corrected
            continue
        stored, view.raw = view.raw, raw
        if raw is not None and raw != stored:  # the form carries every answer; only changed ones are written
            try:
                attempt_service.save_answer(attempt, view.slot, raw, now=now)
            except AttemptClosedError as exc:
                db.session.rollback()
                flash(tr(exc), "error")
                return redirect(url_for("student.dashboard"))
            except StudyAppError as exc:
                view.error, failed = tr(exc), True
    db.session.commit()
    if failed:
        flash(_("Some answers could not be read; they are marked below. The others are saved."), "error")
        return _render_attempt(attempt, views, 422)
    if checking:
        number = next((v.number for v in views if str(v.slot.id) == checking), 1)
        return redirect(url_for("student.take_attempt", attempt_id=attempt_id, _anchor=f"q{number}"))
    if "submit" in request.form:
        if request.form.get("confirm") != "1":  # "Finish attempt": the summary first; only a confirmation submits
            return redirect(url_for("student.show_summary", attempt_id=attempt_id))
        attempt_service.submit_attempt(attempt, now=now)  # confirmed (the summary, or the time limit running out)
        db.session.commit()
        return redirect(url_for("student.show_result", attempt_id=attempt_id))
    flash(_("Your answers are saved."), "success")
    return redirect(url_for("student.take_attempt", attempt_id=attempt_id))


@bp.get("/attempts/<int:attempt_id>/summary")
def show_summary(attempt_id: int):
    """Before submitting, as in Moodle: which questions are answered and which are not, a link to each."""
    attempt = get_my_attempt(attempt_id)
    if attempt.is_finished or _finish_if_out_of_time(attempt, utcnow()):
        return redirect(url_for("student.show_result", attempt_id=attempt_id))
    views = slot_views(attempt, attempt_service.answers_by_slot(attempt))
    return render_template("student/summary.html", attempt=attempt, views=views, form=EmptyForm(),
                           answered=sum(1 for v in views if v.raw is not None))


@bp.post("/attempts/<int:attempt_id>/submit")
def submit_attempt(attempt_id: int):
    """Submit for grading: only from the summary's confirmation (confirm=1), never by one tap in the player."""
    attempt = get_my_attempt(attempt_id)
    if attempt.is_finished:
        return redirect(url_for("student.show_result", attempt_id=attempt_id))
    if not EmptyForm().validate_on_submit() or request.form.get("confirm") != "1":
        flash(_("Check the summary, then confirm to submit."), "error")
        return redirect(url_for("student.show_summary", attempt_id=attempt_id))
    attempt_service.submit_attempt(attempt, now=utcnow())
    db.session.commit()
    return redirect(url_for("student.show_result", attempt_id=attempt_id))


@bp.post("/attempts/<int:attempt_id>/answers")
@checks_student_itself
def save_answer(attempt_id: int):
    """Autosave one slot (JavaScript posts that slot's fields): JSON says whether it was stored.

    A classroom sends these in bursts, so one query checks the student and reads the attempt and the slot,
    and one statement writes the answer.
    """
    autocommit_on_postgresql()  # the one write below is a single statement
    now = utcnow()
    given = request.form.get("slot_id", "")
    slot_id = parse_id(given) or 0
    try:
        student_id, session_version = session_account() or (None, None)
        target = attempt_service.find_save_target(attempt_id, slot_id, student_id, session_version)
        if target is None:
            refused = check_student()  # signed out (or a revoked session), not a student, or a new password is due
            if refused is not None:
                return refused
            get_my_attempt(attempt_id)  # someone else's attempt: 404
            raise ValidationError("That question is not part of this quiz.")
        raw = read_answer(view_for(slot_id, target.key, target.layout), request.form)
        attempt_service.store_answer(target, raw, now=now)
    except AttemptClosedError as exc:
        db.session.rollback()
        return jsonify(saved=False, closed=True, error=tr(exc)), 409
    except (StudyAppError, ValueError) as exc:
        db.session.rollback()
        return jsonify(saved=False, error=tr(exc) or _("That answer could not be read.")), 422
    db.session.commit()
    return jsonify(saved=True, slot_id=slot_id, saved_at=now.isoformat())


@bp.get("/attempts/<int:attempt_id>/result")
def show_result(attempt_id: int):
    """Score, and which answers were right when the quiz's feedback mode allows it now."""
    attempt = get_my_attempt(attempt_id, sources=True)
    if not attempt.is_finished:
        return redirect(url_for("student.take_attempt", attempt_id=attempt.id))
    now = utcnow()
    quiz = attempt.assignment.quiz
    show_feedback = may_show_feedback(attempt, now=now)
    held_back = set()
    if attempt.assignment.practice_for_id is not None:  # started before a graded quiz asking the same went live
        locks = find_locks(attempt.assignment.classroom, now=now, student=current_user)
        held_back = locks.locked_among(slot.question_id for slot in quiz.slots)
    answers = attempt_service.answers_by_slot(attempt)
    return render_template("student/result.html", attempt=attempt, quiz=quiz, views=slot_views(attempt, answers),
                           answers=answers, marks=marks_by_slot(attempt), show_feedback=show_feedback,
                           held_back=held_back)
