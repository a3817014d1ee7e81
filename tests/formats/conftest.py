"""Fixtures for the exchange-format tests: hand-built banks with every question type and awkward text."""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures" / "banks"
REQUIRE_ALL = os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1"
AWKWARD = "Braces {x} ~tilde =eq #hash: colon \\ back <b>not html</b> & \"quotes\" 'single' \u00e9t\u00e9 \u2014 \u4e2d\u6587 \U0001F600"


def _q(qid: str, qtype: str, prompt: str, answer, **fields) -> dict:
    """A question in the bank shape with sensible defaults."""
    question = {
        "id": qid, "type": qtype, "kind": "fact", "prompt": prompt, "choices": [], "answer": answer,
        "tolerance": None, "aliases": [], "explanation": "", "notes": "", "topic": "Water", "difficulty": 0.5,
        "source": {"id": "water", "quote": "About 86% of global evaporation occurs over the oceans.", "paragraph": 2},
        "status": "approved",
    }
    question.update(fields)
    return question


def make_bank() -> dict:
    """A bank with every question type, awkward text in every field, and two flashcards."""
    return {
        "format": "studyapp.bank/1",
        "title": "Awkward bank: {water} / cycle \u00e9",
        "sources": [
            {"id": "water", "title": "The Water Cycle: \"Oceans\" & <Clouds>", "author": "T\u00e9st Author",
             "kind": "textbook", "published": "2020", "file": "water.txt", "text": "Line one.\n\nLine two."},
            {"id": "debate", "title": "A Debate", "author": "Someone", "kind": "essay", "published": "2021",
             "file": "debate.md"},
        ],
        "questions": [
            _q("q-mc", "multiple_choice", "About what share of evaporation: 86% {or} ~14%? = # " + AWKWARD,
               "86% ~ {oceans}", choices=["14% = lakes", "86% ~ {oceans}", "=99%", "-1 @home <i>"],
               explanation="Line one\nline two: \"86%\" {ok}", notes="note # : ~", difficulty=0.4),
            _q("q-tf", "true_false", "Condensation forms clouds.\nSecond line \u2192 arrow", "True",
               choices=["True", "False"], kind="perspective", status="draft", difficulty=None,
               source={"id": "debate", "quote": "Condensation \"forms\" clouds.", "paragraph": 1}),
            _q("q-tf2", "true_false", "Clouds form by evaporation alone.", "False", choices=["True", "False"],
               topic="Condensation: {x}", status="rejected"),
            _q("q-cloze", "cloze", "_____ forms clouds {and} rain: #1.", "Condensation",
               aliases=["condensing", "Kondensation \u00fc"]),
            _q("q-cloze-mid", "cloze", "Water = H2O; it _____ from the oceans ~ daily.", "evaporates",
               source={"id": None, "quote": "", "paragraph": None}),
            _q("q-cloze-end", "cloze", "The sun drives the _____", "water cycle"),
            _q("q-num", "numeric", "How many percent: 86 \u00b1 0.5?", 86, tolerance=0.5),
            _q("q-num-float", "numeric", "Negative small value?", -0.00001, tolerance=None),
            _q("q-num-big", "numeric", "Big value?", 12.5, tolerance=0.25),
            _q("q-short", "short_answer", "Name the process: <evaporation>?", "Evaporation",
               aliases=["evaporating", "=vaporisation", "+plus"], notes="= formula-looking"),
            _q("q-order", "ordering", "Order the stages:", ["Evaporation", "Condensation {c}", "Precipitation = rain"]),
            _q("q-match", "matching", "Match the term to its meaning: ~", [
                ["Evaporation", "liquid \u2192 gas"], ["Condensation {x}", "gas = liquid"],
                ["Precipitation: rain", "falls #down"]]),
            _q("q-mr", "multiple_response", "Tick every stage: {all} that ~apply = #", ["Evaporation {e}", "=Rain"],
               choices=["Evaporation {e}", "Erosion ~", "=Rain", "-1 @home"]),
            _q("q-mr-three", "multiple_response", "Three of four?", ["a", "b", "c"], choices=["a", "b", "c", "d"]),
            _q("q-mr-one", "multiple_response", "Only one right, still tick all that apply:", ["b"],
               choices=["a", "b", "c"]),
            _q("q:weird/id \u00e9", "short_answer", "Id with colon, slash and accent?", "Yes"),
            _q("q-essay", "essay", "Explain {why} the water cycle ~matters = #1:",
               {"template": "I think\u2026\nSecond line: {because}", "grader_info": "Look for <evaporation> & ~2 stages = #full"},
               explanation="Good essays cite the text."),
            _q("q-essay-bare", "essay", "Write about rain.", {"template": "", "grader_info": ""}),
        ],
        "flashcards": [
            {"id": "f-1", "front": "Condensation <b>", "back": "Forms clouds & rain.",
             "source": {"id": "water", "quote": "Condensation forms clouds.", "paragraph": 3}},
            {"id": "f-2", "front": "Evaporation", "back": "Liquid \u2192 gas\nsecond line", "source": {}},
        ],
    }


@pytest.fixture
def bank() -> dict:
    """A fresh copy of the awkward all-types bank."""
    return copy.deepcopy(make_bank())


@pytest.fixture
def mini_bank() -> dict:
    """The project's tiny example bank."""
    return json.loads((FIXTURES / "mini.json").read_text(encoding="utf-8"))


@pytest.fixture
def require_all() -> bool:
    """Whether CI demands that no test skips for a missing tool."""
    return REQUIRE_ALL
