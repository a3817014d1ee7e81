"""The debate made visible (issue 13, item 7) on our own op-ed pair about school uniforms."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import generate_bank, run_pipeline
from studyapp.generator.stages.debate import BOTH, debates, disagreements

TEXTS = Path(__file__).parent / "texts"
PAIR = [TEXTS / "uniform-for.txt", TEXTS / "uniform-against.txt"]


@pytest.fixture(scope="module")
def bank() -> dict:
    """The bank of the two uniform op-eds."""
    return generate_bank(PAIR)


def test_each_writers_own_opinions_are_attributed_between_the_two_writers(bank):
    who = [q for q in bank["questions"] if q["prompt"].startswith("Two writers disagree.")]
    assert {q["answer"] for q in who} == {"Helen Marsh", "Omar Said"}
    assert len(who) >= 4
    for q in who:
        assert q["choices"] == ["Helen Marsh", "Omar Said", BOTH]
        assert q["source"]["quote"] in q["prompt"]
        writer_file = "uniform-for" if q["answer"] == "Helen Marsh" else "uniform-against"
        assert q["source"]["id"] == writer_file


def test_the_same_figure_read_two_ways_gives_a_question_per_side(bank):
    both = [q for q in bank["questions"] if q["prompt"].startswith("Both writers mention “60 pounds”")]
    assert sorted(q["answer"] for q in both) == ["Helen Marsh", "Omar Said"]


def test_the_disagreements_list_both_quotes():
    corpus = run_pipeline(PAIR, names=["read", "clean", "analyse", "parse", "voice"])
    found = disagreements(corpus)
    assert [d["topic"] for d in found] == ["60 pounds"]
    quotes = [side["quote"] for side in found[0]["sides"]]
    assert "At our school a full set costs 60 pounds and lasts a year." in quotes
    assert any(q.startswith("Families in my town spend far more than 60 pounds") for q in quotes)


def test_two_pieces_that_do_not_answer_another_side_are_no_debate(tmp_path):
    against = (TEXTS / "uniform-against.txt").read_text(encoding="utf-8")
    calm = tmp_path / "calm.txt"
    calm.write_text(against.replace("Supporters claim that uniforms stop bullying, but there is no good evidence "
                                    "for that.", "Uniforms do not stop bullying, I think."), encoding="utf-8")
    calmer = tmp_path / "calmer.txt"
    calmer.write_text((TEXTS / "uniform-for.txt").read_text(encoding="utf-8").replace(
        "Every spring someone proposes that our schools should scrap the uniform.", "Spring is here."),
        encoding="utf-8")
    corpus = run_pipeline([calm, calmer], names=["read", "clean", "analyse", "parse", "voice"])
    assert debates(corpus) == []
