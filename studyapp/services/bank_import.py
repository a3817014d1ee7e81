"""Importing a bank file of any supported format into the database, all or nothing."""
from __future__ import annotations

import secrets

from studyapp.formats.registry import parse_bank
from studyapp.models import QuestionBank, User
from studyapp.services.banks import store_bank


def import_bank(data: bytes, fmt: str | None, *, filename: str, owner: User | None) -> QuestionBank:
    """Parse `data` (format detected when None) and store it as a new bank of `owner`; ValidationError says
    what is wrong. Without an owner (the command line only) it becomes a course pack: read-only, copied by teachers.
    """
    parsed = parse_bank(data, fmt, filename=filename)
    key = f"import:{secrets.token_hex(8)}"
    return store_bank(parsed, key=key, origin=filename, owner=owner, template=owner is None)
