"""No lost answers under concurrency and faults: many students at once, a killed server, two app processes."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
import sqlalchemy as sa
from factories import PASSWORD, commit, login, make_assignment, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Answer, Attempt, User
from studyapp.services.layout import choices_of

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or shutil.which("gunicorn")
PG_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
STUDENTS = 20
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def right_and_wrong(question) -> tuple[str, str]:
    """A right and a wrong answer to a question of the mini bank (choice or typed text)."""
    right = str(question.answer)
    wrong = next((c for c in choices_of(question) if c != right), "Evaporation")
    return right, wrong


def plan_answers(index: int, slots) -> dict[int, str]:
    """Student `index`'s final answers: slot k is right when bit k of `index` is set, so scores differ."""
    return {slot.id: right_and_wrong(slot.question)[0 if (index >> k) & 1 else 1] for k, slot in enumerate(slots)}


def expected_score(index: int, slots) -> float:
    """The score `plan_answers` earns."""
    return sum(slot.points for k, slot in enumerate(slots) if (index >> k) & 1)


def run_all(jobs) -> list:
    """Run callables in threads at once; re-raise the first failure."""
    with ThreadPoolExecutor(len(jobs)) as pool:
        return [f.result() for f in [pool.submit(job) for job in jobs]]


@pytest.fixture
def classroom_quiz(app):
    """A class of STUDENTS students with one assignment of the mini bank's 4 approved questions."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    students = [make_student(f"pupil{i:02d}", classroom=classroom) for i in range(STUDENTS)]
    assignment = make_assignment(teacher, classroom)
    commit()
    slots = sorted(assignment.quiz.slots, key=lambda s: s.id)
    return assignment, [s.username for s in students], slots


def test_students_saving_and_submitting_at_once_lose_and_duplicate_nothing(app, backend, classroom_quiz):
    assignment, usernames, slots = classroom_quiz
    if backend == "sqlite":
        assert db.session.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
    go = threading.Barrier(STUDENTS)
    # Worked out here: the threads have no app context to load questions in.
    plans = [plan_answers(i, slots) for i in range(STUDENTS)]
    first_tries = {slot.id: right_and_wrong(slot.question)[1] for slot in slots}
    slot_ids = [slot.id for slot in slots]

    def take(index: int) -> None:
        """One student: start (from two tabs at once for some), answer each slot twice, submit (twice for some)."""
        tabs = [app.test_client() for _ in range(2 if index % 4 == 0 else 1)]
        for tab in tabs:
            login(tab, usernames[index])
        started = run_all([lambda t=t: t.post(f"/student/assignments/{assignment.id}/start") for t in tabs])
        assert all("/student/attempts/" in r.headers["Location"] for r in started), \
            f"{usernames[index]} could not start: " + tabs[0].get("/student/").get_data(as_text=True)[:2000]
        attempt_ids = {int(r.headers["Location"].rsplit("/", 1)[1]) for r in started}
        assert len(attempt_ids) == 1, f"two tabs got two attempts: {attempt_ids}"
        attempt_id = attempt_ids.pop()
        go.wait(timeout=30)
        for slot_id in slot_ids:
            for value in (first_tries[slot_id], plans[index][slot_id]):
                saved = tabs[0].post(f"/student/attempts/{attempt_id}/answers",
                                     data={"slot_id": str(slot_id), f"slot_{slot_id}": value})
                assert saved.status_code == 200 and saved.get_json()["saved"] is True, saved.data[:300]
        submitters = tabs[:1] + ([app.test_client()] if index % 5 == 0 else [])
        for tab in submitters[1:]:
            login(tab, usernames[index])
        done = run_all([lambda t=t: t.post(f"/student/attempts/{attempt_id}", data={"submit": "1", "confirm": "1"})
                        for t in submitters])
        assert all(r.status_code == 302 and r.headers["Location"].endswith("/result") for r in done), \
            [(r.status_code, r.headers.get("Location")) for r in done]

    run_all([lambda i=i: take(i) for i in range(STUDENTS)])

    db.session.expire_all()
    for index, username in enumerate(usernames):
        student = db.session.scalar(sa.select(User).where(User.username == username))
        attempts = db.session.scalars(sa.select(Attempt).where(Attempt.student_id == student.id)).all()
        assert len(attempts) == 1, f"{username} has {len(attempts)} attempts"
        attempt = attempts[0]
        stored = db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt.id)).all()
        assert sorted(a.slot_id for a in stored) == [s.id for s in slots], f"{username}: lost or duplicated"
        assert {a.slot_id: a.raw for a in stored} == plan_answers(index, slots)
        assert attempt.submitted_at is not None
        assert (attempt.score, attempt.max_score) == (expected_score(index, slots), float(len(slots)))


def test_a_tab_starting_just_after_another_tab_resumes_that_attempt(app, client, classroom_quiz, monkeypatch):
    """The race two tabs hit on PostgreSQL: tab B finds no open attempt, then tab A's attempt commits."""
    from studyapp.services import attempts

    assignment, usernames, _ = classroom_quiz
    other = app.test_client()
    for tab in (client, other):
        login(tab, usernames[0])
    first = other.post(f"/student/assignments/{assignment.id}/start").headers["Location"]
    looked = []
    real = attempts.find_open_attempt

    def looked_too_early(*args):
        """The first look happens before tab A's commit: it sees no open attempt."""
        looked.append(1)
        return None if len(looked) == 1 else real(*args)

    monkeypatch.setattr(attempts, "find_open_attempt", looked_too_early)
    second = client.post(f"/student/assignments/{assignment.id}/start")
    assert second.headers["Location"] == first, \
        "the second tab was told it had used all its attempts instead of resuming the first tab's attempt"


