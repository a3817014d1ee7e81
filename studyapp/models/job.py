"""Background generation jobs: an uploaded document waiting for, or going through, the generator."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.db import db, utcnow
from studyapp.models.bank import QuestionBank
from studyapp.models.user import User


class JobStatus(StrEnum):
    """Where a job is; any app process can read it, so progress survives restarts."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class GenerationJob(db.Model):
    """One document to turn into questions, with the file kept until the job is done."""

    __tablename__ = "generation_jobs"
    __table_args__ = (sa.Index("ix_generation_jobs_owner_sha", "owner_id", "payload_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    bank_id: Mapped[int | None] = mapped_column(sa.ForeignKey("question_banks.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(sa.String(16), default=JobStatus.QUEUED, index=True)
    progress: Mapped[int] = mapped_column(default=0)
    stage: Mapped[str] = mapped_column(sa.String(200), default="Waiting to start")
    filename: Mapped[str] = mapped_column(sa.String(300))
    payload: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    # Kept after the payload is dropped: the same document sent again within minutes finds this job.
    payload_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    title: Mapped[str] = mapped_column(sa.String(500), default="")
    author: Mapped[str] = mapped_column(sa.String(300), default="")
    kind: Mapped[str] = mapped_column(sa.String(200), default="")
    published: Mapped[str] = mapped_column(sa.String(40), default="")
    error: Mapped[str] = mapped_column(sa.Text, default="")
    question_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    # The process running the job writes its name once and the time every few seconds: a job whose heartbeat is
    # old lost its worker, and another worker takes it up; only the job's current worker may finish it.
    heartbeat_at: Mapped[datetime | None]
    worker: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    language: Mapped[str] = mapped_column(sa.String(8), default="", server_default="")  # chosen at upload; '': detect

    owner: Mapped[User] = relationship()
    bank: Mapped[QuestionBank | None] = relationship()

    @property
    def is_finished(self) -> bool:
        """True when done or failed."""
        return self.status in (JobStatus.DONE, JobStatus.FAILED)
