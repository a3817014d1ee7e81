"""Main-idea forms (issue 13, items 2-3) on our own texts of other subjects: definitions, people, themes."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.refs import unnamed

TEXTS = Path(__file__).parent / "texts"


@pytest.fixture(scope="module")
def bank() -> dict:
    """The bank of the biology, geography and short-story texts."""
    return generate_bank([TEXTS / "cells.txt", TEXTS / "rivers.txt", TEXTS / "lantern.txt"])


def asked(bank: dict, answer: str) -> list[dict]:
    """The questions whose answer is this."""
    return [q for q in bank["questions"] if str(q["answer"]).lower() == answer.lower()]


def test_what_a_process_is_called_is_asked(bank):
    q = next(q for q in asked(bank, "Respiration") if "the name for the process" in q["prompt"])
    assert "release energy from glucose" in q["prompt"]
    assert q["type"] == "multiple_choice" and {"Diffusion", "Osmosis"} <= set(q["choices"])
    assert q["source"]["quote"].startswith("Respiration is the process")


def test_geography_terms_are_asked_by_their_definitions(bank):
    for term in ("Erosion", "Deposition", "meander", "floodplain"):
        q = next(q for q in asked(bank, term) if unnamed(q["prompt"]).startswith("What is the name for"))
        assert q["type"] == "multiple_choice" and len(q["choices"]) == 4, term
        assert all(c.lower() in ("erosion", "deposition", "meander", "floodplain") for c in q["choices"]), term


def test_a_character_is_asked_by_who_she_is(bank):
    q = next(q for q in asked(bank, "Mira") if "who is" in q["prompt"])
    assert "a quiet girl who counted the ships" in q["prompt"]


def test_a_symbol_and_a_theme_are_asked(bank):
    assert any(str(q["answer"]).lower() == "the lantern" and "a symbol of hope" in q["prompt"] for q in bank["questions"])
    assert any(q["answer"] == "courage" and "the main theme" in q["prompt"] for q in bank["questions"])


def test_a_definition_becomes_a_flashcard_the_other_way_round(bank):
    assert any(c["front"] == "What is respiration?" for c in bank["flashcards"])
