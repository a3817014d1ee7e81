"""The job runner: an entry point like a view or a CLI command, so it owns its transactions."""
from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

from flask import current_app

from studyapp.db import db, utcnow
from studyapp.models import GenerationJob
from studyapp.services import jobs

log = logging.getLogger(__name__)


def _report(job: GenerationJob, stage: str, done: int, total: int) -> None:
    """Persist progress so any app process can show it."""
    job.stage = f"{stage.capitalize()} ({done} of {total} steps)"
    job.progress = max(job.progress, min(95, 5 + int(90 * done / max(total, 1))))
    db.session.commit()


def run_job(job_id: int) -> bool:
    """Claim and run one job; True if this call ran it. Failures are stored on the job, never raised."""
    from studyapp.generator import DocumentError, generate_bank

    if not jobs.claim_job(job_id, now=utcnow()):
        db.session.rollback()
        return False
    db.session.commit()
    job = db.session.get(GenerationJob, job_id)
    try:
        with tempfile.TemporaryDirectory(prefix="studyapp-job-") as folder:
            path = Path(folder) / job.filename
            path.write_bytes(job.payload)
            bank_data = generate_bank([path], title=job.title or None,
                                      progress=lambda stage, done, total: _report(job, stage, done, total))
        if not bank_data.get("questions"):
            raise DocumentError(f"{job.filename}: no questions could be made; is there running text in it?")
        jobs.finish_job(job, bank_data, now=utcnow())
    except DocumentError as exc:
        db.session.rollback()
        jobs.fail_job(db.session.get(GenerationJob, job_id), str(exc), now=utcnow())
    except Exception:  # noqa: BLE001 - a broken document must never take the worker down
        log.exception("generation job %s failed", job_id)
        db.session.rollback()
        jobs.fail_job(db.session.get(GenerationJob, job_id),
                      f"{job.filename} could not be turned into questions. If it opens in its usual program, "
                      "save it as .txt or .docx and try again.", now=utcnow())
    db.session.commit()
    return True


def start_job(job_id: int) -> None:
    """Run the job now (tests, JOBS_INLINE) or in a background thread of this process."""
    app = current_app._get_current_object()
    if app.config.get("JOBS_INLINE"):
        run_job(job_id)
        return

    def work():
        """The thread's body: its own app context and session."""
        with app.app_context():
            try:
                run_job(job_id)
            finally:
                db.session.remove()

    threading.Thread(target=work, name=f"studyapp-job-{job_id}", daemon=True).start()
