"""`flask --app studyapp worker`: the process that turns uploaded documents into questions, beside the web ones."""
from __future__ import annotations

import logging
import signal
import time

import click
from flask import current_app
from flask_babel import gettext, ngettext

from studyapp.db import db, utcnow
from studyapp.jobs.runner import run_claimed, worker_name
from studyapp.services import jobs

log = logging.getLogger(__name__)


def work(*, once: bool = False, max_jobs: int | None = None, poll: float = 2.0) -> int:
    """Claim and run jobs until stopped (SIGTERM ends it after the job at hand); how many it ran.

    `once`: stop when no job is waiting; `max_jobs`: stop after that many."""
    stopping = []
    if not once:
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    worker, done = worker_name(), 0
    while not stopping and (max_jobs is None or done < max_jobs):
        job_id = jobs.claim_next_job(now=utcnow(), worker=worker)
        db.session.commit()
        if job_id is None:
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
