"""Helper en11: why, when and what-happens questions from what a sentence explains (stages/causes.py,
stages/cause_stems.py), and figures a sentence only mentions on the way (stages/incidental.py), on hand-made texts."""
from __future__ import annotations

from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.stages.cause_stems import PAST, tense, why_stem
from studyapp.generator.stages.causes import explained, why_items
from studyapp.generator.stages.incidental import incidental
from tests.parse_support import parsed, sentence_with

MILL = """The Mill Town of Harrowby

Harrowby grew quickly in the nineteenth century. Because the river ran fast through the valley, the first mills were built on its banks.
The workers lived in narrow streets near the mills.

The owners paid low wages, so many families sent their children to work. The town council opened a free school in 1871.
The railway reached the town in 1850.

Because the cotton came from far away, the mills depended on the port. The canal was finished in 1832.
Several mills closed at the end of the century, partly because cheaper cloth arrived from abroad.
"""

SCIENCE = """Changes of State

Matter can change from one state to another. When a solid is heated, its particles vibrate faster.
Water boils at 100 degrees at sea level. Ice floats on water.

When water vapour cools, it condenses into droplets. Evaporation happens when particles at the surface escape.
Frost forms on cold nights.

Sound travels faster in warm air. The Kelvin scale starts at absolute zero.

Melting happens when a solid absorbs heat.

Freezing happens when a liquid loses heat.

When salt is added to ice, the ice melts at a lower temperature.

When a liquid is cooled, the particles slow down.

When iron is heated strongly, the metal glows red.
"""


def _items(tmp_path, text: str) -> list:
    corpus: Corpus = parsed(tmp_path, text)
    return why_items(corpus, corpus.docs[0])


def test_a_fronted_because_asks_why_with_the_reason_as_the_key(tmp_path):
    items = {c.prompt.split(", ", 1)[1]: c for c in _items(tmp_path, MILL)}
    why = items["why were the first mills built on its banks?"] if "why were the first mills built on its banks?" \
        in items else None
    assert why is None  # "its banks": the stem would lean on the river named only in the key
    depended = items["why did the mills depend on the port?"]
    assert depended.answer == "the cotton came from far away"
    assert depended.answer in depended.quote and len(depended.choices) >= 3
    for option in depended.choices:  # reasons of the same text and tense, none in the stem
        assert tense(option + ".", option) in (PAST, "") and option not in depended.prompt


def test_so_asks_why_of_the_result(tmp_path):
    items = {c.prompt.split(", ", 1)[1]: c for c in _items(tmp_path, MILL)}
    sent = items["why did many families send their children to work?"]
    assert sent.answer == "The owners paid low wages"


def test_partly_because_leaves_no_hedge_in_the_stem(tmp_path):
    corpus = parsed(tmp_path, MILL)
    kind, asked, key = explained(sentence_with(corpus, "partly because"))
    assert (kind, asked, key) == ("why", "Several mills closed at the end of the century",
                                  "cheaper cloth arrived from abroad")


def test_when_a_general_rule_asks_what_happens_and_a_condition_asks_when(tmp_path):
    items = {c.prompt.split(", ", 1)[1]: c for c in _items(tmp_path, SCIENCE)}
    assert items["when does evaporation happen?"].answer == "particles at the surface escape"
    # a key may open on the stem's own subject ("its particles", "it condenses"); an option never does
    assert items["what happens when a solid is heated?"].answer == "its particles vibrate faster"
    assert not any(o.startswith(("its ", "it ")) for c in items.values() for o in c.choices if o != c.answer)


def test_because_of_and_a_worked_sum_give_no_item(tmp_path):
    corpus = parsed(tmp_path, "Money\n\nPrices rose by 40 tenge, and 40 divided by 500 equals 0.08, so the rate is "
                                "8 percent. The ships were called black because of their dark hulls.\n")
    assert explained(sentence_with(corpus, "divided by")) is None
    assert explained(sentence_with(corpus, "because of")) is None


