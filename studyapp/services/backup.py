"""Backups: every table to one gzipped JSON file and back, exactly, on SQLite or PostgreSQL."""
from __future__ import annotations

import base64
import gzip
import json
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from studyapp.db import UTCDateTime, db
from studyapp.errors import ValidationError
from studyapp.translatable import N_


BACKUP_FORMAT = "studyapp.backup/1"


def _encode(value, column):
    """A column value as JSON."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _decode(value, column):
    """A JSON value back into what the column stores."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, sa.LargeBinary):
        return base64.b64decode(value)
    return value


def schema_revision() -> str | None:
    """The Alembic revision of the database, if it has one."""
    try:
        return db.session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    except sa.exc.DBAPIError:
        db.session.rollback()
        return None


def create_backup(path: str | Path, *, now: datetime) -> dict[str, int]:
    """Write every row of every table to `path`; returns rows per table."""
    tables, counts = {}, {}
    for table in db.metadata.sorted_tables:
        rows = db.session.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
        tables[table.name] = [{c.name: _encode(v, c) for c, v in zip(table.columns, row)} for row in rows]
        counts[table.name] = len(rows)
    document = {"format": BACKUP_FORMAT, "created_at": now.isoformat(), "revision": schema_revision(), "tables": tables}
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, sort_keys=True)
    return counts


def read_backup(path: str | Path) -> dict:
    """Load and check a backup file."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(N_("%(file)s is not a StudyApp backup (%(reason)s).", file=Path(path).name,
                                 reason=str(exc))) from None
    if document.get("format") != BACKUP_FORMAT:
        raise ValidationError(N_("%(file)s is not a %(format)s file.", file=Path(path).name, format=BACKUP_FORMAT))
    return document


def restore_backup(path: str | Path) -> dict[str, int]:
    """Replace every row with the backup's (same schema revision required); the caller commits."""
    document = read_backup(path)
    current = schema_revision()
    if document.get("revision") != current:
        raise ValidationError(N_("The backup is of schema %(backup)s, the database is at %(current)s: run `flask --app "
                                 "studyapp db upgrade` on a database of the backup's version first.",
                                 backup=document.get("revision"), current=current))
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    counts = {}
    for table in db.metadata.sorted_tables:
        rows = document["tables"].get(table.name, [])
        if rows:
            columns = {c.name: c for c in table.columns}
            db.session.execute(table.insert(), [{k: _decode(v, columns[k]) for k, v in row.items() if k in columns}
                                                for row in rows])
        counts[table.name] = len(rows)
    if db.engine.dialect.name == "postgresql":
        for table in db.metadata.sorted_tables:
            if "id" in table.columns:
                db.session.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
    db.session.flush()
    return counts
