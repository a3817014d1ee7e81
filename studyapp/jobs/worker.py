"""`flask --app studyapp worker`: the process that turns uploaded documents into questions, beside the web ones,
and, when idle, deletes the stored images no question shows (at most once an hour)."""
from __future__ import annotations

import logging
import signal
import time

import click
from flask import current_app
from flask_babel import gettext, ngettext

from studyapp.db import db, utcnow
from studyapp.jobs.runner import run_claimed, worker_name
from studyapp.services import jobs, media

log = logging.getLogger(__name__)
PRUNE_EVERY = 3600.0  # seconds between two prunes of unused images (services/media.prune_media)


def work(*, once: bool = False, max_jobs: int | None = None, poll: float = 2.0) -> int:
    """Claim and run jobs until stopped (SIGTERM ends it after the job at hand); how many it ran.

    `once`: stop when no job is waiting; `max_jobs`: stop after that many."""
    stopping = []
    if not once:
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    worker, done, pruned = worker_name(), 0, None
    while not stopping and (max_jobs is None or done < max_jobs):
        job_id = jobs.claim_next_job(now=utcnow(), worker=worker)
        db.session.commit()
        if job_id is None:
            if pruned is None or time.monotonic() - pruned >= PRUNE_EVERY:
                pruned = time.monotonic()
                _prune()
            db.session.remove()
            if once:
                break
            time.sleep(poll)
            continue
        log.info("worker %s runs job %s", worker, job_id)
        run_claimed(job_id, worker)
        db.session.remove()
        done += 1
    return done


def _prune() -> None:
    """Delete the unused images past their grace period; a failure is logged, never stops the worker."""
    try:
        count, size = media.prune_media(now=utcnow())
        db.session.commit()
    except Exception:  # noqa: BLE001 (the worker's job is the queue; the next idle pass tries again)
        db.session.rollback()
        log.exception("pruning unused images failed")
        return
    if count:
        log.info("deleted %s unused images (%s bytes)", count, size)


@click.command("worker")
@click.option("--once", is_flag=True, help="Run the jobs waiting now, then exit.")
@click.option("--max-jobs", type=int, default=None, help="Exit after running this many jobs.")
@click.option("--poll", type=float, default=2.0, show_default=True, help="Seconds between looks at the queue.")
def worker_command(once: bool, max_jobs: int | None, poll: float) -> None:
    """Turn uploaded documents into questions (run it beside the web processes)."""
    if current_app.config["JOBS"] != "worker" and not once:
        click.echo(gettext("Note: STUDYAPP_JOBS is 'thread', so the web process runs uploads itself too."), err=True)
    done = work(once=once, max_jobs=max_jobs, poll=poll)
    click.echo(ngettext("Ran %(num)s job.", "Ran %(num)s jobs.", done))
