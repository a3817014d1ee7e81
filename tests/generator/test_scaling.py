"""Generation time grows with the text, not with its square: 8x the text takes less than 12x the time.

Each case is timed (processor time, so other processes on the machine count little) at one size and at eight
times that size, on ordinary prose and on texts made to hit what once grew with the square of the text: many
names sharing a first letter, one long enumeration, a whole text as one hard-wrapped paragraph, one long quote.
"""
from __future__ import annotations

import gc
import random
import re
import time
from pathlib import Path

import pytest

from studyapp.generator import generate_bank, run_pipeline

from .conftest import DOCUMENTS

SYLLABLES = ["ka", "ra", "be", "no", "vi", "lo", "ma", "tu", "ser", "dan", "mir", "zov", "lin", "pet", "gor", "han",
             "sul", "tem", "bay", "jan", "ulan", "rak", "ish", "mek", "ol", "fis", "dre", "won", "qa", "pim", "chu", "lev"]


def _prose() -> str:
    """The cleaned paragraphs of the test documents, as one text."""
    corpus = run_pipeline([DOCUMENTS], names=["read", "clean"])
    return "\n\n".join(p.text for d in corpus.docs for p in d.paragraphs if p.role in ("body", "heading"))


def _name(rng: random.Random, first: str) -> str:
    """A made-up capitalised name starting with `first`."""
    return (first + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))).capitalize()


def prose(size: int) -> str:
    """Ordinary prose: the test documents again and again, each copy's numbers shifted."""
    base, copies = _prose(), []
    while sum(map(len, copies)) < size:
        copies.append(re.sub(r"\d+", lambda m, shift=len(copies): str(int(m.group()) + shift), base))
    return "\n\n".join(copies)[:size]


def names(size: int) -> str:
    """Sentences of people whose names all start with K, a paragraph every few sentences."""
    rng, out = random.Random(1), []
    while sum(map(len, out)) < size:
        out.append(f"{_name(rng, 'K')} {_name(rng, 'K')} met {_name(rng, 'K')} {_name(rng, 'K')} in "
                   f"{1900 + rng.randint(0, 120)}." + ("\n\n" if rng.random() < 0.2 else " "))
    return "".join(out)


def enumeration(size: int) -> str:
    """Paragraphs that each list hundreds of names in one sentence ('A, B, C and D')."""
    rng, paragraphs = random.Random(2), []
    while sum(map(len, paragraphs)) < size:
        items = [_name(rng, rng.choice("ABCDEFGHKLMNPRSTV")) for _ in range(400)]
        paragraphs.append("The delegates were " + ", ".join(items[:-1]) + " and " + items[-1] + ".")
    return "\n\n".join(paragraphs)


def wrapped(size: int) -> str:
    """The prose as one paragraph hard-wrapped at 70 characters, no blank line anywhere."""
    import textwrap

    return "\n".join(textwrap.wrap(" ".join(prose(size).split()), 70))


def quote(size: int) -> str:
    """One quotation after another without a full stop."""
    rng, out = random.Random(3), []
    while sum(map(len, out)) < size:
        out.append(f"“We must build {rng.choice(['roads', 'schools', 'bridges'])} now,” said "
                   f"{_name(rng, 'M')} {_name(rng, 'B')}, and ")
    return "".join(out) + "that was all."


def _seconds(path: Path, text: str, runs: int) -> float:
    """Least processor time of `runs` generations of the text, with the cyclic garbage collector paused.

    A full collection walks every object alive in the process; late in a test run that is mostly what earlier
    tests left, so its cost says more about the run than about the generator.
    """
    path.write_text(text, encoding="utf-8")
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            generate_bank([path])
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize(("make", "size"), [(prose, 100_000), (names, 48_000), (enumeration, 24_000),
                                            (wrapped, 100_000), (quote, 48_000)], ids=lambda v: getattr(v, "__name__", v))
def test_eight_times_the_text_takes_less_than_twelve_times_as_long(make, size, tmp_path):
    small = _seconds(tmp_path / "small.txt", make(size), runs=3)
    large = _seconds(tmp_path / "large.txt", make(8 * size), runs=1)
    if large >= 12 * small:  # one more try, in case something else ran on the machine just then
        large = min(large, _seconds(tmp_path / "large.txt", make(8 * size), runs=1))
    print(f"{make.__name__}: {size // 1000} KB {small:.2f} s, {8 * size // 1000} KB {large:.2f} s, "
          f"{large / small:.1f}x")
    assert large < 12 * small
