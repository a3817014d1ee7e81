"""200 concurrent students autosaving and submitting against gunicorn: lost and duplicated answers must be zero.

For each backend (SQLite in WAL mode with a busy timeout, and PostgreSQL): a fresh database with a class of
200 students and one 10-question assignment, seeded before gunicorn starts. Every student logs in and starts
the quiz (every fifth starts it from two tabs at once); then all 200 take it at the same moment, each in its
own thread: every question answered twice (a first choice, then a change of mind), each save posted as the
quiz page's autosave does (slot fields + X-CSRFToken, retried like static/quiz.js when the server fails), then
submitted (every tenth student submits from two tabs at once). Afterwards the database is read back:

  lost        an answer the server acknowledged ({"saved": true}) that is missing or holds another value
  duplicated  more than one stored answer for one slot of one attempt, or more than one attempt per student
  bad score   a submitted score that differs from grading the acknowledged final answers

    .venv/bin/python bench/load_200.py                      # both backends
    .venv/bin/python bench/load_200.py --backends sqlite --students 50
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom_burst import (  # noqa: E402
    Server, Student, csrf_of, drop_database, free_port, fresh_database, make_app, seed_class, server_env,
    PASSWORD, fill_slots,
)

RETRIES = 5


@dataclass
class Outcome:
    """What one student's browser saw."""

    acknowledged: dict[int, str] = field(default_factory=dict)  # slot id -> last value the server said it saved
    sent: int = 0
    retried: int = 0
    failed: int = 0
    statuses: Counter = field(default_factory=Counter)
    submit_statuses: list[int] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


def log_in_and_start(base: str, username: str, assignment_id: int, two_tabs: bool) -> Student:
    """Log in and start the quiz; with `two_tabs`, two starts posted at the same moment."""
    http = requests.Session()
    page = http.get(base + "/login", timeout=60)
    page = http.post(base + "/login", data={"username": username, "password": PASSWORD,
                                            "csrf_token": csrf_of(page.text)}, timeout=60)
    page.raise_for_status()
    token = csrf_of(page.text)
    url = f"{base}/student/assignments/{assignment_id}/start"
    if two_tabs:
        other = clone(http)
        with ThreadPoolExecutor(2) as pool:
            first, second = pool.map(lambda h: h.post(url, data={"csrf_token": token}, timeout=60), (http, other))
        if first.url != second.url:
            raise RuntimeError(f"{username}: two tabs got two attempts ({first.url}, {second.url})")
    else:
        first = http.post(url, data={"csrf_token": token}, timeout=60)
    first.raise_for_status()
    return Student(username=username, http=http, csrf=csrf_of(first.text),
                   attempt_id=int(first.url.rstrip("/").rsplit("/", 1)[1]))


def clone(http: requests.Session) -> requests.Session:
    """A second tab: a new connection pool with the same cookies."""
    other = requests.Session()
    other.cookies.update(http.cookies)
    return other


def autosave(student: Student, base: str, slot_id: int, value: str, outcome: Outcome) -> None:
    """Post one slot as quiz.js does; retry while the server fails (5xx, not JSON, no connection)."""
    url = f"{base}/student/attempts/{student.attempt_id}/answers"
    outcome.sent += 1
    for attempt in range(RETRIES):
        start = time.perf_counter()
        try:
            response = student.http.post(url, data={"slot_id": slot_id, f"slot_{slot_id}": value},
                                         headers={"X-CSRFToken": student.csrf, "Accept": "application/json"},
                                         timeout=60)
            outcome.latencies.append(time.perf_counter() - start)
            outcome.statuses[response.status_code] += 1
            data = response.json() if response.headers.get("Content-Type", "").startswith("application/json") \
                else None
        except requests.RequestException:
            outcome.statuses["connection error"] += 1
            data = None
        if data is not None:
            if data.get("saved"):
                outcome.acknowledged[slot_id] = value
            else:
                outcome.failed += 1  # refused with a reason: the page shows it, no retry (as quiz.js)
            return
        outcome.retried += 1
        time.sleep(0.5 * 2 ** attempt)
    outcome.failed += 1


def take_quiz(student: Student, base: str, index: int, go: threading.Barrier) -> Outcome:
    """Every slot answered twice (first choice, then the final one), then submitted (twice at once for some)."""
    outcome = Outcome()
    go.wait()
    for slot_id, choices in student.slots:
        autosave(student, base, slot_id, choices[0], outcome)
        autosave(student, base, slot_id, final_choice(choices, index, slot_id), outcome)
    url = f"{base}/student/attempts/{student.attempt_id}"
    post = lambda h: h.post(url, data={"submit": "1", "csrf_token": student.csrf},  # noqa: E731
                            allow_redirects=False, timeout=60).status_code
    if index % 10 == 0:
        with ThreadPoolExecutor(2) as pool:
            outcome.submit_statuses = list(pool.map(post, (student.http, clone(student.http))))
    else:
        outcome.submit_statuses = [post(student.http)]
    return outcome


