"""Teacher insight: gradebook states, a student's answers, regrading after a key fix, exports, item analysis."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from factories import (
    commit, login, make_assignment, make_bank, make_classroom, make_student, make_submitted_attempt, make_teacher,
)

from studyapp.db import db, utcnow
from studyapp.models import Question
from studyapp.services import attempts, quizzes


def same_values(row):
    """Cells as comparable values: numbers as floats, empty as ''."""
    out = []
    for v in row:
        if v is None or v == "":
            out.append("")
            continue
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(str(v))
    return out


@pytest.fixture
def klass(client):
    """A class of four students: done, late, in progress, nothing; one open and one closed assignment."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    ana, bo, cy, di = (make_student(n, n.title(), classroom=classroom) for n in ("ana", "bo", "cy", "di"))
    bank = make_bank()
    current = make_assignment(teacher, classroom, bank=bank, title="Current")
    make_submitted_attempt(current, ana, wrong_keys=("q-source",))
    make_submitted_attempt(current, bo, submit_at=current.due_at + timedelta(seconds=10))
    attempts.start_attempt(current, cy, now=utcnow())
    closed = make_assignment(teacher, classroom, bank=bank, title="Closed")
    make_submitted_attempt(closed, ana)
    closed.due_at = utcnow() - timedelta(days=1)
    closed.open_at = utcnow() - timedelta(days=2)
    commit()
    login(client, "teacher")
    return classroom, current, closed


def test_gradebook_shows_done_late_in_progress_and_missed(client, klass):
    classroom, _current, _closed = klass
    page = client.get(f"/teacher/classes/{classroom.id}/gradebook").data.decode()
    rows = {name: page[page.index(f">{name.title()}</a>"):] for name in ("ana", "bo", "cy", "di")}
    rows = {name: row[:row.index("</tr>")] for name, row in rows.items()}
    assert "75.0%" in rows["ana"] and "100.0%" in rows["ana"]
    assert "Done late" in rows["bo"] and "In progress" in rows["cy"] and "Missed" in rows["di"]


def test_a_students_page_lists_every_answer(client, klass):
    classroom, _current, _closed = klass
    ana = next(s for s in classroom.students if s.username == "ana")
    page = client.get(f"/teacher/classes/{classroom.id}/students/{ana.id}").data.decode()
    assert page.count("attempt 1") == 2 and "Lakes ✗" in page


def test_fixing_an_answer_key_regrades_stored_answers_with_a_record(client, klass):
    classroom, current, _closed = klass
    question = db.session.scalar(db.select(Question).where(Question.key == "q-source"))
    form = {"prompt": question.prompt, "choice_1": "Lakes", "choice_2": "Oceans", "choice_3": "Rivers",
            "choice_4": "Soil", "choice_5": "", "choice_6": "", "correct": "1", "explanation": "", "topic": "",
            "kind": "fact", "difficulty": "", "tag_list": "", "notes": ""}
    client.post(f"/teacher/questions/{question.id}", data=form)
    ana_attempt = next(a for a in db.session.scalars(db.select(attempts.Attempt))
                       if a.student.username == "ana" and a.assignment_id == current.id)
    assert ana_attempt.score == 4.0  # Lakes is now the key: ana's answer turned right
    event = next(e for e in question.events if e.action == "regraded")
    changed = sorted((c["student"], c["old_points"], c["new_points"]) for c in event.changes["answers_changed"])
    assert changed == [("ana", 0.0, 1.0), ("ana", 1.0, 0.0), ("bo", 1.0, 0.0)]  # ana: current and closed attempts
    assert "regraded" in client.get(f"/teacher/questions/{question.id}").data.decode()


def test_xlsx_download_is_the_same_table_as_the_csv(client, klass):
    classroom, _current, _closed = klass
    rows = list(csv.reader(io.StringIO(client.get(f"/teacher/classes/{classroom.id}/scores.csv").data.decode("utf-8-sig"))))
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"/teacher/classes/{classroom.id}/scores.xlsx").data))
    sheet = [same_values(row) for row in book.active.iter_rows(values_only=True)]
    assert sheet == [same_values(r) for r in rows] and rows[1][:2] == ["ana", "Ana"]


