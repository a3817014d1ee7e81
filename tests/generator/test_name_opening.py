"""A name that opens its sentence keeps its capital after "According to “X”, " (read w19: "fred, _____'s nephew",
"mawsynram and _____"): the parse tags it a proper noun though the document writes it nowhere else."""
from __future__ import annotations

import pytest

from studyapp.generator.model import Corpus, Sentence
from studyapp.generator.stages.naming import lower_first
from studyapp.generator.stages.parse import nlp, summarise


def _sentence(text: str) -> Sentence:
    s = Sentence("d1", 1, 0, len(text), text, "body", "")
    s.parse = summarise(nlp()(text))
    return s


@pytest.mark.parametrize("text, prompt, shown", [
    ("Tiwanaku, an ancient city near Lake Titicaca, was the capital of a powerful state.",
     "Tiwanaku, an ancient city near Lake _____, was the capital of a powerful state.", "Tiwanaku, an ancient"),
    ("Ferdie, the miller's son, keeps asking his uncle for work every spring.",
     "Ferdie, the _____'s son, keeps asking his uncle for work every spring.", "Ferdie, the"),
    ("The capital of the state was an ancient city near Lake Titicaca.",
     "The capital of the state was an ancient city near Lake _____.", "the capital"),
    ("Aware of the value of the old harbour, the town council did not want to sell it.",
     "Aware of the value of the old _____, the town council did not want to sell it.",
     "aware of"),  # the parser tags "Aware" a proper noun: an adjective of the dictionary is no name
    ("Climbers need about three weeks to reach its summit.",
     "Climbers need about _____ weeks to reach its summit.", "climbers need"),
])
def test_only_a_name_keeps_its_capital(text, prompt, shown):
    assert lower_first(prompt, Corpus(), _sentence(text)).startswith(shown)
