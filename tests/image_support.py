"""Small real images for tests, written byte by byte (no imaging library): PNG, and headers of the other types."""
from __future__ import annotations

import struct
import zlib

from studyapp.formats.bank_json import FORMAT
from studyapp.image_types import image_entry


def tiny_png(rgb: tuple[int, int, int] = (200, 30, 30), size: int = 4) -> bytes:
    """A valid `size`×`size` PNG of one colour (different colours give different bytes and hashes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00" \
      b"\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
WEBP_HEAD = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML_AS_PNG = b"<html><body><script>alert(document.cookie)</script></body></html>"


def pictured_bank() -> dict:
    """A bank of two questions, the first with a prompt image (alt text with characters HTML escapes)."""
    question = {"id": "q-sky", "type": "true_false", "kind": "fact", "prompt": "The sky is clear.\nLook closely.",
                "choices": ["True", "False"], "answer": "True", "aliases": [], "tolerance": None, "explanation": "",
                "notes": "", "topic": "Weather", "difficulty": None, "status": "approved",
                "source": {"id": None, "quote": "", "paragraph": None},
                "images": [image_entry(tiny_png(), alt='A "clear" sky & a field', name="my sky photo.png")]}
    plain = {**question, "id": "q-plain", "prompt": "No picture here.", "images": []}
    return {"format": FORMAT, "title": "Pictures", "sources": [], "questions": [question, plain], "flashcards": []}
