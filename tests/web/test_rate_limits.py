"""Login rate limits: per account wherever the attempts come from, shared between app processes via Redis."""
from __future__ import annotations

import os
import uuid

import pytest
from factories import commit, make_teacher

from studyapp import create_app

REDIS_URL = os.environ.get("STUDYAPP_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def limited_app(app, storage: str, tmp_path, monkeypatch, name: str):
    """Another app instance on the same database with rate limits on (a second 'process')."""
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / name))
    other = create_app({**{k: app.config[k] for k in ("SQLALCHEMY_DATABASE_URI", "SECRET_KEY")},
                        "TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": True,
                        "RATELIMIT_STORAGE_URI": storage, "LOGIN_LIMIT_PER_ACCOUNT": "3 per minute",
                        "LOGIN_LIMIT_PER_ADDRESS": "100 per minute"})
    return other


def attempt(client, username="teacher", password="wrong-password"):
    """One login attempt."""
    return client.post("/login", data={"username": username, "password": password})


def test_a_fourth_wrong_password_in_a_minute_is_refused(app, tmp_path, monkeypatch):
    make_teacher()
    commit()
    limited = limited_app(app, "memory://", tmp_path, monkeypatch, "a")
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


def test_two_app_processes_share_the_limit_through_redis(app, tmp_path, monkeypatch):
    if not redis_available():
        if os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1":
            pytest.fail(f"Redis not reachable at {REDIS_URL}")
        pytest.skip(f"Redis not reachable at {REDIS_URL}")
    make_teacher()
    commit()
    storage = f"{REDIS_URL}"
    first = limited_app(app, storage, tmp_path, monkeypatch, "one")
    second = limited_app(app, storage, tmp_path, monkeypatch, "two")
    username = f"teacher-{uuid.uuid4().hex[:8]}"  # a fresh key, so earlier runs do not count
    one, two = first.test_client(), second.test_client()
    assert [attempt(c, username).status_code for c in (one, two, one)] == [200, 200, 200]
    assert attempt(two, username).status_code == 429
