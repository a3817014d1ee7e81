"""Teacher views for classes: dashboard, create, roster, study settings."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import AlreadySentError, StudyAppError
from studyapp.services import accounts, bank_filters, banks, classes, gradebook, quizzes
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_classroom
from studyapp.teacher.once import claim_once, done, sent_again
from studyapp.teacher.forms import ClassroomForm, RosterForm, StudySettingsForm


@bp.get("/")
def dashboard():
    """Classes, quizzes, own banks and the course packs to copy, at a glance."""
    templates, own = banks.list_templates(), banks.list_banks_for(current_user)
    return render_template(
        "teacher/dashboard.html", form=ClassroomForm(),
        classrooms=classes.list_teacher_classrooms(current_user),
        quizzes=quizzes.list_teacher_quizzes(current_user), banks=own,
        templates=templates, copies={t.id: banks.find_copy(t, current_user) for t in templates},
        sizes=bank_filters.bank_sizes([b.id for b in own + templates]),
    )


@bp.post("/classes")
def create_classroom():
    """Create a class from the dashboard form."""
    form = ClassroomForm()
    if not form.validate_on_submit():
        flash(_("Give the class a name (at most 200 characters)."), "error")
        return redirect(url_for("teacher.dashboard"))
    twin = classes.find_teacher_classroom(current_user, form.name.data)
    if twin is not None:  # Back and "Create class" again, or a second class of one name nobody could tell apart
        flash(_("You already have a class named %(name)s: here it is. Give a new class another name.", name=twin.name), "info")
        return redirect(url_for("teacher.show_classroom", classroom_id=twin.id))
    try:
        claim = claim_once()
    except AlreadySentError as exc:
        db.session.rollback()
        return sent_again(exc, url_for("teacher.dashboard"))
    classroom = classes.create_classroom(form.name.data, teacher=current_user)
    url = done(claim, url_for("teacher.show_classroom", classroom_id=classroom.id))
    db.session.commit()
    flash(_("Class %(name)s created. Its join code is %(code)s.", name=classroom.name, code=classroom.join_code), "success")
    return redirect(url)


@bp.get("/classes/<int:classroom_id>")
def show_classroom(classroom_id: int):
    """Join code, roster and assignments of a class."""
    classroom = get_own_classroom(classroom_id)
    return render_template("teacher/classroom.html", classroom=classroom, roster_form=RosterForm(),
                           progress=gradebook.count_submitted(classroom), study_form=StudySettingsForm(formdata=None, obj=classroom))


@bp.post("/classes/<int:classroom_id>/study-settings")
def edit_study_settings(classroom_id: int):
    """Set the class's desired retention and daily new cards for flashcards."""
    classroom = get_own_classroom(classroom_id)
    form = StudySettingsForm()
    if form.validate_on_submit():
        classes.set_study_settings(classroom, desired_retention=float(form.desired_retention.data),
                                   new_cards_per_day=form.new_cards_per_day.data, language=form.language.data or None)
        db.session.commit()
        flash(_("Class settings saved."), "success")
    else:
        flash(_("Desired retention is between 0.70 and 0.97; new cards per day between 0 and 200."), "error")
    return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))


@bp.post("/classes/<int:classroom_id>/roster")
def add_roster(classroom_id: int):
    """Create students from CSV and show their one-time passwords once; existing accounts get an invitation."""
    classroom = get_own_classroom(classroom_id)
    form = RosterForm()
    text = form.roster.data or ""
    if form.validate_on_submit() and form.roster_file.data:
        raw = form.roster_file.data.read(1024 * 1024 + 1)
        if len(raw) > 1024 * 1024:
            flash(_("The roster file is larger than 1 MB."), "error")
            return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            flash(_("The roster file is not UTF-8 text: save it as CSV UTF-8 and try again."), "error")
            return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
    elif not form.validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_classroom", classroom_id=classroom.id))
    try:
        result = accounts.add_roster(classroom, text, now=utcnow())
    except StudyAppError as exc:
        db.session.rollback()
        return render_template("teacher/classroom.html", classroom=classroom, roster_form=form,
                               progress=gradebook.count_submitted(classroom), roster_error=tr(exc),
                               study_form=StudySettingsForm(formdata=None, obj=classroom)), 422
    db.session.commit()
    return render_template("teacher/roster_passwords.html", classroom=classroom, created=result.created,
                           taken=result.taken)
