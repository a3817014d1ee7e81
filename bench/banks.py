"""Teacher pages that grow with a bank: the bank page (filtered, searched, paged) and the dashboard.

For each backend, a fresh database holds one teacher with three banks made from the course pack's questions
repeated under new ids up to 282, 5,640 and 50,000 questions (the sizes of issue 19). Each page is requested through
the test client (no network, no server: the app's own time) a few times after a warm-up; the median is printed,
the three bank sizes side by side. The target of issue 19: every page under 100 ms at 50,000 questions.

    .venv/bin/python bench/banks.py                        # SQLite and PostgreSQL
    .venv/bin/python bench/banks.py --backends sqlite --sizes 282,5640
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom_burst import PASSWORD, ROOT, drop_database, fresh_database, make_app  # noqa: E402

# Its own PostgreSQL database per run, so another bench beside it cannot drop it.
PG_BANKS_DATABASE = f"studyapp_bench_banks_{os.getpid()}"
PAGES = {
    "bank page": "",
    "filtered by type": "?type=multiple_choice",
    "two filters": "?type=true_false&status=draft",
    "search": "?q=kazakhstan",
    "quality warning": "?warning=answer_not_in_quote",
    "page 40": "?page=40",
}


def bank_data(size: int) -> dict:
    """The course pack's questions repeated (new ids) up to `size` questions, with its documents."""
    pack = json.loads((ROOT / "content" / "course-pack.json").read_text(encoding="utf-8"))
    questions, n = [], 0
    while len(questions) < size:
        for q in pack["questions"]:
            if len(questions) == size:
                break
            q = copy.deepcopy(q)
            q["id"] = f"{q['id']}-{n}"
            questions.append(q)
        n += 1
    return {**pack, "questions": questions, "flashcards": []}


def seed(app, sizes: list[int]) -> dict[int, int]:
    """A teacher with one bank per size; returns bank id by size."""
    from studyapp.db import db
    from studyapp.models import Role
    from studyapp.services import accounts, banks

    with app.app_context():
        db.create_all()
        teacher = accounts.create_user("bench-teacher", PASSWORD, role=Role.TEACHER, full_name="Bench Teacher")
        ids = {}
        for size in sizes:
            t0 = time.perf_counter()
            bank = banks.store_bank(bank_data(size), key=f"bench:{size}", owner=teacher)
            db.session.commit()
            ids[size] = bank.id
            print(f"  seeded {size:,} questions in {time.perf_counter() - t0:.1f} s", flush=True)
        if db.engine.dialect.name == "postgresql":
            # What autovacuum does within a minute of a big import: statistics for the planner and the visibility
            # map that lets a query read only an index.
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        return ids


def time_page(client, url: str, runs: int) -> float:
    """Median milliseconds of `runs` GETs of `url` after one warm-up (each must answer 200)."""
    client.get(url)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append(1000 * (time.perf_counter() - t0))
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    return statistics.median(times)


def run_backend(backend: str, sizes: list[int], runs: int, workdir: Path) -> dict:
    """Seed, then time every page of every bank and the dashboard."""
    url = fresh_database(backend, workdir, name=PG_BANKS_DATABASE)
    app = make_app(url, workdir)
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    print(f"{backend}:", flush=True)
    ids = seed(app, sizes)
    results: dict[str, dict[int, float]] = {}
    try:
        client = app.test_client()
        client.post("/login", data={"username": "bench-teacher", "password": PASSWORD})
        for size, bank_id in ids.items():
            for label, query in PAGES.items():
                results.setdefault(label, {})[size] = time_page(client, f"/teacher/banks/{bank_id}{query}", runs)
        dashboard = time_page(client, "/teacher/", runs)
        results["dashboard (all banks)"] = {size: dashboard for size in sizes}
    finally:
        with app.app_context():
            from studyapp.db import db

            db.session.remove()
            db.engine.dispose()
        drop_database(backend, name=PG_BANKS_DATABASE)
    return results


def main() -> int:
    """Print one table per backend: pages down, bank sizes across, median ms."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--sizes", default="282,5640,50000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="studyapp-banks-"))
    worst = 0.0
    try:
        for backend in args.backends.split(","):
            (workdir / backend).mkdir()
            results = run_backend(backend, sizes, args.runs, workdir / backend)
            print(f"\n{backend}, median ms of {args.runs} requests")
            print(f"  {'page':<24}" + "".join(f"{size:>10,}" for size in sizes))
            for label, by_size in results.items():
                print(f"  {label:<24}" + "".join(f"{by_size[size]:>10.0f}" for size in sizes))
                worst = max(worst, by_size[sizes[-1]])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nslowest page at {sizes[-1]:,} questions: {worst:.0f} ms (target: under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
