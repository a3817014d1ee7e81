"""Backups round-trip exactly; restore refuses a file of another schema or not a backup at all."""
from __future__ import annotations

import gzip
import json

from factories import commit, make_assignment, make_classroom, make_student, make_submitted_attempt, make_teacher
from flask_migrate import stamp
from image_support import tiny_png

from studyapp.db import db, utcnow
from studyapp.models import Answer, Attempt, MediaFile, QuestionImage, User
from studyapp.services import media


def test_backup_then_restore_gives_back_every_row_exactly(runner, tmp_path):
    stamp()  # the test schema is made by create_all; mark it as the newest revision
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student("zoe", "Zoë Ö'Brien", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    attempt = make_submitted_attempt(assignment, student)
    media.set_question_image(assignment.quiz.slots[0].question, tiny_png(), alt="A square", actor=teacher,
                             now=utcnow())  # image bytes (a LargeBinary column) come back too
    commit()
    first = tmp_path / "one.json.gz"
    assert runner.invoke(args=["backup", "create", str(first)]).exit_code == 0
    db.session.execute(db.delete(Answer))
    db.session.execute(db.delete(QuestionImage))
    db.session.execute(db.delete(MediaFile))
    db.session.execute(db.update(User).values(full_name="changed"))
    commit()
    result = runner.invoke(args=["backup", "restore", str(first), "--yes"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(User, student.id).full_name == "Zoë Ö'Brien"
    assert db.session.scalar(db.select(db.func.count(Answer.id))) == 4
    assert db.session.get(Attempt, attempt.id).score == 4.0
    assert db.session.scalar(db.select(MediaFile)).data == tiny_png()
    second = tmp_path / "two.json.gz"
    runner.invoke(args=["backup", "create", str(second)])
    one, two = (json.loads(gzip.open(p, "rt").read()) for p in (first, second))
    assert one["tables"] == two["tables"] and one["revision"] == two["revision"]
    make_student("after-restore")  # new rows get fresh ids (sequences were reset on PostgreSQL)
    commit()


def test_restore_refuses_another_schema_and_garbage(runner, tmp_path):
    stamp()
    backup = tmp_path / "b.json.gz"
    runner.invoke(args=["backup", "create", str(backup)])
    document = json.loads(gzip.open(backup, "rt").read())
    document["revision"] = "0000old"
    with gzip.open(backup, "wt") as handle:
        json.dump(document, handle)
    result = runner.invoke(args=["backup", "restore", str(backup), "--yes"])
    assert result.exit_code == 1 and "db upgrade" in result.output
    garbage = tmp_path / "g.json.gz"
    garbage.write_bytes(b"not gzip")
    result = runner.invoke(args=["backup", "restore", str(garbage), "--yes"])
    assert result.exit_code == 1 and "not a StudyApp backup" in result.output