def test_a_why_stem_turns_only_a_plain_clause():
    body = "The sea began to shrink fast because more water evaporated than flowed in."
    assert why_stem(body, "The sea began to shrink fast", set()) == "Why did the sea begin to shrink fast?"
    body = "Books were rare and expensive, so few people could read."
    assert why_stem(body, "Books were rare and expensive", set()) == "Why were books rare and expensive?"
    body = "One molecule can be used again because the enzyme is not used up."
    assert why_stem(body, "One molecule can be used again", set()) == "Why can one molecule be used again?"
    body = "They stayed at home because the roads were closed."
    assert why_stem(body, "They stayed at home", set()) is None  # a pronoun subject needs the sentence before
    body = "The council, which met in May, closed the road because it was unsafe."
    assert why_stem(body, "The council, which met in May, closed the road", set()) is None


def _blank(prompt: str, answer, template: str = "numeric") -> Candidate:
    return Candidate(type="numeric", kind="fact", prompt=prompt, answer=answer, doc_id="d", quote="", paragraph=1,
                     template=template)


def test_an_incidental_figure_is_held_back_and_the_point_of_a_sentence_is_not():
    held = [("Fill in the number: “The choir has thirty singers from grades 5 to _____.”", 9),
            ("Fill in the number: “Pupils in Years _____ to 11 may join the trip.”", 7),
            ("Fill in the number: “The average journey took 1 hour _____ minutes.”", 25),
            ("Fill in the number: “A chance of 1 means the event is certain (drawing a card below _____).”", 20),
            ("Fill in the number: “The club offers free _____-minute lessons on Saturdays.”", 45),
            ("Fill in the number: “The prize went to Ana Silva and Ben Cole, both _____, for their bridge.”", 14),
            ("In the spring, a _____-year-old pupil found the coin in a field. || x", "12"),
            # an age was kept here after brief en11; the reads dropped "Ada Lovelace died …, aged only _____" (read
            # u) and "Lovelace was _____ years old when …" as biography trivia, so from read s12 it is held back
            ("Fill in the number: “Ada Lovelace died in 1852, aged _____.”", 36)]
    for prompt, answer in held:
        assert incidental(_blank(prompt.split(" || ")[0], answer, "numeric" if "Fill" in prompt else "cloze")), prompt
    kept = [("Fill in the number: “The river flows for _____ kilometres before it reaches the sea.”", 38),
            ("Fill in the number: “The bridge was opened in _____ by the queen.”", 1894),
            ("Fill in the number: “Water boils at _____ degrees Celsius at sea level.”", 100),
            ("Fill in the number: “The war lasted from 1914 to _____.”", 1918)]
    for prompt, answer in kept:
        assert not incidental(_blank(prompt, answer)), prompt


def test_an_instruction_is_never_the_key_of_a_result(tmp_path):
    text = ("Seeing Under Water\n\nA pond 2 metres deep looks only 1.5 metres deep from the bank, so never judge the "
            "depth of water by eye. Light bends at the surface, so the bottom seems higher than it is.\n\n"
            "Fish see the world through a window of light. A prism splits white light into its colours. Sound travels "
            "faster in water than in air.\n")
    for item in _items(tmp_path, text):
        assert "never judge" not in item.answer and all("never judge" not in o for o in item.choices)


def test_an_object_pronoun_never_means_its_own_clauses_subject():
    from types import SimpleNamespace

    from studyapp.generator.stages.context import references
    s = SimpleNamespace(text="Marlow asked her to stay for the winter.")
    assert [kind for *_, kind in references(s, [(0, None, True)])] == ["pronoun"]  # "her" is someone before
    s = SimpleNamespace(text="Marlow said that she would stay for the winter.")
    assert references(s, [(0, None, True)]) == []  # "she" may be Marlow


CANALS = """The Canal Age

The first canals were dug in the valley to carry coal to the growing towns. Engineers built locks to lift boats over the hills.

The company raised its tolls in 1820 to pay for repairs. Many workers asked their families to move north.

The railway company bought the canal in 1846 to remove a rival. The last barge left the wharf in 1951.
"""


