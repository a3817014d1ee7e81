"""Reading numbers as people type them and exchange files write them: one parser, which raises."""
from __future__ import annotations

import math
import re
from typing import Any

_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+)?")
_INTEGER = re.compile(r"[-+]?\d+")


def parse_number(raw: Any) -> int | float:
    """An int or a finite float from a number or its text: thousands separators, a decimal comma, a trailing %,
    a minus sign and an exponent are read; ValueError for anything else (booleans, NaN, infinities, too large).
    """
    if isinstance(raw, bool) or raw is None:
        raise ValueError(f"{raw!r} is not a number")
    if isinstance(raw, (int, float)):
        value: int | float = raw
    else:
        text = str(raw).strip().replace("\u2212", "-").rstrip("%").strip().replace(" ", "").replace("\u00a0", "")
        if _THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        if not _NUMBER.fullmatch(text):
            raise ValueError(f"{str(raw)[:40]!r} is not a number")
        text = text.replace(",", ".")
        value = int(text) if _INTEGER.fullmatch(text) else float(text)
    try:
        finite = math.isfinite(value)
    except OverflowError:
        finite = False
    if not finite:
        raise ValueError(f"{str(raw)[:40]!r} is not a finite number")
    return value
