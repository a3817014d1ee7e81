"""bench/blind_compare.py: versions' samples merged blind (a question several versions make shown once, counted for
each) and the verdicts tallied per version."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind_compare import merge, tally  # noqa: E402


def _q(prompt: str, answer="x") -> dict:
    return {"n": 0, "set": "s", "document": "D", "prompt": prompt, "choices": None, "answer": answer}


def test_a_question_two_versions_make_is_shown_once_and_counted_for_both():
    sample, key = merge({"old": [_q("A"), _q("B")], "new": [_q("A"), _q("C")]}, seed=3)
    assert sorted(q["prompt"] for q in sample) == ["A", "B", "C"]
    assert [q["n"] for q in sample] == [1, 2, 3] and "versions" not in sample[0]
    by_prompt = {q["prompt"]: k["versions"] for q, k in zip(sample, key)}
    assert by_prompt == {"A": ["new", "old"], "B": ["old"], "C": ["new"]}
    verdicts = {"A": "keep", "B": "drop", "C": "fix"}
    counts = tally(key, [{"n": q["n"], "verdict": verdicts[q["prompt"]]} for q in sample])
    assert counts[("old", "all")] == {"keep": 1, "drop": 1}
    assert counts[("new", "all")] == {"keep": 1, "fix": 1}
    assert counts[("new", "s")] == counts[("new", "all")]


def test_the_same_prompt_with_another_key_is_another_question():
    sample, _key = merge({"old": [_q("A", "x")], "new": [_q("A", "y")]}, seed=1)
    assert len(sample) == 2


def test_one_question_under_two_titles_of_its_file_is_one_question():
    old, new = _q("A") | {"file": "f.txt", "document": "Course, Grade 9"}, _q("A") | {"file": "f.txt", "document": "T"}
    sample, key = merge({"old": [old], "new": [new]}, seed=1)
    assert len(sample) == 1 and key[0]["versions"] == ["new", "old"]
