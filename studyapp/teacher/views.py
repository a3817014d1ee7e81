"""Views of the teacher blueprint: load, authorize, act, commit, redirect."""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, url_for
from wtforms.fields.choices import SelectChoice
from flask_login import current_user

from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.formats.scores_csv import iter_csv
from studyapp.models import Attempt
from studyapp.services import accounts, banks, classes, quizzes, scores
from studyapp.teacher.access import (
    get_own_assignment, get_own_classroom, get_own_quiz, get_usable_bank, require_teacher,
)
from studyapp.teacher.forms import AssignForm, ClassroomForm, EmptyForm, QuizForm, RosterForm

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
bp.before_request(require_teacher)


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)


@bp.get("/")
def dashboard():
    """Classes, quizzes and banks at a glance."""
    return render_template(
        "teacher/dashboard.html", form=ClassroomForm(),
        classrooms=classes.list_teacher_classrooms(current_user),
        quizzes=quizzes.list_teacher_quizzes(current_user), banks=banks.list_banks_for(current_user),
    )


@bp.post("/classes")
def create_classroom():
    """Create a class from the dashboard form."""
    form = ClassroomForm()
    if not form.validate_on_submit():
        flash("Give the class a name (at most 200 characters).", "error")
        return redirect(url_for("teacher.dashboard"))
    classroom = classes.create_classroom(form.name.data, teacher=current_user)
    db.session.commit()
    flash(f"Class {classroom.name} created. Its join code is {classroom.join_code}.", "success")
    return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))


@bp.get("/classes/<int:classroom_id>")
def show_classroom(classroom_id: int):
    """Join code, roster and assignments of a class."""
    classroom = get_own_classroom(classroom_id)
    return render_template("teacher/classroom.html", classroom=classroom, roster_form=RosterForm(),
                           progress=_progress(classroom))


def _progress(classroom) -> dict[int, int]:
    """Per assignment, how many students have submitted."""
    ids = [a.id for a in classroom.assignments]
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Attempt.assignment_id, sa.func.count(sa.distinct(Attempt.student_id)))
        .where(Attempt.assignment_id.in_(ids), Attempt.submitted_at.is_not(None)).group_by(Attempt.assignment_id))
    return dict(rows.all())


@bp.post("/classes/<int:classroom_id>/roster")
def add_roster(classroom_id: int):
    """Create students from CSV and show their one-time passwords once, for printing."""
    classroom = get_own_classroom(classroom_id)
    form = RosterForm()
    text = form.roster.data or ""
    if form.validate_on_submit() and form.roster_file.data:
        raw = form.roster_file.data.read(1024 * 1024 + 1)
        if len(raw) > 1024 * 1024:
            flash("The roster file is larger than 1 MB.", "error")
            return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            flash("The roster file is not UTF-8 text: save it as CSV UTF-8 and try again.", "error")
            return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
    elif not form.validate_on_submit():
        flash("The form expired; reload the page and try again.", "error")
        return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
    try:
        created = accounts.add_roster(classroom, text)
    except StudyAppError as exc:
        db.session.rollback()
        return render_template("teacher/classroom.html", classroom=classroom, roster_form=form,
                               progress=_progress(classroom), roster_error=str(exc)), 422
    db.session.commit()
    return render_template("teacher/roster_passwords.html", classroom=classroom, created=created)


@bp.get("/classes/<int:classroom_id>/scores.csv")
def download_scores(classroom_id: int):
    """The class's scores as CSV: a row per student, a column per assignment."""
    classroom = get_own_classroom(classroom_id)
    table = scores.build_score_table(classroom)
    filename = f"scores-class-{classroom.id}.csv"
    return Response(iter_csv(table.header(), table.records()), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/banks/<int:bank_id>")
def show_bank(bank_id: int):
    """A bank's questions with their evidence and status."""
    bank = get_usable_bank(bank_id)
    return render_template("teacher/bank.html", bank=bank, counts=banks.count_by_status(bank),
                           usable=len(quizzes.list_quiz_questions(bank)), form=EmptyForm())


@bp.post("/banks/<int:bank_id>/approve")
def approve_bank(bank_id: int):
    """Approve every draft question of the bank."""
    bank = get_usable_bank(bank_id)
    if not EmptyForm().validate_on_submit():
        flash("The form expired; reload the page and try again.", "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    changed = banks.approve_questions(list(bank.questions))
    db.session.commit()
    flash(f"{changed} questions approved.", "success")
    return redirect(url_for("teacher.show_bank", bank_id=bank.id))


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
