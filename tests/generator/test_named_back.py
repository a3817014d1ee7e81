"""A term named in a sentence of its own after the sentence it names ("This is called hyperinflation."): asked
with both sentences as written. Through the real pipeline; fails without the rule (fresh held-out texts, 18th
session)."""
from __future__ import annotations

from studyapp.generator import generate_bank

SOILS = """How Soil Forms

Soil is a thin layer of loose material that covers most of the land. It forms very slowly from rock, water, air
and living things.

Rain, frost and plant roots break rock at the surface into smaller and smaller grains. This process is called
weathering. It can take thousands of years to turn one metre of solid rock into loose grains.

Worms, fungi and bacteria break down dead leaves and animals into a dark, crumbly material. This material is called
humus, and it holds water and food for plants.

Heavy rain can wash the top layer of soil off a bare field in a single storm. Farmers plant hedges and cover crops
to hold the soil in place.
"""


def _asked(tmp_path) -> dict[str, dict]:
    path = tmp_path / "soil.txt"
    path.write_text(SOILS, encoding="utf-8")
    return {q["prompt"]: q for q in generate_bank([path])["questions"]}


def test_a_term_named_after_the_sentence_it_names_is_asked_with_both_sentences(tmp_path):
    asked = _asked(tmp_path)
    prompt = ("Complete the text: “Rain, frost and plant roots break rock at the surface into smaller and smaller "
              "grains. This process is called _____.”")
    assert prompt in asked, list(asked)
    q = asked[prompt]
    assert q["answer"] == "weathering"
    assert "weathering" in q["source"]["quote"]


def test_the_sentence_named_back_is_quoted_as_written_not_made_definite(tmp_path):
    prompts = [p for p in _asked(tmp_path) if "_____" in p and "called" in p]
    assert prompts and all("This process" in p or "This material" in p for p in prompts), prompts


def test_an_ordinal_label_is_no_option_of_a_term():
    from studyapp.generator.stages.glosses import others_for

    assert others_for("hyperinflation", ["inflation", "third factor", "the second stage", "deflation"]) == [
        "deflation", "inflation"]


def test_the_first_of_a_list_named_back_is_not_asked_alone(tmp_path):
    path = tmp_path / "river.txt"
    path.write_text("Rivers\n\nA river is one of the most powerful tools that shapes the land. As water flows downhill, "
                    "it wears away rock, carries the loose material and drops it somewhere else. These three jobs are "
                    "called erosion, transport and deposition.\n", encoding="utf-8")
    assert not [q for q in generate_bank([path])["questions"] if "called _____" in q["prompt"]]
