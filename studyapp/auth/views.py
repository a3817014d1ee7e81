"""Views of the auth blueprint: login, logout, sign-up, join, password change, home redirect."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.auth import limits
from studyapp.auth.forms import ChangePasswordForm, JoinForm, LoginForm, SignupForm
from studyapp.models import Role
from studyapp.services import accounts, classes, invites
from studyapp.services.demo import is_demo_login

bp = Blueprint("auth", __name__)


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)


def _home_for(user) -> str:
    """The landing page of a signed-in user."""
    if user.is_admin:
        return url_for("admin.dashboard")
    return url_for("teacher.dashboard") if user.is_teacher else url_for("student.dashboard")


def _safe_next(target: str | None) -> str | None:
    """Only same-site relative paths are followed after login."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


@bp.get("/")
def index():
    """Signed in: go home. Otherwise: the welcome page."""
    if current_user.is_authenticated:
        return redirect(_home_for(current_user))
    return render_template("auth/index.html")


@bp.route("/login", methods=["GET", "POST"])
@limits.login_per_address
@limits.login_per_account
@limits.login_per_account_everywhere
def login():
    """Sign in by username and password."""
    if current_user.is_authenticated:
        return redirect(_home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.username.data, form.password.data)
        if user is not None and current_app.config["STUDYAPP_ENV"] == "production" \
                and is_demo_login(user.username, form.password.data, current_app.config["DEMO_PASSWORD"]):
            flash(_("Demo accounts are disabled in production. Ask your administrator for an account."), "error")
        elif user is None:
            flash(_("Wrong username or password."), "error")
        else:
            if user.must_change_password:
                # Whoever else signed in with the printed password is signed out. This browser is not
                # remembered for the login limits until the password is the student's own.
                user.end_sessions()
                db.session.commit()
                login_user(user)
                return redirect(url_for("auth.change_password"))
            login_user(user)
            response = redirect(_safe_next(request.args.get("next")) or _home_for(user))
            limits.remember_browser(response, user.username)
            return response
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout():
    """Sign out everywhere (a POST, so a link or image cannot do it): a kept copy of the cookie stops working."""
    if current_user.is_authenticated:
        current_user.end_sessions()
        db.session.commit()
    logout_user()
    flash(_("You are logged out, here and on any other device."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/signup", methods=["GET", "POST"])
@limits.signup_per_address
def signup():
    """A teacher creates an account: open to anyone only when STUDYAPP_TEACHER_SIGNUP=open, otherwise
    only through an administrator's single-use invitation link (/signup?invite=TOKEN)."""
    token = request.args.get("invite", "")
    invite = invites.find_usable_invite(token, now=utcnow()) if token else None
    if token and invite is None:
        return render_template("auth/signup.html", form=None, state="bad_invite"), 404
    if invite is None and current_app.config["TEACHER_SIGNUP"] != "open":
        status = 403 if request.method == "POST" else 200
        return render_template("auth/signup.html", form=None, state="closed"), status
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = accounts.create_user(form.username.data, form.password.data, role=Role.TEACHER,
                                        full_name=form.full_name.data)
            if invite is not None:
                invites.use_invite(invite, user, now=utcnow())
        except StudyAppError as exc:
            db.session.rollback()
            form.username.errors.append(tr(exc))
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome! Create your first class."), "success")
            return redirect(url_for("teacher.dashboard"))
    return render_template("auth/signup.html", form=form, state="invited" if invite else "open")


@bp.route("/join", methods=["GET", "POST"])
@limits.join_code_per_address
def join():
    """A new student joins a class with its code and chooses a password."""
    form = JoinForm()
    if request.method == "GET" and request.args.get("code"):
        form.join_code.data = request.args["code"]
    if form.validate_on_submit():
        classroom = classes.find_classroom_by_code(form.join_code.data)
        if classroom is None:
            limits.note_wrong_join_code()
            form.join_code.errors.append(_("No class has that join code. Check it with your teacher."))
        else:
            try:
                user = accounts.create_user(form.username.data, form.password.data, role=Role.STUDENT,
                                            full_name=form.full_name.data)
                classes.enrol(classroom, user)
            except StudyAppError as exc:
                db.session.rollback()
                form.username.errors.append(tr(exc))
            else:
                db.session.commit()
                login_user(user)
                flash(_("You joined %(name)s.", name=classroom.name), "success")
                response = redirect(url_for("student.dashboard"))
                limits.remember_browser(response, user.username)
                return response
    return render_template("auth/join.html", form=form)


@bp.route("/password", methods=["GET", "POST"])
@login_required
@limits.password_per_account
def change_password():
    """Choose a new password (required after a one-time password)."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append(_("That is not your current password."))
        else:
            user = current_user._get_current_object()
            user.set_password(form.password.data)  # ends the account's other sessions
            user.must_change_password = False
            db.session.commit()
            login_user(user)  # this session goes on under the new session version
            flash(_("Your password is changed."), "success")
            response = redirect(_home_for(user))
            limits.remember_browser(response, user.username)
            return response
    return render_template("auth/password.html", form=form)
