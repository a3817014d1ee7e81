"""Seventeenth session, English: what the fresh set 17 and read w16 showed, as rules of any document. Through the
real pipeline; each test fails without its rule."""
from __future__ import annotations

from studyapp.generator import generate_bank, run_pipeline

LEOPARD = """Snow Leopard

The snow leopard is a large wild cat that lives in the high mountains of Central Asia. It hunts wild sheep and goats
on steep rocky slopes, and its long thick tail helps it keep its balance when it leaps.
Snow leopards are hard to count, and estimates of the wild population range from about 4,000 to 6,500 animals.
In Kazakhstan the snow leopard is listed in the Red Book and protected by law.
"""
def test_a_first_line_of_two_capitalised_words_is_the_title_even_if_it_looks_like_a_name(tmp_path):
    path = tmp_path / "en-encyclopedia-snow-leopard.txt"
    path.write_text(LEOPARD, encoding="utf-8")
    assert run_pipeline([path], names=["read", "clean"]).docs[0].title == "Snow Leopard"


PLANTS = """How Plants Store Energy

Plants make their own food from light, water and carbon dioxide. Most of this work happens in the leaves.
Chlorophyll, the green pigment that absorbs light energy, is found inside small bodies in leaf cells.
Glucose, the sugar that plants build from carbon dioxide and water, is stored as starch in roots and seeds.
Starch can be turned back into glucose at night, when the plant needs energy but has no light.
"""


def test_a_subject_glossed_between_commas_is_asked_by_its_meaning(tmp_path):
    path = tmp_path / "plants.txt"
    path.write_text(PLANTS, encoding="utf-8")
    asked = {q["prompt"]: q["answer"] for q in generate_bank([path])["questions"]}
    assert asked.get("What is the name for the green pigment that absorbs light energy?") == "Chlorophyll", asked


def test_a_person_glossed_between_commas_is_no_term(tmp_path):
    from studyapp.generator.stages.glosses import gloss

    corpus = run_pipeline([_write(tmp_path, "Kennedy, the president who faced the crisis, was a careful man.\n")],
                          names=["read", "clean", "languages", "analyse", "parse"])
    assert all(gloss(s) is None for s in corpus.docs[0].sentences)


def _write(tmp_path, body: str):
    path = tmp_path / "kennedy.txt"
    path.write_text("The Crisis\n\nJohn Kennedy was the American president in 1962. " + body, encoding="utf-8")
    return path


DENSITY = """Density

Density describes how much mass is packed into a given volume. It is mass divided by volume: ρ = m / V, where ρ
stands for density, m for mass and V for volume. In SI units density is measured in kilograms per cubic metre.
"""


def test_a_symbol_whose_verb_the_list_leaves_out_means_its_noun_alone(tmp_path):
    path = tmp_path / "density.txt"
    path.write_text(DENSITY, encoding="utf-8")
    symbols = [q for q in generate_bank([path])["questions"] if "stand for" in q["prompt"]]
    assert symbols, "no symbol question"
    for q in symbols:  # "m for mass": the key had been "for mass", and its options "for volume"
        assert not [o for o in [q["answer"], *q.get("choices", [])] if str(o).startswith("for ")], q


def test_a_list_of_features_is_no_gloss(tmp_path):
    from studyapp.generator.stages.glosses import gloss

    text = ("Small rounded ears that lose little heat, a large nasal cavity that warms cold air and wide, furry paws "
            "that work like snowshoes help it survive in the mountains.\n")
    corpus = run_pipeline([_write(tmp_path, text)], names=["read", "clean", "languages", "analyse", "parse"])
    assert [gloss(s) for s in corpus.docs[0].sentences if "nasal" in s.text] == [None]
