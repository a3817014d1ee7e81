"""Field limits through the app: imports, `content load`, generated banks and the editor share one table;
grading a legacy over-long key stays fast."""
from __future__ import annotations

import copy
import io
import json
import time

import pytest
from factories import ALL_TYPES, commit, login, make_bank, make_classroom, make_teacher

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.limits import COUNT, TEXT
from studyapp.models import Question, QuestionBank
from studyapp.services import banks, quizzes


def _long_key_bank() -> dict:
    """The all-types bank whose short-answer key is 100,000 characters long."""
    bank = copy.deepcopy(ALL_TYPES)
    next(q for q in bank["questions"] if q["id"] == "short")["answer"] = "x" * 100_000
    return bank


def test_an_imported_100000_character_key_is_refused_naming_the_question(client):
    make_teacher()
    commit()
    login(client, "teacher")
    upload = (io.BytesIO(json.dumps(_long_key_bank()).encode()), "bank.json")
    response = client.post("/teacher/banks/import", data={"bank_file": upload}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "Nothing was imported" in page
    assert "question 5 (short)" in page and "at most 500" in page
    assert db.session.scalar(db.select(db.func.count()).select_from(QuestionBank)) == 0


def test_content_load_refuses_a_bank_file_over_the_limits(runner, tmp_path):
    (tmp_path / "long.json").write_text(json.dumps(_long_key_bank()), encoding="utf-8")
    result = runner.invoke(args=["content", "load", str(tmp_path)])
    assert result.exit_code != 0 and "question 5 (short)" in result.output


def test_every_bank_the_app_stores_is_checked_generated_ones_included(app):
    """services.banks.store_bank is the one way into the database (imports, content load, generation jobs)."""
    with pytest.raises(ValidationError, match=r"question 5 \(short\).*at most 500"):
        banks.store_bank(_long_key_bank(), key="upload:1")


def _editor_form(**fields) -> dict:
    """A short-answer editor form as a browser sends it."""
    form = {"prompt": "Who proposed continental drift?", "text_answer": "Alfred Wegener", "aliases": "Wegener",
            "explanation": "", "topic": "", "kind": "fact", "difficulty": "", "tag_list": "", "notes": ""}
    form.update(fields)
    return form


@pytest.mark.parametrize(("fields", "message"), [
    ({"aliases": "Wegener\n" + "w" * (TEXT["alias"] + 1)}, "An alias has"),
    ({"aliases": "\n".join(f"name {i}" for i in range(COUNT["aliases"] + 1))}, "at most 20 aliases"),
    ({"tag_list": ", ".join(f"t{i}" for i in range(COUNT["tags"] + 1))}, "at most 20 tags"),
])
def test_the_editor_applies_the_same_limits_per_entry(client, fields, message):
    make_teacher()
    bank = make_bank(ALL_TYPES, key="test:all")
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=short_answer", data=_editor_form(**fields))
    assert response.status_code == 422 and message in response.get_data(as_text=True)


def test_previewing_a_legacy_100000_character_key_is_fast(client):
    """A key stored before the limits existed still grades in bounded time (it took 11 s)."""
    teacher = make_teacher()
    make_classroom(teacher)
    bank = make_bank(ALL_TYPES, key="test:all")
    short = db.session.scalar(db.select(Question).where(Question.bank_id == bank.id, Question.key == "short"))
    short.answer = "x" * 100_000
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Legacy")
    commit()
    login(client, "teacher")
    slot = next(s for s in quiz.slots if s.question_id == short.id)
    start = time.perf_counter()
    response = client.post(f"/teacher/quizzes/{quiz.id}/preview", data={f"slot_{slot.id}": "x" * 99_999 + "z"})
    assert response.status_code == 200 and time.perf_counter() - start < 1.0
