"""Exam day: N students start one 16-question quiz within one second, answer with think time, and submit.

The scenario of the public Moodle 4.5 load test (Universidad de la República, March 2026: 2,000 students on a
12 vCPU web server and a 4 vCPU database server), against gunicorn on this machine, for each backend:

  1. a fresh database: the course pack copied by a teacher, a class of N students, one assignment of a
     16-question quiz (12 multiple choice, 2 true/false, 1 matching, 1 short answer), seeded before gunicorn starts;
  2. every student logs in beforehand (as a class arrives: a few dozen at a time);
  3. the synchronised start: every student posts "Start" at a random moment within the same second, then
     loads the quiz page it is sent to;
  4. every question answered after a random think time in --think MIN-MAX seconds, each answer saved as the
     player's autosave does (slot fields, X-CSRFToken, retried with backoff while the server fails); one answer
     in five is changed afterwards and saved again;
  5. submit, then the result page.

An asyncio load generator (aiohttp, about a third of httpx's processor time per request) runs in this process; its own processor time is printed, since it shares the
two cores with gunicorn and the database. Afterwards the database is read back:

  lost        an answer the server acknowledged ({"saved": true}) that is missing or holds another value
  duplicated  more than one stored answer for one slot, or more than one attempt for one student
  bad score   a score other than grading the acknowledged final answers

With --faults, one gunicorn worker is killed with SIGKILL during the exam and, on PostgreSQL, the database server
is restarted; the retries carry the students through and the read-back must still find nothing lost.

    .venv/bin/python bench/exam_day.py --students 300 --think 1-3 --backends sqlite      # the quick check
    .venv/bin/python bench/exam_day.py --students 2000 --think 30-90                     # both backends
    .venv/bin/python bench/exam_day.py --students 300 --think 1-3 --faults
    .venv/bin/python bench/exam_day.py --students 800 --start-only --backends sqlite       # the start alone, for the largest N
    .venv/bin/python bench/exam_day.py --students 2000 --floor two --backends sqlite      # the machine's floor under it

--floor two runs the same synchronised start against two bench-only routes (bench/floor_app.py) that only read the
session, check CSRF, redirect and send a page of the quiz page's size: no attempt, no query, no template; no
implementation of Start and its quiz page as two requests can be faster on this machine with this load generator.
--floor one does it in one request that also commits one raw upsert (the attempt any Start must write durably):
the floor of a Start that answers with the quiz page itself.

The last lines, one per backend, have this form:
    exam_day backend=sqlite students=2000 errors=0 lost=0 start_p95_ms=… save_p95_ms=… submit_p95_ms=…
All traffic goes to 127.0.0.1; every wait is bounded.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import json

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classroom_burst import (  # noqa: E402
    PASSWORD, ROOT, Server, csrf_of, drop_database, free_port, fresh_database, make_app, server_env,
)

MIX = {"multiple_choice": 12, "true_false": 2, "matching": 1, "short_answer": 1}
STEPS = ("login", "start", "quiz page", "start to quiz", "save", "summary", "submit", "result")
RETRIES = 10
# Its own PostgreSQL database per run, so banks.py or a second exam run beside it cannot drop it.
PG_EXAM_DATABASE = f"studyapp_bench_exam_{os.getpid()}"
TIMEOUT = aiohttp.ClientTimeout(total=120.0)
CONNECTION_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError)


@dataclass
class Reply:
    """A response read in full: status, headers and body."""

    status_code: int
    headers: dict
    text: str

    def json(self):
        """The body as JSON."""
        return json.loads(self.text)


class Browser:
    """One student's browser: a cookie jar and at most two connections, as a browser keeps to one server."""

    def __init__(self, base: str) -> None:
        """A session against `base` that keeps cookies even though the server is an IP address."""
        self.base = base
        self.session = aiohttp.ClientSession(
            timeout=TIMEOUT, cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(limit=2, force_close=True))

    async def _send(self, method: str, url: str, follow_redirects: bool = True, **kwargs) -> Reply:
        """Send one request and read its whole body."""
        async with self.session.request(method, self.base + url, allow_redirects=follow_redirects,
                                        **kwargs) as response:
            return Reply(response.status, dict(response.headers), await response.text())

    async def get(self, url: str, **kwargs) -> Reply:
        """GET, following redirects unless told not to."""
        return await self._send("GET", url, **kwargs)

    async def post(self, url: str, **kwargs) -> Reply:
        """POST a form, following redirects unless told not to."""
        return await self._send("POST", url, **kwargs)

    async def aclose(self) -> None:
        """Close the connections."""
        await self.session.close()


