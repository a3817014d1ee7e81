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
    assert "what happens when a solid is heated?" not in items  # "its particles": a pronoun in the key
    assert not any("water vapour cools" in p for p in items)  # the key "it condenses" leans on the stem


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
            ("In the spring, a _____-year-old pupil found the coin in a field. || x", "12")]
    for prompt, answer in held:
        assert incidental(_blank(prompt.split(" || ")[0], answer, "numeric" if "Fill" in prompt else "cloze")), prompt
    kept = [("Fill in the number: “The river flows for _____ kilometres before it reaches the sea.”", 38),
            ("Fill in the number: “The bridge was opened in _____ by the queen.”", 1894),
            ("Fill in the number: “Water boils at _____ degrees Celsius at sea level.”", 100),
            ("Fill in the number: “The war lasted from 1914 to _____.”", 1918),
            ("Fill in the number: “Ada Lovelace died in 1852, aged _____.”", 36)]
    for prompt, answer in kept:
        assert not incidental(_blank(prompt, answer)), prompt


def test_an_instruction_is_never_the_key_of_a_result(tmp_path):
    text = ("Seeing Under Water\n\nA pond 2 metres deep looks only 1.5 metres deep from the bank, so never judge the "
            "depth of water by eye. Light bends at the surface, so the bottom seems higher than it is.\n\n"
            "Fish see the world through a window of light. A prism splits white light into its colours. Sound travels "
            "faster in water than in air.\n")
    for item in _items(tmp_path, text):
        assert "never judge" not in item.answer and all("never judge" not in o for o in item.choices)
