"""Gradebook bench (issue 6): the gradebook page of 40 students x 50 assignments and the scores CSV of
1,000 students x 50 assignments, beside bare /healthz in the same run, through the Flask test client.

Data: two classes of one teacher, each with 50 assignments (5 quizzes, due dates past and future so every
cell state occurs: done, late, in progress, missing, not started). About 80% of cells hold a submitted attempt,
5% an open one. Rows are bulk-inserted (the bench measures reading, not seeding).

    .venv/bin/python bench/gradebook.py                          # SQLite and PostgreSQL
    .venv/bin/python bench/gradebook.py --backends sqlite --repeat 3
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom_burst import PASSWORD, ROOT, drop_database, fresh_database  # noqa: E402

PG_DATABASE = "studyapp_bench_gradebook"
ASSIGNMENTS = 50


def seed(app, small: int, large: int) -> dict:
    """A teacher with a `small`-student and a `large`-student class, each with ASSIGNMENTS assignments."""
    import sqlalchemy as sa
    from werkzeug.security import generate_password_hash

    from studyapp.db import db, utcnow
    from studyapp.models import Attempt, Enrolment, Role, User
    from studyapp.services import accounts, banks, classes, questions, quizzes

    rng = random.Random(7)
    now = utcnow()
    with app.app_context():
        db.create_all()
        pack, _count = banks.load_content_dir(ROOT / "content")[0]
        teacher = accounts.create_user("bench-teacher", PASSWORD, role=Role.TEACHER, full_name="Bench Teacher")
        bank = banks.copy_bank(pack, owner=teacher, now=now)  # "Use the course pack"
        picked = [q for q in bank.questions if q.type in ("multiple_choice", "true_false")][:40]
        questions.set_status([q for q in picked if q.status == "draft"], "approved", actor=teacher, now=now)
        quiz_list = [quizzes.build_quiz(bank, owner=teacher, title=f"Unit {n} quiz", count=10, seed=n)
                     for n in range(1, 6)]
        cheap = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
        ids = {}
        for label, size in (("gradebook", small), ("csv", large)):
            classroom = classes.create_classroom(f"Bench {label} class", teacher=teacher)
            db.session.execute(sa.insert(User), [
                {"username": f"{label}-s{i:04d}", "full_name": f"Student {i}", "role": Role.STUDENT,
                 "password_hash": cheap, "must_change_password": False, "created_at": now}
                for i in range(1, size + 1)])
            student_ids = list(db.session.scalars(sa.select(User.id).where(User.username.like(f"{label}-s%"))))
            db.session.execute(sa.insert(Enrolment), [
                {"classroom_id": classroom.id, "student_id": sid, "created_at": now} for sid in student_ids])
            assignments = []
            for n in range(ASSIGNMENTS):
                # Half are past due (done, late, missing), half still open (done, in progress, not started).
                opened = now - timedelta(days=60 - n)
                due = opened + timedelta(days=7) if n < ASSIGNMENTS // 2 else now + timedelta(days=7 + n)
                assignments.append(quizzes.assign_quiz(quiz_list[n % 5], classroom, due_at=due, now=opened))
            rows = []
            for sid in student_ids:
                for a in assignments:
                    roll = rng.random()
                    if roll < 0.80:
                        late = rng.random() < 0.1 and a.due_at < now
                        submitted = a.due_at + timedelta(hours=2) if late else a.open_at + timedelta(hours=1)
                        rows.append({"assignment_id": a.id, "student_id": sid, "number": 1, "started_at": a.open_at,
                                     "submitted_at": submitted, "score": float(rng.randint(0, 10)),
                                     "max_score": 10.0})
                    elif roll < 0.85 and a.due_at > now:
                        rows.append({"assignment_id": a.id, "student_id": sid, "number": 1, "started_at": a.open_at})
            db.session.execute(sa.insert(Attempt), rows)
            ids[label] = (classroom.id, len(student_ids), len(rows))
        db.session.commit()
    return ids


def timed(client, path: str, repeat: int) -> tuple[list[float], int, int]:
    """Milliseconds of each of `repeat` GETs (body read to the end, as a download is), status, body size."""
    times, status, size = [], 0, 0
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path, buffered=True)
        body = response.get_data()
        times.append(1000 * (time.perf_counter() - start))
        status, size = response.status_code, len(body)
    return times, status, size


def run_backend(backend: str, args, workdir: Path) -> list[dict]:
    """Seed one database and time the three endpoints, interleaved so they share the same conditions."""
    import os

    from studyapp import create_app

    url = fresh_database(backend, workdir, PG_DATABASE)
    os.environ["STUDYAPP_INSTANCE_PATH"] = str(workdir / "instance")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False})
    t0 = time.perf_counter()
    ids = seed(app, args.students, args.csv_students)
    print(f"  {backend}: seeded {ids} in {time.perf_counter() - t0:.1f} s", flush=True)
    client = app.test_client()
    assert client.post("/login", data={"username": "bench-teacher", "password": PASSWORD}).status_code == 302
    book_id, csv_id = ids["gradebook"][0], ids["csv"][0]
    paths = {"healthz (bare)": "/healthz",
             f"gradebook {args.students}x{ASSIGNMENTS}": f"/teacher/classes/{book_id}/gradebook",
             f"scores.csv {args.csv_students}x{ASSIGNMENTS}": f"/teacher/classes/{csv_id}/scores.csv"}
    for path in paths.values():  # warm up: templates compiled, connections open
        timed(client, path, 1)
    samples = {name: [] for name in paths}
    meta = {}
    for _ in range(args.repeat):
        for name, path in paths.items():
            times, status, size = timed(client, path, 50 if path == "/healthz" else 1)
            samples[name] += times
            meta[name] = (status, size)
    with app.app_context():
        from studyapp.db import db

        db.engine.dispose()
    bare = statistics.median(samples["healthz (bare)"])
    return [{"backend": backend, "endpoint": name, "median": statistics.median(t), "min": min(t), "max": max(t),
             "n": len(t), "status": meta[name][0], "bytes": meta[name][1], "ratio": statistics.median(t) / bare}
            for name, t in samples.items()]


def main() -> int:
    """Print ms per request and the ratio to the bare endpoint."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--students", type=int, default=40, help="students in the gradebook class")
    parser.add_argument("--csv-students", type=int, default=1000, help="students in the CSV class")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="studyapp-gradebook-"))
    rows = []
    try:
        for backend in args.backends.split(","):
            (workdir / backend).mkdir()
            try:
                rows += run_backend(backend, args, workdir / backend)
            finally:
                drop_database(backend, PG_DATABASE)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n{'backend':<11}{'endpoint':<26}{'median ms':>10}{'min ms':>9}{'max ms':>9}{'n':>5}"
          f"{'status':>7}{'bytes':>10}{'x bare':>9}")
    for r in rows:
        print(f"{r['backend']:<11}{r['endpoint']:<26}{r['median']:>10.2f}{r['min']:>9.2f}{r['max']:>9.2f}{r['n']:>5}"
              f"{r['status']:>7}{r['bytes']:>10}{r['ratio']:>9.0f}")
    return 0 if all(r["status"] == 200 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
