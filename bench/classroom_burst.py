"""Classroom burst: wrk against gunicorn, the quiz page and answer saving beside bare /healthz, SQLite and PostgreSQL.

For each backend: a fresh database is seeded (a class of N students, one 10-question assignment) before any
server starts; every student logs in and starts the quiz over HTTP. Then for each server setting (gunicorn
worker count; on SQLite also the sync mode, STUDYAPP_SQLITE_SYNCHRONOUS) a gunicorn serves the same database
and wrk runs rounds of short bursts at the same connection count, one after another:

  healthz  GET /healthz                                  (no database: the ceiling of this server)
  quiz     GET /student/attempts/<id>                    (rotating over every student's session)
  save     POST /student/attempts/<id>/answers           (autosave: rotating sessions, slots and choices,
                                                          with each student's cookie and X-CSRFToken)

Between the quiz page and the save, four floor steps (bench/floor_app.py; skip them with --no-floor) measure
what any authenticated, CSRF-checked, durable save costs on this stack and machine, however it is written:
the session and CSRF check alone, then the form parse, one raw DB-API upsert committed, one SELECT before it.
The server runs bench.floor_app:app, which is create_app() plus those four bench-only routes.

It prints the medians over the rounds of requests/s, p50, p95 and p99, and of each round's own ratio to the
bare endpoint, and checks the goal of issue 7: saving >= 0.5 x bare throughput and p95 < 250 ms. All traffic
goes to 127.0.0.1; every run is bounded.

    .venv/bin/python bench/classroom_burst.py             # both backends, -w 2 and 4, 200 connections, 3 x 5 s
    .venv/bin/python bench/classroom_burst.py --backends sqlite --workers 2 --sqlite-synchronous FULL --rounds 1
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgresql://postgres@127.0.0.1:5432")
PG_DATABASE = "studyapp_bench"
SECRET_KEY = "bench-secret-key-not-for-production"
PASSWORD = "bench-pass-123"
HOST = "127.0.0.1"
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


# --- databases -------------------------------------------------------------------------------------------------

def fresh_database(backend: str, workdir: Path, name: str = PG_DATABASE) -> str:
    """An empty database for one run: a new SQLite file in `workdir`, or PostgreSQL `name` dropped and recreated."""
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'bench.sqlite3'}"
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://{PG_SERVER.split('://', 1)[1]}/{name}"


def drop_database(backend: str, name: str = PG_DATABASE) -> None:
    """Drop the PostgreSQL bench database (SQLite files go with their temporary folder)."""
    if backend != "postgresql":
        return
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_env(url: str, workdir: Path) -> dict:
    """The environment both the seeding code and gunicorn run with."""
    env = dict(os.environ)
    env.update(DATABASE_URL=url, SECRET_KEY=SECRET_KEY, STUDYAPP_ENV="development",
               STUDYAPP_INSTANCE_PATH=str(workdir / "instance"))
    return env


def make_app(url: str, workdir: Path):
    """The app as gunicorn will build it, for seeding and checking (same database, same secret)."""
    os.environ.update({k: v for k, v in server_env(url, workdir).items()
                       if k in ("DATABASE_URL", "SECRET_KEY", "STUDYAPP_ENV", "STUDYAPP_INSTANCE_PATH")})
    from studyapp import create_app

    return create_app()


def seed_class(app, students: int, questions: int = 10) -> dict:
    """Schema, the course pack, a teacher, a class of `students` and one assignment of `questions` questions.

    The first student is made by the accounts service; the others share one cheap PBKDF2 hash of the same
    password (check_password_hash reads any werkzeug method), so 200 logins measure the app, not scrypt.
    Everything else goes through the app's services, as `demo create` does.
    """
    from werkzeug.security import generate_password_hash

    from studyapp.db import db, utcnow
    from studyapp.models import Role, User
    from studyapp.services import accounts, banks, classes, quizzes
    from studyapp.services import questions as question_service

    with app.app_context():
        db.create_all()
        pack, _count = banks.load_content_dir(ROOT / "content")[0]
        teacher = accounts.create_user("bench-teacher", PASSWORD, role=Role.TEACHER, full_name="Bench Teacher")
        bank = banks.copy_bank(pack, owner=teacher, now=utcnow())  # "Use the course pack"
        usable = [q for q in bank.questions if q.type in ("multiple_choice", "true_false")]
        drafts = [q for q in usable[: questions * 2] if q.status == "draft"]
        question_service.set_status(drafts, "approved", actor=teacher, now=utcnow())
        classroom = classes.create_classroom("Bench class", teacher=teacher)
        first = accounts.create_user("bench-s0001", PASSWORD, role=Role.STUDENT, full_name="Student 1")
        classes.enrol(classroom, first)
        cheap = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
        for i in range(2, students + 1):
            user = User(username=f"bench-s{i:04d}", full_name=f"Student {i}", role=Role.STUDENT,
                        password_hash=cheap)
            db.session.add(user)
            db.session.flush()
            classes.enrol(classroom, user)
        quiz = quizzes.build_quiz(bank, owner=teacher, title="Bench quiz", count=questions, seed=1)
        now = utcnow()
        assignment = quizzes.assign_quiz(quiz, classroom, due_at=now + timedelta(days=1),
                                         now=now - timedelta(minutes=1))
        db.session.commit()
        return {"assignment_id": assignment.id, "classroom_id": classroom.id,
                "usernames": [f"bench-s{i:04d}" for i in range(1, students + 1)]}


# --- the server ------------------------------------------------------------------------------------------------

def free_port(low: int = 5100, high: int = 5199) -> int:
    """A port in [low, high] nobody listens on."""
    for port in range(low, high + 1):
        with socket.socket() as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {low}-{high}")


@dataclass
class Server:
    """gunicorn serving the app on 127.0.0.1:port, in its own process group."""

    env: dict
    port: int
    workers: int = 4
    threads: int = 1
    app_spec: str = "studyapp:create_app()"  # or "bench.floor_app:app": the app plus the floor routes
    proc: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def base(self) -> str:
        """http://127.0.0.1:port"""
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 30.0) -> "Server":
        """Start gunicorn and wait until /healthz answers."""
        cmd = [str(ROOT / ".venv/bin/gunicorn"), "-w", str(self.workers), "-b", f"{HOST}:{self.port}",
               "--backlog", "2048", "--timeout", "60", "--log-level", "warning"]
        if self.threads > 1:
            cmd += ["-k", "gthread", "--threads", str(self.threads)]
        cmd.append(self.app_spec)
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=out, stderr=out, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode} (log: {self.log})")
            try:
                if requests.get(self.base + "/healthz", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def drain(self, limit: float = 60.0) -> float:
        """Wait until requests wrk left queued in the backlog are served (a quick /healthz); seconds waited."""
        start = time.monotonic()
        while time.monotonic() - start < limit:
            t0 = time.monotonic()
            requests.get(self.base + "/healthz", timeout=limit)
            if time.monotonic() - t0 < 0.05:
                break
            time.sleep(0.5)
        return time.monotonic() - start

    def stop(self) -> None:
        """Stop gunicorn and its workers (TERM, then KILL after 10 s)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


# --- students over HTTP ----------------------------------------------------------------------------------------

@dataclass
class Student:
    """One logged-in student with a started attempt: what a browser tab holds."""

    username: str
    http: requests.Session
    csrf: str = ""
    attempt_id: int = 0
    slots: list[tuple[int, list[str]]] = field(default_factory=list)  # (slot id, choices)

    @property
    def cookie(self) -> str:
        """The Cookie header of this student's session."""
        return "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)


def csrf_of(html: str) -> str:
    """The CSRF token in a page's <meta name="csrf-token">."""
    match = CSRF_META.search(html)
    if not match:
        raise RuntimeError("no csrf-token meta on the page")
    return match.group(1)


def log_in_and_start(base: str, username: str, assignment_id: int) -> Student:
    """Log in as a browser does, start the assignment, keep the quiz page's CSRF token."""
    http = requests.Session()
    page = http.get(base + "/login", timeout=30)
    page = http.post(base + "/login", data={"username": username, "password": PASSWORD,
                                            "csrf_token": csrf_of(page.text)}, timeout=30)
    page.raise_for_status()
    started = http.post(f"{base}/student/assignments/{assignment_id}/start",
                        data={"csrf_token": csrf_of(page.text)}, timeout=30)
    started.raise_for_status()
    match = re.search(r"/student/attempts/(\d+)$", started.url)
    if not match:
        raise RuntimeError(f"{username}: start did not lead to a quiz page ({started.url})")
    return Student(username=username, http=http, csrf=csrf_of(started.text), attempt_id=int(match.group(1)))


def fill_slots(app, students: list[Student]) -> None:
    """Each attempt's slots and choices as the quiz page shows them (from the stored layout)."""
    from studyapp.db import db
    from studyapp.models import Attempt
    from studyapp.student.player import slot_views

    with app.app_context():
        for student in students:
            attempt = db.session.get(Attempt, student.attempt_id)
            student.slots = [(v.slot.id, list(v.choices)) for v in slot_views(attempt, {})]


def start_students(base: str, app, usernames: list[str], assignment_id: int, parallel: int = 16) -> list[Student]:
    """Every student logged in with a started attempt (logins in parallel, as a class arrives)."""
    with ThreadPoolExecutor(parallel) as pool:
        students = list(pool.map(lambda u: log_in_and_start(base, u, assignment_id), usernames))
    fill_slots(app, students)
    return students


# --- wrk -------------------------------------------------------------------------------------------------------

LUA = r"""
-- generated by bench/classroom_burst.py: rotate over students' sessions (cookie, CSRF header, attempt)
local mode = "%(mode)s"
local target = "%(target)s"
local sessions = %(sessions)s
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = (tid or 0) * 7919
  bad = 0
end

function request()
  counter = counter + 1
  local s = sessions[(counter %% #sessions) + 1]
  if mode == "quiz" then
    return wrk.format("GET", s.path, {["Cookie"] = s.cookie})
  end
  local body = s.bodies[(math.floor(counter / #sessions) %% #s.bodies) + 1]
  local path = s.path .. "/answers"
  if target ~= "answers" then path = "/bench-floor/" .. target .. "?attempt=" .. s.attempt end
  return wrk.format("POST", path, {["Cookie"] = s.cookie, ["X-CSRFToken"] = s.csrf,
    ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local not200 = 0
  for _, t in ipairs(threads) do not200 = not200 + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p95_us": %%d, "p99_us": %%d, "max_us": %%d, ' ..
    '"not200": %%d, "connect": %%d, "read": %%d, "write": %%d, "timeout": %%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, not200, e.connect, e.read, e.write, e.timeout))
end
"""

HEALTH_LUA = LUA.replace('local sessions = %(sessions)s', 'local sessions = {}').replace(
    "function request()", "function unused_request()").replace(
    "function response(status, headers, body)", "function response(status, headers, body)")


def lua_string(text: str) -> str:
    """A Lua string literal."""
    return json.dumps(text)  # JSON escapes are valid Lua escapes for these ASCII/UTF-8 texts


def write_lua(path: Path, mode: str, students: list[Student]) -> Path:
    """The wrk script for `mode` (health, quiz or save) over these students."""
    from urllib.parse import urlencode

    if mode == "health":
        path.write_text(HEALTH_LUA % {"mode": mode, "target": ""})
        return path
    rows = []
    for s in students:
        bodies = [urlencode({"slot_id": slot_id, f"slot_{slot_id}": choice})
                  for slot_id, choices in s.slots for choice in choices]
        rows.append("{path=%s, attempt=%s, cookie=%s, csrf=%s, bodies={%s}}" % (
            lua_string(f"/student/attempts/{s.attempt_id}"), lua_string(str(s.attempt_id)), lua_string(s.cookie),
            lua_string(s.csrf),
            ",".join(lua_string(b) for b in bodies)))
    target = FLOOR_STEPS.get(mode, "answers")
    path.write_text(LUA % {"mode": "quiz" if mode == "quiz" else "save", "target": target,
                           "sessions": "{\n" + ",\n".join(rows) + "\n}"})
    return path


def run_wrk(url: str, script: Path, connections: int, duration: int, threads: int = 2) -> dict:
    """One wrk run; its figures as a dict (rps, p50_ms, p95_ms, ...)."""
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
           "-s", str(script), url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60).stdout
    line = next((ln for ln in out.splitlines() if ln.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError("wrk printed no figures:\n" + out)
    data = json.loads(line[len("WRKJSON "):])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["p50_ms"], data["p95_ms"], data["p99_ms"] = data["p50_us"] / 1e3, data["p95_us"] / 1e3, data["p99_us"] / 1e3
    data["errors"] = data["connect"] + data["read"] + data["write"] + data["timeout"]
    return data


def check_answers(app, students: list[Student]) -> dict:
    """After the save burst: answers stored, none duplicated, none outside the attempts' slots."""
    import sqlalchemy as sa

    from studyapp.db import db
    from studyapp.models import Answer

    with app.app_context():
        ids = [s.attempt_id for s in students]
        total = db.session.scalar(sa.select(sa.func.count()).select_from(Answer).where(Answer.attempt_id.in_(ids)))
        dupes = db.session.scalar(sa.select(sa.func.count()).select_from(
            sa.select(Answer.attempt_id, Answer.slot_id).where(Answer.attempt_id.in_(ids))
            .group_by(Answer.attempt_id, Answer.slot_id).having(sa.func.count() > 1).subquery()))
        found = {"answers": total, "duplicates": dupes}
        if db.engine.dialect.name == "sqlite":  # kept in the file (the sync mode is each connection's own)
            found["journal_mode"] = db.session.execute(sa.text("PRAGMA journal_mode")).scalar()
        return found


# --- the run ---------------------------------------------------------------------------------------------------

def bench_backend(backend: str, args, workdir: Path) -> list[dict]:
    """Seed, log the class in, then per server setting (SQLite sync mode, worker count): serve and run the three
    bursts; one row per endpoint."""
    url = fresh_database(backend, workdir)
    app = make_app(url, workdir)
    seeded = seed_class(app, args.students)
    rows, students = [], None
    try:
        syncs = args.sqlite_synchronous if backend == "sqlite" else [""]
        for sync, workers in ((sync, workers) for sync in syncs for workers in args.workers):
            label = f"{backend}{f' {sync}' if sync else ''} -w {workers}"
            env = server_env(url, workdir)
            if sync:
                env["STUDYAPP_SQLITE_SYNCHRONOUS"] = sync
            server = Server(env=env, port=args.port or free_port(), workers=workers, threads=args.threads,
                            app_spec="bench.floor_app:app" if args.floor else "studyapp:create_app()",
                            log=workdir / f"gunicorn-{backend}-{sync}-{workers}.log")
            try:
                server.start()
                if students is None:  # the sessions (signed cookies) and attempts serve every server that follows
                    t0 = time.perf_counter()
                    students = start_students(server.base, app, seeded["usernames"], seeded["assignment_id"])
                    print(f"  {backend}: {len(students)} students logged in and started in "
                          f"{time.perf_counter() - t0:.1f} s", flush=True)
                rows += burst(server, students, args, workdir, backend, label)
                saturated = next(r for r in reversed(rows) if r["endpoint"] == ENDPOINTS["save"])
                saturated["check"] = check_answers(app, students)
            finally:
                server.stop()
    finally:
        with app.app_context():
            from studyapp.db import db

            db.session.remove()
            db.engine.dispose()
    return rows


ENDPOINTS = {"health": "healthz (bare)", "quiz": "quiz page GET", "floor-csrf": "floor: session+CSRF",
             "floor-form": "floor: + form", "floor-write": "floor: + raw write", "floor-read-write": "floor: + read",
             "save": "answer save POST"}
# The floor steps' routes in floor_app.py: what any authenticated durable save costs on this stack.
FLOOR_STEPS = {"floor-csrf": "csrf", "floor-form": "form", "floor-write": "write", "floor-read-write": "read-write"}


def burst(server: Server, students: list, args, workdir: Path, backend: str, label: str) -> list[dict]:
    """Rounds of wrk runs (bare, quiz, the floor steps, save) against one server; per endpoint the round medians.

    Each round measures the bare endpoint again just before the others, and `x bare` is the median of the
    rounds' own ratios: other load on the machine then shifts both sides of a ratio alike.
    """
    modes = [mode for mode in ENDPOINTS if args.floor or mode not in FLOOR_STEPS]
    runs: dict[str, list[dict]] = {mode: [] for mode in modes}
    for round_no in range(1, (1 if args.profile else args.rounds) + 1):
        for mode in modes:
            script = write_lua(workdir / f"{mode}.lua", mode, students)
            target = server.base + ("/healthz" if mode == "health" else "/")
            server.drain()  # the previous burst's queued requests must not eat into this one
            load = os.getloadavg()[0]
            if args.profile and mode == "save":
                result = profile_run(server, target, script, args, workdir, backend)
            else:
                result = run_wrk(target, script, args.connections, args.duration)
            result.update(load=load, ratio=result["rps"] / runs["health"][-1]["rps"] if mode != "health" else 1.0)
            runs[mode].append(result)
            print(f"  {label} round {round_no} {mode}: {result['rps']:.0f} req/s, p95 {result['p95_ms']:.0f} ms, "
                  f"{result['ratio']:.2f} x bare", flush=True)
    rows = []
    for mode, results in runs.items():
        row = {key: statistics.median(r[key] for r in results) for key in ("rps", "p50_ms", "p95_ms", "p99_ms",
                                                                           "ratio")}
        row.update(backend=label, endpoint=ENDPOINTS[mode], load=results[0]["load"],
                   not200=sum(r["not200"] for r in results), errors=sum(r["errors"] for r in results),
                   ratios=[round(r["ratio"], 2) for r in results])
        rows.append(row)
    return rows


def profile_run(server: Server, target: str, script: Path, args, workdir: Path, backend: str) -> dict:
    """The save burst with py-spy sampling every worker (idle time too, so lock waits show); prints top frames."""
    raw = Path(args.profile_dir) / f"profile-save-{backend}.txt"
    raw.parent.mkdir(parents=True, exist_ok=True)
    spy = subprocess.Popen([args.py_spy, "record", "--subprocesses", "--idle", "-p", str(server.proc.pid),
                            "-d", str(args.duration), "-r", "250", "-f", "raw", "-o", str(raw), "--nonblocking"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    load = os.getloadavg()[0]
    result = run_wrk(target, script, args.connections, args.duration)
    result["load"] = load
    spy.wait(args.duration + 60)
    result.update(backend=backend, endpoint="answer save POST", profile=str(raw))
    print(f"  {backend} save (profiled): {result['rps']:.0f} req/s, p95 {result['p95_ms']:.0f} ms")
    summarise_profile(raw)
    return result


def summarise_profile(raw: Path, top: int = 18) -> None:
    """Share of samples per innermost StudyApp frame, and per leaf function (py-spy raw = collapsed stacks)."""
    from collections import Counter

    ours, leaves, total = Counter(), Counter(), 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames, n = stack.split(";"), int(count)
        if not any("handle_request" in f or "wsgi_app" in f for f in frames):
            continue  # the gunicorn arbiter and idle accept loops
        total += n
        mine = [f for f in frames if "studyapp/" in f]
        ours[mine[-1] if mine else "(outside studyapp: flask, werkzeug, gunicorn)"] += n
        leaves[frames[-1]] += n
    print(f"    request samples: {total}; innermost studyapp frame:")
    for frame, n in ours.most_common(top):
        print(f"    {100 * n / total:5.1f}%  {frame}")
    print("    leaf frames:")
    for frame, n in leaves.most_common(top):
        print(f"    {100 * n / total:5.1f}%  {frame}")


def print_table(rows: list[dict], connections: int, rounds: int) -> None:
    """Medians of requests/s, p50, p95, p99 and of the per-round ratios, with the goal check."""
    print(f"\nmedians over {rounds} round(s); 'x bare' per round in brackets")
    print(f"{'server':<24}{'endpoint':<20}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'non-200':>9}{'sock err':>9}{'x bare':>8}{'load1':>7}  rounds")
    for backend in dict.fromkeys(r["backend"] for r in rows):
        group = [r for r in rows if r["backend"] == backend]
        for r in group:
            ratio = f"{r['ratio']:>8.2f}"
            print(f"{backend:<24}{r['endpoint']:<20}{r['rps']:>9.0f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}"
                  f"{r['p99_ms']:>9.1f}{r['not200']:>9}{r['errors']:>9}{ratio}{r['load']:>7.1f}"
                  f"  {r['ratios']}")
        save = next(r for r in group if r["endpoint"] == ENDPOINTS["save"])
        met = save["ratio"] >= 0.5 and save["p95_ms"] < 250 and save["not200"] == 0
        print(f"{'':<24}goal at {connections} connections (save >= 0.5 x bare, p95 < 250 ms, all 200): "
              f"{'MET' if met else 'MISSED'}; after the burst: {save.get('check')}")


def main() -> int:
    """Run the bursts and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the three runs per server (medians)")
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--workers", type=lambda v: [int(w) for w in v.split(",")], default=[2, 4],
                        help="gunicorn worker counts, each its own server in turn: 2,4 (the default)")
    parser.add_argument("--sqlite-synchronous", type=lambda v: [m.strip().upper() for m in v.split(",")],
                        default=["FULL", "NORMAL"], help="SQLite sync modes to serve with, in turn: FULL,NORMAL")
    parser.add_argument("--threads", type=int, default=1, help=">1 uses gunicorn's gthread worker")
    parser.add_argument("--port", type=int, default=0, help="default: a free port in 5100-5199")
    parser.add_argument("--profile", action="store_true", help="sample one worker with py-spy during the save run")
    parser.add_argument("--py-spy", default=shutil.which("py-spy") or "py-spy", help="path of py-spy")
    parser.add_argument("--profile-dir", default=".", help="where the raw py-spy profile goes")
    parser.add_argument("--no-floor", dest="floor", action="store_false",
                        help="skip the floor steps and serve the plain app (studyapp:create_app())")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, Lua scripts)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="studyapp-burst-"))
    print(f"classroom burst: {args.students} students, {args.connections} connections, {args.duration} s per run, "
          f"gunicorn -w {','.join(map(str, args.workers))}{f' --threads {args.threads}' if args.threads > 1 else ''}; work in {workdir}")
    rows = []
    try:
        for backend in args.backends.split(","):
            sub = workdir / backend
            sub.mkdir()
            try:
                rows += bench_backend(backend, args, sub)
            finally:
                drop_database(backend)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(rows, args.connections, 1 if args.profile else args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
