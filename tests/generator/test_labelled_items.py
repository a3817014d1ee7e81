"""English labelled items (stages/labelled_items.py, the form of lang/labelled.py): a run of paragraphs that open
with a label ("Evaporation. The Sun heats …") is asked by its descriptions, the other labels as options. Read s12
found a carbon-cycle section whose five labelled processes gave no question. Fails without the module."""
from __future__ import annotations

import pytest

from studyapp.generator import run_pipeline

WATER = """The Water Cycle

Water moves without end between the oceans, the air and the land. The Sun's heat drives the whole cycle.

Stages of the water cycle

1. Evaporation. The Sun heats the surface of seas and lakes, and liquid water turns into vapour that rises into
the air.
2. Condensation. High in the sky the vapour cools and forms tiny droplets, which gather as clouds.
3. Precipitation. When the droplets grow too heavy, they fall to the ground as rain, snow or hail.
4. Collection. Rivers and underground streams carry the fallen water back to the seas, where the cycle begins
again.
"""


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    path = tmp_path_factory.mktemp("labelled") / "water.txt"
    path.write_text(WATER.replace("into\nthe air", "into the air").replace("begins\nagain", "begins again"),
                    encoding="utf-8")
    return run_pipeline([path])


def test_each_stage_is_asked_by_its_description_with_the_other_stages_as_options(water):
    items = {q.answer: q for q in water.questions if q.template == "label"}
    assert {"Evaporation", "Condensation", "Precipitation"} <= set(items), [q.prompt for q in water.questions]
    q = items["Condensation"]
    assert q.prompt.startswith("Which stage matches the description “High in the sky the vapour cools")
    assert set(q.choices) <= {"Evaporation", "Condensation", "Precipitation", "Collection"} and len(q.choices) == 4
    assert q.quote in (water.docs[0].text)  # the label with its description, verbatim


def test_the_key_is_not_always_the_first_option(water):
    firsts = [q.choices[0] == q.answer for q in water.questions if q.template == "label"]
    assert firsts and not all(firsts)


def test_a_description_that_writes_its_label_is_not_asked(water):
    """"Collection. … carry the fallen water back …": no label word in it, asked; a description holding its own
    label ("… falls as precipitation") would give it away (`lang.labelled._gives`)."""
    asked = [q for q in water.questions if q.template == "label"]
    assert asked
    for q in asked:
        assert q.answer.lower()[:5] not in q.prompt.split("“", 1)[1].lower(), q.prompt
