"""Two fact/opinion keys read w19 called wrong, on an op-ed written for this test: the rules as they stand now
("At the moment, bikes must be left at the gate") and an open question ("will vote on whether the school should …")
are no opinion of the writer's; the writer's own "should" still is."""
from __future__ import annotations

from pathlib import Path

from studyapp.generator import generate_bank

TEXT = Path(__file__).parent / "data" / "stance_rules" / "en-bikes.txt"


def _keys() -> dict[str, str]:
    return {q["source"]["quote"]: q["answer"] for q in generate_bank([TEXT])["questions"]
            if "is this a fact, an opinion or a reported claim?" in q["prompt"]}


def test_a_rule_as_it_stands_and_an_open_question_are_not_keyed_opinions():
    keys = _keys()
    for quote, key in keys.items():
        if quote.startswith(("At the moment", "Next month")):
            assert key != "An opinion", (quote, key)


def test_the_writers_own_verdict_is_still_an_opinion():
    assert _keys().get("A covered shed is cheap, safe and fair.") == "An opinion", _keys()