def seed_exam(app, students: int) -> dict:
    """The course pack copied by a teacher, a class of `students` and one assignment of the 16-question mix."""
    from werkzeug.security import generate_password_hash

    from studyapp.db import db, utcnow
    from studyapp.models import Role, User
    from studyapp.services import accounts, banks, classes, quizzes
    from studyapp.services import questions as question_service

    with app.app_context():
        db.create_all()
        pack, _count = banks.load_content_dir(ROOT / "content")[0]
        teacher = accounts.create_user("exam-teacher", PASSWORD, role=Role.TEACHER, full_name="Exam Teacher")
        bank = banks.copy_bank(pack, owner=teacher, now=utcnow())
        picked = []
        for kind, count in MIX.items():
            of_kind = [q for q in bank.questions if q.type == kind]
            if len(of_kind) < count:
                raise RuntimeError(f"the course pack has {len(of_kind)} {kind} questions; the exam needs {count}")
            picked += of_kind[:count]
        question_service.set_status(picked, "approved", actor=teacher, now=utcnow())
        classroom = classes.create_classroom("Exam hall", teacher=teacher)
        # One cheap PBKDF2 hash for all: the logins happen before the exam and measure the app, not scrypt.
        cheap = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
        for i in range(1, students + 1):
            user = User(username=f"exam-s{i:04d}", full_name=f"Student {i}", role=Role.STUDENT, password_hash=cheap)
            db.session.add(user)
            db.session.flush()
            classes.enrol(classroom, user)
        quiz = quizzes.build_quiz_from_questions(picked, owner=teacher, title="Exam")
        now = utcnow()
        assignment = quizzes.assign_quiz(quiz, classroom, due_at=now + timedelta(days=1),
                                         now=now - timedelta(minutes=1))
        db.session.commit()
        return {"assignment_id": assignment.id, "usernames": [f"exam-s{i:04d}" for i in range(1, students + 1)]}


@dataclass
class Slot:
    """What a student can answer in one slot, as the quiz page shows it."""

    slot_id: int
    type: str
    choices: list[str] = field(default_factory=list)  # options of a choice question
    lefts: list[str] = field(default_factory=list)  # matching: left items, and the options for each
    rights: list[str] = field(default_factory=list)
    key: object = None


@dataclass
class Student:
    """One browser: its cookies, token, attempt and what the server acknowledged."""

    username: str
    http: Browser
    csrf: str = ""
    attempt_id: int = 0
    slots: list[Slot] = field(default_factory=list)
    acknowledged: dict[int, object] = field(default_factory=dict)
    fields: dict[int, dict] = field(default_factory=dict)  # each slot's last answer as the form holds it


@dataclass
class Record:
    """Latencies per step, errors, retries and when saves failed."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    retries: int = 0
    save_failures: list[float] = field(default_factory=list)  # monotonic times of failed save tries

    async def timed(self, step: str, call):
        """Await `call`, recording its latency under `step`; non-2xx/3xx counts as an error."""
        start = time.perf_counter()
        response = await call
        self.latencies[step].append(time.perf_counter() - start)
        if response.status_code >= 400:
            self.errors[f"{step} {response.status_code}"] += 1
        return response


async def log_in(base: str, username: str, record: Record) -> Student:
    """Log in as a browser does; keep the session cookie and the landing page's CSRF token."""
    http = Browser(base)
    page = await http.get("/login")
    page = await record.timed("login", http.post("/login", data={
        "username": username, "password": PASSWORD, "csrf_token": csrf_of(page.text)}))
    return Student(username=username, http=http, csrf=csrf_of(page.text))


