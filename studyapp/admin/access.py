"""The admin blueprint's one access guard and its loaders (a missing or out-of-reach object is a 404)."""
from __future__ import annotations

from flask import abort, redirect, url_for
from flask_login import current_user

from studyapp.db import db
from studyapp.models import Classroom, Role, TeacherInvite, User


def require_admin():
    """before_request: anonymous users go to login, everyone but administrators gets 403."""
    if not current_user.is_authenticated:
        from studyapp.extensions import login_manager

        return login_manager.unauthorized()
    if not current_user.is_admin:
        abort(403)
    if current_user.must_change_password:
        return redirect(url_for("auth.change_password"))
    return None


def get_managed_user(user_id: int) -> User:
    """A teacher or student account (administrators manage no other administrator), else 404."""
    user = db.session.get(User, user_id)
    if user is None or user.role not in (Role.TEACHER, Role.STUDENT):
        abort(404)
    return user


def get_classroom(classroom_id: int) -> Classroom:
    """Any class, else 404."""
    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None:
        abort(404)
    return classroom


def get_invite(invite_id: int) -> TeacherInvite:
    """A teacher invitation, else 404."""
    invite = db.session.get(TeacherInvite, invite_id)
    if invite is None:
        abort(404)
    return invite
