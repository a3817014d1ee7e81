"""Student views for progress: mastery, history, what is due, and one-click practice on weak topics."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.charts import history_chart
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.services import attempts, classes, practice, scheduling
from studyapp.services.progress import student_progress
from studyapp.student import bp
from studyapp.student.access import get_my_classroom
from studyapp.student.forms import PracticeForm


@bp.get("/progress")
def progress():
    """Mastery per topic and source, a 30-day chart, cards due, weakest topics with practice buttons."""
    now = utcnow()
    report = student_progress(current_user, now=now)
    decks = []
    for classroom in classes.list_student_classrooms(current_user):
        scheduling.sync_deck(current_user, classroom, now=now)
        decks.append((classroom, scheduling.due_queue(current_user, classroom, now=now),
                      practice.list_practice_topics(classroom)))
    db.session.commit()
    return render_template("student/progress.html", report=report, chart=history_chart(report.history),
                           decks=decks, form=PracticeForm(formdata=None))


@bp.post("/practice")
def start_practice():
    """Start a practice quiz on the chosen topics and open it."""
    form = PracticeForm()
    if not form.validate_on_submit():
        flash(_("Choose how many questions (1 to %(max)s).", max=practice.MAX_QUESTIONS), "error")
        return redirect(url_for("student.progress"))
    classroom = get_my_classroom(form.classroom_id.data)
    now = utcnow()
    try:
        assignment = practice.start_practice(current_user, classroom, form.topics.data or [], count=form.count.data,
                                             now=now)
        attempt = attempts.start_attempt(assignment, current_user, now=now)
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return redirect(url_for("student.progress"))
    db.session.commit()
    return redirect(url_for("student.take_attempt", attempt_id=attempt.id))
