"""The format registry: every bank export and import by format name, and format detection."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.anki import export_apkg
from studyapp.formats.bank_json import parse_bank_text
from studyapp.formats.csv_questions import export_csv, import_csv
from studyapp.formats.common import MAX_IMPORT_BYTES, decode_text
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.qti import export_qti

Exporter = Callable[[dict[str, Any]], tuple[bytes, str, list[str]]]
Importer = Callable[[bytes], dict[str, Any]]


def export_json(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The bank as studyapp.bank/1 JSON (everything kept, flashcards too)."""
    return (json.dumps(bank, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), []


def import_json(data: bytes) -> dict[str, Any]:
    """Read studyapp.bank/1 JSON; raise ValidationError naming the line or the question at fault."""
    return parse_bank_text(decode_text(data, "JSON"), "JSON")


def _with_suffix(export: Callable[[dict[str, Any]], tuple[bytes, list[str]]], suffix: str) -> Exporter:
    """Wrap a format's `bank -> (bytes, warnings)` as the registry's `bank -> (bytes, suffix, warnings)`."""
    def exporter(bank: dict[str, Any]) -> tuple[bytes, str, list[str]]:
        """Export `bank`; return the bytes, the file name suffix and the warnings."""
        data, warnings = export(bank)
        return data, suffix, warnings
    exporter.__name__ = export.__name__
    exporter.__doc__ = export.__doc__
    return exporter


EXPORTERS: dict[str, Exporter] = {
    "json": _with_suffix(export_json, ".json"),
    "gift": _with_suffix(export_gift, ".gift.txt"),
    "moodle-xml": _with_suffix(export_moodle_xml, ".moodle.xml"),
    "qti": _with_suffix(export_qti, ".qti.zip"),
    "csv": _with_suffix(export_csv, ".csv"),
    "apkg": _with_suffix(export_apkg, ".apkg"),
}
IMPORTERS: dict[str, Importer] = {
    "json": import_json,
    "gift": import_gift,
    "moodle-xml": import_moodle_xml,
    "csv": import_csv,
}
_BY_EXTENSION = {".json": "json", ".gift": "gift", ".xml": "moodle-xml", ".csv": "csv", ".txt": "gift",
                 ".zip": "qti", ".apkg": "apkg"}


def detect_format(filename: str, data: bytes) -> str:
    """The format name of a file, from its content first and its extension second; ValidationError if unknown."""
    head = bytes(data[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n")
    name = str(filename or "").lower()
    if head.startswith(b"PK"):
        return "apkg" if name.endswith(".apkg") else "qti"
    if head[:1] in (b"{", b"["):
        return "json"
    if head.startswith(b"<"):
        return "moodle-xml"
    if head.startswith((b"//", b"::", b"$CATEGORY")):
        return "gift"
    for extension, name_format in _BY_EXTENSION.items():
        if name.endswith(extension):
            return name_format
    first_line = head.split(b"\n", 1)[0].decode("utf-8", "replace").lower()
    if first_line.split(",")[:2] == ["id", "type"] or first_line.count(",") >= 3:
        return "csv"
    if b"{" in head:
        return "gift"
    raise ValidationError(f"{filename or 'the file'}: cannot tell the format; "
                          f"name it with one of {', '.join(sorted(IMPORTERS))}.")


def export_bank(bank: dict[str, Any], format_name: str) -> tuple[bytes, str, list[str]]:
    """Export with the named format; ValidationError listing the formats when the name is unknown."""
    if format_name not in EXPORTERS:
        raise ValidationError(f"unknown export format {format_name!r}; expected one of {', '.join(EXPORTERS)}.")
    return EXPORTERS[format_name](bank)


def import_bank(data: bytes, format_name: str | None = None, *, filename: str = "") -> dict[str, Any]:
    """Import a whole bank or nothing: the named format, or the detected one; ValidationError on any problem."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(f"{filename or 'the file'}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB.")
    format_name = format_name or detect_format(filename, data)
    if format_name not in IMPORTERS:
        raise ValidationError(f"{format_name!r} files cannot be imported; importable formats are "
                              f"{', '.join(IMPORTERS)}.")
    return IMPORTERS[format_name](data)
