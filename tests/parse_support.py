"""What tests of the English parse-level rules share: a hand-made text read and parsed, and one of its sentences."""
from __future__ import annotations

from studyapp.generator import run_pipeline


def parsed(folder, text: str, name: str = "doc.txt"):
    """The corpus of one document with this text, read, cleaned, analysed and parsed (no questions made)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return run_pipeline([path], names=["read", "clean", "languages", "analyse", "parse"])


def sentence_with(corpus, words: str):
    """The sentence of the corpus's first document holding `words`."""
    return next(s for s in corpus.docs[0].sentences if words in s.text)
