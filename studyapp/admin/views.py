"""Admin views: teachers and classes at a glance, new teacher accounts, password resets, invitation links."""
from __future__ import annotations

from flask import current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.admin import bp
from studyapp.admin.access import get_classroom, get_invite, get_managed_user
from studyapp.admin.forms import EmptyForm, InviteForm, TeacherForm
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.models import Role
from studyapp.services import accounts, classes, invites


def _render_dashboard(teacher_form=None, invite_form=None, status=200):
    """The admin home: teachers, classes, open invitations and the two forms."""
    return render_template(
        "admin/dashboard.html", teachers=accounts.list_teachers(), classrooms=classes.list_all_classrooms(),
        invites=invites.list_open_invites(now=utcnow()), teacher_form=teacher_form or TeacherForm(formdata=None),
        invite_form=invite_form or InviteForm(formdata=None), button_form=EmptyForm(),
        signup=current_app.config["TEACHER_SIGNUP"]), status


@bp.get("/")
def dashboard():
    """Teachers, classes and open invitations."""
    return _render_dashboard()


@bp.post("/teachers")
def create_teacher():
    """Make a teacher account with a one-time password, shown once."""
    form = TeacherForm()
    if not form.validate_on_submit():
        return _render_dashboard(teacher_form=form, status=422)
    password = accounts.generate_password()
    try:
        user = accounts.create_user(form.username.data, password, role=Role.TEACHER, full_name=form.full_name.data,
                                    must_change_password=True)
    except StudyAppError as exc:
        db.session.rollback()
        form.username.errors.append(tr(exc))
        return _render_dashboard(teacher_form=form, status=422)
    db.session.commit()
    return render_template("admin/one_time_password.html", user=user, password=password, made=True)


@bp.post("/users/<int:user_id>/password")
def reset_password(user_id: int):
    """Give a teacher or student a new one-time password, shown once; they choose their own at next login."""
    user = get_managed_user(user_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("admin.dashboard"))
    password = accounts.reset_password(user)
    db.session.commit()
    return render_template("admin/one_time_password.html", user=user, password=password, made=False)


@bp.get("/classes/<int:classroom_id>")
def show_classroom(classroom_id: int):
    """A class's teacher and students, with a password reset for each."""
    return render_template("admin/classroom.html", classroom=get_classroom(classroom_id), button_form=EmptyForm())


@bp.post("/invites")
def create_invite():
    """Make a single-use sign-up link for one teacher, shown once."""
    form = InviteForm()
    if not form.validate_on_submit():
        return _render_dashboard(invite_form=form, status=422)
    invite, token = invites.create_invite(current_user, note=form.note.data, days=form.days.data, now=utcnow())
    db.session.commit()
    return render_template("admin/invite_link.html", invite=invite,
                           link=url_for("auth.signup", invite=token, _external=True))


@bp.post("/invites/<int:invite_id>/revoke")
def revoke_invite(invite_id: int):
    """End an invitation before anyone uses it."""
    invite = get_invite(invite_id)
    if EmptyForm().validate_on_submit():
        invites.revoke_invite(invite, now=utcnow())
        db.session.commit()
        flash(_("The invitation link no longer works."), "success")
    return redirect(url_for("admin.dashboard"))
