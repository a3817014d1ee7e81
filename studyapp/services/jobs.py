"""Generation jobs: accepting an upload, claiming it atomically, and turning the result into a bank."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePath

import sqlalchemy as sa

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.models import GenerationJob, JobStatus, QuestionBank, User
from studyapp.services.banks import check_can_edit_bank, import_bank

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
STALE_AFTER = timedelta(minutes=15)


def create_job(owner: User, *, filename: str, payload: bytes, title: str = "", author: str = "", kind: str = "",
               published: str = "", bank: QuestionBank | None = None) -> GenerationJob:
    """Queue a document for generation; refuse empty, oversized or unsupported files with a clear message."""
    if bank is not None:
        check_can_edit_bank(bank, owner)
    name = PurePath(filename or "document.txt").name[:300]
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValidationError(f"{name}: StudyApp reads {', '.join(ALLOWED_SUFFIXES)} files; save it as one of those.",
                              "document")
    if not payload or not payload.strip():
        raise ValidationError(f"{name} is empty.", "document")
    if len(payload) > MAX_DOCUMENT_BYTES:
        raise ValidationError(f"{name} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB.", "document")
    job = GenerationJob(owner=owner, filename=name, payload=payload, title=(title or "").strip()[:500],
                        author=(author or "").strip()[:300], kind=(kind or "").strip()[:200],
                        published=(published or "").strip()[:40], bank=bank)
    db.session.add(job)
    db.session.flush()
    return job


def claim_job(job_id: int, *, now: datetime) -> bool:
    """Mark a queued job running; only one process wins (a conditional UPDATE)."""
    result = db.session.execute(
        sa.update(GenerationJob).where(GenerationJob.id == job_id, GenerationJob.status == JobStatus.QUEUED)
        .values(status=JobStatus.RUNNING, started_at=now, stage="Reading the document", progress=5))
    return result.rowcount == 1


def list_queued_job_ids() -> list[int]:
    """Jobs waiting for a worker, oldest first."""
    return list(db.session.scalars(sa.select(GenerationJob.id).where(GenerationJob.status == JobStatus.QUEUED)
                                   .order_by(GenerationJob.id)))


def is_stale(job: GenerationJob, now: datetime) -> bool:
    """True when a running job has not finished long after it started (its process probably died)."""
    return job.status == JobStatus.RUNNING and job.started_at is not None and now - job.started_at > STALE_AFTER


def requeue(job: GenerationJob) -> None:
    """Put a failed or stale job back in the queue (its document is still kept)."""
    if job.payload is None:
        raise ValidationError("The document of this job is no longer kept; upload it again.")
    job.status, job.progress, job.stage, job.error = JobStatus.QUEUED, 0, "Waiting to start", ""
    db.session.flush()


def finish_job(job: GenerationJob, bank_data: dict, *, now: datetime) -> QuestionBank:
    """Store the generated questions in the job's bank (or a new one) with the form's document details."""
    for source in bank_data.get("sources", []):
        for field in ("title", "author", "kind", "published"):
            if getattr(job, field):
                source[field] = getattr(job, field)
    if job.bank is not None:
        for source in bank_data.get("sources", []):
            source["id"] = f"job{job.id}-{source['id']}"
        for item in bank_data.get("questions", []) + bank_data.get("flashcards", []):
            item["id"] = f"job{job.id}-{item['id']}"
            if item.get("source", {}).get("id"):
                item["source"]["id"] = f"job{job.id}-{item['source']['id']}"
        bank = import_bank(bank_data, key=job.bank.key)
    else:
        bank_data["title"] = job.title or bank_data.get("title") or PurePath(job.filename).stem
        bank = import_bank(bank_data, key=f"upload:{job.id}", origin=job.filename, owner=job.owner)
    job.bank = bank
    job.status, job.progress, job.stage, job.finished_at = JobStatus.DONE, 100, "Done", now
    job.question_count = len(bank_data.get("questions", []))
    job.payload = None
    db.session.flush()
    return bank


def fail_job(job: GenerationJob, message: str, *, now: datetime) -> None:
    """Record why the job failed, in words a teacher can act on."""
    job.status, job.error, job.finished_at, job.stage = JobStatus.FAILED, message[:2000], now, "Failed"
    db.session.flush()
