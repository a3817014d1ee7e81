"""Anki .apkg import: the notes of a package (read by anki_package.py) as a bank.

- Our own export's notes (anki.py) come back as the same questions and flashcards: the question type reads its
  answer from the card's back (`from_anki`), the hidden StudyApp field brings back what the card has no place for.
- Any other note with a front and a back (Anki's Basic note types, or the first two fields) is a flashcard.
- A cloze note with one gap (`{{c1::answer::hint}}`) is a cloze question whose prompt shows the gap as _____
  (its Back Extra is the explanation); with several gaps it is a flashcard: the gaps blanked on the front, the
  whole text on the back.
- A question's `<img src="name">` comes from the package's media: sniffed and size-limited by image_types.py,
  stored later as every imported image is; the alt text is the img's alt, else the file name's stem.

What cannot be read (a note, or an image a flashcard or a place has no room for) is listed as skipped, with the
note's number in the package as its line.
"""
from __future__ import annotations

import html
import re
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote

from studyapp.errors import ValidationError
from studyapp.formats.anki import META
from studyapp.formats.anki_package import LABEL, Note, Package, open_package
from studyapp.formats.common import (
    BLANK, Skips, apply_meta, finish_bank, html_to_text, image_tags, new_question, read_meta, unique_id,
)
from studyapp.formats.moodle_files import with_notes
from studyapp.image_types import PROMPT, image_entry
from studyapp.limits import TEXT, flashcard_problem
from studyapp.question_types import REGISTRY
from studyapp.translatable import N_, at

_GAP = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.S)
_BREAK = re.compile(r"(?i)<br\s*/?>")
_ITEM = re.compile(r"(?is)<li>(.*?)</li>")


class Back:
    """The back (Answer field) of one of our question cards, read the way the question type wrote it."""

    def __init__(self, value: str) -> None:
        """Keep the field's HTML; the "Also accepted" line (aliases travel in the hidden field) is set apart."""
        self.html = re.sub(r"(?is)<br><small>.*</small>\s*$", "", value or "")

    def text(self) -> str:
        """The answer as plain text."""
        return html_to_text(self.html)

    def lines(self) -> list[str]:
        """The answer's lines (written one a line, parted by `<br>`), empty ones left out."""
        return [text for part in _BREAK.split(self.html) if (text := html_to_text(part))]

    def items(self) -> list[str]:
        """The texts of the answer's list items, in order."""
        return [html_to_text(item) for item in _ITEM.findall(self.html)]

    def fail(self, problem: str) -> ValidationError:
        """The error a question type raises when the back does not read as its answer."""
        return ValidationError(at(LABEL, problem))


def import_apkg(data: bytes) -> dict[str, Any]:
    """Read an .apkg: a bank of what can be read and `skipped` for the rest; ValidationError when the package
    cannot be read at all or holds nothing readable."""
    with open_package(data) as package:
        reader = Reader(package)
        for note in package.notes:
            try:
                reader.read(note)
            except ValidationError as exc:
                reader.skips.add(note.number, note.model, exc)
    return reader.finish()


