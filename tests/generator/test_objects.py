"""Object questions ("What did X do?"): asked of a plain subject-verb-object sentence, typed, with the object's head
noun accepted; never of a misparsed, coordinated, numeric or context-bound sentence. Texts made by hand."""
from __future__ import annotations

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.stages.objects import question_of

HISTORY = """The Founding of Veltra

Veltra is a small port town on the northern coast. Its history begins with fishing families who settled at the mouth of the river.

In 1612, the merchant Oskar Lind built a stone harbour at the river mouth. The harbour attracted traders from the whole coast. The town council later founded a grammar school for the sons of sailors.

In 1790, the council opened a public library beside the market. The citizens elected a new mayor every two years.
"""


def test_a_plain_sentence_gives_a_typed_object_question_with_its_head_noun_accepted():
    question, key, aliases = question_of("The town council later founded a grammar school.", set(), {"town", "council"})
    assert question == "What did the town council later found?"
    assert key == "a grammar school" and {"grammar school", "school"} <= set(aliases)


def test_a_fronted_time_moves_after_the_verb_and_a_name_keeps_its_capital():
    question, key, _ = question_of("In 1612, the merchant Oskar Lind built a stone harbour at the river mouth.", set())
    assert question == "What did the merchant Oskar Lind build at the river mouth in 1612?" and key == "a stone harbour"


@pytest.mark.parametrize("sentence", [
    "Photosynthesis converts light energy into chemical energy.",  # tagged as the noun "converts" lit by "light"
    "In 1843 Ada translated an Italian engineer's article about the Analytical Engine into English.",  # "1843 Ada"
    "The council opened a library and a museum.",  # coordinated objects
    "The farmers sold three hundred sheep at the fair.",  # a number: the figure forms ask it
    "A smaller group rejected the plan.",  # compared with the sentence before
    "The committee named a new ship Aurora in her honour.",  # a second object
    "The council did not open a library.",  # negation
])
def test_sentences_the_form_would_misread_give_no_question(sentence):
    assert question_of(sentence, set()) is None


def test_the_bank_of_a_history_text_asks_what_happened():
    bank = generate_bank_text(HISTORY)
    asked = {q["prompt"]: q for q in bank["questions"] if q["type"] == "short_answer" and q["prompt"].startswith("What did")}
    assert any("build at the river mouth in 1612" in p for p in asked), sorted(asked)
    for q in asked.values():
        assert q["answer"] in q["source"]["quote"]


def generate_bank_text(text: str, tmp_name: str = "veltra.txt") -> dict:
    """The bank of one hand-made English text."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / tmp_name
        path.write_text(text, encoding="utf-8")
        return generate_bank([path])
