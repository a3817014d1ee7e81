"""Shared fixtures: the app on SQLite (always) and PostgreSQL (when TEST_DATABASE_URL is set), client, runner."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from studyapp import create_app
from studyapp.db import db

FIXTURES = Path(__file__).parent / "fixtures"
PG_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
REQUIRE_ALL = os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1"
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def pytest_configure(config):
    """In CI every kind of test must run: refuse to start without PostgreSQL. The translations are compiled
    (`make test` has done it already; a bare `pytest` does it here)."""
    if REQUIRE_ALL and not PG_URL:
        raise pytest.UsageError("STUDYAPP_REQUIRE_ALL_TESTS=1 needs TEST_DATABASE_URL (PostgreSQL).")
    from i18n_support import compile_catalogues

    compile_catalogues()


# Each test run works in its own schema of the PostgreSQL database, so two runs (CI and a developer,
# or two branches) never drop each other's tables.
PG_SCHEMA = f"studyapp_test_{os.getpid()}"


def pg_sqlalchemy_url(url: str) -> str:
    """TEST_DATABASE_URL in the psycopg 3 dialect, with this run's schema first on the search path."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
            break
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{PG_SCHEMA}"


def database_url(backend: str, tmp_path: Path) -> str:
    """A fresh database URL for one test on `backend`."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    return pg_sqlalchemy_url(PG_URL)


def reset_schema(app) -> None:
    """Drop every table (even ones from older schemas) and create the current schema."""
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                # pg_trgm (the bank search index) lives in public: made in a run's schema, it would go with it
                conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
                conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
                conn.execute(sa.text(f"CREATE SCHEMA {PG_SCHEMA}"))
        else:
            db.drop_all()
        db.create_all()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """The database backend of this test run: sqlite or postgresql."""
    return request.param


@pytest.fixture
def app(backend, tmp_path, monkeypatch):
    """The app on a fresh database, CSRF off (a dedicated test turns it on)."""
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_url(backend, tmp_path),
        "WTF_CSRF_ENABLED": False,
        "CONTENT_DIR": str(FIXTURES / "banks"),
        "DEMO_PASSWORD": "demo-pass",
        "FSRS_FUZZ": False,
        "RATELIMIT_ENABLED": False,
        "JOBS_INLINE": True,  # generation jobs finish inside the request, never in a thread outliving the test
    })
    reset_schema(app)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    from i18n_support import dispose_second_apps

    dispose_second_apps()


@pytest.fixture(autouse=True)
def close_test_client_bodies(monkeypatch):
    """Close the temporary files Werkzeug's test client writes request bodies over 500 KB to.

    Its multipart encoder (werkzeug.test.stream_encode_multipart) never closes them, so the garbage collector
    found them open in whichever test ran next; the app's own upload files are closed by Flask at teardown."""
    import tempfile

    import werkzeug.test

    made = []

    def temporary_file(*args, **kwargs):
        made.append(tempfile.TemporaryFile(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(werkzeug.test, "TemporaryFile", temporary_file)
    yield
    for stream in made:
        stream.close()


@pytest.fixture
def client(app):
    """A test client."""
    return app.test_client()


@pytest.fixture
def runner(app, monkeypatch):
    """A CLI runner in an English shell (commands print in the shell's language; a test may pass env= LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    return app.test_cli_runner()


def pytest_sessionfinish(session):
    """Drop this run's PostgreSQL schema."""
    if PG_URL:
        engine = sa.create_engine(pg_sqlalchemy_url(PG_URL))
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        engine.dispose()


def pytest_terminal_summary(terminalreporter):
    """Say how many tests ran on each backend and in the browser, so CI can check none were skipped."""
    passed = terminalreporter.stats.get("passed", [])
    counts = {"sqlite": 0, "postgresql": 0, "browser": 0}
    for report in passed:
        if "[sqlite" in report.nodeid or "-sqlite" in report.nodeid:
            counts["sqlite"] += 1
        if "postgresql" in report.nodeid:
            counts["postgresql"] += 1
        if "browser" in report.keywords:
            counts["browser"] += 1
    terminalreporter.write_line(
        "studyapp test counts: sqlite={sqlite} postgresql={postgresql} browser={browser}".format(**counts))
