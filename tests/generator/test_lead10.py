"""Tenth session, lead: literature guides and textbooks asked more of what matters (Mockingbird under 3 per 100
words; a textbook's repeated terms never asked). Each test is built on a hand-made text and fails without its rule."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.standalone import anaphora

GUIDE = """The Lighthouse Keeper's Daughter: A Study Guide

The novel is set on a small island off the coast of Norway in the 1890s. It follows one stormy winter.

The main characters

Ingrid Berg, the keeper's daughter, is a brave girl who loves the sea. Her father Olav keeps the light burning through every storm.
Olav Berg, Ingrid's father, is a stubborn lighthouse keeper who trusts nobody from the mainland. He is asked to rescue the crew of a fishing boat owned by Henrik Dahl when it sinks.
Henrik Dahl is greedy, proud and full of resentment. He blames Olav for the wreck of his boat.
Astrid Lund, the island's teacher, lends Ingrid books about distant countries. On stormy nights Ingrid's friends Karin
Holm and Per Eide help her carry oil up to the lamp.
Olav tells Ingrid that "you keep it burning when no ship comes, because one night a ship will need you".

Themes

The most obvious theme is duty. A second theme is the loss of trust, as Ingrid and Olav learn that the people around them can be cruel. A third theme is courage.

Different readings

In 2012 the critic Mona Vik argued that Olav is a cautious hero who serves an unfair system instead of questioning it.
"""


def _bank(tmp_path, text: str, name: str = "guide.txt") -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return generate_bank([path])["questions"]


def test_a_he_opening_a_sentence_continues_the_named_subject_before_it(tmp_path):
    """"Olav Berg, Ingrid's father, is … He is asked to rescue …": the "He" is shown as the name."""
    prompts = [q["prompt"] for q in _bank(tmp_path, GUIDE)]
    assert any("[Olav Berg] is asked to rescue" in p for p in prompts), prompts


def test_a_second_theme_is_asked_by_the_scene_that_shows_it(tmp_path):
    """"A second theme is the loss of trust, as Ingrid and Olav learn that the people around them …": the "them" has
    its names in the clause; the theme items may share their options."""
    questions = _bank(tmp_path, GUIDE)
    shown = [q for q in questions if "which theme is shown when Ingrid and Olav learn" in q["prompt"]]
    assert shown and shown[0]["answer"] == "the loss of trust", [q["prompt"] for q in questions]
    assert any(q["answer"] == "duty" for q in questions)


def test_a_character_described_by_adjectives_is_asked_who(tmp_path):
    questions = _bank(tmp_path, GUIDE)
    found = [q for q in questions if q["prompt"].endswith("who is greedy, proud and full of resentment?")]
    assert found and found[0]["answer"] == "Henrik Dahl", [q["prompt"] for q in questions]
    assert len(found[0]["choices"]) == 4 and "Mona Vik" not in found[0]["choices"]  # no critic among characters


def test_who_says_what_to_whom_is_asked_of_a_character(tmp_path):
    questions = _bank(tmp_path, GUIDE)
    found = [q for q in questions if "who tells Ingrid that \"you keep it burning" in q["prompt"]]
    assert found and found[0]["answer"] == "Olav", [q["prompt"] for q in questions]


def test_a_who_question_may_end_on_it_when_it_names_the_thing_before():
    stem = "Who argued that Olav is a cautious hero who serves an unfair system instead of questioning it?"
    assert anaphora(stem, True) == ""
    assert anaphora("Who said that nobody could stop it?", True)


CHAPTER = """How the Kidney Filters Blood

Each kidney holds about a million tiny filtering units called nephrons. Blood enters a nephron through a knot of
capillaries. The knot sits inside a cup-shaped structure. Water, salts and glucose pass out of the blood into the
collecting tubule. Glucose is taken back into the blood further along the collecting tubule.
Urea stays in the collecting tubule and leaves the body in urine. The bladder stores urine until it is released.
The kidneys also control the amount of water in the blood. A hormone from the brain tells them how much water to keep.
"""


def test_a_phrase_a_textbook_repeats_is_one_of_its_terms(tmp_path):
    """"collecting tubule", used three times and never defined, is a term to blank."""
    questions = _bank(tmp_path, CHAPTER, "kidney.txt")
    assert any(q["answer"] == "collecting tubule" for q in questions), [(q["prompt"], q["answer"]) for q in questions]


def test_no_blank_inside_brackets(tmp_path):
    text = ("Common Garden Birds\n\nThe robin (Erithacus rubecula) is a small bird of gardens and woods across "
            "Europe. The blackbird (Turdus merula) sings from rooftops in early spring. The wren (Troglodytes "
            "troglodytes) is one of the smallest birds in Britain.\n")
    questions = _bank(tmp_path, text, "birds.txt")
    assert not any(q["answer"] in ("Erithacus", "Turdus", "Troglodytes") for q in questions), \
        [(q["prompt"], q["answer"]) for q in questions]


def test_a_resolved_he_beside_an_it_is_no_crash(tmp_path):
    """A "He" resolved by the subject before it, in a sentence whose "it" leans back too (the seeds crashed)."""
    text = ("The River Museum\n\nArman Bekov, the founder of the river museum, is a local historian from Uralsk. "
            "He opened it in 1998 in an old merchant house on the bank of the Ural River. The museum shows "
            "boats, nets and maps of the river from the eighteenth century to the present day.\n")
    questions = _bank(tmp_path, text, "museum.txt")
    assert not any("[Arman Bekov] opened it" in q["prompt"] for q in questions)  # "it" is no person


OPED = """Let Pupils Walk to School

By Dana Sarsenova

Every morning our street is blocked by cars dropping children at the school gate. I believe the school should close
the street to cars for half an hour before lessons. Last year the council counted 240 cars outside the gate between
8.00 and 8.30. Walking is cheap, healthy and sociable. Children who walk arrive awake and ready to learn, and parents
save fuel. Some parents say the street is too dangerous for young children on their own. That fear is understandable,
but a closed street is the safest street there is. I urge the head teacher to try it for one term.
"""


def test_a_short_copular_judgement_is_an_opinion_item(tmp_path):
    """"Walking is cheap, healthy and sociable." (six words, two value words and more) is the writer's opinion."""
    questions = _bank(tmp_path, OPED, "walk.txt")
    assert any("Walking is cheap, healthy and sociable." in q["prompt"] and q["answer"] in ("An opinion", "True")
               for q in questions), [(q["prompt"], q["answer"]) for q in questions]
