"""CSV question sheets: documented columns, formula escaping both ways, errors naming the line."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.errors import ValidationError
from studyapp.formats.registry import parse_bank
from studyapp.formats.csv_questions import (
    COLUMNS,
    escape_cell,
    export_csv,
    import_csv,
    unescape_cell,
)


def _rows(data: bytes) -> list[dict]:
    """Parse exported bytes with the standard csv module."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_question_with_the_documented_columns(bank):
    """The header is COLUMNS and each question has one row, ordering and matching included."""
    data, _ = export_csv(bank)
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = _rows(data)
    assert list(rows[0]) == list(COLUMNS)
    assert [r["id"] for r in rows] == [q["id"] for q in bank["questions"]]
    order = next(r for r in rows if r["id"] == "q-order")
    assert order["answer"] == '["Evaporation", "Condensation {c}", "Precipitation = rain"]'


@pytest.mark.parametrize(("value", "cell"), [
    ("=99%", "'=99%"), ("+plus", "'+plus"), ("-1 @home", "'-1 @home"), ("@SUM(A1)", "'@SUM(A1)"),
    ("'=x", "''=x"), ("'tis", "'tis"), ("plain", "plain"), ("", ""), ("a=b", "a=b"),
    (" =1+1", "' =1+1"), ("\n=1+1", "'\n=1+1"), ("\u00a0=1+1", "'\u00a0=1+1"), ("\r\n @x", "'\r\n @x"),
    ("\x00\x1f-2", "'\x00\x1f-2"), ("\u200b=1", "'\u200b=1"), ("\ufeff+1", "'\ufeff+1"), ("' =1", "'' =1"),
    ("\tTab first", "'\tTab first"), ("\rCR first", "'\rCR first"), ("\uff1d1+1", "'\uff1d1+1"),
    (" plain", " plain"), ("\n", "\n"),
])
def test_formula_escaping_is_reversible(value, cell):
    """Cells that a spreadsheet would evaluate get an apostrophe; import takes exactly that one off."""
    assert escape_cell(value) == cell
    assert unescape_cell(cell) == value


@given(st.text(alphabet=st.sampled_from("'=+-@ \t\r\n\u00a0\u200bax"), max_size=8) | st.text(max_size=8))
@settings(max_examples=300, derandomize=True, database=None)
def test_unescape_undoes_exactly_what_escape_added(value):
    """Any text comes back from a question sheet as it went in."""
    assert unescape_cell(escape_cell(value)) == value


def test_score_sheets_and_question_sheets_escape_with_one_function():
    """Scores (CSV and XLSX) and question sheets share the escaping, so they escape the same characters."""
    from studyapp.formats import scores_csv, scores_xlsx

    assert scores_csv.escape_cell is escape_cell and scores_xlsx.escape_cell is escape_cell
    assert scores_csv.to_csv(["a"], [[" =1+1"], [-5], ["\tx"]]) == "a\r\n' =1+1\r\n-5\r\n'\tx\r\n"


def test_exported_cells_never_start_a_formula(bank):
    """No exported cell starts with = + - or @."""
    for row in _rows(export_csv(bank)[0]):
        assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@")]


def test_negative_numbers_and_formula_like_choices_come_back(bank):
    """A negative numeric answer and a choice starting with '=' survive the apostrophe."""
    back = import_csv(export_csv(bank)[0])
    by_id = {q["id"]: q for q in back["questions"]}
    assert by_id["q-num-float"]["answer"] == -0.00001
    assert "=99%" in by_id["q-mc"]["choices"]
    assert by_id["q-short"]["aliases"][1] == "=vaporisation"


def test_hand_made_sheet_with_only_required_columns():
    """A teacher's sheet with id, type, prompt and answer imports; missing fields get defaults."""
    sheet = "id,type,prompt,answer\nq1,short_answer,Capital of France?,Paris\nq2,numeric,2+2?,4\n"
    bank = import_csv(sheet.encode("utf-8"))
    assert [(q["id"], q["answer"], q["status"]) for q in bank["questions"]] == [("q1", "Paris", "draft"),
                                                                                 ("q2", 4, "draft")]


@pytest.mark.parametrize(("sheet", "problem"), [
    ("id,type,prompt\nq1,short_answer,P\n", "line 1: missing column(s) answer"),
    ("id,type,prompt,answer,colour\n", "line 1: unknown column(s) colour"),
    ("id,type,prompt,answer\nq1,hotspot,P,A\n", "line 2: unknown type 'hotspot'"),
    ('id,type,prompt,answer\nq1,short_answer,"two\nlines",A\nq2,numeric,P,ten\n', "line 4: column 'answer' is not a number"),
    ("id,type,prompt,answer,choices\nq1,multiple_choice,P,A,[A\n", "line 2: column 'choices' is not valid JSON"),
    ("id,type,prompt,answer,choices\nq1,multiple_choice,P,A,\"[\"\"B\"\"]\"\n", "line 2: the answer 'A' is not one of the choices"),
    ("id,type,prompt,answer\nq1,matching,P,\"[[1]]\"\n", "line 2: a matching answer must be a JSON list of [left"),
    ("id,type,prompt,answer\nq1,short_answer,P,A\nq1,short_answer,P,B\n", "line 3: duplicate question id 'q1'"),
    ("id,type,prompt,answer\nq1,short_answer,P,\n", "line 2: the answer is empty"),
    ("id,type,prompt,answer,status\nq1,short_answer,P,A,live\n", "line 2: kind must be"),
    ("id,type,prompt,answer\nq1,short_answer,P,A,extra\n", "line 2: 5 cells but 4 columns"),
    ("id,type,prompt,answer\n", "no questions"),
])
def test_import_errors_name_the_line_and_the_problem(sheet, problem):
    """Every broken sheet is refused whole when all or nothing is asked (parse_bank), with the line and the problem;
    a broken row is otherwise listed and the others read (below)."""
    with pytest.raises(ValidationError) as caught:
        parse_bank(sheet.encode("utf-8"), "csv")
    where, what = problem.split(": ", 1) if ": " in problem else ("", problem)
    assert where.lower() in str(caught.value).lower() and what in str(caught.value)


def test_a_broken_row_is_listed_and_the_rest_imported():
    """A row of an unknown type and a row with a bad number are listed with their lines; the good rows come in."""
    sheet = "id,type,prompt,answer\nq1,short_answer,P,A\nq2,hotspot,P,A\nq3,numeric,P,ten\nq4,numeric,P,4\n"
    bank = import_csv(sheet.encode())
    assert [q["id"] for q in bank["questions"]] == ["q1", "q4"]
    assert [(s["line"], s["type"]) for s in bank["skipped"]] == [(3, "hotspot"), (4, "numeric")]
    assert "not a number" in bank["skipped"][1]["reason"]