def test_a_purpose_asks_why_with_other_purposes_as_options(tmp_path):
    from studyapp.generator.stages.cause_stems import purpose
    assert purpose("Russia began to mobilise its army to defend Serbia.") == ("Russia began to mobilise its army",
                                                                              "to defend Serbia")
    assert purpose("He risked a war in order to become a world power.")[1] == "in order to become a world power"
    assert purpose("Many workers asked their families to move north.") is None  # the families move: no purpose
    assert purpose("Germany promised to support Austria-Hungary.") is None
    items = {c.prompt.split(", ", 1)[1]: c for c in _items(tmp_path, CANALS)}
    bought = items["why did the railway company buy the canal in 1846?"]
    assert bought.answer == "to remove a rival"
    assert all(o.startswith("to ") for o in bought.choices) and len(bought.choices) >= 3


def test_an_adjective_takes_its_infinitive_and_a_view_is_not_what_happens(tmp_path):
    from studyapp.generator.stages.cause_stems import purpose
    assert purpose("The new treaty will be crucial to keep the peace.") is None
    text = ("Phones at School\n\nWhen the bus is late, a pupil must be able to call home. I believe phones help.\n\n"
            "When ice melts, the water level stays the same. When salt dissolves, the solution conducts electricity. "
            "When a magnet moves near a wire, a current flows in the wire.\n")
    items = [c.prompt for c in _items(tmp_path, text)]
    assert not any("bus is late" in p for p in items)


WAR = """The Border War

When the army crossed the river, the king declared war on his neighbour in 1702, because the treaty had been broken.
The farmers built walls to protect their fields. The merchants moved their goods to the coast to avoid the fighting.

Because she wrote as an old woman, the diary looks back on the war calmly. The queen sent envoys to ask for peace.
The bridge was rebuilt in 1710 to restore the trade route.

The harvest failed in 1705 because the summer had been too dry.

The roads were closed in winter because the snow had blocked the passes.
"""


def test_a_fronted_when_clause_is_left_out_of_the_why_and_she_needs_a_name_in_the_stem(tmp_path):
    items = {c.prompt.split(", ", 1)[1]: c for c in _items(tmp_path, WAR)}
    war = next(c for p, c in items.items() if p.startswith("why did the king declare war"))
    assert war.answer == "the treaty had been broken"
    assert not any("reason that when" in p for p in items)
    assert not any(c.answer.startswith("she ") for c in items.values())  # "she" is nobody the stem names


def test_an_option_that_links_back_is_never_offered(tmp_path):
    text = ("Prices\n\nPensioners on fixed incomes lose out because their payments buy less each month.\n\n"
            "Economists describe two main causes of rising prices. A third factor is the growth of the money supply. "
            "Borrowers, on the other hand, gain from rising prices. Most countries publish a price index every "
            "month. Governments measure inflation with a price index.\n\n"
            "Savers with money in the bank lose out because interest rates stay low.\n\n"
            "Small shops in the town raise prices because the landlords charge higher rents.\n")
    items = _items(tmp_path, text)
    assert items and all(not o.lower().startswith(("a third", "borrowers, on")) for c in items for o in c.choices)


GUIDE = """Study Guide: The Lantern Keepers

Plot summary

Chapters 1-2: Mara and Tobin find a broken lantern on the cliff. Mara keeps the light burning through the storm.

Characters

Mara - the keeper's daughter, who stands for duty and courage.
Tobin - a fisherman's son who wants to leave the island.
Elsa - a lonely widow whose fear of the sea grows after the wreck.
Captain Roe - the harbour master; he represents the law.

Symbols

The lantern: a symbol of hope and safety.
The storm: the danger that tests every family on the island.
The gulls: a sign of the changing seasons.
"""


def test_a_cast_list_gives_which_character_and_what_symbol_items(tmp_path):
    from studyapp.generator.stages.cast_lists import cast_items
    corpus = parsed(tmp_path, GUIDE)
    items = {c.prompt.split(", ", 1)[1]: c for c in cast_items(corpus.docs[0])}
    mara = items["which character is the keeper's daughter, who stands for duty and courage?"]
    assert mara.answer == "Mara" and set(mara.choices) <= {"Mara", "Tobin", "Elsa", "Captain Roe"}
    assert items["what is a symbol of hope and safety?"].answer == "The lantern"
    assert not any("Chapters" in str(c.answer) for c in items.values())  # a plot line is no entry
