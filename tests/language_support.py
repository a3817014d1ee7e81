"""What the Russian and Kazakh generator rule tests share: the fixture texts, one document's questions, a key."""
from __future__ import annotations

from pathlib import Path

from studyapp.generator import generate_bank

LANGS = Path(__file__).parent / "generator" / "fixtures" / "languages"


def bank_of(tmp_path, text: str, name: str = "doc.txt") -> list[dict]:
    """The questions the generator makes of one document with this text."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return generate_bank([path])["questions"]


def answer_of(q: dict) -> str:
    """A question's key as text."""
    return q["answer"] if isinstance(q["answer"], str) else q["choices"][q["answer"]]
