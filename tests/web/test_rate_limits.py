"""Login rate limits: per account wherever the attempts come from, shared between app processes via Redis."""
from __future__ import annotations

import os
import uuid

import pytest
from factories import commit, make_teacher

from studyapp import create_app
from studyapp.db import db

REDIS_URL = os.environ.get("STUDYAPP_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def limited_app(app, tmp_path, monkeypatch):
    """Factory of further app instances on the same database with rate limits on (more 'processes')."""
    made = []

    def make(storage: str, name: str):
        """One more app instance using `storage` for its limits."""
        monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / name))
        other = create_app({**{k: app.config[k] for k in ("SQLALCHEMY_DATABASE_URI", "SECRET_KEY")},
                            "TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": True,
                            "RATELIMIT_STORAGE_URI": storage, "LOGIN_LIMIT_PER_ACCOUNT": "3 per minute",
                            "LOGIN_LIMIT_PER_ADDRESS": "100 per minute"})
        made.append(other)
        return other

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()


def attempt(client, username="teacher", password="wrong-password"):
    """One login attempt."""
    return client.post("/login", data={"username": username, "password": password})


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
