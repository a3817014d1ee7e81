"""Generation jobs stay bounded: a size limit, one run per document, a few jobs per teacher, a worker that
takes up what a dead worker left, and a bank imported once whatever races."""
from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import docx
from factories import commit

from studyapp.db import db, utcnow
from studyapp.models import GenerationJob, QuestionBank
from studyapp.services import jobs

DOCS = Path(__file__).parents[1] / "generator" / "documents"
TEXT = (DOCS / "plate_tectonics.txt").read_bytes()



def upload(client, name, payload):
    """Post the upload form as a browser would."""
    data = {"document": (io.BytesIO(payload), name), "text": "", "title": "", "author": "", "kind": "",
            "published": "", "bank_id": "0"}
    return client.post("/teacher/documents/new", data=data, content_type="multipart/form-data")


def bank_count() -> int:
    """How many banks exist."""
    return db.session.scalar(db.select(db.func.count(QuestionBank.id)))


def test_try_again_is_refused_while_the_job_runs(client, teacher):
    job = jobs.create_job(teacher, filename="plates.txt", payload=TEXT)
    commit()
    assert jobs.claim_job(job.id, now=utcnow(), worker="w1")
    commit()
    response = client.post(f"/teacher/jobs/{job.id}/retry", follow_redirects=True)
    assert b"is already being turned into questions" in response.data
    db.session.expire_all()
    assert db.session.get(GenerationJob, job.id).status == "running" and bank_count() == 0


def test_a_teacher_has_at_most_three_jobs_waiting_or_running(client, teacher):
    for n in range(3):
        jobs.create_job(teacher, filename=f"doc{n}.txt", payload=TEXT)
    commit()
    response = upload(client, "fourth.txt", TEXT + b"\nA fourth, different document.")
    assert response.status_code == 422 and b"3 documents waiting or being turned into questions" in response.data
    assert db.session.scalar(db.select(db.func.count(GenerationJob.id))) == 3


def test_a_text_over_the_size_limit_is_refused_with_a_clear_message(app, client, teacher):
    app.config["MAX_DOCUMENT_CHARS"] = 1000
    response = upload(client, "long.txt", TEXT * 2)
    assert response.status_code == 422 and b"characters of text" in response.data and b"1,000" in response.data
    assert db.session.scalar(db.select(db.func.count(GenerationJob.id))) == 0


def test_a_word_file_with_too_much_text_fails_with_a_clear_message(app, client, teacher, tmp_path):
    app.config["MAX_DOCUMENT_CHARS"] = 1000
    document = docx.Document()
    for paragraph in TEXT.decode().split("\n\n"):
        document.add_paragraph(" ".join(paragraph.split()))
    path = tmp_path / "long.docx"
    document.save(path)
    upload(client, "long.docx", path.read_bytes())
    job = db.session.scalar(db.select(GenerationJob))
    assert job.status == "failed" and "characters of text" in job.error and "Split it into parts" in job.error
    assert bank_count() == 0


def test_the_worker_command_runs_a_queued_job(app, runner, teacher):
    app.config["JOBS_INLINE"] = False
    job_id = jobs.create_job(teacher, filename="plates.txt", payload=TEXT).id
    commit()
    result = runner.invoke(args=["worker", "--once"])
    assert result.exit_code == 0 and "Ran 1 job." in result.output, result.output
    job = db.session.get(GenerationJob, job_id)
    assert job.status == "done" and job.question_count > 5 and bank_count() == 1


def test_a_job_whose_worker_died_is_taken_up_again_within_a_minute(app, runner, teacher):
    app.config["JOBS_INLINE"] = False
    job_id = jobs.create_job(teacher, filename="plates.txt", payload=TEXT).id
    commit()
    assert jobs.claim_job(job_id, now=utcnow() - timedelta(seconds=90), worker="dead")
    commit()
    result = runner.invoke(args=["worker", "--once"])
    assert result.exit_code == 0 and "Ran 1 job." in result.output, result.output
    assert db.session.get(GenerationJob, job_id).status == "done" and bank_count() == 1


def test_a_running_job_with_a_fresh_heartbeat_is_left_to_its_worker(app, runner, teacher):
    app.config["JOBS_INLINE"] = False
    job_id = jobs.create_job(teacher, filename="plates.txt", payload=TEXT).id
    commit()
    assert jobs.claim_job(job_id, now=utcnow() - timedelta(seconds=20), worker="alive")
    commit()
    result = runner.invoke(args=["worker", "--once"])
    assert result.exit_code == 0 and "Ran 0 jobs." in result.output, result.output
    assert db.session.get(GenerationJob, job_id).status == "running" and bank_count() == 0


def test_two_claims_of_one_job_give_one_run_and_one_bank(app, teacher):
    job = jobs.create_job(teacher, filename="plates.txt", payload=TEXT)
    commit()
    now = utcnow()
    assert jobs.claim_job(job.id, now=now, worker="a") is True
    assert jobs.claim_job(job.id, now=now, worker="b") is False
    commit()
    # worker a stalls; b takes the job up after a minute without a heartbeat; then both try to finish it
    assert jobs.claim_job(job.id, now=now + timedelta(seconds=61), worker="b") is True
    commit()
    data = {"format": "studyapp.bank/1", "title": "Plates", "questions": [], "flashcards": [], "sources": []}
    assert jobs.finish_job(db.session.get(GenerationJob, job.id), dict(data), worker="a", now=utcnow()) is None
    db.session.rollback()
    assert jobs.finish_job(db.session.get(GenerationJob, job.id), dict(data), worker="b", now=utcnow()) is not None
    commit()
    assert jobs.finish_job(db.session.get(GenerationJob, job.id), dict(data), worker="b", now=utcnow()) is None
    db.session.rollback()
    assert bank_count() == 1
