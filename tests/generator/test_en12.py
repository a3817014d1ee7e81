"""Helper en12: object questions on sentences about a text's main subjects (stages/objects.py), on hand-made
sentences and texts."""
from __future__ import annotations

from studyapp.generator.stages.objects import object_items, question_of
from tests.parse_support import parsed


def test_the_thing_after_from_is_asked_when_the_object_is_the_subjects_own():
    made = question_of("A suspension bridge hangs its road from steel cables that run over two tall towers.", set())
    assert made and made[0] == "What does a suspension bridge hang its road from?" and made[1] == "steel cables"
    made = question_of("A beam bridge rests its deck on piers.", set())
    assert made and made[0] == "What does a beam bridge rest its deck on?" and made[1] == "piers"


def test_a_first_verb_with_no_object_and_a_comma_clause_on_the_object_are_left_out():
    made = question_of("On the tenth day she rows far out and catches a huge tuna, which pulls her boat for hours.",
                       set(), referent="Maria")
    assert made and made[0] == "What does Maria catch on the tenth day?" and made[1] == "a huge tuna"


def test_a_second_verb_after_the_object_is_left_out():
    made = question_of("Maria admires the tuna and calls it her sister.", set())
    assert made and made[0] == "What does Maria admire?" and made[1] == "the tuna"


def test_a_second_verb_with_its_own_subject_or_a_negation_still_refuses():
    assert question_of("Maria reaches the harbour with the bones, and Tomas cares for her.", set()) is None
    assert question_of("Maria sees the tuna and does not catch it.", set()) is None


def test_a_hand_made_explanation_gives_object_questions(tmp_path):
    corpus = parsed(tmp_path, """Bridges

A bridge carries a road over a river. A beam bridge rests its deck on piers that stand in the water.
A suspension bridge hangs its road from steel cables that run over two tall towers.
""")
    prompts = {c.prompt: c.answer for c in object_items(corpus, corpus.docs[0])}
    assert prompts.get("What does a suspension bridge hang its road from?") == "steel cables"


def test_a_that_clause_on_the_object_or_a_name_after_it_still_refuses():
    assert question_of("Teachers praise essays that link the poem to its time.", set(), set()) is None
    assert question_of("The villagers chase away the greedy miller, Mr Brant, and rename the mill.", set(), set()) is None
    assert question_of("The heron prefers shallow water with thick reeds, where it can hide from foxes.", set(), set()) is None


def test_a_common_noun_that_opens_the_sentence_loses_its_capital():
    made = question_of("Glaciers carve deep valleys.", set(), set())
    assert made and made[0] == "What do glaciers carve?"


def test_a_blank_inside_the_name_of_the_work_the_title_names_is_refused():
    from types import SimpleNamespace

    from studyapp.generator.stages.known import work_blank

    def item(prompt, key):
        return SimpleNamespace(kind="fact", template="cloze", prompt=prompt, answer=key)

    title = "Study Guide: The Lighthouse Keeper by Anna Bell"
    assert work_blank(item("The Lighthouse _____ is a short novel by Anna Bell.", "Keeper"), title)
    assert work_blank(item("The _____ Keeper is a short novel.", "Lighthouse"), title)
    assert not work_blank(item("The Lighthouse Keeper is a short novel by Anna Bell, published in _____.", "1961"),
                          title)
    assert not work_blank(item("_____ keeps the lamp burning through the storm.", "Tom"), title)


def test_a_clause_on_an_indefinite_object_is_left_out_and_an_instrument_stays():
    made = question_of("Jack throws a spear that hits the pig.", set(), set())
    assert made and made[0] == "What does Jack throw?" and made[1] == "a spear"
    made = question_of("Doctors measure blood pressure with a cuff.", set(), set())
    assert made and made[0] == "What do doctors measure with a cuff?"


CHAIN = """Clocks

Clockmakers chose brass gears because brass resists rust. The gears stayed smooth, so the clocks kept good time.

Early clockmakers in the town used heavy iron weights. Their workshops stood beside the old market square.

The first town clock showed only the hours on a painted wooden face.

The old bell was replaced in 1820 because a storm cracked the tower.

The river flooded the lanes, so the market moved to the hill.
"""


def test_a_why_items_options_are_no_results_its_own_paragraph_gives(tmp_path):
    from studyapp.generator.stages.causes import why_items
    corpus = parsed(tmp_path, CHAIN)
    items = {c.prompt.split(", ", 1)[1]: [o.lower() for o in c.choices] for c in why_items(corpus, corpus.docs[0])}
    assert "why did the clocks keep good time?" in items, items
    assert "clockmakers chose brass gears" not in items["why did the clocks keep good time?"]


def test_a_part_label_lets_the_sentence_be_asked_but_a_character_is_no_object_key(tmp_path):
    corpus = parsed(tmp_path, """The Lighthouse: A Study Guide

Chapter 1: Tom repairs the old lamp before the storm. Tom meets Anna at the harbour.
Chapter 2: Anna visits Tom and brings warm bread. Anna warns Tom about the rocks.
Chapter 3: The storm breaks the glass of the lamp. Tom rescues the sailors from the rocks.
""")
    prompts = {c.prompt: c.answer for c in object_items(corpus, corpus.docs[0])}
    assert prompts.get("What does the storm break?") == "the glass of the lamp", prompts
    assert not [a for a in prompts.values() if a in ("Tom", "Anna")], prompts


def test_an_object_that_points_back_or_a_possessive_name_keeps_its_form():
    assert question_of("In March, the Prime Minister paid another visit to Paris, during which he met the king.",
                       set(), set()) is None
    assert question_of("Norway and Sweden support each other in the talks.", set(), set()) is None
    made = question_of("Halvorsen's survey records the decline of the herring.", set(), set())
    assert made and made[0] == "What does Halvorsen's survey record?"
