"""Spreadsheet cells: the one formula escaping of every CSV and XLSX export, and its exact inverse.

A spreadsheet may run a cell as a formula when its text starts with = + - or @ (or their full-width forms),
also after spaces, line breaks, no-break spaces, control or invisible characters, which some programs trim;
a leading tab or carriage return is escaped too (OWASP's list). Such text gets one apostrophe in front.
Apostrophes already at the start are looked past, so `unescape_cell` can tell the added one from typed ones.
"""
from __future__ import annotations

import unicodedata
from typing import Any

FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
ALWAYS_ESCAPED_STARTS = ("\t", "\r")


def _skipped(ch: str) -> bool:
    """Characters a spreadsheet may trim before reading a formula: white space, control and format characters."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def needs_escape(text: str) -> bool:
    """Whether a spreadsheet could read `text` (past any leading apostrophes) as a formula."""
    text = text.lstrip("'")
    if text.startswith(ALWAYS_ESCAPED_STARTS):
        return True
    for ch in text:
        if ch == "'" or _skipped(ch):
            continue
        return ch in FORMULA_STARTS
    return False


def escape_cell(value: Any) -> Any:
    """Text a spreadsheet would take for a formula, with an apostrophe in front; other values unchanged."""
    return "'" + value if isinstance(value, str) and needs_escape(value) else value


def unescape_cell(value: str) -> str:
    """Undo `escape_cell`: drop the one apostrophe it added, and nothing else."""
    return value[1:] if value.startswith("'") and needs_escape(value[1:]) else value
