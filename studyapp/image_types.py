"""What an image in a question may be: its type sniffed from its first bytes (PNG, JPEG, GIF, WebP; never SVG,
which can carry scripts), the size limit, its alt text, and the `images` entries of a bank dict.

The editor, every importer and the storage service (services/media.py) read this one module, so an image that one
of them refuses, all refuse. A file's name or declared type is never trusted: only its bytes.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any

from studyapp.limits import COUNT, IMAGE_BYTES, TEXT
from studyapp.translatable import N_, at

SUFFIXES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}
PROMPT = "prompt"  # an image's place: the prompt, or "choice:N" for the choice at index N
_CHOICE = re.compile(r"choice:(\d)")

TOO_LARGE = N_("The image is larger than 2 MB; save it smaller (for example as JPEG) and add it again.")
EMPTY = N_("The image file is empty.")
SVG_REFUSED = N_("SVG and HTML files are refused (they can carry scripts); save the picture as PNG or JPEG.")
NOT_IMAGE = N_("This file is not a PNG, JPEG, GIF or WebP image.")
ALT_TOO_LONG = N_("The alt text is too long: at most 300 characters.")
NO_ALT = N_("Describe the image in its alt text: students who cannot see it read or hear that text.")


def sniff_image(data: bytes) -> str | None:
    """The MIME type the bytes are (image/png, image/jpeg, image/gif, image/webp), or None for anything else."""
    head = bytes(data[:16])
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def image_problem(data: Any) -> str | None:
    """Why these bytes cannot be a question's image (one of the messages above), or None when they can."""
    if not isinstance(data, (bytes, bytearray)) or not data:
        return EMPTY
    if len(data) > IMAGE_BYTES:
        return TOO_LARGE
    if sniff_image(data) is None:
        text = bytes(data[:512]).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return SVG_REFUSED if text.startswith(b"<") else NOT_IMAGE
    return None


def content_hash(data: bytes) -> str:
    """The SHA-256 of the bytes in hex: an image's name in storage and in its address."""
    return hashlib.sha256(data).hexdigest()


def file_name(data: bytes) -> str:
    """`<hash>.<suffix>`: the name an image gets in an export package (the same bytes, the same name)."""
    return f"{content_hash(data)}.{SUFFIXES[sniff_image(data) or 'image/png']}"


def choice_index(place: str) -> int | None:
    """The index of the choice an image belongs to ("choice:2" -> 2); None for the prompt's."""
    match = _CHOICE.fullmatch(place or "")
    return int(match.group(1)) if match else None


def image_entry(data: bytes, *, alt: str, name: str = "", place: str = PROMPT) -> dict[str, Any]:
    """A question's `images` entry in a bank dict: the bytes as base64, so the dict stays JSON."""
    return {"place": place, "name": name[:TEXT["image_name"]], "alt": alt, "data": base64.b64encode(data).decode()}


def entry_bytes(entry: dict[str, Any]) -> bytes:
    """The bytes of a bank dict's image entry (checked by `entries_problem` first)."""
    return base64.b64decode(entry["data"], validate=True)


def entries_problem(question: dict[str, Any]) -> str | None:
    """The first problem of a bank-dict question's `images` list, as a translatable message; None when they are all
    fine."""
    images = question.get("images")
    if images is None:
        return None
    if not isinstance(images, list) or len(images) > COUNT["images"]:
        return N_("'images' must be a list of at most %(max)s images.", max=COUNT["images"])
    places = set()
    for n, entry in enumerate(images, start=1):
        image = N_("image %(number)s", number=n)
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k, ""), str) for k in ("place", "name", "alt")):
            return at(image, N_("it must be an object with 'place', 'name', 'alt' and 'data' (base64)."))
        place = entry.get("place") or PROMPT
        index = choice_index(place)
        if place != PROMPT and (index is None or index >= len(question.get("choices") or [])):
            return at(image, N_("its place %(place)r is not the prompt or one of the choices.", place=place[:20]))
        if place in places:
            return at(image, N_("a second image for the same place (%(place)s).", place=place))
        places.add(place)
        if len(entry.get("alt", "")) > TEXT["alt"] or len(entry.get("name", "")) > TEXT["image_name"]:
            return at(image, N_("the alt text may have at most %(alt)s characters and the name at most %(name)s.",
                                alt=TEXT["alt"], name=TEXT["image_name"]))
        try:
            data = entry_bytes(entry)
        except (KeyError, TypeError, ValueError, binascii.Error):
            return at(image, N_("'data' is not base64."))
        problem = image_problem(data)
        if problem:
            return at(image, problem)
    return None
    if not isinstance(images, list) or len(images) > COUNT["images"]:
        return f"'images' must be a list of at most {COUNT['images']} images."
    places = set()
    for n, entry in enumerate(images, start=1):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k, ""), str) for k in ("place", "name", "alt")):
            return f"image {n}: must be an object with 'place', 'name', 'alt' and 'data' (base64)."
        place = entry.get("place") or PROMPT
        index = choice_index(place)
        if place != PROMPT and (index is None or index >= len(question.get("choices") or [])):
            return f"image {n}: its place {place[:20]!r} is not the prompt or one of the choices."
        if place in places:
            return f"image {n}: a second image for the {place}."
        places.add(place)
        if len(entry.get("alt", "")) > TEXT["alt"] or len(entry.get("name", "")) > TEXT["image_name"]:
            return (f"image {n}: the alt text may have at most {TEXT['alt']} characters and the name at most "
                    f"{TEXT['image_name']}.")
        try:
            data = entry_bytes(entry)
        except (KeyError, TypeError, ValueError, binascii.Error):
            return f"image {n}: 'data' is not base64."
        problem = image_problem(data)
        if problem:
            return f"image {n}: {problem}"
    return None
