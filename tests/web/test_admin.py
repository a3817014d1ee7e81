"""Administrators make teacher accounts, reset passwords, see classes and hand out invitation links;
open teacher sign-up only when STUDYAPP_TEACHER_SIGNUP=open."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from factories import PASSWORD, commit, login, make_classroom, make_student, make_teacher

from studyapp.config import ConfigError, load_config
from studyapp.db import db, utcnow
from studyapp.models import User

SIGNUP = {"username": "ms.lee", "full_name": "Ms Lee", "password": "longenough1", "confirm": "longenough1"}


@pytest.fixture
def admin(client, runner):
    """An administrator made with the CLI, signed in."""
    result = runner.invoke(args=["user", "create", "--role", "admin", "--username", "root",
                                 "--password", PASSWORD, "--full-name", "Ada Admin"])
    assert result.exit_code == 0, result.output
    response = login(client, "root")
    assert response.headers["Location"].endswith("/admin/")
    return client


def one_time_password(page: bytes) -> str:
    """The one-time password shown on a page."""
    return re.search(rb"<code>([a-z0-9]{10})</code>", page).group(1).decode()


def test_teacher_signup_is_open_in_development_and_closed_in_production(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDYAPP_TEACHER_SIGNUP", raising=False)
    secret = {"SECRET_KEY": "x" * 40}
    assert load_config(str(tmp_path), {})["TEACHER_SIGNUP"] == "open"
    assert load_config(str(tmp_path), {"STUDYAPP_ENV": "production", **secret})["TEACHER_SIGNUP"] == "closed"
    monkeypatch.setenv("STUDYAPP_TEACHER_SIGNUP", "open")
    assert load_config(str(tmp_path), {"STUDYAPP_ENV": "production", **secret})["TEACHER_SIGNUP"] == "open"
    monkeypatch.setenv("STUDYAPP_TEACHER_SIGNUP", "maybe")
    with pytest.raises(ConfigError):
        load_config(str(tmp_path), {})


def test_closed_signup_says_so_and_makes_no_account(client, app):
    app.config["TEACHER_SIGNUP"] = "closed"
    page = client.get("/signup")
    assert page.status_code == 200 and b"Teacher sign-up is closed" in page.data and b'name="password"' not in page.data
    assert b"Teacher sign-up" not in client.get("/login").data
    response = client.post("/signup", data=SIGNUP)
    assert response.status_code == 403 and b"Teacher sign-up is closed" in response.data
    assert db.session.scalar(db.select(User).where(User.username == "ms.lee")) is None


def test_an_invitation_link_signs_up_one_teacher_once(admin, app):
    app.config["TEACHER_SIGNUP"] = "closed"
    page = admin.post("/admin/invites", data={"note": "for Ms Lee", "days": "7"}).data.decode()
    link = re.search(r"(/signup\?invite=[A-Za-z0-9_-]{20,})", page).group(1)
    admin.post("/logout")
    assert b'name="password"' in admin.get(link).data
    response = admin.post(link, data=SIGNUP)
    assert response.headers["Location"].endswith("/teacher/")
    assert db.session.scalar(db.select(User).where(User.username == "ms.lee")).is_teacher
    admin.post("/logout")
    again = admin.post(link, data={**SIGNUP, "username": "mr.two"})
    assert again.status_code == 404 and b"not valid" in again.data
    assert db.session.scalar(db.select(User).where(User.username == "mr.two")) is None


def test_an_expired_or_made_up_invitation_is_refused(admin, app):
    from studyapp.models import TeacherInvite

    app.config["TEACHER_SIGNUP"] = "closed"
    page = admin.post("/admin/invites", data={"note": "", "days": "1"}).data.decode()
    link = re.search(r"(/signup\?invite=[A-Za-z0-9_-]{20,})", page).group(1)
    invite = db.session.scalar(db.select(TeacherInvite))
    assert link.split("=")[1] not in (invite.token_hash or "")  # only a hash of the token is kept
    invite.expires_at = utcnow() - timedelta(minutes=1)
    commit()
    admin.post("/logout")
    for url in (link, "/signup?invite=made-up-token-made-up-token"):
        response = admin.post(url, data=SIGNUP)
        assert response.status_code == 404 and b"not valid" in response.data
    assert db.session.scalar(db.select(User).where(User.username == "ms.lee")) is None


def test_admin_creates_a_teacher_who_must_choose_a_password(admin):
    page = admin.post("/admin/teachers", data={"username": "Mr.New", "full_name": "Mr New"})
    assert page.status_code == 200
    password = one_time_password(page.data)
    admin.post("/logout")
    assert login(admin, "mr.new", password).headers["Location"].endswith("/password")
    assert admin.get("/teacher/").headers["Location"].endswith("/password")
    admin.post("/password", data={"current": password, "password": "my-own-pass", "confirm": "my-own-pass"})
    assert admin.get("/teacher/").status_code == 200


def test_admin_resets_a_students_and_a_teachers_password(admin):
    teacher = make_teacher()
    student = make_student()
    commit()
    for user in (teacher, student):
        password = one_time_password(admin.post(f"/admin/users/{user.id}/password").data)
        db.session.refresh(user)
        assert user.must_change_password and user.check_password(password) and not user.check_password(PASSWORD)


def test_admin_cannot_reset_another_administrators_password(admin, runner):
    runner.invoke(args=["user", "create", "--role", "admin", "--username", "root2", "--password", PASSWORD])
    other = db.session.scalar(db.select(User).where(User.username == "root2"))
    assert admin.post(f"/admin/users/{other.id}/password").status_code == 404
    db.session.refresh(other)
    assert other.check_password(PASSWORD)


def test_admin_sees_teachers_classes_and_their_students(admin):
    teacher = make_teacher()
    classroom = make_classroom(teacher, "History 10A")
    make_student("ana", "Ana Ó", classroom=classroom)
    commit()
    home = admin.get("/admin/").data.decode()
    assert "History 10A" in home and "Tina Teacher" in home
    page = admin.get(f"/admin/classes/{classroom.id}").data.decode()
    assert "Ana Ó" in page and f"/admin/users/{classroom.students[0].id}/password" in page


def test_teachers_and_students_cannot_open_the_admin_pages(client):
    make_teacher()
    make_student()
    commit()
    for name in ("teacher", "student"):
        login(client, name)
        assert client.get("/admin/").status_code == 403
        assert client.post("/admin/teachers", data={"username": "x1", "full_name": "X"}).status_code == 403
        client.post("/logout")
    assert db.session.scalar(db.select(User).where(User.username == "x1")) is None
