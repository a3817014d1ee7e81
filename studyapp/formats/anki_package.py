"""Reading an Anki .apkg package without the `anki` package: its legacy SQLite collection (notes and note types)
and its media, through the bounded zip reader (zip_limits.py).

An .apkg is a zip of `collection.anki21` (or, from Anki 2.0, `collection.anki2`), a JSON `media` map
("0" -> file name) and the media files named 0, 1, 2... Anki 2.1.50+ without "Support older Anki versions" writes
`collection.anki21b` (zstd, not read here) and, beside it, a placeholder `collection.anki2` whose one note asks
for a newer Anki: such a package is refused with a message saying how to export it. The collection is copied to
a temporary file, opened read-only and immutable, and only `col.models` and `notes` are queried.
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.common import check_size
from studyapp.formats.zip_limits import LimitedZip, open_limited
from studyapp.image_types import TOO_LARGE, image_problem
from studyapp.limits import COUNT, IMAGE_BYTES
from studyapp.translatable import N_, at

LABEL = "Anki"
LEGACY = ("collection.anki21", "collection.anki2")  # Anki 2.1's, then Anki 2.0's (also the placeholder's name)
NEWER = "collection.anki21b"
NEWER_ONLY = N_("this package was exported for Anki 2.1.50 or later only; export it again from Anki with "
                "'Support older Anki versions' ticked.")
MAX_NOTES = COUNT["questions"] + COUNT["flashcards"]


@dataclass
class Note:
    """One note: its id, position in the package, fields by name (HTML as Anki keeps it) and note type."""

    id: int
    number: int
    fields: dict[str, str]
    model: str
    cloze: bool  # the note type is a cloze type (Anki's type 1)
    tags: list[str] = field(default_factory=list)


class Package:
    """An opened .apkg: its notes, and its media read on demand by the file name a note's HTML uses."""

    def __init__(self, archive: LimitedZip, notes: list[Note], media: dict[str, str]) -> None:
        """Keep the archive open for media reads; `media` maps a file name to its member name."""
        self.archive, self.notes, self._media = archive, notes, media

    def has_media(self, name: str) -> bool:
        """Whether the media map names a file so."""
        return name in self._media

    def image(self, name: str) -> tuple[bytes | None, str | None]:
        """(bytes, None) for a media file that can be a question's image; (None, why) otherwise."""
        member = self._media.get(name)
        if member is None or not self.archive.has(member):
            return None, N_("the file is not in the package.")
        try:
            data = self.archive.read(member, limit=IMAGE_BYTES)
        except ValidationError:
            return None, TOO_LARGE
        problem = image_problem(data)
        return (None, problem) if problem else (data, None)

    def close(self) -> None:
        """Release the archive."""
        self.archive.close()

    def __enter__(self) -> Package:
        """Use as a context manager."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close on leaving the block."""
        self.close()


def open_package(data: bytes) -> Package:
    """Open .apkg bytes (use it in a `with` block); ValidationError (translatable) when it is no readable Anki
    package: no legacy collection, a newer-only one, a damaged collection, a member over the zip limits."""
    check_size(data, LABEL)
    archive = open_limited(data, LABEL)
    try:
        name = next((n for n in LEGACY if archive.has(n)), None)
        if name is None or (archive.has(NEWER) and name != LEGACY[0]):
            raise ValidationError(at(LABEL, NEWER_ONLY if archive.has(NEWER) else N_(
                "the package holds no Anki collection (collection.anki21 or collection.anki2); is it an .apkg file?")))
        notes = read_collection(archive.read(name))
        return Package(archive, notes, _media_map(archive))
    except BaseException:
        archive.close()
        raise


def read_collection(data: bytes) -> list[Note]:
    """The notes of a legacy Anki collection (SQLite bytes), in the order they were added."""
    folder = tempfile.mkdtemp(prefix="studyapp-apkg-")
    path = Path(folder) / "collection.sqlite"
    try:
        path.write_bytes(data)
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            models = connection.execute("SELECT models FROM col").fetchone()
            rows = connection.execute("SELECT id, mid, tags, flds FROM notes ORDER BY id LIMIT ?",
                                      (MAX_NOTES + 1,)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        raise ValidationError(at(LABEL, N_("the package's collection is not a readable Anki collection."))) from None
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)
    types = _models(models[0] if models else None)
    if len(rows) > MAX_NOTES:
        raise ValidationError(at(LABEL, N_("the package holds more than %(count)s notes.", count=MAX_NOTES)))
    notes = []
    for number, (note_id, model_id, tags, fields) in enumerate(rows, start=1):
        model = types.get(str(model_id)) or {}
        names = [str(f.get("name") or "") for f in model.get("flds") or [] if isinstance(f, dict)]
        values = str(fields or "").split("\x1f")
        notes.append(Note(int(note_id), number, dict(zip(names, values)), str(model.get("name") or "?")[:60],
                          model.get("type") == 1, str(tags or "").split()))
    if _placeholder(notes):
        raise ValidationError(at(LABEL, NEWER_ONLY))
    return notes


def _models(text: Any) -> dict[str, dict[str, Any]]:
    """The note types of `col.models` by id (as text); ValidationError when it is not the JSON object Anki writes."""
    try:
        models = json.loads(text) if isinstance(text, (str, bytes)) else None
    except ValueError:
        models = None
    if not isinstance(models, dict) or not all(isinstance(m, dict) for m in models.values()):
        raise ValidationError(at(LABEL, N_("the package's collection is not a readable Anki collection.")))
    return models


def _placeholder(notes: list[Note]) -> bool:
    """True for the one-note collection Anki writes beside a newer-only one ("Please update to the latest Anki...")."""
    return len(notes) == 1 and any("Please update to the latest Anki version" in v for v in notes[0].fields.values())


def _media_map(archive: LimitedZip) -> dict[str, str]:
    """File name -> member name from the package's `media` JSON (empty when it has none or it is not that JSON)."""
    if not archive.has("media"):
        return {}
    try:
        media = json.loads(archive.read("media", limit=4 * 1024 * 1024))
    except ValueError:
        return {}
    if not isinstance(media, dict):
        return {}
    return {str(name): str(member) for member, name in media.items() if isinstance(name, str)}
