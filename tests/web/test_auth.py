"""Accounts: login, logout, teacher sign-up, students joining with a code, one-time passwords, CSRF."""
from __future__ import annotations

import re
import statistics
import time

import pytest
from factories import PASSWORD, commit, login, make_classroom, make_student, make_teacher

from studyapp.models import Classroom, User
from studyapp.db import db
from studyapp.services import classes


def test_login_with_the_right_password_lands_on_the_role_home(client):
    make_teacher()
    make_student()
    commit()
    assert login(client, "teacher").headers["Location"].endswith("/teacher/")
    client.post("/logout")
    assert login(client, "STUDENT").headers["Location"].endswith("/student/")


def test_wrong_password_is_refused_with_a_message(client):
    make_teacher()
    commit()
    response = login(client, "teacher", "not-the-password")
    assert response.status_code == 200
    assert b"Wrong username or password" in response.data
    assert client.get("/teacher/").status_code == 302


def test_logout_is_a_post_only(client):
    make_teacher()
    commit()
    login(client, "teacher")
    assert client.get("/logout").status_code == 405
    client.post("/logout")
    assert client.get("/teacher/").headers["Location"].startswith("/login")


def test_login_ignores_an_offsite_next_parameter(client):
    make_teacher()
    commit()
    response = client.post("/login?next=https://evil.example/", data={"username": "teacher", "password": PASSWORD})
    assert response.headers["Location"] == "/teacher/"


def test_teacher_signup_creates_a_hashed_account(client):
    response = client.post("/signup", data={"username": "Ms.Lee", "full_name": "Ms Lee",
                                            "password": "longenough1", "confirm": "longenough1"})
    assert response.headers["Location"].endswith("/teacher/")
    user = db.session.scalar(db.select(User).where(User.username == "ms.lee"))
    assert user.is_teacher and user.password_hash != "longenough1" and user.check_password("longenough1")


def test_signup_with_a_taken_username_says_so(client):
    make_teacher()
    commit()
    response = client.post("/signup", data={"username": "teacher", "full_name": "X",
                                            "password": "longenough1", "confirm": "longenough1"})
    assert b"already taken" in response.data


def test_student_joins_a_class_with_its_code_typed_loosely(client):
    classroom = make_classroom(make_teacher())
    commit()
    code = classroom.join_code.lower()[:3] + "-" + classroom.join_code.lower()[3:]
    response = client.post("/join", data={"join_code": code, "username": "amir", "full_name": "Amir K",
                                          "password": "secret-pass", "confirm": "secret-pass"})
    assert response.headers["Location"].endswith("/student/")
    assert [s.username for s in classroom.students] == ["amir"]


def test_join_with_a_wrong_code_keeps_the_typed_fields(client):
    response = client.post("/join", data={"join_code": "NOPE99", "username": "amir", "full_name": "Amir K",
                                          "password": "secret-pass", "confirm": "secret-pass"})
    assert b"No class has that join code" in response.data
    assert b'value="amir"' in response.data
    assert db.session.scalar(db.select(User).where(User.username == "amir")) is None


def test_login_takes_as_long_for_an_unknown_username_as_for_a_wrong_password(client):
    """No timing tells real usernames from unknown ones: both check a password hash of the same kind."""
    make_teacher()
    commit()

    def median_ms(username):
        """Median time of five failed logins as `username`, after one to warm up."""
        times = []
        for _ in range(6):
            start = time.perf_counter()
            assert b"Wrong username or password" in login(client, username, "not-the-password").data
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times[1:])
    known, unknown = median_ms("teacher"), median_ms("nobody-by-that-name")
    print(f"failed login: known user {known:.1f} ms, unknown user {unknown:.1f} ms")
    assert known / 3 < unknown < known * 3


def test_new_join_codes_have_eight_clear_characters_and_old_six_character_codes_still_work(client):
    teacher = make_teacher()
    new = make_classroom(teacher)
    old = make_classroom(teacher, "Last year's class")
    old.join_code = "ABC234"  # made before codes grew to eight characters
    commit()
    assert len(new.join_code) == 8 and set(new.join_code) <= set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    assert not set(new.join_code) & set("01IO")
    assert classes.find_classroom_by_code("abc-234") == old
    response = client.post("/join", data={"join_code": "abc 234", "username": "amir", "full_name": "Amir K",
                                          "password": "secret-pass", "confirm": "secret-pass"})
    assert response.headers["Location"].endswith("/student/")
    assert [s.username for s in db.session.get(Classroom, old.id).students] == ["amir"]


def test_roster_student_must_replace_the_one_time_password(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    commit()
    login(client, "teacher")
    page = client.post(f"/teacher/classes/{classroom.id}/roster", data={"roster": "username,full name\nzoe.b, Zoe B\n"})
    one_time = re.search(rb"<code>([a-z0-9]{10})</code>", page.data).group(1).decode()
    client.post("/logout")
    assert login(client, "zoe.b", one_time).headers["Location"].endswith("/password")
    assert client.get("/student/").headers["Location"].endswith("/password")
    client.post("/password", data={"current": one_time, "password": "my-own-pass", "confirm": "my-own-pass"})
    assert client.get("/student/").status_code == 200


@pytest.fixture
def csrf_client(app):
    """A client of the app with CSRF protection on, as in production."""
    app.config["WTF_CSRF_ENABLED"] = True
    return app.test_client()


def test_forms_without_a_csrf_token_are_refused(csrf_client):
    make_teacher()
    commit()
    response = csrf_client.post("/login", data={"username": "teacher", "password": PASSWORD})
    assert response.status_code == 400 and b"This form has expired" in response.data
    assert csrf_client.get("/teacher/").status_code == 302
    page = csrf_client.get("/login").data.decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = csrf_client.post("/login", data={"username": "teacher", "password": PASSWORD, "csrf_token": token})
    assert response.headers["Location"].endswith("/teacher/")
    assert csrf_client.post("/logout").status_code == 400
