"""Terms a text glosses other than 'X is a …' are asked once each in the definition form (stages/glosses.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.refs import unnamed
from studyapp.generator.stages.glosses import gloss

STARS = """# How Stars Shine

A nebula is a huge cloud of gas and dust in space where new stars are born.
A star makes its energy deep inside its core, and that energy then has to travel out to the surface.
Energy moves through a star in two ways. The first is radiation: light carries the energy outward through the dense inner layers.
The second is convection: hot gas rises towards the surface, cools down and sinks again.
Near the end of its life a star swells into a red giant, a dying star many times wider than the Sun.
Astronomers call the glowing leftover core of such a star a white dwarf.
"""

BREAD = """# Baking Bread

Bakers mix flour, water and salt with yeast, a tiny fungus that feeds on sugar, and leave the dough in a warm place.
As the yeast feeds, it gives off carbon dioxide, a gas that forms small bubbles in the dough.
The bubbles are trapped by gluten, a stretchy protein found in wheat flour, so the dough slowly grows.
Kneading is the pressing and folding of dough by hand for about ten minutes.
The shaped dough rests for an hour while the yeast makes more gas; this is known as proving.
A loaf that is baked too soon stays heavy, and a loaf that rises for too long collapses in the oven.
"""

SOUND = """# Sound and Music

A guitar string moves back and forth very fast, producing small repeated movements called vibrations that travel through the air.
The distance between two notes is known as an interval.
Musicians call the speed of a piece the tempo, and they mark it at the top of the score.
A chord is a group of three or more notes played at the same time.
Most songs use the same few chords again and again.
"""

CIVICS = """# How a Country Is Governed

Democracy means government by the people through free and fair elections.
A referendum refers to a vote in which all citizens decide one question directly.
By a constitution we mean the set of basic laws that says how a country is governed.
A parliament, or legislature, is the group of elected people who make the laws of a country.
A veto is the power of a president to block a law that parliament has passed.
"""


@pytest.fixture(scope="module")
def banks(tmp_path_factory) -> dict[str, dict]:
    """The bank of each text, read alone."""
    folder = tmp_path_factory.mktemp("glosses")
    out = {}
    for name, text in (("stars", STARS), ("bread", BREAD), ("sound", SOUND), ("civics", CIVICS)):
        path = folder / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        out[name] = generate_bank([path])
    return out


def _defined(bank: dict, term: str) -> dict:
    """The one definition question whose key is this term (asked once)."""
    found = [q for q in bank["questions"] if str(q["answer"]).lower() == term.lower()
             and unnamed(q["prompt"]).startswith(("What is the name for", "Which term"))]
    assert len(found) == 1, (term, [(q["prompt"], q["answer"]) for q in bank["questions"]])
    q = found[0]
    assert term.lower() not in q["prompt"].lower()
    if q["type"] == "multiple_choice":
        assert not {"text", "poem", "article"} & {str(c).lower() for c in q["choices"]}
    return q


def test_a_colon_gloss_in_an_enumeration_is_asked(banks):
    q = _defined(banks["stars"], "convection")
    assert "hot gas rises towards the surface" in q["prompt"]
    assert q["type"] == "multiple_choice" and "radiation" in [str(c).lower() for c in q["choices"]]


def test_an_appositive_gloss_is_asked(banks):
    q = _defined(banks["bread"], "gluten")
    assert "a stretchy protein found in wheat flour" in q["prompt"]
    assert q["type"] == "multiple_choice" and {"yeast", "kneading"} & {str(c).lower() for c in q["choices"]}


def test_called_in_mid_sentence_is_asked(banks):
    q = _defined(banks["sound"], "vibrations")
    assert "small repeated movements that travel through the air" in q["prompt"]
    tempo = _defined(banks["sound"], "tempo")
    assert "the speed of a piece" in tempo["prompt"] and tempo["type"] == "multiple_choice"


def test_a_clause_named_after_a_semicolon_is_asked(banks):
    q = _defined(banks["bread"], "proving")
    assert "The shaped dough rests for an hour while the yeast makes more gas" in q["prompt"]


def test_means_refers_to_and_by_we_mean_are_asked(banks):
    assert "government by the people" in _defined(banks["civics"], "democracy")["prompt"]
    assert "a vote in which all citizens decide" in _defined(banks["civics"], "referendum")["prompt"]
    q = _defined(banks["civics"], "constitution")
    assert "the set of basic laws" in q["prompt"] and q["type"] == "multiple_choice"


@pytest.mark.parametrize("text", [
    "She walked down to the river, a wide brown stream that ran past the old farm.",  # a definite noun
    "The town built around thirty schools, a university named after its founder, and numerous shops.",  # a list
    "He is remembered as a point of reference, a founding father and leader of the whole region.",  # part of a phrase
    "Every town owes its young people a youth club, a teenager needs a place to go at night.",  # a clause
    "This means that prices rise faster than wages for most families.",  # not a definition
    "Rivers carry loose rock downstream by a slow process called abrasion, which deepens the channel.",  # too vague
])
def test_what_is_not_a_gloss(text):
    assert gloss(SimpleNamespace(text=text)) is None


def test_a_list_of_people_is_asked_who_is_each_role_with_the_lists_names_as_options():
    from studyapp.generator.stages.glosses import character_items

    from .conftest import make_doc, run_stages
    text = ("The Orchard Fire is set in a village in Wales.\n\n"
            "Maelon: the orchard keeper; he loses his trees in the fire.\n\n"
            "Ffion: a young firefighter who rescues the bees.\n\n"
            "Rhodri: the mayor of the village.\n\n"
            "Ceri: Ffion's sister.")
    corpus = run_stages(["clean", "analyse", "parse"], make_doc(text, "orchard", "The Orchard Fire: a study guide"))
    items = {c.prompt.split("who is ")[1]: c for c in character_items(corpus.docs[0])}
    assert items["the orchard keeper?"].answer == "Maelon"
    assert sorted(items["the orchard keeper?"].choices) == ["Ceri", "Ffion", "Maelon", "Rhodri"]
    assert items["Ffion's sister?"].answer == "Ceri"
    text = "Granite: a hard rock made of crystals.\n\nBasalt: a dark rock from lava."
    corpus = run_stages(["clean", "analyse", "parse"], make_doc(text, "rocks", "Rocks"))
    assert character_items(corpus.docs[0]) == []  # terms, not people
