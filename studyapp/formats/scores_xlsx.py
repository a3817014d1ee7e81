"""Score sheets as .xlsx: the CSV table, with text escaped so no cell ever becomes a live formula."""
from __future__ import annotations

import io
from typing import Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from studyapp.formats.cells import escape_cell

SHEET_TITLE = "Scores"
MIN_WIDTH, MAX_WIDTH = 8, 60  # characters; long quiz titles wrap the view, not the sheet


def scores_to_xlsx(header: list[str], records: Iterable[list]) -> bytes:
    """One sheet, bold frozen header, then one row per record; numbers stay numbers, '' stays empty."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    widths: dict[int, int] = {}
    for row_index, row in enumerate([header, *records], start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column)
            value = escape_cell(value)
            if value is None or value == "":
                continue
            if isinstance(value, str):
                # Control characters are illegal in .xlsx and would make openpyxl raise: drop them.
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.value = value
                # openpyxl infers a formula from a leading '=' and an error from '#N/A': text stays text.
                cell.data_type = TYPE_STRING
            else:
                cell.value = value
            if row_index == 1:
                cell.font = Font(bold=True)
            widths[column] = max(widths.get(column, 0), len(str(value)))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
