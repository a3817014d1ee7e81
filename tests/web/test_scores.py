"""Score sheets: a CSV with a BOM and, per assignment, points, percentage, status and submission time; the same
table in XLSX; a gradebook sorted on the server by name, average or any assignment."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest
from factories import (
    commit, login, make_assignment, make_bank, make_classroom, make_student, make_submitted_attempt, make_teacher,
)

from studyapp.db import utcnow
from studyapp.services import attempts


@pytest.fixture
def klass(client):
    """Four students (one with a Cyrillic, one with a Turkish name): done, late, in progress, missing."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    ana = make_student("ana", "Анна Иванова", classroom=classroom)
    bo = make_student("bo", "Bora Türkiye", classroom=classroom)
    cy = make_student("cy", "Cy", classroom=classroom)
    make_student("di", "Di", classroom=classroom)
    bank = make_bank()
    current = make_assignment(teacher, classroom, bank=bank, title="Current")
    make_submitted_attempt(current, ana, wrong_keys=("q-source",))
    make_submitted_attempt(current, bo, submit_at=current.due_at + timedelta(seconds=10))
    attempts.start_attempt(current, cy, now=utcnow())
    closed = make_assignment(teacher, classroom, bank=bank, title="Closed")
    make_submitted_attempt(closed, cy, submit_at=utcnow() - timedelta(days=1, hours=1))
    closed.due_at, closed.open_at = utcnow() - timedelta(days=1), utcnow() - timedelta(days=2)
    commit()
    login(client, "teacher")
    return classroom, current, closed


def _csv_rows(client, classroom) -> list[list[str]]:
    """The scores CSV as rows, read the way Python's csv reads an Excel file (utf-8-sig drops the BOM)."""
    data = client.get(f"/teacher/classes/{classroom.id}/scores.csv").data
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_scores_csv_has_a_bom_and_points_percent_status_and_time_per_assignment(client, klass):
    classroom, current, closed = klass
    header, *rows = _csv_rows(client, classroom)
    assert header[:2] == ["username", "full_name"] and len(header) == 10
    assert [h.rsplit("] ", 1)[1] for h in header[2:6]] == ["points", "%", "status", "submitted"]
    # columns in opening order: the closed assignment opened first
    assert header[2].startswith(f"Closed (due {closed.due_at:%Y-%m-%d}) [#{closed.id}]")
    assert header[6].startswith(f"Current (due {current.due_at:%Y-%m-%d}) [#{current.id}]")
    by_name = {row[0]: row for row in rows}
    assert by_name["ana"][1] == "Анна Иванова" and by_name["bo"][1] == "Bora Türkiye"
    assert by_name["ana"][6:9] == ["3.0", "75.0", "done"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", by_name["ana"][9])
    assert by_name["bo"][6:9] == ["4.0", "100.0", "late"]
    assert by_name["cy"][6:10] == ["", "", "in progress", ""] and by_name["cy"][2:5] == ["4.0", "100.0", "done"]
    assert by_name["di"][6:10] == ["", "", "not started", ""] and by_name["di"][2:6] == ["", "", "missing", ""]


def test_the_xlsx_holds_the_same_table_as_the_csv(client, klass):
    classroom, _current, _closed = klass
    rows = _csv_rows(client, classroom)
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"/teacher/classes/{classroom.id}/scores.xlsx").data))

    def text(value):
        """A cell as the CSV writes it: numbers as floats (Excel keeps 3.0 as 3), empty as ''."""
        return "" if value is None else str(float(value)) if isinstance(value, (int, float)) else value

    sheet = [[text(v) for v in row] for row in book.active.iter_rows(values_only=True)]
    assert sheet == rows and len(rows) == 5
    assert isinstance(book.active["G2"].value, (int, float))  # points stay numbers in Excel


def test_the_cli_writes_the_same_bytes_as_the_download(runner, client, klass, tmp_path):
    classroom, _current, _closed = klass
    out = tmp_path / "scores.csv"
    result = runner.invoke(args=["scores", "export", "--class", str(classroom.id), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == client.get(f"/teacher/classes/{classroom.id}/scores.csv").data


def _order(client, classroom, query: str) -> list[str]:
    """The student names in the order the gradebook lists them."""
    page = client.get(f"/teacher/classes/{classroom.id}/gradebook{query}").data.decode()
    body = page[page.index("<tbody>"):]
    return re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a>', body)


def test_the_gradebook_sorts_by_name_average_and_any_assignment_without_javascript(client, klass):
    classroom, current, closed = klass
    assert _order(client, classroom, "") == ["Bora Türkiye", "Cy", "Di", "Анна Иванова"]
    assert _order(client, classroom, "?sort=name&order=desc") == ["Анна Иванова", "Di", "Cy", "Bora Türkiye"]
    # averages (a missed assignment counts as 0, one in progress not at all): cy 100, bo 50, ana 37.5, di 0
    assert _order(client, classroom, "?sort=total&order=desc") == ["Cy", "Bora Türkiye", "Анна Иванова", "Di"]
    assert _order(client, classroom, "?sort=total&order=asc") == ["Di", "Анна Иванова", "Bora Türkiye", "Cy"]
    # an assignment column: students without a score come last in both directions
    assert _order(client, classroom, f"?sort=a{current.id}&order=asc") == ["Анна Иванова", "Bora Türkiye", "Cy", "Di"]
    assert _order(client, classroom, f"?sort=a{closed.id}&order=desc") == ["Cy", "Bora Türkiye", "Di", "Анна Иванова"]
    page = client.get(f"/teacher/classes/{classroom.id}/gradebook?sort=a{current.id}&order=asc").data.decode()
    assert 'aria-sort="ascending"' in page and f"sort=a{current.id}&amp;order=desc" in page
    assert _order(client, classroom, "?sort=nonsense") == _order(client, classroom, "")


def test_numbered_names_sort_by_their_number(client):
    """"Student 2" comes before "Student 10", as a teacher reads a register (demo class, CSV rosters)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    for n in (10, 2, 1):
        make_student(f"student{n}", f"Student {n}", classroom=classroom)
    make_assignment(teacher, classroom)
    commit()
    login(client, "teacher")
    assert _order(client, classroom, "") == ["Student 1", "Student 2", "Student 10"]
    assert _order(client, classroom, "?sort=name&order=desc") == ["Student 10", "Student 2", "Student 1"]
