"""Terms a text introduces ('a process called subduction') become questions; phrasal verbs and 'so-called' do not."""
from __future__ import annotations

from studyapp.generator import generate_bank

EXPLAINER = """# How rivers shape valleys

Water that flows over the land surface in thin sheets is known as overland flow.
Rivers carry loose rock downstream by a slow process called abrasion, which deepens the channel every year.
Where a river bends, fast water cuts the outer bank, and the steep slope that forms there is called a river cliff.
Sand dropped on the inner bank of the bend builds a low ridge known as a point bar; point bars grow each season.
Over thousands of years, a wide flat area called the floodplain forms on both sides of the lower river.
Local councils called on engineers to protect the so-called danger zone near the old mill in the town.
"""


def _bank(tmp_path):
    path = tmp_path / "rivers.md"
    path.write_text(EXPLAINER, encoding="utf-8")
    return generate_bank([path])


def test_terms_the_text_introduces_are_asked_with_the_other_terms_as_choices(tmp_path):
    terms = {"overland flow", "abrasion", "river cliff", "point bar", "floodplain"}
    asked = [q for q in _bank(tmp_path)["questions"] if q["answer"] in terms]
    assert len(asked) >= 3, [q["prompt"] for q in _bank(tmp_path)["questions"]]
    for question in asked:
        assert "_____" in question["prompt"]
        if question["type"] == "multiple_choice":
            assert question["answer"] in question["choices"] and set(question["choices"]) <= terms


def test_a_phrasal_verb_or_a_so_called_label_gives_no_term_question(tmp_path):
    answers = {str(q["answer"]).lower() for q in _bank(tmp_path)["questions"]}
    assert not answers & {"on", "on engineers", "engineers", "danger zone", "danger", "floodplain forms"}
