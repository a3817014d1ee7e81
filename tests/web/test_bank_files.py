"""Banks in and out through the web and the CLI: every export format downloads, imports are all or nothing."""
from __future__ import annotations

import io
import json

import pytest
from factories import commit, make_bank, make_teacher

from studyapp.db import db
from studyapp.models import Question, QuestionBank



@pytest.mark.parametrize("fmt, marker", [("json", b'"studyapp.bank/1"'), ("gift", b"::q-evap::"),
                                         ("moodle-xml", b"<quiz>"), ("qti", b"PK"), ("csv", b"q-evap"),
                                         ("apkg", b"PK")])
def test_every_export_format_downloads(client, bank, fmt, marker):
    response = client.get(f"/teacher/banks/{bank.id}/export/{fmt}")
    assert response.status_code == 200 and marker in response.data[:4000]
    assert "attachment" in response.headers["Content-Disposition"]


def test_a_gift_export_imports_back_as_a_new_bank_with_the_same_questions(client, bank):
    gift = client.get(f"/teacher/banks/{bank.id}/export/gift?drafts=1").data  # the draft too, as asked
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(gift), "water.gift.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    imported = db.session.scalars(db.select(QuestionBank).where(QuestionBank.id != bank.id)).one()
    assert imported.owner.username == "teacher"
    assert {q.key for q in imported.questions} == {"q-evap", "q-clouds", "q-source", "q-draft", "q-cloze"}
    assert {q.prompt for q in imported.questions} == {q.prompt for q in bank.questions}


def test_a_broken_question_is_listed_and_all_or_nothing_imports_nothing(client, bank):
    broken = b"::a:: Good question {=yes ~no}\n\n::b:: Broken question {=yes ~no\n"
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(broken), "bad.gift"),
                                                          "all_or_nothing": "y"}, content_type="multipart/form-data")
    assert response.status_code == 422 and b"Nothing was imported" in response.data and b"Line 3" in response.data
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 1
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(broken), "bad.gift")},
                           content_type="multipart/form-data")
    assert response.status_code == 200 and b"<td>3</td>" in response.data and b"never closed" in response.data
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 2


def test_an_xml_bomb_is_refused(client, bank):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<quiz><question type="truefalse"><name><text>&b;</text></name></question></quiz>')
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(bomb), "bomb.xml")},
                           content_type="multipart/form-data")
    assert response.status_code == 422 and b"Nothing was imported" in response.data


def test_cli_list_export_import_round_trip(runner, app, tmp_path):
    make_bank(template=True)
    make_teacher()
    commit()
    listing = runner.invoke(args=["bank", "list"])
    bank_id = listing.output.split("\t")[0]
    assert listing.exit_code == 0 and "Mini bank: the water cycle\tcourse pack" in listing.output
    out = tmp_path / "bank.xml"
    result = runner.invoke(args=["bank", "export", bank_id, "--format", "moodle-xml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 approved questions" in result.output  # the draft stays home unless asked for
    result = runner.invoke(args=["bank", "export", bank_id, "--format", "moodle-xml", "--include-drafts",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["bank", "import", str(out)])
    assert result.exit_code == 0 and "(5 questions)" in result.output
    result = runner.invoke(args=["bank", "import", str(out), "--owner", "teacher"])
    assert result.exit_code == 0 and "(5 questions)" in result.output
    imported = db.session.scalars(db.select(QuestionBank).order_by(QuestionBank.id)).all()[1:]
    assert [(b.is_template, b.owner.username if b.owner else None) for b in imported] == [(True, None),
                                                                                        (False, "teacher")]
    assert runner.invoke(args=["bank", "import", str(out), "--owner", "nobody"]).exit_code == 1
    again = tmp_path / "again.json"
    runner.invoke(args=["bank", "export", bank_id, "--format", "json", "--include-drafts", "-o", str(again)])
    assert len(json.loads(again.read_text())["questions"]) == 5


def test_cli_import_of_a_broken_file_fails_and_imports_nothing(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,type,prompt\nx,hotspot,What?\n")
    result = runner.invoke(args=["bank", "import", str(bad)])
    assert result.exit_code == 1 and "Error:" in result.output
    assert db.session.scalar(db.select(db.func.count(Question.id))) == 0