def test_an_answer_saved_while_another_tab_submits_is_refused_or_counted(app, client, classroom_quiz, monkeypatch):
    """Autosave in tab A reads the attempt as open; tab B's submit commits before A writes the answer."""
    from studyapp.services import attempts

    assignment, usernames, slots = classroom_quiz
    login(client, usernames[0])
    attempt_id = int(client.post(f"/student/assignments/{assignment.id}/start").headers["Location"].rsplit("/", 1)[1])
    slot_id, points, right = slots[0].id, slots[0].points, right_and_wrong(slots[0].question)[0]
    real = attempts._check_target

    def submit_in_tab_b() -> None:
        """Tab B's submit, in its own thread and so its own session and transaction."""
        with app.app_context():
            attempts.submit_attempt(db.session.get(Attempt, attempt_id), now=utcnow())
            db.session.commit()

    def submitted_meanwhile(target, raw, now):
        """Tab B's submit lands between tab A reading the attempt as open and storing the answer."""
        run_all([submit_in_tab_b])
        return real(target, raw, now)

    monkeypatch.setattr(attempts, "_check_target", submitted_meanwhile)
    saved = client.post(f"/student/attempts/{attempt_id}/answers",
                        data={"slot_id": str(slot_id), f"slot_{slot_id}": right})
    db.session.expire_all()
    attempt = db.session.get(Attempt, attempt_id)
    if saved.status_code == 200 and saved.get_json()["saved"]:
        assert attempt.score == points, \
            f"an answer the student was told is saved is missing from the score ({attempt.submitted_at=}, {attempt.score=})"
    else:
        assert saved.status_code == 409 and stored_answers(attempt_id) == {}


# --- real server processes ---------------------------------------------------------------------------------------

