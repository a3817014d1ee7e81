"""Generation jobs: accepting an upload within limits, claiming it atomically, and turning the result into a bank.

A job is claimed with a conditional UPDATE (the job table is the queue): queued, or running with a heartbeat older
than STALE_AFTER (its worker died). Its worker writes a heartbeat while it runs, and finishing is conditional
too: only the job's current worker can mark it done, in the transaction that imports the bank, so a bank is
never imported twice, whatever two processes do.
"""
from __future__ import annotations

import hashlib

from datetime import datetime, timedelta
from pathlib import PurePath

import sqlalchemy as sa

from studyapp.db import db
from studyapp.services.form_tokens import TWIN_WINDOW
from studyapp.errors import ValidationError
from studyapp.generator.stages import read
from studyapp.generator.stages.encoding import GARBLED
from studyapp.generator.stages.read import DocumentError, decode, too_long_message
from studyapp.models import GenerationJob, JobStatus, QuestionBank, User
from studyapp.vocabulary import DocumentLanguage
from studyapp.services.banks import check_can_edit_bank, store_bank
from studyapp.translatable import N_, NP_, Message, message_of, reread


ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
PLAIN_SUFFIXES = (".txt", ".md")
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DOCUMENT_CHARS = 500_000  # characters of text: about 250 pages, generated in seconds (see bench/README.md)
MAX_ACTIVE_JOBS = 3  # per teacher, waiting or running
STALE_AFTER = timedelta(seconds=60)  # a running job without a heartbeat this long lost its worker
HEARTBEAT_EVERY = 10  # seconds
ACTIVE = (JobStatus.QUEUED, JobStatus.RUNNING)


def _plain_text_length(payload: bytes, name: str = "The document") -> int:
    """How many characters a .txt or .md upload holds; ValidationError when its letters are garbled."""
    try:
        return len(decode(payload, name))
    except DocumentError as exc:
        raise ValidationError(message_of(exc), "document") from exc


