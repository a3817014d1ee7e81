"""Banks from Moodle through the web page, the CLI and the database: what can be read comes in, the rest is listed;
partial credit and per-answer feedback are stored, graded and shown to the student."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from factories import commit, login, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Answer, Attempt, FeedbackMode, Question, QuestionBank
from studyapp.services import quizzes
from studyapp.services.bank_import import import_bank

FIXTURES = Path(__file__).parent.parent / "fixtures" / "moodle"
GIFT = (FIXTURES / "every_feature.gift").read_bytes()


def _post(client, data: bytes, name: str, **fields):
    """Upload a file to the import page as a browser would (an unticked checkbox is left out)."""
    return client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(data), name), **fields},
                       content_type="multipart/form-data")


def _banks() -> int:
    """How many banks there are."""
    return db.session.scalar(sa.select(sa.func.count(QuestionBank.id)))


def test_the_import_page_imports_what_it_can_and_lists_the_rest(client, bank):
    """The GIFT fixture: 15 questions (the essay too) stored with their marks, tags, topics and distractors; the
    report lists the description and the two-gap question with line, type and why."""
    response = _post(client, GIFT, "every_feature.gift")
    page = response.data.decode()
    assert response.status_code == 200 and "Import report" in page
    assert "Imported 15 questions from every_feature.gift" in page
    assert "<td>52</td><td>description</td>" in page and "<td>60</td><td>multianswer</td>" in page
    assert "no description questions" in page and "embedded multi-gap (cloze) questions are not supported" in page
    imported = db.session.scalars(sa.select(QuestionBank).where(QuestionBank.id != bank.id)).one()
    by_key = {q.key: q for q in imported.questions}
    assert len(by_key) == 15 and imported.title == "Lambda"
    capital = by_key["Capital"]
    assert {m["answer"]: m["fraction"] for m in capital.marks} == {"Astana": 1.0, "Almaty": 0.5, "Tashkent": -0.5}
    assert capital.explanation == "The capital moved from Almaty." and capital.topic == "Iota/Kappa/Lambda"
    assert by_key["tf-ural"].tags == ["geography", "rivers"] and by_key["Pairs"].choices == ["Ankara"]
    exported = client.get(f"/teacher/banks/{imported.id}/export/moodle-xml?drafts=1").data.decode()  # imported as drafts
    assert '<answer fraction="-50" format="plain_text">' in exported and "That is Uzbekistan's capital." in exported


def test_all_or_nothing_imports_nothing_and_names_each_question(client, bank):
    """Ticked, the checkbox makes one unreadable question refuse the file, with every line named."""
    response = _post(client, GIFT, "every_feature.gift", all_or_nothing="y")
    page = response.data.decode()
    assert response.status_code == 422 and "Nothing was imported" in page
    assert "Line 52 (description)" in page and "Line 60 (multianswer)" in page
    assert _banks() == 1


def test_a_clean_file_still_goes_straight_to_the_bank(client, bank):
    """With nothing left out there is no report: the bank page, and the count in the message."""
    response = _post(client, b"::a::Q {=x}\n\n::a::R {=y}\n", "two.gift")
    assert response.status_code == 302 and _banks() == 2


def test_the_cli_lists_what_it_left_out_and_exits_1(runner, app, tmp_path):
    """`bank import` takes what it can, lists each question left out and exits 1; `--all-or-nothing` imports none."""
    make_teacher()
    commit()
    path = tmp_path / "mixed.moodle.xml"
    path.write_bytes((FIXTURES / "every_feature.moodle.xml").read_bytes())
    result = runner.invoke(args=["bank", "import", str(path), "--owner", "teacher"])
    assert result.exit_code == 1
    assert "(11 questions)" in result.output or "(12 questions)" in result.output  # 12 once essays are read
    assert "line 116 (multianswer): a cloze question with 2 gaps" in result.output
    assert "line 138 (calculated): question type 'calculated' is not supported" in result.output
    assert _banks() == 1
    refused = runner.invoke(args=["bank", "import", str(path), "--owner", "teacher", "--all-or-nothing"])
    assert refused.exit_code == 1 and "all or nothing was asked" in refused.output and _banks() == 1
    clean = tmp_path / "clean.gift"
    clean.write_bytes(b"::a::Q {=x}\n")
    assert runner.invoke(args=["bank", "import", str(clean)]).exit_code == 0


@pytest.fixture
def taking(client):
    """The GIFT fixture imported by a teacher; its short answer, multiple choice and numeric questions approved,
    quizzed with feedback after submitting and taken by the student."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    bank = import_bank(GIFT, "gift", filename="every_feature.gift", owner=teacher).bank
    picked = [q for q in bank.questions if q.key in ("Pet", "Capital", "Three")]
    for question in picked:
        question.status = "approved"
    quiz = quizzes.build_quiz_from_questions(sorted(picked, key=lambda q: q.key), owner=teacher, title="Marks")
    quiz.shuffle_choices, quiz.feedback_mode = False, FeedbackMode.AFTER_SUBMIT
    assignment = quizzes.assign_quiz(quiz, classroom, due_at=utcnow().replace(year=2099), now=utcnow())
    commit()
    login(client, "student")
    response = client.post(f"/student/assignments/{assignment.id}/start")
    attempt = db.session.get(Attempt, int(response.headers["Location"].rsplit("/", 1)[1]))
    return {slot.question.key: slot for slot in quiz.slots}, attempt