async def start(student: Student, assignment_id: int, at: float, record: Record, floor: str = "") -> None:
    """Post Start at loop time `at` (all within one second), then load the quiz page it leads to."""
    await asyncio.sleep(max(0.0, at - asyncio.get_running_loop().time()))
    clicked = time.perf_counter()
    if floor == "one":  # the floor of a Start that answers with the quiz page itself
        page = await record.timed("start", student.http.post(f"/bench-floor/start-page/{assignment_id}",
                                                             data={"csrf_token": student.csrf}))
        record.latencies["start to quiz"].append(time.perf_counter() - clicked)
        student.csrf = csrf_of(page.text)
        return
    url = f"/bench-floor/start/{assignment_id}" if floor else f"/student/assignments/{assignment_id}/start"
    response = await record.timed("start", student.http.post(
        url, data={"csrf_token": student.csrf}, follow_redirects=False))
    location = response.headers.get("Location", "")
    match = re.search(r"/attempts/(\d+)$", location)
    if not match:
        raise RuntimeError(f"{student.username}: start answered {response.status_code} {location!r}")
    student.attempt_id = int(match.group(1))
    page = await record.timed("quiz page", student.http.get(location))
    record.latencies["start to quiz"].append(time.perf_counter() - clicked)  # what the student waits for
    student.csrf = csrf_of(page.text)


def tree_cpu(pid: int) -> float:
    """Processor seconds used so far by process `pid` and its live children (gunicorn's master and workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1] is the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def self_cpu() -> float:
    """Processor seconds used so far by this process (the load generator)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_slots(app, students: list[Student]) -> None:
    """Each attempt's slots as its page shows them (from the stored layout), with the grading key."""
    from studyapp.db import db
    from studyapp.models import Attempt
    from studyapp.services.grading import key_of

    with app.app_context():
        for student in students:
            attempt = db.session.get(Attempt, student.attempt_id)
            layout = attempt.layout or {}
            by_id = {s.id: s for s in attempt.assignment.quiz.slots}
            for slot_id in layout.get("slots") or list(by_id):
                q = by_id[slot_id].question
                slot = Slot(slot_id=slot_id, type=q.type, key=key_of(q))
                if q.type in ("multiple_choice", "true_false"):
                    slot.choices = layout.get("choices", {}).get(str(slot_id)) or list(q.choices or ["True", "False"])
                elif q.type == "matching":
                    slot.lefts = [str(left) for left, _right in q.answer]
                    slot.rights = layout.get("rights", {}).get(str(slot_id)) or sorted({str(r) for _l, r in q.answer})
                student.slots.append(slot)
            db.session.expunge_all()


def answer_for(slot: Slot, rng: random.Random) -> tuple[dict, object]:
    """Form fields of one answer as the player posts them, and the raw answer the server should store."""
    name = f"slot_{slot.slot_id}"
    if slot.type in ("multiple_choice", "true_false"):
        choice = rng.choice(slot.choices)
        return {name: choice}, choice
    if slot.type == "matching":
        picks = {left: rng.choice(slot.rights) for left in slot.lefts}
        return {f"{name}_{i}": picks[left] for i, left in enumerate(slot.lefts)}, picks
    text = rng.choice([str(slot.key.answer), "I am not sure"])
    return {name: text}, text


async def save(student: Student, slot: Slot, fields: dict, raw: object, record: Record) -> None:
    """Post one answer as static/quiz.js does; retry with backoff while the server fails (5xx, no JSON, no link)."""
    url = f"/student/attempts/{student.attempt_id}/answers"
    for attempt in range(RETRIES):
        try:
            response = await record.timed("save", student.http.post(
                url, data={"slot_id": slot.slot_id, **fields},
                headers={"X-CSRFToken": student.csrf, "Accept": "application/json"}, follow_redirects=False))
            data = response.json() if response.headers.get("Content-Type", "").startswith("application/json") \
                else None
        except CONNECTION_ERRORS:
            record.errors["save connection"] += 1
            data = None
        if data is not None:
            if data.get("saved"):
                student.acknowledged[slot.slot_id] = raw
            else:
                record.errors["save refused"] += 1
            return
        record.retries += 1
        record.save_failures.append(time.monotonic())
        await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt))
    record.errors["save given up"] += 1


