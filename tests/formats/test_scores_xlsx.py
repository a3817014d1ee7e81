"""The .xlsx score sheet holds the same table as the CSV one, and no text cell can run as a formula."""
from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from studyapp.formats.scores_csv import to_csv
from studyapp.formats.scores_xlsx import MAX_WIDTH, MIN_WIDTH, scores_to_xlsx

HEADER = ["username", "full_name", "Water cycle (due 2026-05-01) [#3] %", "=Quiz [#4] %"]
RECORDS = [
    ["ada", "Ada Lovelace", 86.5, ""],
    ["=cmd|' /C calc'!A0", "+SUM(A1:A9)", 100, 0],
    ["-5", "@import", -3.5, 12.0],
    ["zoë", "Zoë \u4e2d\u6587 #N/A", "", ""],
    ["#N/A", "", 0.0, 99.9],
]


def _sheet(data: bytes):
    """The only worksheet of the workbook in `data`."""
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Scores"]
    return book["Scores"]


def _values(sheet) -> list[list]:
    """Cell values row by row (openpyxl pads short rows with None)."""
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_sheet_holds_the_same_table_as_the_csv():
    """Cell by cell: text equal, numbers equal as numbers, empty CSV cells empty in the sheet."""
    expected = list(csv.reader(io.StringIO(to_csv(HEADER, RECORDS), newline="")))
    actual = _values(_sheet(scores_to_xlsx(HEADER, RECORDS)))
    assert len(actual) == len(expected) == len(RECORDS) + 1
    for got_row, want_row in zip(actual, expected):
        assert len(got_row) == len(want_row)
        for got, want in zip(got_row, want_row):
            if got is None:
                assert want == ""
            elif isinstance(got, (int, float)):
                assert float(want) == got
            else:
                assert got == want


def test_numbers_stay_numbers():
    """Percentages are numeric cells, negative ones included; a text '-5' stays text."""
    sheet = _sheet(scores_to_xlsx(HEADER, RECORDS))
    assert sheet["C2"].value == 86.5 and sheet["C2"].data_type == "n"
    assert sheet["C3"].value == 100 and sheet["D3"].value == 0
    assert sheet["C4"].value == -3.5 and sheet["C4"].data_type == "n"
    assert sheet["A4"].value == "'-5" and sheet["A4"].data_type == "s"


def test_formula_like_text_is_escaped_and_never_a_formula():
    """Every text cell starting with = + - @ gets an apostrophe and stays a string."""
    sheet = _sheet(scores_to_xlsx(HEADER, RECORDS))
    for ref, text in [("A3", "=cmd|' /C calc'!A0"), ("B3", "+SUM(A1:A9)"), ("A4", "-5"), ("B4", "@import"),
                      ("D1", "=Quiz [#4] %")]:
        cell = sheet[ref]
        assert cell.data_type != "f"
        assert cell.value == "'" + text
    for row in sheet.iter_rows():
        assert all(cell.data_type != "f" for cell in row)


def test_error_looking_text_stays_text():
    """'#N/A' typed as a name is a string, not a spreadsheet error value."""
    sheet = _sheet(scores_to_xlsx(HEADER, RECORDS))
    assert sheet["A6"].value == "#N/A" and sheet["A6"].data_type == "s"


def test_empty_cells_are_empty():
    """'' and None both leave the cell empty, not an empty string."""
    sheet = _sheet(scores_to_xlsx(["a", "b", "c"], [["x", "", None]]))
    assert sheet["B2"].value is None and sheet["C2"].value is None
    assert _values(sheet) == [["a", "b", "c"], ["x", None, None]]


def test_header_is_bold_and_frozen_with_sensible_widths():
    """Bold header row, panes frozen below it, widths between the bounds and wider for long titles."""
    sheet = _sheet(scores_to_xlsx(HEADER + ["x" * 200], RECORDS))
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDE"}
    assert all(MIN_WIDTH <= w <= MAX_WIDTH for w in widths.values())
    assert widths["C"] > widths["A"] and widths["E"] == MAX_WIDTH


def test_control_characters_are_dropped_instead_of_failing_the_export():
    """A name with a control character would make openpyxl raise; the character is removed."""
    sheet = _sheet(scores_to_xlsx(["username"], [["bad\x01name"]]))
    assert sheet["A2"].value == "badname"


def test_a_table_with_no_records_is_just_the_header():
    """A class without students still exports a valid sheet."""
    assert _values(_sheet(scores_to_xlsx(["username", "full_name"], []))) == [["username", "full_name"]]
