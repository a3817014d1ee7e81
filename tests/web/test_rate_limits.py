"""Rate limits: logins per account and address (never locking the owner out), passwords, sign-ups, join codes."""
from __future__ import annotations

import os
import uuid

import pytest
from factories import PASSWORD, commit, make_classroom, make_student, make_teacher

from studyapp import create_app
from studyapp.db import db

REDIS_URL = os.environ.get("STUDYAPP_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def limited_app(app, tmp_path, monkeypatch):
    """Factory of further app instances on the same database with rate limits on (more 'processes')."""
    made = []

    def make(storage: str, name: str, **limits):
        """One more app instance using `storage` for its limits (3 logins a minute per account unless given)."""
        monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / name))
        other = create_app({**{k: app.config[k] for k in ("SQLALCHEMY_DATABASE_URI", "SECRET_KEY")},
                            "TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": True,
                            "RATELIMIT_STORAGE_URI": storage, "LOGIN_LIMIT_PER_ACCOUNT": "3 per minute",
                            "LOGIN_LIMIT_PER_ADDRESS": "100 per minute", **limits})
        made.append(other)
        return other

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()


def attempt(client, username="teacher", password="wrong-password", address="127.0.0.1"):
    """One login attempt from `address`."""
    return client.post("/login", data={"username": username, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def test_a_fourth_wrong_password_in_a_minute_is_refused(limited_app):
    make_teacher()
    commit()
    limited = limited_app("memory://", "a")
    client = limited.test_client()
    assert [attempt(client).status_code for _ in range(3)] == [200, 200, 200]
    blocked = attempt(client, password="password123")
    assert blocked.status_code == 429 and b"Too many login attempts" in blocked.data
    assert attempt(client, username="someone-else").status_code == 200  # other accounts still log in


def redis_available() -> bool:
    """True when the test Redis answers."""
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 - any failure means no Redis here
        return False


def test_two_app_processes_share_the_limit_through_redis(limited_app):
    if not redis_available():
        if os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1":
            pytest.fail(f"Redis not reachable at {REDIS_URL}")
        pytest.skip(f"Redis not reachable at {REDIS_URL}")
    make_teacher()
    commit()
    storage = f"{REDIS_URL}"
    first = limited_app(storage, "one")
    second = limited_app(storage, "two")
    username = f"teacher-{uuid.uuid4().hex[:8]}"  # a fresh key, so earlier runs do not count
    one, two = first.test_client(), second.test_client()
    assert [attempt(c, username).status_code for c in (one, two, one)] == [200, 200, 200]
    assert attempt(two, username).status_code == 429


def test_ten_failed_logins_from_one_address_do_not_lock_the_owner_out_from_another(limited_app):
    make_teacher()
    commit()
    limited = limited_app("memory://", "a", LOGIN_LIMIT_PER_ACCOUNT="10 per 5 minutes")
    guesser, owner = limited.test_client(), limited.test_client()
    assert {attempt(guesser, address="10.0.0.66").status_code for _ in range(10)} == {200}
    assert attempt(guesser, password=PASSWORD, address="10.0.0.66").status_code == 429  # the guesser waits
    assert attempt(owner, password=PASSWORD, address="10.0.0.7").status_code == 302


def test_the_owner_gets_in_from_a_browser_used_before_even_on_the_guessers_network(limited_app):
    """A school shares one address: a classmate's wrong guesses must not lock the owner's own browser out."""
    make_teacher()
    make_teacher("other", "Other Teacher")
    commit()
    limited = limited_app("memory://", "a")
    owner, guesser = limited.test_client(), limited.test_client()
    assert attempt(owner, password=PASSWORD, address="10.0.0.9").status_code == 302  # at home, yesterday
    owner.post("/logout")
    assert [attempt(guesser).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert attempt(guesser, password=PASSWORD).status_code == 429
    assert attempt(owner, password=PASSWORD).status_code == 302
    owner.post("/logout")
    # The browser is trusted for its own account only: guesses at another account from it are counted as usual.
    assert [attempt(owner, "other").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_guesses_at_one_account_from_many_addresses_meet_a_looser_limit(limited_app):
    make_teacher()
    commit()
    limited = limited_app("memory://", "a", LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES="5 per minute")
    owner, guesser = limited.test_client(), limited.test_client()
    assert attempt(owner, password=PASSWORD, address="10.0.0.1").status_code == 302
    owner.post("/logout")
    assert [attempt(guesser, address=f"10.0.1.{n}").status_code for n in range(4)] == [200] * 4
    assert attempt(guesser, address="10.0.1.99").status_code == 429  # the owner's login was the fifth
    assert attempt(owner, password=PASSWORD, address="10.0.0.1").status_code == 302


def test_password_changes_are_limited_per_account(limited_app):
    make_student()
    commit()
    client = limited_app("memory://", "a", PASSWORD_LIMIT_PER_ACCOUNT="3 per minute").test_client()
    attempt(client, "student", PASSWORD)
    wrong = {"current": "not-it-at-all", "password": "a-new-pass1", "confirm": "a-new-pass1"}
    assert [client.post("/password", data=wrong).status_code for _ in range(4)] == [200, 200, 200, 429]


def test_signups_are_limited_per_address(limited_app):
    client = limited_app("memory://", "a", SIGNUP_LIMIT_PER_ADDRESS="2 per minute").test_client()

    def signup(n):
        """One sign-up with a password too short, from one address."""
        return client.post("/signup", data={"username": f"t{n}", "full_name": "T", "password": "short",
                                            "confirm": "short"}, environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert [signup(n).status_code for n in range(3)] == [200, 200, 429]


def test_wrong_join_codes_are_limited_per_address_and_right_ones_are_not(limited_app):
    classroom = make_classroom(make_teacher())
    commit()
    limited = limited_app("memory://", "a", JOIN_LIMIT_PER_ADDRESS="3 per minute")

    def join(code, username):
        """A new student joins from the school's one address."""
        return limited.test_client().post("/join", data={
            "join_code": code, "username": username, "full_name": username, "password": "secret-pass",
            "confirm": "secret-pass"}, environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert [join(classroom.join_code, f"kid{n}").status_code for n in range(5)] == [302] * 5
    assert [join("WRONG234", "guess").status_code for _ in range(3)] == [200] * 3
    assert join(classroom.join_code, "late.kid").status_code == 429
    signed_in = limited.test_client()
    attempt(signed_in, "kid1", "secret-pass", address="10.0.0.5")
    refused = signed_in.post("/student/join", data={"join_code": classroom.join_code},
                             environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert refused.status_code == 429  # joining another class when signed in shares the count


def test_the_browser_cookie_is_signed_and_kept_from_scripts(limited_app):
    make_teacher()
    commit()
    limited = limited_app("memory://", "a", SESSION_COOKIE_SECURE=True)
    owner, guesser = limited.test_client(), limited.test_client()
    header = next(h for h in attempt(owner, password=PASSWORD, address="10.0.0.9").headers.getlist("Set-Cookie")
                  if h.startswith("studyapp_browser="))
    assert "HttpOnly" in header and "Secure" in header and "SameSite=Lax" in header
    value = header.split(";", 1)[0].split("=", 1)[1]
    guesser.set_cookie("studyapp_browser", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert [attempt(guesser).status_code for _ in range(4)] == [200, 200, 200, 429]  # a forged cookie counts for nothing
