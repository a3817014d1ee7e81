"""In-process cost of the synchronised start (issue 19): Start, then the first quiz page, through the test client.

Seeds the exam of bench/exam_day.py (16-question quiz) for N students on a fresh database, logs each in, then
times `POST /student/assignments/<id>/start` and the `GET` of the quiz page it redirects to, counting SQL
statements per request. `--profile FILE` writes a cProfile of the start+page loop (read it with pstats).

    .venv/bin/python bench/exam_start.py --students 100 --backends sqlite,postgresql
"""
from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom_burst import PASSWORD, csrf_of, drop_database, fresh_database, make_app  # noqa: E402
from exam_day import seed_exam  # noqa: E402

PG_START_DATABASE = f"studyapp_bench_start_{os.getpid()}"  # its own, so no other bench drops it


def measure(backend: str, students: int, profile: str | None) -> dict:
    """Log every student in, then time Start + quiz page for each; medians, p95 and statements per request."""
    import sqlalchemy as sa

    workdir = Path(tempfile.mkdtemp(prefix="studyapp-start-"))
    try:
        url = fresh_database(backend, workdir, name=PG_START_DATABASE)
        app = make_app(url, workdir)
        app.config["RATELIMIT_ENABLED"] = False
        seeded = seed_exam(app, students)
        from studyapp.db import db

        with app.app_context():  # requests push their own context: Flask-Login must not keep one user in `g`
            engine = db.engine
        statements = []
        sa.event.listen(engine, "before_cursor_execute", lambda *a, **k: statements.append(1))
        clients = []
        for username in seeded["usernames"]:
            client = app.test_client()
            page = client.get("/login")
            page = client.post("/login", data={"username": username, "password": PASSWORD,
                                               "csrf_token": csrf_of(page.get_data(as_text=True))},
                               follow_redirects=True)
            clients.append((client, csrf_of(page.get_data(as_text=True))))
        starts, pages, start_sql, page_sql, size, cpu = [], [], [], [], 0, []
        profiler = cProfile.Profile() if profile else None
        for client, token in clients:
            if profiler:
                profiler.enable()
            del statements[:]
            c0, t0 = time.process_time(), time.perf_counter()
            response = client.post(f"/student/assignments/{seeded['assignment_id']}/start",
                                   data={"csrf_token": token})
            c1, t1 = time.process_time(), time.perf_counter()
            start_sql.append(len(statements))
            del statements[:]
            page = client.get(response.headers["Location"])
            c2, t2 = time.process_time(), time.perf_counter()
            cpu.append((c1 - c0, c2 - c1))
            page_sql.append(len(statements))
            if profiler:
                profiler.disable()
            assert response.status_code == 302 and page.status_code == 200, (response.status_code, page.status)
            size = len(page.data)
            starts.append(t1 - t0)
            pages.append(t2 - t1)
        if profiler:
            profiler.dump_stats(profile)
        engine.dispose()
        ordered = sorted(s + p for s, p in zip(starts, pages))
        return {"backend": backend, "start ms": 1000 * statistics.median(starts),
                "page ms": 1000 * statistics.median(pages),
                "start+page p95 ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))],
                "start cpu ms": 1000 * statistics.median(c for c, _p in cpu),
                "page cpu ms": 1000 * statistics.median(p for _c, p in cpu),
                "start SQL": statistics.median(start_sql), "page SQL": statistics.median(page_sql),
                "page bytes": size}
    finally:
        drop_database(backend, name=PG_START_DATABASE)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    """Print one row per backend."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--profile", help="write a cProfile of the start+page loop to this file (first backend)")
    args = parser.parse_args()
    for i, backend in enumerate(args.backends.split(",")):
        row = measure(backend, args.students, args.profile if i == 0 else None)
        print("  ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
