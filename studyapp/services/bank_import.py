"""Importing a bank file of any supported format into the database: what can be read, with a list of the rest."""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from studyapp.errors import ValidationError
from studyapp.translatable import NP_

from studyapp.formats.registry import read_bank, skipped_text
from studyapp.models import QuestionBank, User
from studyapp.services.banks import store_bank


@dataclass
class ImportResult:
    """The bank made, and each question of the file left out: {line, type, reason}."""

    bank: QuestionBank
    skipped: list[dict[str, Any]] = field(default_factory=list)


def import_bank(data: bytes, fmt: str | None, *, filename: str, owner: User | None,
                all_or_nothing: bool = False) -> ImportResult:
    """Parse `data` (format detected when None) and store what can be read as a new bank of `owner`; the questions
    that cannot be read are listed in the result. With `all_or_nothing`, any such question refuses the file.
    ValidationError says what is wrong. Without an owner (the command line only) it becomes a course pack:
    read-only, copied by teachers.
    """
    parsed, skipped = read_bank(data, fmt, filename=filename)
    if skipped and all_or_nothing:
        raise ValidationError(NP_("%(num)s question cannot be read, and all or nothing was asked: %(problems)s",
                                  "%(num)s questions cannot be read, and all or nothing was asked: %(problems)s",
                                  len(skipped), problems=skipped_text(skipped)))
    key = f"import:{secrets.token_hex(8)}"
    bank = store_bank(parsed, key=key, origin=filename, owner=owner, template=owner is None)
    return ImportResult(bank, skipped)