async def sit_exam(student: Student, think: tuple[float, float], seed: int, record: Record) -> None:
    """Answer every slot after thinking, change one answer in five, submit, read the result."""
    rng = random.Random(seed)
    for slot in student.slots:
        await asyncio.sleep(rng.uniform(*think))
        fields, raw = answer_for(slot, rng)
        await save(student, slot, fields, raw, record)
        student.fields[slot.slot_id] = fields
        if rng.random() < 0.2:
            fields, raw = answer_for(slot, rng)
            await save(student, slot, fields, raw, record)
            student.fields[slot.slot_id] = fields
    await asyncio.sleep(rng.uniform(*think) / 4)
    # "Finish attempt…": every answer is acknowledged (save() retries until it is), so the player (static/quiz.js)
    # opens the summary without posting its form again; the summary's confirmation submits.
    page = f"/student/attempts/{student.attempt_id}"
    await record.timed("summary", student.http.get(f"{page}/summary"))
    await _until_answered(record, "submit", lambda: student.http.post(
        f"{page}/submit", data={"confirm": "1", "csrf_token": student.csrf}, follow_redirects=False))
    await record.timed("result", student.http.get(f"{page}/result"))


async def _until_answered(record: Record, step: str, send) -> None:
    """Send one form post (`send()` makes the request), retried with backoff while the server fails."""
    for attempt in range(RETRIES):
        try:
            response = await record.timed(step, send())
        except CONNECTION_ERRORS:
            record.errors[f"{step} connection"] += 1
            response = None
        if response is not None and response.status_code < 500:
            return
        record.retries += 1
        await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt))
    record.errors[f"{step} given up"] += 1


async def faults(server: Server, backend: str, after: float, log: list[str]) -> None:
    """SIGKILL one gunicorn worker `after` seconds into the exam; on PostgreSQL restart the server too."""
    await asyncio.sleep(after)
    workers = subprocess.run(["pgrep", "-P", str(server.proc.pid)], capture_output=True, text=True).stdout.split()
    if workers:
        subprocess.run(["kill", "-9", workers[0]], check=False)
        log.append(f"killed gunicorn worker {workers[0]} at {after:.0f} s")
    if backend == "postgresql":
        await asyncio.sleep(2)
        cluster = subprocess.run("ls /etc/postgresql", shell=True, capture_output=True, text=True).stdout.split()[0]
        t0 = time.monotonic()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart"], check=False,
                       capture_output=True)
        log.append(f"restarted PostgreSQL {cluster} in {time.monotonic() - t0:.1f} s")


async def run_exam(base: str, app, seeded: dict, args, backend: str, server: Server) -> tuple[list, Record, dict]:
    """Log in, start together, sit the exam; the students and what was recorded."""
    record = Record()
    gate = asyncio.Semaphore(32)

    async def arrive(username: str) -> Student:
        async with gate:
            return await log_in(base, username, record)

    t0 = time.perf_counter()
    students = await asyncio.gather(*(arrive(u) for u in seeded["usernames"]))
    phases = {"logins s": time.perf_counter() - t0}
    print(f"{backend}: {len(students)} logged in; the synchronised start", flush=True)
    rng = random.Random(7)
    go = asyncio.get_running_loop().time() + 1.0
    t0, generator0, server0 = time.perf_counter(), self_cpu(), tree_cpu(server.proc.pid)
    await asyncio.gather(*(start(s, seeded["assignment_id"], go + rng.random(), record, args.floor)
                           for s in students))
    phases["start s"] = time.perf_counter() - t0
    phases["start cpu"] = (self_cpu() - generator0, tree_cpu(server.proc.pid) - server0)
    print(f"{backend}: started in {phases['start s']:.1f} s; the exam", flush=True)
    if not args.floor:  # the floor makes no attempts
        read_slots(app, students)
    fault_log: list[str] = []
    tasks = [] if args.start_only else [sit_exam(s, args.think, i, record) for i, s in enumerate(students)]
    if args.faults:
        tasks.append(faults(server, backend, after=len(students[0].slots) * sum(args.think) / 2 * 0.4,
                            log=fault_log))
    t0 = time.perf_counter()
    await asyncio.gather(*tasks)
    phases["exam s"] = time.perf_counter() - t0
    phases["faults"] = fault_log
    for s in students:
        await s.http.aclose()
    return students, record, phases


