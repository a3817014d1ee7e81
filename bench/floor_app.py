"""The app as gunicorn serves it, plus four bench-only routes: the floor under any authenticated durable save.

`classroom_burst.py` serves this module (`gunicorn bench.floor_app:app`) so that, beside /healthz and the real
autosave, one run also measures what every save on this stack must do however it is written, step by step:

  POST /bench-floor/csrf        the signed session cookie read and the CSRF header checked (Flask-WTF, as on
                                every POST of the app), nothing else
  POST /bench-floor/form        ... and the form body parsed
  POST /bench-floor/write       ... and one upsert of (attempt, slot, raw answer, time) committed, through the raw
                                DB-API connection (no ORM, no SQLAlchemy statement), durable as the database is
                                configured (SQLite's sync mode; PostgreSQL in autocommit, like the real save)
  POST /bench-floor/read-write  ... with one SELECT of the student's attempt row before the write

and two that `exam_day.py --floor` uses for the floor under the synchronised start (no attempt, no query):

  POST /bench-floor/start/<id>  the session read and the CSRF field checked, then a redirect, as Start answers
  GET  /bench-floor/attempts/<n> the session read, then a page of the quiz page's size with a fresh CSRF token
  POST /bench-floor/start-page/<id>  Start and its page in one request: the session and CSRF checked, one raw
                                durable upsert (the attempt Start must write), then that page

The gap between read-write and the real save is what StudyApp's own code adds (SQLAlchemy, the checks, grading).
The routes exist only in this module; the app's own routes are unchanged. The table it writes,
bench_floor_writes, lives in the bench's throwaway database only.
"""
from __future__ import annotations

import sys
from pathlib import Path

from flask import Blueprint, jsonify, redirect, request, session
from flask_wtf.csrf import generate_csrf

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp import create_app  # noqa: E402
from studyapp.db import db, utcnow  # noqa: E402
from studyapp.models import parse_session_id  # noqa: E402

floor = Blueprint("bench_floor", __name__, url_prefix="/bench-floor")

TABLE = ("CREATE TABLE IF NOT EXISTS bench_floor_writes (attempt_id INTEGER NOT NULL, slot_id INTEGER NOT NULL, "
         "raw TEXT, answered_at TEXT, PRIMARY KEY (attempt_id, slot_id))")
UPSERT = ("INSERT INTO bench_floor_writes (attempt_id, slot_id, raw, answered_at) VALUES ({p}, {p}, {p}, {p}) "
          "ON CONFLICT (attempt_id, slot_id) DO UPDATE SET raw = excluded.raw, answered_at = excluded.answered_at")
SELECT = ("SELECT attempts.submitted_at, attempts.deadline_at, attempts.layout FROM attempts "
          "JOIN users ON users.id = attempts.student_id AND users.session_version = {p} "
          "WHERE attempts.id = {p} AND attempts.student_id = {p}")


def _session_account() -> tuple[int, int]:
    """The signed-in account's (id, session version) from the signed session, as the real save reads them."""
    return parse_session_id(session["_user_id"])


def _student_id() -> int:
    """The signed-in account's id from the signed session."""
    return _session_account()[0]


@floor.post("/csrf")
def csrf_only():
    """Session cookie read and CSRF header checked (before_request), nothing else."""
    return jsonify(saved=True, student=_student_id())


@floor.post("/form")
def form_parsed():
    """... and the form parsed."""
    slot_id = int(request.form["slot_id"])
    return jsonify(saved=True, student=_student_id(), slot_id=slot_id, raw=request.form.get(f"slot_{slot_id}"))


def _raw_write(read_first: bool, attempt_id: int | None = None, slot_id: int | None = None):
    """One raw DB-API upsert (after one SELECT when asked), committed on a pooled connection."""
    (student_id, session_version) = _session_account()
    attempt_id = int(request.args["attempt"]) if attempt_id is None else attempt_id
    slot_id = int(request.form["slot_id"]) if slot_id is None else slot_id
    raw, now = request.form.get(f"slot_{slot_id}"), utcnow()
    connection = db.engine.raw_connection()  # through the pool, pre-ping included, as the real save's checkout
    postgres = db.engine.dialect.name == "postgresql"
    marker = "%s" if postgres else "?"
    try:
        if postgres:
            connection.driver_connection.autocommit = True  # the real save runs in autocommit there too
        cursor = connection.cursor()
        if read_first:
            cursor.execute(SELECT.format(p=marker), (session_version, attempt_id, student_id))
            if cursor.fetchone() is None:
                return jsonify(saved=False), 404
        cursor.execute(UPSERT.format(p=marker), (attempt_id, slot_id, raw, now.isoformat()))
        connection.commit()
    finally:
        if postgres:
            connection.driver_connection.autocommit = False
        connection.close()
    return jsonify(saved=True, slot_id=slot_id, saved_at=now.isoformat())


@floor.post("/write")
def write():
    """... and one durable upsert."""
    return _raw_write(read_first=False)


@floor.post("/read-write")
def read_write():
    """... and one SELECT, then one durable upsert."""
    return _raw_write(read_first=True)


# As many bytes as the 16-question quiz page (19.5 KB), with the CSRF meta the player reads.
PAGE = ('<!doctype html><html><head><meta name="csrf-token" content="{token}"></head><body>'
        + "<p>" + "x" * 19_400 + "</p></body></html>")


@floor.post("/start/<int:assignment_id>")
def start_floor(assignment_id: int):
    """The floor under Start: the session and the CSRF field checked (before_request), a redirect, no attempt."""
    return redirect(f"/bench-floor/attempts/{_student_id()}")


@floor.get("/attempts/<int:number>")
def page_floor(number: int):
    """The floor under the quiz page: the session read and a page of the same size, no query, no template."""
    _student_id()
    return PAGE.replace("{token}", generate_csrf())


@floor.post("/start-page/<int:assignment_id>")
def start_page_floor(assignment_id: int):
    """Start answered with its page: the session and CSRF checked, one durable upsert, the page; no ORM, no template."""
    _raw_write(read_first=False, attempt_id=_student_id(), slot_id=assignment_id)
    return PAGE.replace("{token}", generate_csrf())


def build():
    """create_app() with the floor routes and their table."""
    application = create_app()
    application.register_blueprint(floor)
    with application.app_context(), db.engine.begin() as connection:
        connection.exec_driver_sql(TABLE)
    return application


app = build()
