"""The job runner: an entry point like a view or a CLI command, so it owns its transactions.

`run_claimed` runs a job this process has claimed: a thread writes its heartbeat every few seconds meanwhile,
and it finishes the job only if the job is still its own. The worker command (jobs/worker.py) claims jobs from
the table in a loop; with STUDYAPP_JOBS=thread (development) the web process runs each upload in a thread.
"""
from __future__ import annotations

import logging
import os
import socket
import tempfile
import threading
import uuid
from pathlib import Path

from flask import current_app

from studyapp.db import db, utcnow
from studyapp.models import GenerationJob
from studyapp.services import jobs
from studyapp.translatable import N_

log = logging.getLogger(__name__)


def worker_name() -> str:
    """A name for this runner that no other process shares: host, process and a random part."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _report(job: GenerationJob, stage: str, done: int, total: int) -> None:
    """Persist progress so any app process can show it."""
    job.stage = f"{stage.capitalize()} ({done} of {total} steps)"
    job.progress = max(job.progress, min(95, 5 + int(90 * done / max(total, 1))))
    db.session.commit()


class Heartbeat:
    """A thread that records, every HEARTBEAT_EVERY seconds, that this worker still runs the job."""

    def __init__(self, app, job_id: int, worker: str, every: float = jobs.HEARTBEAT_EVERY):
        """Prepare the beat; `start` starts it."""
        self.app, self.job_id, self.worker, self.every = app, job_id, worker, every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"studyapp-heartbeat-{job_id}", daemon=True)

    def _run(self) -> None:
        """Beat until stopped, in its own app context and database session."""
        while not self.stop.wait(self.every):
            with self.app.app_context():
                try:
                    jobs.beat(self.job_id, worker=self.worker, now=utcnow())
                    db.session.commit()
                except Exception:  # noqa: BLE001 - a missed beat is retried; the job itself goes on
                    log.exception("heartbeat of job %s failed", self.job_id)
                    db.session.rollback()
                finally:
                    db.session.remove()

    def __enter__(self):
        """Start beating."""
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        """Stop beating."""
        self.stop.set()
        self.thread.join()


def run_claimed(job_id: int, worker: str) -> None:
    """Run a job this worker has claimed (and committed). Failures are stored on the job, never raised."""
    from studyapp.generator import DocumentError, generate_bank

    app = current_app._get_current_object()
    job = db.session.get(GenerationJob, job_id)
    try:
        with Heartbeat(app, job_id, worker), tempfile.TemporaryDirectory(prefix="studyapp-job-") as folder:
            path = Path(folder) / job.filename
            path.write_bytes(job.payload)
            bank_data = generate_bank([path], title=job.title or None, max_chars=app.config["MAX_DOCUMENT_CHARS"],
                                      language=job.language or None,
                                      progress=lambda stage, done, total: _report(job, stage, done, total))
        if not bank_data.get("questions"):
            raise DocumentError(N_(jobs.NO_QUESTIONS, file=job.filename))
        if jobs.finish_job(job, bank_data, worker=worker, now=utcnow()) is None:
            log.warning("job %s was taken up by another worker; %s drops its result", job_id, worker)
            db.session.rollback()
            return
    except DocumentError as exc:
        db.session.rollback()
        jobs.fail_job(db.session.get(GenerationJob, job_id), str(exc), worker=worker, now=utcnow(), refused=True)
    except Exception:  # noqa: BLE001 - a broken document must never take the worker down
        log.exception("generation job %s failed", job_id)
        db.session.rollback()
        job = db.session.get(GenerationJob, job_id)
        jobs.fail_job(job, f"{job.filename} could not be turned into questions. If it opens in its usual program, "
                           "save it as .txt or .docx and try again.", worker=worker, now=utcnow())
    db.session.commit()


def run_job(job_id: int) -> bool:
    """Claim and run one job; True if this call ran it (False: another process has it)."""
    worker = worker_name()
    if not jobs.claim_job(job_id, now=utcnow(), worker=worker):
        db.session.rollback()
        return False
    db.session.commit()
    run_claimed(job_id, worker)
    return True


def start_job(job_id: int) -> None:
    """Have the job run: now (tests), in a thread of this process (STUDYAPP_JOBS=thread), or by a worker
    process, which finds it in the table (STUDYAPP_JOBS=worker)."""
    app = current_app._get_current_object()
    if app.config.get("JOBS_INLINE"):
        run_job(job_id)
        return
    if app.config["JOBS"] != "thread":
        return

    def work():
        """The thread's body: its own app context and session."""
        with app.app_context():
            try:
                run_job(job_id)
            finally:
                db.session.remove()

    threading.Thread(target=work, name=f"studyapp-job-{job_id}", daemon=True).start()