def read_back(app, students: list[Student]) -> Counter:
    """Compare the database with what every browser was told."""
    import sqlalchemy as sa

    from studyapp.db import db
    from studyapp.models import Answer, Attempt, QuizSlot
    from studyapp.services.grading import grade, key_of

    counts = Counter({k: 0 for k in ("lost", "duplicated", "bad score", "not submitted", "attempts not one")})
    with app.app_context():
        per_student = Counter(db.session.scalars(sa.select(Attempt.student_id)))
        counts["attempts not one"] = sum(1 for n in per_student.values() if n != 1)
        points = {s.id: (s.points, key_of(s.question)) for s in db.session.scalars(sa.select(QuizSlot))}
        for student in students:
            attempt = db.session.get(Attempt, student.attempt_id)
            stored = list(db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt.id)))
            counts["duplicated"] += sum(n - 1 for n in Counter(a.slot_id for a in stored).values() if n > 1)
            by_slot = {a.slot_id: a.raw for a in stored}
            expected = 0.0
            for slot_id, raw in student.acknowledged.items():
                counts["lost"] += by_slot.get(slot_id) != raw
                slot_points, key = points[slot_id]
                expected += grade(key, raw, slot_points)[1]
            counts["not submitted"] += attempt.submitted_at is None
            counts["bad score"] += attempt.score is None or abs(attempt.score - expected) > 1e-6
            counts["answers acknowledged"] += len(student.acknowledged)
            db.session.expunge_all()
    return counts


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) in milliseconds; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def run_backend(backend: str, args, workdir: Path) -> dict:
    """One backend: seed, serve, the exam, read back."""
    url = fresh_database(backend, workdir, name=PG_EXAM_DATABASE)
    app = make_app(url, workdir)
    seeded = seed_exam(app, args.students)
    print(f"{backend}: seeded {args.students} students; logging in", flush=True)
    env = server_env(url, workdir)
    # A whole school signs in from one address behind its NAT: the default per-address login limit (300 per
    # 5 minutes) would turn most of them away, so a school sets it to its head count (see docs/deploy.md).
    env["STUDYAPP_LOGIN_LIMIT_PER_ADDRESS"] = f"{args.students * 2} per 5 minutes"
    server = Server(env=env, port=free_port(), workers=args.workers, log=workdir / "gunicorn.log",
                    app_spec="bench.floor_app:app" if args.floor else "studyapp:create_app()")
    cpu0, children0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        server.start(timeout=180)  # a machine shared with other work may take a while to boot the workers
        students, record, phases = asyncio.run(run_exam(server.base, app, seeded, args, backend, server))
        counts = Counter() if args.floor else read_back(app, students)
    finally:
        server.stop()
        with app.app_context():
            from studyapp.db import db

            db.session.remove()
            db.engine.dispose()
    cpu1, children1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    failures = record.save_failures
    return {"backend": backend, "students": args.students, "record": record, "counts": counts, "phases": phases,
            "generator cpu s": (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime),
            # gunicorn and its workers, once stopped and reaped (SQLite runs inside them; PostgreSQL's server not)
            "server cpu s": (children1.ru_utime + children1.ru_stime) - (children0.ru_utime + children0.ru_stime),
            "saves failed for s": (max(failures) - min(failures)) if failures else 0.0, "start only": args.start_only,
            "floor": args.floor}


