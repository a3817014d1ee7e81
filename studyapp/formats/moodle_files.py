"""Moodle XML's embedded files: a prompt's (or a choice's) image written as a base64 `<file>` in `<questiontext>` with an
`<img src="@@PLUGINFILE@@/name">` in its HTML, and read back from the same (the img tag's alt text kept).

Only images StudyApp takes (image_types) are read; any other file a question text refers to is named in the
question's teacher note, never dropped silently. Choices' images travel the same way inside their `<answer>`
(for the types that show them); images in feedback are not read (yet).
"""
from __future__ import annotations

import base64
import binascii
import html
import re
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote, unquote

from studyapp.formats.common import image_tags, xml_safe
from studyapp.image_types import PROMPT, SUFFIXES, choice_index, entry_bytes, file_name, image_entry, image_problem, sniff_image
from studyapp.limits import TEXT

PLUGINFILE = "@@PLUGINFILE@@/"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def export_name(entry: dict[str, Any], data: bytes) -> str:
    """A file name Moodle keeps as it is: the entry's name in safe characters with its type's suffix, else the
    content hash."""
    stem = _SAFE_NAME.sub("-", (entry.get("name") or "").rsplit(".", 1)[0]).strip("-.")[:80]
    return f"{stem}.{SUFFIXES[sniff_image(data)]}" if stem else file_name(data)


def write_prompt(element: ET.Element, prompt: str, images: list[dict[str, Any]] | None) -> bool:
    """Fill `<questiontext>`: with a prompt image, as HTML holding `<img src="@@PLUGINFILE@@/…" alt="…">` and the
    `<file>`; False (nothing written) when the question has no prompt image, so the caller writes plain text."""
    entry = next((e for e in images or [] if (e.get("place") or PROMPT) == PROMPT), None)
    if entry is None:
        return False
    data = entry_bytes(entry)
    name = export_name(entry, data)
    text = html.escape(prompt).replace("\n", "<br>")
    element.set("format", "html")
    ET.SubElement(element, "text").text = xml_safe(
        f'<p>{text}</p><p><img src="{PLUGINFILE}{quote(name)}" alt="{html.escape(entry.get("alt") or "")}"></p>')
    ET.SubElement(element, "file", name=name, path="/", encoding="base64").text = entry["data"]
    return True


def write_choice_images(question_element: ET.Element, question: dict[str, Any]) -> None:
    """Put each choice's image into the `<answer>` whose text is that choice: HTML with the `<img>`, and its
    `<file>` (Moodle keeps files of answers as it keeps those of the question text)."""
    choices = question.get("choices") or []
    for entry in question.get("images") or []:
        index = choice_index(entry.get("place") or PROMPT)
        if index is None or index >= len(choices):
            continue
        answer = next((a for a in question_element.findall("answer") if a.findtext("text") == choices[index]), None)
        if answer is None:
            continue
        data = entry_bytes(entry)
        name = export_name(entry, data)
        answer.set("format", "html")
        answer.find("text").text = xml_safe(f'<p>{html.escape(choices[index])} <img src="{PLUGINFILE}{quote(name)}" '
                                            f'alt="{html.escape(entry.get("alt") or "")}"></p>')
        file = ET.Element("file", name=name, path="/", encoding="base64")
        file.text = entry["data"]
        answer.insert(1, file)


def read_choice_images(question_element: ET.Element, choices: list[str],
                       answer_texts: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """The images of the `<answer>`s, each placed at the choice its text became; lines for files left out."""
    entries, notes = [], []
    for answer, text in zip(question_element.findall("answer"), answer_texts):
        if text not in choices or not answer.findall("file"):
            continue
        found, left_out = read_prompt_images(answer, f"choice:{choices.index(text)}")
        entries += found
        notes += left_out
    return entries, notes


def read_prompt_images(element: ET.Element | None, place: str = PROMPT) -> tuple[list[dict[str, Any]], list[str]]:
    """The image a `<questiontext>` (or an `<answer>`, for `place` "choice:N") refers to: its first
    `@@PLUGINFILE@@` image that is a PNG, JPEG, GIF or WebP within the limits; and a line for every referred file
    left out, for the teacher note."""
    if element is None:
        return [], []
    files = {}
    for file in element.findall("file"):
        if (file.get("encoding") or "base64") == "base64" and file.get("name"):
            files[file.get("name")] = file.text or ""
    entries, notes = [], []
    for src, alt in image_tags(element.findtext("text") or ""):
        if not src.startswith(PLUGINFILE):
            continue
        name = unquote(src[len(PLUGINFILE):]).split("?", 1)[0]
        problem = _file_problem(files.get(name))
        if problem is None and not entries:
            data = base64.b64decode("".join(files[name].split()))
            entries.append(image_entry(data, alt=" ".join(alt.split())[:TEXT["alt"]], name=name, place=place))
        elif problem is not None:
            notes.append(f"Image {name[:100]} left out: {problem}")
        else:
            notes.append(f"Image {name[:100]} left out: StudyApp shows one image with a prompt or a choice.")
    return entries, notes


def with_notes(notes: str, lines: list[str]) -> str:
    """A teacher note with the lines about files left out added (within the note's length limit)."""
    return "\n".join(part for part in [notes, *lines] if part)[:TEXT["notes"]]


def _file_problem(payload: str | None) -> str | None:
    """Why an embedded file cannot be a question's image; None when it can."""
    if payload is None:
        return "the file is not in the question."
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        return "the file is not valid base64."
    return image_problem(data)
