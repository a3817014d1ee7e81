"""What generator tests share: a hand-made text read and parsed, one of its sentences, its bank's keys."""
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


def run_texts(folder, texts: dict[str, str], upto: str | None = None):
    """The corpus of several documents (file name -> text) through every stage, or the stages up to `upto`."""
    from studyapp.generator import STAGES

    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return run_pipeline(paths, names=STAGES if upto is None else STAGES[:STAGES.index(upto) + 1])


def wrapped(folder, name: str, text: str):
    """The corpus of one hand-made text written with wrapped lines (joined back into paragraphs), every stage run."""
    path = folder / name
    path.write_text("\n\n".join(" ".join(p.split("\n")) for p in text.split("\n\n")), encoding="utf-8")
    return run_pipeline([path])


def bank_answers(folder, name: str, text: str) -> list[str]:
    """The keys of the bank generated from one hand-made text written with wrapped lines (joined into paragraphs)."""
    from studyapp.generator import generate_bank

    path = folder / name
    path.write_text("\n\n".join(" ".join(p.split("\n")) for p in text.split("\n\n")), encoding="utf-8")
    return [str(q["answer"]) for q in generate_bank([path])["questions"]]