def test_partial_and_negative_marks_are_graded_and_the_feedback_shown(client, taking):
    """"kitten" earns half, "Tashkent" costs half (the attempt never goes below 0), 9 for "3 give or take 2"
    earns nothing; after submitting the student reads each answer's own feedback and the general feedback."""
    slots, attempt = taking
    typed = {"Pet": "kitten", "Capital": "Tashkent", "Three": "9"}
    for key, value in typed.items():
        reply = client.post(f"/student/attempts/{attempt.id}/answers",
                            data={"slot_id": str(slots[key].id), f"slot_{slots[key].id}": value})
        assert reply.status_code == 200, reply.get_json()
    stored = {a.slot_id: a.points for a in db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt.id))}
    assert [stored[slots[k].id] for k in ("Pet", "Capital", "Three")] == [0.5, -0.5, 0.0]
    client.post(f"/student/attempts/{attempt.id}", data={"submit": "1", **{f"slot_{slots[k].id}": v for k, v in typed.items()}})
    client.post(f"/student/attempts/{attempt.id}/submit", data={"confirm": "1"})  # the summary's confirmation
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).score == 0.0
    result = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert "A young one: half marks." in result and "That is Uzbekistan&#39;s capital." in result
    assert "Completely wrong" in result and "The capital moved from Almaty." in result
    assert "Partly right (0.5 of 1.0)" in result


def test_the_migration_adds_marks_and_its_downgrade_removes_them(app):
    """Upgraded from nothing, questions have `marks`; one step down they do not."""
    from flask_migrate import downgrade, upgrade
    from web.test_migrations import empty_database

    empty_database()
    upgrade()
    assert "marks" in {c["name"] for c in sa.inspect(db.engine).get_columns("questions")}
    teacher = make_teacher()
    bank = import_bank(GIFT, "gift", filename="f.gift", owner=teacher).bank
    commit()
    assert db.session.scalar(sa.select(Question.marks).where(Question.bank_id == bank.id, Question.key == "Pet"))
    db.session.remove()
    downgrade(revision="t4d2e8a1c9b7")
    assert "marks" not in {c["name"] for c in sa.inspect(db.engine).get_columns("questions")}
    with db.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM questions")).scalar() == 14


def test_the_teacher_sees_a_questions_marks(client, bank):
    """The question page lists each mark: the answer, its credit and its feedback."""
    _post(client, GIFT, "every_feature.gift")
    capital = db.session.scalar(sa.select(Question).where(Question.key == "Capital"))
    page = client.get(f"/teacher/questions/{capital.id}").data.decode()
    assert "Partial credit and feedback" in page
    assert "<td>-50.0%</td><td>That is Uzbekistan&#39;s capital.</td>" in page
