"""Score sheets as CSV, with cells escaped so spreadsheets never run them as formulas, and a BOM for Excel."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator

from studyapp.formats.cells import escape_cell


BOM = "\ufeff"  # Excel on Windows reads a CSV as UTF-8 only when it starts with one (else Cyrillic is garbled)


def iter_csv(header: list[str], records: Iterable[list], *, bom: bool = False) -> Iterator[str]:
    """CSV text line by line (for streaming), every cell escaped; `bom` starts it with a UTF-8 byte order mark."""
    if bom:
        yield BOM
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in [header, *records]:
        writer.writerow([escape_cell(v) for v in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def to_csv(header: list[str], records: Iterable[list], *, bom: bool = False) -> str:
    """The whole CSV as one string."""
    return "".join(iter_csv(header, records, bom=bom))