def free_port(low: int = 5160, high: int = 5199) -> int:
    """A port in the test range that nothing listens on."""
    for port in range(low, high + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.skip(f"no free port in {low}-{high}")


class Server:
    """gunicorn running the app in its own process group, on 127.0.0.1."""

    def __init__(self, database_uri: str, instance: Path, port: int | None = None, workers: int = 2):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "DATABASE_URL": database_uri, "SECRET_KEY": "test-secret",
                    "STUDYAPP_ENV": "development", "STUDYAPP_INSTANCE_PATH": str(instance)}
        self.workers = workers
        self.proc: subprocess.Popen | None = None

    def start(self) -> "Server":
        """Start and wait for /healthz."""
        self.proc = subprocess.Popen(
            [GUNICORN, "-w", str(self.workers), "-b", f"127.0.0.1:{self.port}", "--log-level", "warning",
             "studyapp:create_app()"], cwd=ROOT, env=self.env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("gunicorn exited: " + self.proc.stderr.read().decode()[-2000:])
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError("gunicorn did not answer /healthz within 20 s")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Signal the whole process group (master and workers) and wait for the master."""
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, sig)
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)
        finally:
            self.proc.stderr.close()

    def kill(self) -> None:
        """kill -9 the master and every worker at once, as a crash or an OOM kill would."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(5)
        self.proc.stderr.close()
        deadline = time.monotonic() + 5
        while subprocess.run(["pgrep", "-g", str(self.proc.pid)], capture_output=True).returncode == 0:
            assert time.monotonic() < deadline, "workers outlived kill -9"
            time.sleep(0.05)


@pytest.fixture
def serve(app, tmp_path):
    """Start gunicorn servers on this test's database; every one is stopped at teardown, even on failure."""
    if GUNICORN is None:
        pytest.skip("gunicorn is not installed in this environment (pip install gunicorn)")
    started: list[Server] = []

    def start(port: int | None = None) -> Server:
        server = Server(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path / "instance", port)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


class Browser:
    """A browser's cookie jar over urllib: it can talk to any server, carrying the same session cookie."""

    def __init__(self):
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""

    def request(self, url: str, data: dict | None = None, headers: dict | None = None) -> tuple[int, str, str]:
        """(status, final URL, body) after redirects; remembers the page's CSRF token."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=20) as response:
                status, final, text = response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            status, final, text = error.code, url, error.read().decode()
        match = CSRF_META.search(text)
        if match:
            self.csrf = match.group(1)
        return status, final, text

    def log_in(self, base: str, username: str) -> None:
        """The login form, as typed."""
        self.request(base + "/login")
        status, final, _ = self.request(base + "/login", {"username": username, "password": PASSWORD,
                                                          "csrf_token": self.csrf})
        assert status == 200 and "/student" in final, f"login failed at {base}"

    def start(self, base: str, assignment_id: int) -> int:
        """Start the quiz; the attempt id."""
        status, final, _ = self.request(f"{base}/student/assignments/{assignment_id}/start",
                                        {"csrf_token": self.csrf})
        assert status == 200 and "/student/attempts/" in final
        return int(final.rsplit("/", 1)[1])

    def autosave(self, base: str, attempt_id: int, slot_id: int, value: str) -> None:
        """The quiz page's autosave of one slot; asserts the server said saved."""
        status, _, text = self.request(f"{base}/student/attempts/{attempt_id}/answers",
                                       {"slot_id": slot_id, f"slot_{slot_id}": value},
                                       {"X-CSRFToken": self.csrf, "Accept": "application/json"})
        assert status == 200 and json.loads(text)["saved"] is True, text[:300]

    def submit(self, base: str, attempt_id: int) -> str:
        """Submit; the result page."""
        status, final, text = self.request(f"{base}/student/attempts/{attempt_id}",
                                           {"submit": "1", "confirm": "1", "csrf_token": self.csrf})
        assert status == 200 and final.endswith("/result")
        return text


def stored_answers(attempt_id: int) -> dict[int, object]:
    """What the database holds for an attempt now (read afresh)."""
    db.session.expire_all()
    rows = db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt_id)).all()
    assert len(rows) == len({a.slot_id for a in rows}), "duplicated answers"
    return {a.slot_id: a.raw for a in rows}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_server_killed_mid_quiz_and_restarted_loses_no_saved_answer(app, serve, classroom_quiz):
    assignment, usernames, slots = classroom_quiz
    final = plan_answers(0b0101, slots)
    server = serve()
    browser = Browser()
    browser.log_in(server.base, usernames[0])
    attempt_id = browser.start(server.base, assignment.id)
    half = slots[: len(slots) // 2]
    for slot in half:
        browser.autosave(server.base, attempt_id, slot.id, final[slot.id])

    server.kill()
    assert stored_answers(attempt_id) == {s.id: final[s.id] for s in half}
    server = serve(port=server.port)

    status, _, page = browser.request(f"{server.base}/student/attempts/{attempt_id}")
    assert status == 200 and all(f'value="{final[s.id]}" checked' in page for s in half if s.question.choices)
    for slot in slots[len(half):]:
        browser.autosave(server.base, attempt_id, slot.id, final[slot.id])
    browser.submit(server.base, attempt_id)
    assert stored_answers(attempt_id) == final
    attempt = db.session.get(Attempt, attempt_id)
    assert attempt.score == expected_score(0b0101, slots) and attempt.submitted_at is not None


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL: set TEST_DATABASE_URL")
@pytest.mark.parametrize("backend", ["postgresql"])
def test_two_app_processes_on_one_postgresql_serve_the_same_student(app, serve, classroom_quiz):
    assignment, usernames, slots = classroom_quiz
    final = plan_answers(0b1011, slots)
    a, b = serve(), serve()
    browser = Browser()
    browser.log_in(a.base, usernames[3])
    attempt_id = browser.start(a.base, assignment.id)
    for number, slot in enumerate(slots):
        here, there = (a, b) if number % 2 == 0 else (b, a)
        browser.autosave(here.base, attempt_id, slot.id, final[slot.id])
        status, _, page = browser.request(f"{there.base}/student/attempts/{attempt_id}")
        assert status == 200, f"the session cookie from {here.base} is not accepted by {there.base}"
        if slot.question.choices:
            assert f'value="{final[slot.id]}" checked' in page, "an answer saved through one process is not shown"
    assert browser.start(b.base, assignment.id) == attempt_id  # resuming on B finds the attempt begun on A
    browser.submit(b.base, attempt_id)
    status, _, result = browser.request(f"{a.base}/student/attempts/{attempt_id}/result")
    score = expected_score(0b1011, slots)
    assert status == 200 and f"{score:g}" in result
    assert stored_answers(attempt_id) == final
    assert db.session.get(Attempt, attempt_id).score == score
