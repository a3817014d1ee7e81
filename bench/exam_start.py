"""In-process cost of each step of the exam (issue 19): Start and the first quiz page, then the rest, per request.

Seeds the exam of bench/exam_day.py (16-question quiz) for N students on a fresh database, logs each in, then
times `POST /student/assignments/<id>/start` and the `GET` of the quiz page it redirects to, counting SQL
statements per request. `--steps` then times the rest of the exam for every student the same way: each answer
saved as the player's autosave does, "Finish attempt" (the form with every answer), the summary, its confirmation
and the result page. `--profile FILE` writes a cProfile of the start+page loop (read it with pstats).

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
from exam_day import Student, answer_for, read_slots, seed_exam  # noqa: E402

PG_START_DATABASE = f"studyapp_bench_start_{os.getpid()}"  # its own, so no other bench drops it


def timed_steps(app, clients: list, statements: list) -> dict:
    """Every later step of the exam for every student: median processor ms and statements per request."""
    import random

    sheet = [Student(username="", http=None, attempt_id=attempt_id) for _c, _t, attempt_id in clients]
    read_slots(app, sheet)
    costs: dict[str, list[tuple[float, int]]] = {}

    def step(name: str, client, method: str, url: str, **kwargs) -> None:
        """One request of one student, with its processor time and statements."""
        del statements[:]
        c0 = time.process_time()
        response = client.open(url, method=method, **kwargs)
        costs.setdefault(name, []).append((time.process_time() - c0, len(statements)))
        assert response.status_code < 400, (name, response.status_code)

    rng = random.Random(3)
    for (client, token, attempt_id), student in zip(clients, sheet):
        page, form = f"/student/attempts/{attempt_id}", {}
        for slot in student.slots:
            fields, _raw = answer_for(slot, rng)
            form.update(fields)
            step("save", client, "POST", f"{page}/answers", data={"slot_id": slot.slot_id, **fields},
                 headers={"X-CSRFToken": token, "Accept": "application/json"})
        step("finish", client, "POST", page, data={"submit": "1", "csrf_token": token, **form})
        step("summary", client, "GET", f"{page}/summary")
        step("submit", client, "POST", f"{page}/submit", data={"confirm": "1", "csrf_token": token})
        step("result", client, "GET", f"{page}/result")
    return {f"{name} cpu ms": 1000 * statistics.median(c for c, _n in values) for name, values in costs.items()} | {
        f"{name} SQL": statistics.median(n for _c, n in values) for name, values in costs.items()}


def measure(backend: str, students: int, profile: str | None, steps: bool = False) -> dict:
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
        starts, pages, start_sql, page_sql, size, cpu, attempts = [], [], [], [], 0, [], []
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
            attempts.append(int(response.headers["Location"].rsplit("/", 1)[1]))
            starts.append(t1 - t0)
            pages.append(t2 - t1)
        if profiler:
            profiler.dump_stats(profile)
        later = timed_steps(app, [(c, t, a) for (c, t), a in zip(clients, attempts)], statements) if steps else {}
        engine.dispose()
        ordered = sorted(s + p for s, p in zip(starts, pages))
        return {"backend": backend, "start ms": 1000 * statistics.median(starts),
                "page ms": 1000 * statistics.median(pages),
                "start+page p95 ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))],
                "start cpu ms": 1000 * statistics.median(c for c, _p in cpu),
                "page cpu ms": 1000 * statistics.median(p for _c, p in cpu),
                "start SQL": statistics.median(start_sql), "page SQL": statistics.median(page_sql),
                "page bytes": size} | later
    finally:
        drop_database(backend, name=PG_START_DATABASE)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    """Print one row per backend."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--steps", action="store_true", help="also time every later step of the exam")
    parser.add_argument("--profile", help="write a cProfile of the start+page loop to this file (first backend)")
    args = parser.parse_args()
    for i, backend in enumerate(args.backends.split(",")):
        row = measure(backend, args.students, args.profile if i == 0 else None, args.steps)
        print("  ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
