"""Teacher views for quizzes: build from a bank, assign to classes, follow an assignment."""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.models import Attempt
from studyapp.services import classes, quizzes
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_assignment, get_own_classroom, get_own_quiz, get_usable_bank
from studyapp.teacher.forms import AssignForm, QuizForm


@bp.route("/banks/<int:bank_id>/quizzes/new", methods=["GET", "POST"])
def new_quiz(bank_id: int):
    """Build a quiz from a bank: all usable questions or a number of them."""
    bank = get_usable_bank(bank_id)
    form = QuizForm()
    if request.method == "GET" and not form.title.data:
        form.title.data = f"{bank.title}: quiz"
    if form.validate_on_submit():
        count = form.count.data if form.selection.data == "count" else None
        if form.selection.data == "count" and not count:
            form.count.errors.append("Say how many questions.")
        else:
            try:
                quiz = quizzes.build_quiz(bank, owner=current_user, title=form.title.data, count=count)
            except StudyAppError as exc:
                form.count.errors.append(str(exc))
            else:
                db.session.commit()
                flash(f"Quiz created with {len(quiz.slots)} questions. Now assign it to a class.", "success")
                return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))
    return render_template("teacher/new_quiz.html", bank=bank, form=form,
                           usable=len(quizzes.list_quiz_questions(bank)))


def _assign_form() -> AssignForm:
    """The assign form with the teacher's classes as choices."""
    form = AssignForm()
    form.classroom_id.choices = [SelectChoice(c.id, c.name) for c in classes.list_teacher_classrooms(current_user)]
    return form


@bp.get("/quizzes/<int:quiz_id>")
def show_quiz(quiz_id: int):
    """A quiz's questions and the form to assign it."""
    quiz = get_own_quiz(quiz_id)
    return render_template("teacher/quiz.html", quiz=quiz, form=_assign_form())


@bp.post("/quizzes/<int:quiz_id>/assign")
def assign_quiz(quiz_id: int):
    """Assign the quiz to a class, due at the end of the chosen day (school time zone)."""
    quiz = get_own_quiz(quiz_id)
    form = _assign_form()
    if form.validate_on_submit():
        classroom = get_own_classroom(form.classroom_id.data)
        zone = ZoneInfo(current_app.config["TIMEZONE"])
        due_at = datetime.combine(form.due_date.data, time(23, 59), tzinfo=zone)
        try:
            assignment = quizzes.assign_quiz(quiz, classroom, due_at=due_at, now=utcnow())
        except StudyAppError as exc:
            form.due_date.errors.append(str(exc))
        else:
            db.session.commit()
            flash(f"{quiz.title} assigned to {classroom.name}.", "success")
            return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
    return render_template("teacher/quiz.html", quiz=quiz, form=form), 422


@bp.get("/assignments/<int:assignment_id>")
def show_assignment(assignment_id: int):
    """Who has finished, with what score."""
    assignment = get_own_assignment(assignment_id)
    best: dict[int, Attempt] = {}
    status: dict[int, str] = {}
    for attempt in db.session.scalars(sa.select(Attempt).where(Attempt.assignment_id == assignment.id)):
        if attempt.is_finished:
            if attempt.student_id not in best or (attempt.score or 0) > (best[attempt.student_id].score or 0):
                best[attempt.student_id] = attempt
            status[attempt.student_id] = "done"
        else:
            status.setdefault(attempt.student_id, "in progress")
    return render_template("teacher/assignment.html", assignment=assignment, best=best, status=status)