class Reader:
    """The questions, flashcards, sources and title read so far from one package, and what was skipped."""

    def __init__(self, package: Package) -> None:
        """Nothing read yet."""
        self.package, self.skips = package, Skips(LABEL)
        self.questions: list[dict[str, Any]] = []
        self.flashcards: list[tuple[Note, dict[str, Any]]] = []
        self.sources: dict[str, dict[str, Any]] = {}
        self.title, self.question_ids, self.card_ids = "", set(), set()

    def read(self, note: Note) -> None:
        """Read one note as the question or flashcard it is; ValidationError when it is neither."""
        fields, meta = note.fields, self.meta(note)
        if {"Prompt", "Answer", "QuestionId", "Type"} <= set(fields):
            self.question(note, meta)
        elif {"Front", "Answer", "FlashcardId"} <= set(fields):
            card = {"id": html_to_text(fields["FlashcardId"]) or f"anki-{note.id}",
                    "front": html_to_text(fields["Front"]), "back": html_to_text(fields["Answer"]),
                    **{k: v for k, v in meta.items() if k in ("source", "status")}}
            self.flashcard(note, card, [fields["Front"], fields["Answer"]])
        elif note.cloze:
            self.cloze(note)
        elif len(fields) >= 2:
            front, back = (fields["Front"], fields["Back"]) if {"Front", "Back"} <= set(fields) else list(fields.values())[:2]
            self.flashcard(note, {"id": f"anki-{note.id}", "front": html_to_text(front), "back": html_to_text(back),
                                  "source": {}}, [front, back])
        else:
            raise ValidationError(at(LABEL, N_("a note of type %(model)r: StudyApp reads notes with a front and a back, "
                                               "cloze notes and its own notes.", model=note.model)))

    def meta(self, note: Note) -> dict[str, Any]:
        """The hidden StudyApp field of our own notes (empty for others); notes the bank title and cited source."""
        text = html.unescape(note.fields.get(META) or "").strip()
        meta = read_meta(text, LABEL) if text else {}
        self.title = self.title or str(meta.get("bank") or "")
        cited = meta.get("cites")
        if isinstance(cited, dict) and isinstance(cited.get("id"), str):
            self.sources.setdefault(cited["id"], cited)
        return meta

    def question(self, note: Note, meta: dict[str, Any]) -> None:
        """One of our question notes: the type reads the back; the hidden field overlays the rest."""
        fields, name = note.fields, html_to_text(note.fields["Type"])
        qtype = REGISTRY.get(name)
        if qtype is None or "apkg" in qtype.cannot_carry:
            raise ValidationError(at(LABEL, N_("question type %(type)r cannot be read from an Anki note.", type=name[:40])))
        extra: dict[str, Any] = {}
        answer = qtype.from_anki(Back(fields["Answer"]), extra)
        choices = _ITEM.findall(fields.get("Choices") or "")
        if choices and "choices" not in extra:
            extra["choices"] = [html_to_text(c) for c in choices]
        qid = unique_id(html_to_text(fields["QuestionId"]) or f"anki-{note.id}", self.question_ids)
        question = apply_meta(new_question(qid, name, html_to_text(fields["Prompt"]), answer,
                                           explanation=html_to_text(fields.get("Explanation")),
                                           source={"id": None, "quote": html_to_text(fields.get("Evidence")),
                                                   "paragraph": None}, **extra), meta)
        question.update({k: meta[k] for k in ("marks", "tags") if meta.get(k)})  # checked by the bank check
        places = [(fields["Prompt"], PROMPT)]
        if qtype.shows_choice_images:
            places += [(c, f"choice:{i}") for i, c in enumerate(choices)]
        self.add_question(note, question, places, meta.get("image_names"))

    def cloze(self, note: Note) -> None:
        """A cloze note: one gap makes a cloze question, several a flashcard."""
        values = list(note.fields.values())
        text = note.fields.get("Text", values[0] if values else "")
        extra = note.fields.get("Back Extra", values[1] if len(values) > 1 else "")
        gaps = list(_GAP.finditer(text))
        if len(gaps) == 1:
            kind = next(t for t in REGISTRY.values() if t.anki_cloze_note)
            prompt = html_to_text(text[:gaps[0].start()] + BLANK + text[gaps[0].end():])
            question = new_question(unique_id(f"anki-{note.id}", self.question_ids), kind.name, prompt,
                                    html_to_text(gaps[0].group(1)), explanation=html_to_text(extra))
            self.add_question(note, question, [(text, PROMPT)])
        elif gaps:
            front = _GAP.sub(lambda m: f"{BLANK} ({m.group(2)})" if m.group(2) else BLANK, text)
            back = "\n".join(p for p in (html_to_text(_GAP.sub(lambda m: m.group(1), text)), html_to_text(extra)) if p)
            self.flashcard(note, {"id": f"anki-{note.id}", "front": html_to_text(front), "back": back, "source": {}},
                           [text, extra])
        else:
            raise ValidationError(at(LABEL, N_("a cloze note without a gap {{c1::...}}.")))

    def add_question(self, note: Note, question: dict[str, Any], places: list[tuple[str, str]],
                     names: Any = None) -> None:
        """Keep a question with the first image of each place (named as `names` says by place, from our notes'
        hidden field); the images left out are listed and noted."""
        entries, left_out = [], []
        for value, place in places:
            for name, alt, data, problem in self.images(value):
                if problem is None and any(e["place"] == place for e in entries):
                    problem = N_("StudyApp shows one image with a prompt or a choice.")
                if problem is None:
                    name = str(names.get(place) or name) if isinstance(names, dict) else name
                    entries.append(image_entry(data, alt=alt, name=name, place=place))
                else:
                    left_out.append(f"Image {name[:100]} left out: {problem}")
                    self.skips.add(note.number, note.model, at(LABEL, N_("image %(name)s left out: %(problem)s",
                                                                         name=name[:100], problem=problem)))
        if entries:
            question["images"] = entries
        if left_out:
            question["notes"] = with_notes(question.get("notes") or "", left_out)
        self.questions.append(question)
        self.skips.lines.append(note.number)

    def flashcard(self, note: Note, card: dict[str, Any], values: list[str]) -> None:
        """Keep a flashcard; its images are listed as left out (flashcards show none)."""
        card["id"] = unique_id(card["id"], self.card_ids)
        if not card["front"] or not card["back"]:
            raise ValidationError(at(LABEL, N_("the note's front or back is empty.")))
        for value in values:
            for name, *_read in self.images(value):
                self.skips.add(note.number, note.model, at(LABEL, N_(
                    "image %(name)s left out: flashcards show no images.", name=name[:100])))
        self.flashcards.append((note, card))

    def images(self, value: str) -> list[tuple[str, str, bytes | None, str | None]]:
        """(file name, alt text, bytes or None, why not) of each `<img>` of a field, read from the package's media;
        the alt text is the img's, else the file name's stem."""
        found = []
        for src, alt in image_tags(value):
            name = src if self.package.has_media(src) else unquote(src)
            data, problem = self.package.image(name)
            alt = " ".join((alt or PurePosixPath(name).stem).split())[:TEXT["alt"]]
            found.append((name[:TEXT["image_name"]], alt, data, problem))
        return found

    def finish(self) -> dict[str, Any]:
        """The bank: flashcards over the editor's limits are listed, as questions the bank check refuses are."""
        cards = []
        for note, card in self.flashcards:
            problem = flashcard_problem(card)
            if problem:
                self.skips.add(note.number, note.model, at(LABEL, problem))
            else:
                cards.append(card)
        return finish_bank(self.title or "Anki deck", list(self.sources.values()), self.questions, cards,
                           label=LABEL, skips=self.skips)