def test_cli_xlsx_export_matches_the_csv_export(runner, klass, tmp_path):
    classroom, _current, _closed = klass
    runner.invoke(args=["scores", "export", "--class", str(classroom.id), "--format", "csv", "-o", str(tmp_path / "s.csv")])
    result = runner.invoke(args=["scores", "export", "--class", str(classroom.id), "--format", "xlsx",
                                 "-o", str(tmp_path / "s.xlsx")])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO((tmp_path / "s.csv").read_bytes().decode("utf-8-sig"))))
    sheet = [same_values(row) for row in openpyxl.load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True)]
    assert sheet == [same_values(r) for r in rows] and len(rows) == 5


def test_every_answer_csv_has_a_row_per_answer(client, klass):
    classroom, _current, _closed = klass
    rows = list(csv.DictReader(io.StringIO(client.get(f"/teacher/classes/{classroom.id}/answers.csv").data.decode("utf-8-sig"))))
    assert len(rows) == 12  # ana 4 + 4, bo 4; cy has not submitted
    assert {r["correct"] for r in rows if r["username"] == "ana" and r["answer"] == "Lakes"} == {"no"}


def test_item_analysis_page_and_csv(client, klass):
    _classroom, current, _closed = klass
    page = client.get(f"/teacher/quizzes/{current.quiz.id}/analysis").data.decode()
    assert "Item analysis" in page and "<svg" in page and "By source document" in page
    assert "/teacher/questions/" in page and "too easy" in page
    rows = list(csv.DictReader(io.StringIO(client.get(f"/teacher/quizzes/{current.quiz.id}/items.csv").data.decode("utf-8-sig"))))
    assert len(rows) == 4 and rows[0]["n"] == "2"


def test_unassigned_assignments_and_archived_classes_leave_the_item_analysis(client, klass):
    """Item analysis counts what the teacher still has assigned; a restore brings the attempts back."""
    from studyapp.services import archive
    from studyapp.services.insight import attempt_rows

    classroom, current, _closed = klass
    assert len(attempt_rows(current.quiz)) == 2  # ana and bo; cy has not submitted
    archive.archive(current, actor=classroom.teacher, now=utcnow())
    commit()
    assert attempt_rows(current.quiz) == []
    rows = client.get(f"/teacher/quizzes/{current.quiz.id}/items.csv").data.decode("utf-8-sig")
    assert all(r["n"] == "0" for r in csv.DictReader(io.StringIO(rows)))
    archive.restore(current, actor=classroom.teacher, now=utcnow())
    archive.archive(classroom, actor=classroom.teacher, now=utcnow())
    commit()
    assert attempt_rows(current.quiz) == []
    archive.restore(classroom, actor=classroom.teacher, now=utcnow())
    commit()
    assert len(attempt_rows(current.quiz)) == 2


def test_practice_and_other_teachers_quizzes_are_not_analysed(client, klass):
    other = make_teacher("other")
    other_bank_quiz = quizzes.build_quiz(make_bank(key="test:other", owner=other), owner=other, title="Theirs")
    commit()
    assert client.get(f"/teacher/quizzes/{other_bank_quiz.id}/analysis").status_code == 404


def test_an_answered_ordering_or_matching_counts_as_its_response_not_as_no_answer(app):
    """Item analysis once said "no answer: 1" for an ordering question the student had put in the right order."""
    from factories import make_all_types_assignment

    from studyapp.models import User
    from studyapp.services.insight import quiz_insight

    assignment = make_all_types_assignment()
    make_submitted_attempt(assignment, db.session.scalar(db.select(User).where(User.username == "student")))
    commit()
    insight = quiz_insight(assignment.quiz)
    for item in insight.analysis.items:
        kind = insight.slots[item.slot].question.type
        if kind in ("ordering", "matching"):
            assert item.no_answer_count == 0, kind
            assert [(o.count, o.is_key) for o in item.options] == [(1, True)], (kind, item.options)


def test_item_flags_are_named_in_the_teachers_language_on_the_page_and_in_the_sheet(client, klass):
    _classroom, current, _closed = klass
    kk = {"Accept-Language": "kk"}
    page = client.get(f"/teacher/quizzes/{current.quiz.id}/analysis", headers=kk).get_data(as_text=True)
    assert "⚠ тым жеңіл" in page and "too easy" not in page and "too_easy" not in page
    for lang, name in (("kk", "тым жеңіл"), ("en", "too easy")):
        sheet = client.get(f"/teacher/quizzes/{current.quiz.id}/items.csv", headers={"Accept-Language": lang})
        flags = [row[-1] for row in csv.reader(io.StringIO(sheet.get_data(as_text=True).lstrip("\ufeff")))][1:]
        assert any(name in cell for cell in flags), flags
        assert not any("_" in cell for cell in flags), flags  # no code such as too_easy
