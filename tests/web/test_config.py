"""Settings: production refuses the default secret key and sets secure cookies; security headers on every page."""
from __future__ import annotations

import pytest

from studyapp import create_app
from studyapp.config import ConfigError


def test_production_refuses_the_default_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"STUDYAPP_ENV": "production"})


def test_production_with_a_real_key_has_secure_cookies(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("STUDYAPP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 64)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.sqlite3'}"})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["SESSION_COOKIE_HTTPONLY"]


def test_every_page_carries_a_strict_content_security_policy(client):
    response = client.get("/login")
    policy = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff" and response.headers["X-Frame-Options"] == "DENY"


def test_demo_accounts_cannot_log_in_with_the_demo_password_in_production(app, client, runner):
    runner.invoke(args=["content", "load"])
    assert runner.invoke(args=["demo", "create"]).exit_code == 0
    app.config["STUDYAPP_ENV"] = "production"
    response = client.post("/login", data={"username": "demo-teacher", "password": "demo-pass"})
    assert response.status_code == 200 and b"Demo accounts are disabled in production" in response.data
    assert client.get("/teacher/").status_code == 302


def test_behind_a_proxy_the_client_address_is_the_forwarded_one(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("STUDYAPP_PROXY_COUNT", "1")
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.sqlite3'}"})
    seen = {}

    @app.get("/_whoami")
    def whoami():
        """Echo what the app sees of the client."""
        from flask import request

        seen.update(addr=request.remote_addr, scheme=request.scheme)
        return "ok"

    app.test_client().get("/_whoami", headers={"X-Forwarded-For": "10.1.2.3", "X-Forwarded-Proto": "https"})
    assert seen == {"addr": "10.1.2.3", "scheme": "https"}


@pytest.mark.parametrize("setting, expected", [(None, 2), ("normal", 1), ("FULL", 2)])
def test_sqlite_syncs_every_commit_unless_told_otherwise(monkeypatch, tmp_path, setting, expected):
    """PRAGMA synchronous: 2 = FULL (the default: a power cut loses no saved answer), 1 = NORMAL."""
    import sqlalchemy as sa

    from studyapp.db import db

    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path))
    if setting is None:
        monkeypatch.delenv("STUDYAPP_SQLITE_SYNCHRONOUS", raising=False)
    else:
        monkeypatch.setenv("STUDYAPP_SQLITE_SYNCHRONOUS", setting)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 's.sqlite3'}"})
    with app.app_context():
        assert db.session.execute(sa.text("PRAGMA synchronous")).scalar() == expected
        assert db.session.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        db.session.remove()
        db.engine.dispose()


def test_an_unknown_sqlite_sync_mode_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("STUDYAPP_SQLITE_SYNCHRONOUS", "OFF")
    with pytest.raises(ConfigError, match="STUDYAPP_SQLITE_SYNCHRONOUS must be one of FULL, NORMAL"):
        create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 's.sqlite3'}"})


def test_pooled_connections_are_tested_only_where_the_database_can_drop_them(app, backend):
    """PostgreSQL: a server restart or idle timeout kills pooled connections, so the pool tests each one as it
    leaves and replaces a dead one. SQLite: a file cannot drop a connection, so no test statement is spent."""
    from studyapp.db import db

    with app.app_context():
        if backend == "postgresql":
            import psycopg

            with db.engine.connect() as connection:
                dropped = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with psycopg.connect(db.engine.url.set(drivername="postgresql", query={}).render_as_string(False),
                                 autocommit=True) as admin:
                assert admin.execute("SELECT pg_terminate_backend(%s)", (dropped,)).fetchone()[0]
            with db.engine.connect() as connection:  # no OperationalError: the dead one was replaced
                assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() != dropped
        else:
            statements: list[str] = []
            with db.engine.connect() as connection:
                connection.connection.dbapi_connection.set_trace_callback(statements.append)
            with db.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 2").scalar()
            assert statements == ["SELECT 2"]


def test_counts_take_the_plural_form_of_the_language(app):
    """ngettext, not a filter appending "s": English has two forms, Russian three, Kazakh keeps the singular."""
    template = app.jinja_env.from_string('{{ ngettext("%(num)s question", "%(num)s questions", n) }}')
    seen = {}
    for language in ("en", "ru", "kk"):
        with app.test_request_context("/", headers={"Accept-Language": language}):
            from flask_babel import refresh

            refresh()
            seen[language] = [template.render(n=n) for n in (1, 3, 5, 21)]
    assert seen["en"] == ["1 question", "3 questions", "5 questions", "21 questions"]
    assert seen["ru"] == ["1 вопрос", "3 вопроса", "5 вопросов", "21 вопрос"]
    assert seen["kk"] == ["1 сұрақ", "3 сұрақ", "5 сұрақ", "21 сұрақ"]
