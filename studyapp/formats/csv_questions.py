"""CSV question sheets: one row per question, formula-escaped cells, JSON for list-valued cells.

Columns, in order:
  id, type, kind, status, topic, difficulty, prompt,
  choices   JSON list of strings (multiple_choice, true_false, multiple_response), else empty
  answer    text; a number for numeric; JSON list of items (ordering) or of the right choices
            (multiple_response); JSON list of [left, right] (matching)
  tolerance number or empty (numeric)
  aliases   JSON list of accepted alternative answers, or empty
  explanation, notes,
  source_id, source_title, source_author, source_quote, source_paragraph
A cell a spreadsheet could run as a formula gets one apostrophe in front on export (formats.cells), so a
spreadsheet shows it as text; the importer takes exactly that apostrophe off again.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.bank_json import difficulty_value
from studyapp.formats.cells import escape_cell, unescape_cell
from studyapp.formats.common import (
    TYPES,
    images_not_carried,
    Skips,
    decode_text,
    finish_bank,
    new_question,
    number_text,
    parse_number,
    source_of,
)
from studyapp.question_types import REGISTRY, BaseType
from studyapp.translatable import N_, at


_UNKNOWN = BaseType()  # writes the answer of a question of no known type as text

COLUMNS = ("id", "type", "kind", "status", "topic", "difficulty", "prompt", "choices", "answer", "tolerance",
           "aliases", "explanation", "notes", "source_id", "source_title", "source_author", "source_quote",
           "source_paragraph")
REQUIRED = ("id", "type", "prompt", "answer")


def _number_cell(value: Any) -> str:
    """A number as text, or empty for None."""
    return "" if value in (None, "") else number_text(value)


def export_csv(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The bank's questions as a UTF-8 CSV sheet (with BOM, for spreadsheets); flashcards are reported."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    warnings = []
    for q in bank.get("questions") or []:
        cited, source = q.get("source") or {}, source_of(bank, q)
        answer = q.get("answer")
        try:
            if isinstance(answer, list):
                answer_cell = json.dumps(answer, ensure_ascii=False)
            else:
                answer_cell = REGISTRY.get(q.get("type"), _UNKNOWN).csv_answer(answer)
            row = {
                "id": q.get("id"), "type": q.get("type"), "kind": q.get("kind") or "fact",
                "status": q.get("status") or "draft", "topic": q.get("topic") or "",
                "difficulty": _number_cell(difficulty_value(q.get("difficulty"))), "prompt": q.get("prompt") or "",
                "choices": json.dumps(q["choices"], ensure_ascii=False) if q.get("choices") else "",
                "answer": answer_cell, "tolerance": _number_cell(q.get("tolerance")),
                "aliases": json.dumps(q["aliases"], ensure_ascii=False) if q.get("aliases") else "",
                "explanation": q.get("explanation") or "", "notes": q.get("notes") or "",
                "source_id": cited.get("id") or "", "source_title": source.get("title") or "",
                "source_author": source.get("author") or "", "source_quote": cited.get("quote") or "",
                "source_paragraph": "" if cited.get("paragraph") is None else str(cited["paragraph"]),
            }
        except ValueError as exc:
            warnings.append(f"question {q.get('id')}: {exc}; left out of the CSV sheet.")
            continue
        writer.writerow([escape_cell(str(row[c])) for c in COLUMNS])
    if bank.get("flashcards"):
        warnings.append(f"{len(bank['flashcards'])} flashcards: a question sheet has no flashcards; left out.")
    return ("\ufeff" + out.getvalue()).encode("utf-8"), warnings + images_not_carried(bank, "A question sheet")


def import_csv(data: bytes) -> dict[str, Any]:
    """Read a question sheet into a bank dict; a row that cannot be read is left out and listed in the bank's
    `skipped` (line, type, why); ValidationError naming the line when the sheet itself cannot be read."""
    text = decode_text(data, "CSV")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        raise ValidationError(at(_line(1), f"{exc}.")) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(at(_line(1), N_("missing column(s) %(missing)s; columns are %(columns)s.",
                                              missing=", ".join(missing), columns=", ".join(COLUMNS))))
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ValidationError(at(_line(1), N_("unknown column(s) %(unknown)s; columns are %(columns)s.",
                                              unknown=", ".join(unknown), columns=", ".join(COLUMNS))))
    questions, sources, seen, line, skips = [], {}, {}, reader.line_num, Skips("CSV")
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            row = {h: unescape_cell(c) for h, c in zip(header, cells)}
            try:
                if len(cells) > len(header):
                    raise ValidationError(at(_line(start), N_("%(cells)s cells but %(columns)s columns.",
                                                              cells=len(cells), columns=len(header))))
                q = _question(row, _line(start))
                if q["id"] in seen:
                    raise ValidationError(at(_line(start), N_("duplicate question id %(id)r (first on line %(line)s).",
                                                              id=q["id"], line=seen[q["id"]])))
            except ValidationError as exc:
                skips.add(start, (row.get("type") or "?").strip() or "?", exc)
                continue
            seen[q["id"]] = start
            questions.append(q)
            skips.lines.append(start)
            if row.get("source_id") and row["source_id"] not in sources:
                sources[row["source_id"]] = {"id": row["source_id"], "title": row.get("source_title") or row["source_id"],
                                             "author": row.get("source_author") or "", "kind": "", "published": "",
                                             "file": ""}
    except csv.Error as exc:
        raise ValidationError(at(_line(reader.line_num), f"{exc}.")) from None
    if not questions and not skips.items:
        raise ValidationError(N_("CSV: no questions found."))
    return finish_bank("Imported questions", list(sources.values()), questions, label="CSV", skips=skips)


def _line(number: int) -> str:
    """Where a problem of the sheet is: "CSV line 4"."""
    return N_("CSV line %(line)s", line=number)


def _json_cell(row: dict[str, str], column: str, where: str) -> Any:
    """A JSON-encoded cell, or None when empty."""
    value = (row.get(column) or "").strip()
    if not value:
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError as exc:
        raise ValidationError(at(where, N_("column %(column)r is not valid JSON (%(reason)s).", column=column,
                                           reason=exc.msg))) from None


def _number_or_none(row: dict[str, str], column: str, where: str) -> int | float | None:
    """A numeric cell, or None when empty."""
    value = (row.get(column) or "").strip()
    if not value:
        return None
    try:
        return parse_number(value)
    except ValueError:
        raise ValidationError(at(where, N_("column %(column)r is not a number: %(value)r.", column=column,
                                           value=value))) from None


class Row:
    """One sheet row as a type reads its answer from it (`from_csv`, `csv_choices`)."""

    def __init__(self, row: dict[str, str], where: str) -> None:
        """The row's cells by column, and where it is ("CSV line 4")."""
        self.row, self.where = row, where

    def text(self, column: str) -> str:
        """A cell as text."""
        return self.row.get(column) or ""

    def json(self, column: str) -> Any:
        """A JSON-encoded cell, or None when empty."""
        return _json_cell(self.row, column, self.where)

    def number(self, column: str) -> int | float | None:
        """A numeric cell, or None when empty."""
        return _number_or_none(self.row, column, self.where)

    def fail(self, problem: str) -> ValidationError:
        """The error to raise, naming the line."""
        return ValidationError(at(self.where, problem))