def report(result: dict) -> str:
    """The per-step table of one backend and its summary line."""
    record, counts, phases = result["record"], result["counts"], result["phases"]
    lines = [f"\n{result['backend']}: {result['students']} students; logins {phases['logins s']:.1f} s, "
             f"synchronised start {phases['start s']:.1f} s, exam {phases['exam s']:.1f} s; load generator "
             f"{result['generator cpu s']:.1f} s of processor time, gunicorn {result['server cpu s']:.1f} s",
             "  processor time of the synchronised start: load generator {:.1f} s, gunicorn {:.1f} s".format(
                 *phases["start cpu"]),
             f"  {'step':<14}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}"]
    for step in STEPS:
        values = record.latencies.get(step, [])
        lines.append(f"  {step:<14}{len(values):>10}{percentile(values, 50):>10.0f}{percentile(values, 95):>10.0f}"
                     f"{percentile(values, 99):>10.0f}")
    errors = sum(record.errors.values())
    lines.append(f"  errors {dict(record.errors) or 0}; retries {record.retries}; saves failing for "
                 f"{result['saves failed for s']:.1f} s; read-back {dict(counts)}")
    for line in phases.get("faults") or []:
        lines.append(f"  fault: {line}")
    start_p95 = percentile(record.latencies["start to quiz"], 95)  # from pressing Start to the quiz on screen
    if result.get("floor"):
        lines.append(f"exam_floor requests={result['floor']} backend={result['backend']} students={result['students']} errors={errors} "
                     f"start_p50_ms={percentile(record.latencies['start to quiz'], 50):.0f} start_p95_ms={start_p95:.0f}")
        return "\n".join(lines)
    if result.get("start only"):
        lines.append(f"exam_start backend={result['backend']} students={result['students']} errors={errors} "
                     f"attempts_not_one={counts['attempts not one']} "
                     f"start_p50_ms={percentile(record.latencies['start to quiz'], 50):.0f} start_p95_ms={start_p95:.0f}")
        return "\n".join(lines)
    lines.append(f"exam_day backend={result['backend']} students={result['students']} errors={errors} "
                 f"lost={counts['lost'] + counts['duplicated'] + counts['bad score']} "
                 f"start_p95_ms={start_p95:.0f} save_p95_ms={percentile(record.latencies['save'], 95):.0f} "
                 f"submit_p95_ms={percentile(record.latencies['submit'], 95):.0f}")
    return "\n".join(lines)


def main() -> int:
    """Run the exam on each backend and print the table and the summary lines."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--think", default="30-90", help="seconds of think time per question, MIN-MAX")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--faults", action="store_true", help="SIGKILL a worker (and restart PostgreSQL) mid-exam")
    parser.add_argument("--start-only", action="store_true",
                        help="stop after the synchronised start (to find the largest N whose start holds)")
    parser.add_argument("--floor", choices=("two", "one"), default="",
                        help="the synchronised start against the bench's floor routes (implies --start-only): "
                             "two requests as the app's Start and page, or one that writes and answers the page")
    args = parser.parse_args()
    args.start_only = args.start_only or bool(args.floor)
    low, high = (float(x) for x in args.think.split("-"))
    args.think = (low, high)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # a socket or two per student
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    workdir = Path(tempfile.mkdtemp(prefix="studyapp-exam-"))
    summaries = []
    try:
        for backend in args.backends.split(","):
            (workdir / backend).mkdir()
            try:
                result = run_backend(backend, args, workdir / backend)
            finally:
                drop_database(backend, name=PG_EXAM_DATABASE)
            text = report(result)
            print(text, flush=True)
            summaries.append(text.splitlines()[-1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print("\n".join(summaries))
    return 0


signal.signal(signal.SIGPIPE, signal.SIG_DFL)
# `timeout` or a kill ends the run through the finally blocks: gunicorn stopped, the database dropped.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

if __name__ == "__main__":
    sys.exit(main())
