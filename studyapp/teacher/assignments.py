"""Teacher views for one assignment: follow it, move its dates, extra time, unassign (archive) and restore."""
from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from flask import current_app, flash, redirect, render_template, url_for
from flask_babel import gettext, ngettext
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.charts import histogram
from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import AlreadyAssignedError, StudyAppError
from studyapp.models import User
from studyapp.services import archive, quizzes
from studyapp.services.gradebook import build_assignment_report, score_bins
from studyapp.services.marking import manual_slots
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_assignment
from studyapp.teacher.forms import EditAssignmentForm, EmptyForm, ExtraTimeForm
from studyapp.teacher.quizzes import school_time


def _edit_form(assignment) -> EditAssignmentForm:
    """The dates form, filled with the assignment's times in the school's time zone."""
    zone = ZoneInfo(current_app.config["TIMEZONE"])
    form = EditAssignmentForm(formdata=None)
    opens = assignment.open_at.astimezone(zone)
    form.open_date.data, form.open_time.data = opens.date(), opens.time().replace(second=0, microsecond=0)
    if assignment.due_at is not None:
        due = assignment.due_at.astimezone(zone)
        form.due_date.data, form.due_time.data = due.date(), due.time().replace(second=0, microsecond=0)
    return form


def _render(assignment, edit_form=None, status=200):
    """The assignment page: results, dates, extra time, unassign."""
    report = build_assignment_report(assignment, now=utcnow())
    extra_form = ExtraTimeForm()
    extra_form.student_id.choices = [SelectChoice(s.id, s.display_name) for s in report.students]
    chart = histogram(score_bins(report.percents()), title=gettext("Score distribution of %(title)s", title=assignment.quiz.title))
    return render_template("teacher/assignment.html", assignment=assignment, report=report, extra_form=extra_form,
                           chart=chart, edit_form=edit_form or _edit_form(assignment), button=EmptyForm(),
                           has_essays=bool(manual_slots(assignment.quiz))), status


@bp.get("/assignments/<int:assignment_id>")
def show_assignment(assignment_id: int):
    """Who has finished, with what score; its dates and extra time per student; unassign."""
    return _render(get_own_assignment(assignment_id))


@bp.post("/assignments/<int:assignment_id>/dates")
def edit_assignment(assignment_id: int):
    """Move the opening and due times; students see the new ones on their dashboard at once."""
    assignment = get_own_assignment(assignment_id)
    form = EditAssignmentForm()
    if form.validate_on_submit():
        try:
            quizzes.edit_assignment(assignment, open_at=school_time(form.open_date.data, form.open_time.data, time(0, 0)),
                                    due_at=school_time(form.due_date.data, form.due_time.data, time(23, 59)), now=utcnow())
        except StudyAppError as exc:
            db.session.rollback()
            form.due_date.errors.append(tr(exc))
        else:
            db.session.commit()
            flash(_("Dates saved: students see the new ones now."), "success")
            return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
    return _render(assignment, edit_form=form, status=422)


@bp.post("/assignments/<int:assignment_id>/extra-time")
def set_extra_time(assignment_id: int):
    """Give one student extra minutes on this assignment's time limit (0 takes them away)."""
    assignment = get_own_assignment(assignment_id)
    form = ExtraTimeForm()
    form.student_id.choices = [SelectChoice(s.id, s.display_name) for s in assignment.classroom.students]
    if form.validate_on_submit():
        student = db.session.get(User, form.student_id.data)
        quizzes.set_extra_time(assignment, student, form.minutes.data)
        db.session.commit()
        flash(ngettext("%(name)s: %(num)s extra minute.", "%(name)s: %(num)s extra minutes.", form.minutes.data, name=student.display_name), "success")
    else:
        flash(_("Choose a student and a number of minutes from 0 to 600."), "error")
    return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))


@bp.route("/assignments/<int:assignment_id>/unassign", methods=["GET", "POST"])
def unassign(assignment_id: int):
    """Ask first (saying how many students started), then archive the assignment with its attempts and grades."""
    assignment = get_own_assignment(assignment_id)
    form = EmptyForm()
    if assignment.archived_at is not None:
        return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
    if form.validate_on_submit():
        archive.archive(assignment, actor=current_user, now=utcnow())
        db.session.commit()
        flash(_("%(title)s is unassigned from %(name)s. Its attempts and grades are kept under Archived, where you can "
                "restore it.", title=assignment.quiz.title, name=assignment.classroom.name), "success")
        return redirect(url_for("teacher.show_classroom", classroom_id=assignment.classroom.id))
    return render_template("teacher/unassign.html", assignment=assignment, form=form,
                           started=archive.count_started(assignment))


@bp.post("/assignments/<int:assignment_id>/restore")
def restore_assignment(assignment_id: int):
    """Assign an unassigned quiz again, with the attempts and grades it had."""
    assignment = get_own_assignment(assignment_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
    try:
        archive.restore(assignment, actor=current_user, now=utcnow())
    except AlreadyAssignedError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
    db.session.commit()
    flash(_("%(title)s is assigned to %(name)s again, with its grades.", title=assignment.quiz.title, name=assignment.classroom.name), "success")
    return redirect(url_for("teacher.show_assignment", assignment_id=assignment.id))
