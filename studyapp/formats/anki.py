"""Anki .apkg export: one note per question and per flashcard, with GUIDs from their ids so re-imports update;
a question's images (prompt and choices) go in the package's media, named by their content hash."""
from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import genanki

from studyapp.formats.common import meta_json, question_meta, source_of
from studyapp.image_types import PROMPT, entry_bytes, file_name
from studyapp.question_types import REGISTRY, BaseType

CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background: white; }
.evidence { border-left: 3px solid #888; margin: 0.5em 0; padding-left: 0.6em; font-style: italic; }
.source { color: #444; font-size: 16px; }"""
BACK = ("{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
        "{{#Explanation}}<p>{{Explanation}}</p>{{/Explanation}}"
        "{{#Evidence}}<blockquote class=evidence>{{Evidence}}</blockquote>{{/Evidence}}"
        "{{#Source}}<p class=source>{{Source}}</p>{{/Source}}")
META = "StudyApp"  # a field no card shows: what the deck has no place for, as JSON, read back by anki_import.py
_UNKNOWN = BaseType()  # a question of no known type: its answer as text


def stable_id(*parts: str) -> int:
    """A 31-bit id derived from text (Anki's deck and model ids), the same on every export."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return (1 << 30) + int(digest[:8], 16) % (1 << 30)


def bank_key(bank: dict[str, Any]) -> str:
    """What identifies a bank for Anki ids: its id or key when it has one, else its title."""
    return str(bank.get("id") or bank.get("key") or bank.get("title") or "StudyApp bank")


def question_guid(question_id: str) -> str:
    """The Anki note GUID of a question: derived from its id, so a re-export updates the note."""
    return genanki.guid_for("studyapp:question", question_id)


def flashcard_guid(flashcard_id: str) -> str:
    """The Anki note GUID of a flashcard, derived from its id."""
    return genanki.guid_for("studyapp:flashcard", flashcard_id)


def models(bank: dict[str, Any]) -> tuple[genanki.Model, genanki.Model]:
    """The question and flashcard note types, with ids derived from the bank."""
    key = bank_key(bank)
    question = genanki.Model(
        stable_id("studyapp:question-model", key), "StudyApp question",
        fields=[{"name": n} for n in ("Prompt", "Choices", "Answer", "Explanation", "Evidence", "Source",
                                       "QuestionId", "Type", META)],
        templates=[{"name": "Question", "qfmt": "{{Prompt}}{{#Choices}}<ol type=a>{{Choices}}</ol>{{/Choices}}",
                    "afmt": BACK}],
        css=CSS)
    flashcard = genanki.Model(
        stable_id("studyapp:flashcard-model", key), "StudyApp flashcard",
        fields=[{"name": n} for n in ("Front", "Answer", "Evidence", "Source", "FlashcardId", META)],
        templates=[{"name": "Flashcard", "qfmt": "{{Front}}", "afmt": BACK.replace(
            "{{#Explanation}}<p>{{Explanation}}</p>{{/Explanation}}", "")}],
        css=CSS)
    return question, flashcard


def _html(text: Any) -> str:
    """Plain text as safe HTML for an Anki field; newlines become <br>."""
    return html.escape(str(text or "")).replace("\r\n", "\n").replace("\n", "<br>")


def answer_html(q: dict[str, Any]) -> str:
    """The right answer, written for the back of the card in the way the question type needs."""
    return REGISTRY.get(q.get("type"), _UNKNOWN).anki_back(q, _html)


def source_line(bank: dict[str, Any], item: dict[str, Any]) -> str:
    """The cited source as one line: title, author, paragraph."""
    source, cited = source_of(bank, item), item.get("source") or {}
    parts = [p for p in (source.get("title"), source.get("author")) if p]
    if cited.get("paragraph"):
        parts.append(f"paragraph {cited['paragraph']}")
    return _html(", ".join(parts))


def _tags(*values: Any) -> list[str]:
    """Anki tags (no spaces allowed) from topic, kind and type."""
    return [re.sub(r"\s+", "_", str(v).strip()) for v in values if v and str(v).strip()]


def carried(bank: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions an Anki card can hold: every one but those of types that name `apkg` in `cannot_carry`."""
    return [q for q in bank.get("questions") or [] if "apkg" not in REGISTRY.get(q.get("type"), _UNKNOWN).cannot_carry]


def build_package(bank: dict[str, Any]) -> genanki.Package:
    """The genanki package: one deck named after the bank, a note per question and per flashcard."""
    question_model, flashcard_model = models(bank)
    deck = genanki.Deck(stable_id("studyapp:deck", bank_key(bank)), str(bank.get("title") or "StudyApp"))
    for q in carried(bank):
        shows = REGISTRY.get(q.get("type"), _UNKNOWN).anki_choices
        choices = "".join(f"<li>{_html(c)}{image_html(q, f'choice:{i}')}</li>"
                          for i, c in enumerate(q.get("choices") or [])) if shows else ""
        deck.add_note(genanki.Note(
            model=question_model, guid=question_guid(str(q["id"])),
            fields=[_html(q.get("prompt")) + image_html(q, PROMPT), choices, answer_html(q), _html(q.get("explanation")),
                    _html((q.get("source") or {}).get("quote")), source_line(bank, q), _html(q["id"]),
                    _html(q.get("type")), note_meta(bank, q, {**question_meta(q), "aliases": q.get("aliases") or [],
                                                             **{k: q[k] for k in ("marks", "tags") if q.get(k)},
                                                             **image_names(q)})],
            tags=_tags("studyapp", q.get("topic"), q.get("kind"), q.get("type"), q.get("status"))))
    for card in bank.get("flashcards") or []:
        deck.add_note(genanki.Note(
            model=flashcard_model, guid=flashcard_guid(str(card["id"])),
            fields=[_html(card.get("front")), _html(card.get("back")), _html((card.get("source") or {}).get("quote")),
                    source_line(bank, card), _html(card["id"]),
                    note_meta(bank, card, {k: v for k, v in card.items() if k not in ("id", "front", "back")})],
            tags=_tags("studyapp", "flashcard")))
    return genanki.Package(deck)


def note_meta(bank: dict[str, Any], item: dict[str, Any], meta: dict[str, Any]) -> str:
    """The hidden field's HTML: `meta`, the bank's title and the source the item cites (without its text), as JSON."""
    cited = {k: v for k, v in source_of(bank, item).items() if k != "text"}
    return html.escape(meta_json({**meta, "bank": str(bank.get("title") or ""), **({"cites": cited} if cited else {})}))


def image_names(q: dict[str, Any]) -> dict[str, Any]:
    """The images' own file names by place (the media files are named by content hash), when the question has any."""
    names = {e.get("place") or PROMPT: e.get("name") or "" for e in q.get("images") or []}
    return {"image_names": names} if names else {}


def image_html(q: dict[str, Any], place: str) -> str:
    """The image at `place` (the prompt, "choice:N") as Anki refers to a media file: `<img src="<hash>.<suffix>"
    alt="…">`; '' without one."""
    entry = next((e for e in q.get("images") or [] if (e.get("place") or PROMPT) == place), None)
    if entry is None:
        return ""
    return f'<br><img src="{file_name(entry_bytes(entry))}" alt="{html.escape(entry.get("alt") or "")}">'


def media_files(bank: dict[str, Any]) -> dict[str, bytes]:
    """The images the package's notes show, by the file name the notes use (the content hash: each stored once)."""
    files = {}
    for q in carried(bank):
        shows_choices = REGISTRY.get(q.get("type"), _UNKNOWN).anki_choices
        for entry in q.get("images") or []:
            if (entry.get("place") or PROMPT) == PROMPT or shows_choices:
                data = entry_bytes(entry)
                files[file_name(data)] = data
    return files


def export_apkg(bank: dict[str, Any], *, timestamp: float | None = None) -> tuple[bytes, list[str]]:
    """The bank as .apkg bytes, and a warning per question no card can hold (an essay: nobody marks it)."""
    package = build_package(bank)
    timestamp = time.time() if timestamp is None else timestamp
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as apkg:
            apkg.write(path, "collection.anki2")
            media = media_files(bank)  # Anki's layout: files named 0, 1, 2… and a JSON "media" map to their names
            for number, data in enumerate(media.values()):
                apkg.writestr(str(number), data)
            apkg.writestr("media", json.dumps({str(n): name for n, name in enumerate(media)}))
    kept = {id(q) for q in carried(bank)}
    return buffer.getvalue(), [f"question {q.get('id')} ({q.get('type')}): an Anki card has no place for it; left out."
                               for q in bank.get("questions") or [] if id(q) not in kept]
