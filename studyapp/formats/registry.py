"""The format registry: every bank export and import by format name, and format detection."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.anki import export_apkg
from studyapp.formats.anki_import import import_apkg
from studyapp.formats.bank_json import parse_bank_text
from studyapp.formats.csv_questions import export_csv, import_csv
from studyapp.formats.common import MAX_IMPORT_BYTES, decode_text
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.qti import export_qti
from studyapp.formats.qti_import import import_qti
from studyapp.formats.zip_limits import open_limited
from studyapp.question_types import REGISTRY
from studyapp.translatable import N_, Joined, Message, at, translatable


Export = Callable[[dict[str, Any]], tuple[bytes, list[str]]]
Exporter = Callable[[dict[str, Any]], tuple[bytes, str, list[str]]]
Importer = Callable[[bytes], dict[str, Any]]


def export_json(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The bank as studyapp.bank/1 JSON (everything kept, flashcards too)."""
    return (json.dumps(bank, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), []


def import_json(data: bytes) -> dict[str, Any]:
    """Read studyapp.bank/1 JSON; raise ValidationError naming the line or the question at fault."""
    return parse_bank_text(decode_text(data, "JSON"), "JSON")


@dataclass(frozen=True)
class LeftOut:
    """A question or flashcard a format has no place for: its kind, id, text and why."""

    kind: str  # "question" or "flashcard"
    id: str
    text: str
    reason: str
    type_label: str = ""  # the question's type label (N_-marked), for pages that say the reason in their language


@dataclass(frozen=True)
class BankFormat:
    """One exchange format: its key (CLI and URL), label, file suffix, MIME type, exporter, importer (None: export
    only) and whether it carries flashcards. Which question types it carries, each type says
    (`studyapp.question_types` `cannot_carry`)."""

    key: str
    label: str
    suffix: str
    mime_type: str
    exporter: Export
    importer: Importer | None
    carries_flashcards: bool = False
    carries_images: bool = False  # a question's image travels in the file (formats/moodle_files.py, anki.py)

    def export(self, bank: dict[str, Any]) -> tuple[bytes, str, list[str]]:
        """Export `bank`; return the bytes, the file name suffix and the warnings."""
        data, warnings = self.exporter(bank)
        return data, self.suffix, warnings

    def carries(self, question: dict[str, Any]) -> bool:
        """True when the format has a place for the question's type."""
        qtype = REGISTRY.get(question.get("type"))
        return qtype is not None and self.key in qtype.formats

    @property
    def missing_type_labels(self) -> list[str]:
        """The labels (N_-marked English) of the question types the format has no place for."""
        return [t.label for t in REGISTRY.values() if self.key not in t.formats]

    @property
    def cannot_carry(self) -> str:
        """What the format leaves out, in words ("flashcards and ordering questions"); "" when nothing."""
        parts = [] if self.carries_flashcards else ["flashcards"]
        parts += [f"{t.label.lower()} questions" for t in REGISTRY.values() if self.key not in t.formats]
        return " and ".join(parts)

    def left_out(self, bank: dict[str, Any]) -> list[LeftOut]:
        """Every question and flashcard of `bank` the format has no place for, in bank order, with the reason."""
        items = [LeftOut("question", str(q.get("id")), str(q.get("prompt") or ""),
                         f"{self.label} has no {REGISTRY[q['type']].label.lower() if q.get('type') in REGISTRY else 'such'}"
                         " questions", REGISTRY[q["type"]].label if q.get("type") in REGISTRY else "")
                 for q in bank.get("questions") or [] if not self.carries(q)]
        if not self.carries_flashcards:
            items += [LeftOut("flashcard", str(c.get("id")), str(c.get("front") or ""), f"{self.label} has no flashcards")
                      for c in bank.get("flashcards") or []]
        return items


# The one list of formats: the CLI choices, the download view, the bank page and the tables below read it.
FORMATS: dict[str, BankFormat] = {f.key: f for f in (
    BankFormat("json", N_("StudyApp JSON"), ".json", "application/json", export_json, import_json, carries_flashcards=True,
               carries_images=True),
    BankFormat("gift", N_("GIFT for Moodle"), ".gift.txt", "text/plain", export_gift, import_gift),
    BankFormat("moodle-xml", N_("Moodle XML"), ".moodle.xml", "application/xml", export_moodle_xml, import_moodle_xml,
               carries_images=True),
    BankFormat("qti", N_("QTI 2.1 package for Canvas and other LMSs"), ".qti.zip", "application/zip", export_qti, import_qti,
               carries_images=True),
    BankFormat("csv", N_("CSV question sheet"), ".csv", "text/csv", export_csv, import_csv),
    BankFormat("apkg", N_("Anki deck (.apkg)"), ".apkg", "application/octet-stream", export_apkg, import_apkg,
               carries_flashcards=True, carries_images=True),
)}


# The importer and exporter tables, by key (the functions below read FORMATS itself).
EXPORTERS: dict[str, Exporter] = {key: f.export for key, f in FORMATS.items()}
IMPORTERS: dict[str, Importer] = {key: f.importer for key, f in FORMATS.items() if f.importer is not None}


def importable_keys() -> list[str]:
    """The keys of the formats that can be imported."""
    return [key for key, f in FORMATS.items() if f.importer is not None]


_BY_EXTENSION = {".json": "json", ".gift": "gift", ".xml": "moodle-xml", ".csv": "csv", ".txt": "gift",
                 ".zip": "qti", ".apkg": "apkg"}


def package_format(data: bytes, name: str) -> str:
    """A zip's format by what it holds: a manifest is QTI, an Anki collection .apkg; else by its name."""
    try:
        with open_limited(data, _file(name)) as package:
            if package.has("imsmanifest.xml"):
                return "qti"
            if any(package.has(f) for f in ("collection.anki21", "collection.anki2", "collection.anki21b")):
                return "apkg"
    except ValidationError:
        pass  # the importer named by the extension gives the reason
    return "apkg" if name.endswith(".apkg") else "qti"


def detect_format(filename: str, data: bytes) -> str:
    """The format name of a file, from its content first and its extension second; ValidationError if unknown."""
    head = bytes(data[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n")
    name = str(filename or "").lower()
    if head.startswith(b"PK"):
        return package_format(data, name)
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
    raise ValidationError(at(_file(filename), N_("cannot tell the format; name it with one of %(suffixes)s.",
                                                 suffixes=", ".join(sorted(importable_keys())))))


def export_bank(bank: dict[str, Any], format_name: str) -> tuple[bytes, str, list[str]]:
    """Export with the named format; ValidationError listing the formats when the name is unknown."""
    if format_name not in FORMATS:
        raise ValidationError(N_("unknown export format %(format)r; expected one of %(formats)s.", format=format_name,
                                 formats=", ".join(FORMATS)))
    return FORMATS[format_name].export(bank)


def parse_bank(data: bytes, format_name: str | None = None, *, filename: str = "") -> dict[str, Any]:
    """Import a whole bank or nothing: the named format, or the detected one; ValidationError on any problem,
    a question that cannot be read included (each is named)."""
    bank, skipped = read_bank(data, format_name, filename=filename)
    if skipped:
        raise ValidationError(at(_file(filename), skipped_text(skipped)))
    return bank


def _file(filename: str) -> str:
    """How a message names the uploaded file."""
    return filename or Message(N_("the file"))


def skipped_text(skipped: list[dict[str, Any]]) -> str:
    """The questions left out of an import, one sentence each: line, Moodle type, why."""
    return Joined([N_("Line %(line)s (%(type)s): %(problem)s", line=s["line"] or "?", type=s["type"],
                      problem=translatable(s["reason"])) for s in skipped])


def read_bank(data: bytes, format_name: str | None = None, *, filename: str = "") -> tuple[dict[str, Any], list]:
    """Import what can be read: (the bank, the questions left out as {line, type, reason}). ValidationError when
    the file cannot be read at all or no question of it can."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(at(_file(filename), N_("larger than %(size)s MB.", size=MAX_IMPORT_BYTES // (1024 * 1024))))
    format_name = format_name or detect_format(filename, data)
    importer = FORMATS[format_name].importer if format_name in FORMATS else None
    if importer is None:
        raise ValidationError(N_("%(format)r files cannot be imported; importable formats are %(formats)s.",
                                 format=format_name, formats=", ".join(importable_keys())))
    bank = importer(data)
    return bank, bank.pop("skipped", [])
