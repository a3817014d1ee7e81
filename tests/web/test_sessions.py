"""Sessions end when they should: logout, a password change and a one-time password's replacement end the others."""
from __future__ import annotations

import re

import pytest
from factories import PASSWORD, commit, login, make_assignment, make_classroom, make_student, make_teacher

from studyapp import create_app
from studyapp.db import db
from studyapp.models import Answer, Attempt


@pytest.fixture
def served(app, tmp_path, monkeypatch):
    """The app as a server runs it: a second instance on the test's database, so each request has its own
    app context (in the `app` fixture's context Flask-Login would keep one signed-in user across requests)."""
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / "served"))
    other = create_app({"SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"], "SECRET_KEY": "test-secret",
                        "TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})
    yield other
    with other.app_context():
        db.engine.dispose()


@pytest.fixture
def client(served):
    """A browser on the served app."""
    return served.test_client()


def session_cookie(client) -> str:
    """The signed session cookie the client holds now."""
    return client.get_cookie("session").value


def replay(client, cookie: str) -> None:
    """Put a copied session cookie back, as an attacker who kept it would."""
    client.set_cookie("session", cookie)


def signed_out(response) -> bool:
    """True when a protected page sends the visitor to the login page."""
    return response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_session_cookie_replayed_after_logout_is_signed_out(client):
    make_teacher()
    commit()
    login(client, "teacher")
    kept = session_cookie(client)
    client.post("/logout")
    replay(client, kept)
    assert signed_out(client.get("/teacher/"))


def test_logout_ends_the_account_sessions_in_other_browsers(served, client):
    make_teacher()
    commit()
    other = served.test_client()
    login(client, "teacher")
    login(other, "teacher")
    client.post("/logout")
    assert signed_out(other.get("/teacher/"))


def test_a_password_change_ends_the_other_sessions_and_keeps_this_one(served, client):
    make_student()
    commit()
    stolen = served.test_client()
    login(stolen, "student")
    login(client, "student")
    kept = session_cookie(client)
    changed = client.post("/password", data={"current": PASSWORD, "password": "a-new-pass1", "confirm": "a-new-pass1"})
    assert changed.status_code == 302
    assert client.get("/student/").status_code == 200  # this browser goes on
    assert signed_out(stolen.get("/student/"))
    replay(stolen, kept)  # the cookie this browser had before the change is dead too
    assert signed_out(stolen.get("/student/"))


def test_a_session_opened_with_a_printed_password_ends_when_the_student_sets_their_own(served, client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    commit()
    login(client, "teacher")
    page = client.post(f"/teacher/classes/{classroom.id}/roster", data={"roster": "zoe.b, Zoe B\n"})
    one_time = re.search(rb"<code>([a-z0-9]{10})</code>", page.data).group(1).decode()
    client.post("/logout")
    peeker = served.test_client()  # someone who read the printed slip
    login(peeker, "zoe.b", one_time)
    peeker_cookie = session_cookie(peeker)
    assert login(client, "zoe.b", one_time).headers["Location"].endswith("/password")
    client.post("/password", data={"current": one_time, "password": "my-own-pass", "confirm": "my-own-pass"})
    assert client.get("/student/").status_code == 200
    replay(peeker, peeker_cookie)
    assert signed_out(peeker.get("/student/"))
    assert signed_out(peeker.get("/password"))


def test_the_autosave_refuses_a_revoked_session_cookie(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "student")
    response = client.post(f"/student/assignments/{assignment.id}/start")
    attempt = db.session.get(Attempt, int(response.headers["Location"].rsplit("/", 1)[1]))
    slot = assignment.quiz.slots[0]
    kept = session_cookie(client)
    client.post("/logout")
    replay(client, kept)
    refused = client.post(f"/student/attempts/{attempt.id}/answers",
                          data={"slot_id": str(slot.id), f"slot_{slot.id}": "86%"})
    assert signed_out(refused)
    db.session.expire_all()
    assert db.session.scalars(db.select(Answer)).all() == []