def final_choice(choices: list[str], index: int, slot_id: int) -> str:
    """A different pattern of answers for each student, so scores vary."""
    return choices[(index + slot_id) % len(choices)]


def verify(app, students: list[Student], outcomes: list[Outcome]) -> dict:
    """Read the database back and compare it with what every browser was told."""
    import sqlalchemy as sa

    from studyapp.db import db
    from studyapp.models import Answer, Attempt, QuizSlot
    from studyapp.services.grading import grade, key_of

    counts = Counter({key: 0 for key in ("lost answers", "duplicated answers", "students with other than one attempt",
                                          "not submitted", "wrong scores")})
    with app.app_context():
        for student, outcome in zip(students, outcomes):
            attempts = list(db.session.scalars(sa.select(Attempt).join(Attempt.student).where(
                Attempt.student.has(username=student.username))))
            counts["students with other than one attempt"] += len(attempts) != 1
            attempt = db.session.get(Attempt, student.attempt_id)
            counts["not submitted"] += attempt.submitted_at is None
            stored = list(db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt.id)))
            per_slot = Counter(a.slot_id for a in stored)
            counts["duplicated answers"] += sum(n - 1 for n in per_slot.values() if n > 1)
            by_slot = {a.slot_id: a for a in stored}
            expected = 0.0
            for slot_id, value in outcome.acknowledged.items():
                answer = by_slot.get(slot_id)
                if answer is None or answer.raw != value:
                    counts["lost answers"] += 1
                slot = db.session.get(QuizSlot, slot_id)
                expected += grade(key_of(slot.question), value, slot.points)[1]
            counts["answers stored"] += len(stored)
            counts["wrong scores"] += attempt.score is None or abs(attempt.score - expected) > 1e-9
            counts["final answers acknowledged"] += len(outcome.acknowledged)
    return counts


def run_backend(backend: str, args, workdir: Path) -> dict:
    """One backend: seed, serve, 200 students at once, verify."""
    url = fresh_database(backend, workdir)
    app = make_app(url, workdir)
    seeded = seed_class(app, args.students)
    server = Server(env=server_env(url, workdir), port=args.port or free_port(), workers=args.workers,
                    threads=args.threads, log=workdir / "gunicorn.log")
    try:
        server.start()
        t0 = time.perf_counter()
        with ThreadPoolExecutor(32) as pool:
            students = list(pool.map(
                lambda iu: log_in_and_start(server.base, iu[1], seeded["assignment_id"], iu[0] % 5 == 0),
                enumerate(seeded["usernames"])))
        fill_slots(app, students)
        print(f"  {backend}: {len(students)} students logged in and started in {time.perf_counter() - t0:.1f} s",
              flush=True)
        go = threading.Barrier(len(students))
        t0 = time.perf_counter()
        with ThreadPoolExecutor(len(students)) as pool:
            outcomes = list(pool.map(lambda i: take_quiz(students[i], server.base, i, go), range(len(students))))
        elapsed = time.perf_counter() - t0
        counts = verify(app, students, outcomes)
    finally:
        server.stop()
        with app.app_context():
            from studyapp.db import db

            db.session.remove()
            db.engine.dispose()
    latencies = sorted(x for o in outcomes for x in o.latencies)
    statuses = sum((o.statuses for o in outcomes), Counter())
    submits = Counter(s for o in outcomes for s in o.submit_statuses)
    return {
        "backend": backend, "students": len(students), "seconds": elapsed,
        "saves sent": sum(o.sent for o in outcomes), "retried": sum(o.retried for o in outcomes),
        "refused/failed": sum(o.failed for o in outcomes), "statuses": dict(statuses), "submits": dict(submits),
        "save p50 ms": 1000 * statistics.median(latencies),
        "save p95 ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))], **counts,
    }


def main() -> int:
    """Run each backend and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help=">1 uses gunicorn's gthread worker")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="studyapp-load-"))
    results = []
    try:
        for backend in args.backends.split(","):
            (workdir / backend).mkdir()
            try:
                results.append(run_backend(backend, args, workdir / backend))
            finally:
                drop_database(backend)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    keys = ["students", "seconds", "saves sent", "final answers acknowledged", "answers stored", "lost answers",
            "duplicated answers", "students with other than one attempt", "not submitted", "wrong scores",
            "retried", "refused/failed", "save p50 ms", "save p95 ms", "statuses", "submits"]
    print(f"\n{'':<38}" + "".join(f"{r['backend']:>22}" for r in results))
    for key in keys:
        cells = "".join(f"{(f'{r[key]:.1f}' if isinstance(r[key], float) else str(r[key])):>22}" for r in results)
        print(f"{key:<38}{cells}")
    bad = sum(r["lost answers"] + r["duplicated answers"] + r["students with other than one attempt"]
              + r["not submitted"] + r["wrong scores"] for r in results)
    print("\nRESULT:", "zero lost or duplicated answers, every score right" if not bad else f"{bad} PROBLEMS")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