def _question(row: dict[str, str], where: str) -> dict[str, Any]:
    """One sheet row as a question dict."""
    qid, qtype = (row.get("id") or "").strip(), (row.get("type") or "").strip()
    if not qid:
        raise ValidationError(at(where, N_("the id is empty.")))
    if qtype not in TYPES:
        raise ValidationError(at(where, N_("unknown type %(type)r; expected one of %(types)s.", type=qtype,
                                           types=", ".join(TYPES))))
    cells = Row(row, where)
    answer = REGISTRY[qtype].from_csv(cells)
    if answer in (None, "", []):
        raise ValidationError(at(where, N_("the answer is empty.")))
    choices = _json_cell(row, "choices", where) or []
    aliases = _json_cell(row, "aliases", where) or []
    for name, value in (("choices", choices), ("aliases", aliases)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(at(where, N_("column %(column)r must be a JSON list of strings.", column=name)))
    choices = REGISTRY[qtype].csv_choices(answer, choices, cells)
    paragraph = _number_or_none(row, "source_paragraph", where)
    kind, status = (row.get("kind") or "fact").strip(), (row.get("status") or "draft").strip()
    if kind not in ("fact", "perspective") or status not in ("draft", "approved", "rejected"):
        raise ValidationError(at(where, N_("kind must be fact or perspective and status draft, approved or rejected "
                                           "(found %(kind)r, %(status)r).", kind=kind, status=status)))
    return new_question(
        qid, qtype, row.get("prompt") or "", answer, kind=kind, status=status, topic=row.get("topic") or "",
        choices=choices,
        difficulty=_number_or_none(row, "difficulty", where), tolerance=_number_or_none(row, "tolerance", where),
        aliases=aliases, explanation=row.get("explanation") or "", notes=row.get("notes") or "",
        source={"id": (row.get("source_id") or "").strip() or None, "quote": row.get("source_quote") or "",
                "paragraph": paragraph},
    )