def create_job(owner: User, *, filename: str, payload: bytes, title: str = "", author: str = "", kind: str = "",
               published: str = "", bank: QuestionBank | None = None, max_chars: int = MAX_DOCUMENT_CHARS,
               max_active: int = MAX_ACTIVE_JOBS, language: str = "") -> GenerationJob:
    """Queue a document for generation; refuse empty, oversized, garbled or unsupported files, and a teacher's
    (max_active + 1)th job waiting or running, with a clear message. `language` ('' to detect it) is the one the
    teacher says the document is in."""
    if bank is not None:
        check_can_edit_bank(bank, owner)
    name = PurePath(filename or "document.txt").name[:300]
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValidationError(N_("%(file)s: StudyApp reads %(suffixes)s files; save it as one of those.", file=name,
                                 suffixes=", ".join(ALLOWED_SUFFIXES)), "document")
    if not payload or not payload.strip():
        raise ValidationError(N_("%(file)s is empty.", file=name), "document")
    check_file_kind(name, suffix, payload)
    if len(payload) > MAX_DOCUMENT_BYTES:
        raise ValidationError(N_("%(file)s is larger than %(size)s MB.", file=name,
                                 size=MAX_DOCUMENT_BYTES // (1024 * 1024)), "document")
    if suffix in PLAIN_SUFFIXES:
        chars = _plain_text_length(payload, name)  # refuses a garbled file before it is queued
        if chars > max_chars:
            raise ValidationError(too_long_message(name, chars, max_chars), "document")
    if language and language not in set(DocumentLanguage):
        raise ValidationError(N_("Unknown language %(language)r; choose one of %(languages)s.", language=language[:20],
                                 languages=", ".join(DocumentLanguage)), "language")
    check_active_jobs(owner, max_active)
    job = GenerationJob(language=language or "", owner=owner, filename=name, payload=payload,
                        payload_sha256=hashlib.sha256(payload).hexdigest(), title=(title or "").strip()[:500],
                        author=(author or "").strip()[:300], kind=(kind or "").strip()[:200],
                        published=(published or "").strip()[:40], bank=bank)
    db.session.add(job)
    db.session.flush()
    return job


def find_recent_twin(owner: User, payload: bytes, *, now: datetime) -> GenerationJob | None:
    """The owner's job for the same bytes sent in the last ten minutes and not failed.

    Chromium restores a pasted text on Back and fetches the form afresh, with a new form token, so "Back, then
    Make questions" again is caught here rather than by the token."""
    return db.session.scalar(sa.select(GenerationJob).where(
        GenerationJob.owner_id == owner.id, GenerationJob.payload_sha256 == hashlib.sha256(payload).hexdigest(),
        GenerationJob.created_at >= now - TWIN_WINDOW, GenerationJob.status != JobStatus.FAILED,
    ).order_by(GenerationJob.id.desc()).limit(1))


def title_for_pasted(text: str, *, longest: int = 80) -> str:
    """A title for pasted text the teacher left untitled: its first line when short, else its first words.

    Questions name their document by title, so students never read "In “pasted-text”".
    """
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= longest:
        return first.rstrip(".:")
    words, title = first.split(), ""
    for word in words:
        if len(title) + len(word) + 1 > longest - 1:
            break
        title = f"{title} {word}".strip()
    return title.rstrip(",;:") + "…"


# What the first bytes of a file of each binary kind are: a .docx is a zip, a PDF starts with %PDF (within 1 kB).
MAGIC = {".docx": (b"PK\x03\x04", 0), ".pdf": (b"%PDF-", 1024)}
KIND_NAMES = {".docx": N_("a Word document (.docx)"), ".pdf": N_("a PDF")}


def check_file_kind(name: str, suffix: str, payload: bytes) -> None:
    """Refuse a file whose content is not what its ending says (a .txt renamed .docx), before it is queued."""
    if suffix not in MAGIC:
        return
    magic, window = MAGIC[suffix]
    if not (payload.startswith(magic) if window == 0 else magic in payload[:window]):
        raise ValidationError(N_("%(file)s is not really %(kind)s: it may be another kind of file renamed to "
                                 "%(suffix)s. Open it in its own program and save it as %(suffix)s (or as .txt), then "
                                 "upload that file.", file=name, kind=Message(KIND_NAMES[suffix]), suffix=suffix),
                              "document")


def check_active_jobs(owner: User, max_active: int = MAX_ACTIVE_JOBS) -> None:
    """Refuse one more job while the teacher already has `max_active` waiting or running.

    The teacher's row is locked first (on PostgreSQL), so two uploads at once cannot both pass the count."""
    db.session.execute(sa.select(User.id).where(User.id == owner.id).with_for_update())
    active = db.session.scalar(sa.select(sa.func.count(GenerationJob.id))
                               .where(GenerationJob.owner_id == owner.id, GenerationJob.status.in_(ACTIVE)))
    if active >= max_active:
        raise ValidationError(NP_("You already have %(num)s document waiting or being turned into questions. Wait "
                                  "until it is done, then upload this one.",
                                  "You already have %(num)s documents waiting or being turned into questions. Wait "
                                  "until one of them is done, then upload this one.", max_active), "document")


def _claimable(now: datetime):
    """The condition a job must meet to be claimed: queued, or running without a heartbeat for STALE_AFTER."""
    last_sign = sa.func.coalesce(GenerationJob.heartbeat_at, GenerationJob.started_at)
    return sa.or_(GenerationJob.status == JobStatus.QUEUED,
                  sa.and_(GenerationJob.status == JobStatus.RUNNING, last_sign < now - STALE_AFTER))


def claim_job(job_id: int, *, now: datetime, worker: str) -> bool:
    """Mark the job running for `worker`; of several processes claiming it, only one wins (a conditional UPDATE)."""
    result = db.session.execute(
        sa.update(GenerationJob).where(GenerationJob.id == job_id, _claimable(now))
        .values(status=JobStatus.RUNNING, started_at=now, heartbeat_at=now, worker=worker[:100],
                stage=N_("Reading the document"), progress=5, error=""))
    return result.rowcount == 1


def claim_next_job(*, now: datetime, worker: str) -> int | None:
    """Claim the oldest claimable job for `worker`: its id, or None when there is none."""
    for job_id in db.session.scalars(sa.select(GenerationJob.id).where(_claimable(now))
                                     .order_by(GenerationJob.id).limit(5)):
        if claim_job(job_id, now=now, worker=worker):
            return job_id
    return None


def beat(job_id: int, *, worker: str, now: datetime) -> bool:
    """Record that `worker` is still running the job; False when the job is no longer its own."""
    result = db.session.execute(
        sa.update(GenerationJob).where(GenerationJob.id == job_id, GenerationJob.worker == worker[:100],
                                       GenerationJob.status == JobStatus.RUNNING).values(heartbeat_at=now))
    return result.rowcount == 1


def is_stale(job: GenerationJob, now: datetime) -> bool:
    """True when a running job's worker has given no sign for STALE_AFTER (another worker will take it up)."""
    last_sign = job.heartbeat_at or job.started_at
    return job.status == JobStatus.RUNNING and last_sign is not None and now - last_sign > STALE_AFTER


def requeue(job: GenerationJob, *, max_active: int = MAX_ACTIVE_JOBS) -> None:
    """Put a failed job back in the queue (its document is still kept); refused while it waits or runs."""
    if job.status in ACTIVE:
        raise ValidationError(N_("%(file)s is already being turned into questions; this page shows when it is done.",
                                 file=job.filename))
    if job.payload is None:
        raise ValidationError(N_("The document of this job is no longer kept; upload it again."))
    if job.status == JobStatus.FAILED and not can_retry(job):
        raise ValidationError(N_("%(file)s would fail the same way again: %(problem)s Upload another file.",
                                 file=job.filename, problem=error_message(job)))
    check_active_jobs(job.owner, max_active)
    result = db.session.execute(
        sa.update(GenerationJob).where(GenerationJob.id == job.id, GenerationJob.status == JobStatus.FAILED)
        .values(status=JobStatus.QUEUED, progress=0, stage=N_("Waiting to start"), error="", worker="",
                heartbeat_at=None))
    if result.rowcount != 1:
        raise ValidationError(N_("%(file)s is already being turned into questions; this page shows when it is done.",
                                 file=job.filename))
    db.session.refresh(job)


def _take_over(job: GenerationJob, worker: str, now: datetime, **values) -> bool:
    """End the job as `worker` if it is still that worker's running job (a conditional UPDATE)."""
    result = db.session.execute(
        sa.update(GenerationJob).where(GenerationJob.id == job.id, GenerationJob.worker == worker[:100],
                                       GenerationJob.status == JobStatus.RUNNING)
        .values(finished_at=now, **values))
    if result.rowcount != 1:
        return False
    db.session.refresh(job)
    return True


def finish_job(job: GenerationJob, bank_data: dict, *, worker: str, now: datetime) -> QuestionBank | None:
    """Store the generated questions in the job's bank (or a new one) with the form's document details.

    Returns None, importing nothing, when the job is no longer `worker`'s (another worker took it up, or it is
    already done); the caller then rolls back."""
    if not _take_over(job, worker, now, status=JobStatus.DONE, progress=100, stage=N_("Done")):
        return None
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
        bank = store_bank(bank_data, key=job.bank.key)
    else:
        bank_data["title"] = job.title or bank_data.get("title") or PurePath(job.filename).stem
        bank = store_bank(bank_data, key=f"upload:{job.id}", origin=job.filename, owner=job.owner)
    job.bank = bank
    job.question_count = len(bank_data.get("questions", []))
    job.payload = None
    db.session.flush()
    return bank


REFUSED_STAGE = N_("Refused")  # the document itself cannot be used: running the job again would fail the same way


NO_QUESTIONS = N_("%(file)s: no questions could be made; is there running text in it?")
# What a refused job's `error` may hold: stored in English, shown in the teacher's language (error_message).
STORED_ERRORS = (GARBLED, read.ZIP_BOMB, read.UNREADABLE, read.DAMAGED, read.TOO_LONG, NO_QUESTIONS)


def error_message(job: GenerationJob) -> str:
    """Why the job failed, as a `Message` the page can translate when the stored English is one of STORED_ERRORS."""
    return reread(job.error, STORED_ERRORS, terms=tuple(read.KINDS.values()))


def fail_job(job: GenerationJob, message: str, *, worker: str, now: datetime, refused: bool = False) -> bool:
    """Record why the job failed, in words a teacher can act on (if it is still `worker`'s job).

    `refused`: the document cannot be read or gives nothing; the job page then offers another upload, no retry.
    """
    return _take_over(job, worker, now, status=JobStatus.FAILED, error=message[:2000],
                      stage=REFUSED_STAGE if refused else N_("Failed"))


def can_retry(job: GenerationJob) -> bool:
    """A failed job whose failure was not the document's own (a crash, a restart) may run again."""
    return job.status == JobStatus.FAILED and job.stage != REFUSED_STAGE


def job_documents(job: GenerationJob) -> list:
    """The documents a finished job added to its bank (those stored under its file name), for its page."""
    from studyapp.models import SourceDocument

    if job.bank_id is None or job.status != JobStatus.DONE:
        return []
    return list(db.session.scalars(sa.select(SourceDocument).where(
        SourceDocument.bank_id == job.bank_id, SourceDocument.filename == job.filename).order_by(SourceDocument.id)))
