"""Helper en16: what a teacher fixed or dropped on fresh English documents (a list of real people asked as
"which character", a role word accepted for a person when others hold it, a plural key that refuses its singular,
a garbled "what is the name for" stem, an ordering item that is a fragment) and more questions from what a
document already says; on hand-made texts."""
from __future__ import annotations

from tests.parse_support import run_texts

EXPLORERS = """Explorers of the Cold Seas
A Guide to the Polar Gallery

Welcome to the polar gallery. The ships of the early explorers were small and made of wood, and their crews spent whole winters trapped in the ice.

Hall 2. Famous polar explorers
- Roald Amundsen — the first leader to reach the South Pole; he arrived in December 1911.
- Fridtjof Nansen — crossed the Greenland ice sheet on skis in 1888.
- Ernest Shackleton — led the crew of the Endurance to safety after the ship sank in 1915.

Hall 3. Life in the ice
The crews ate dried meat and hard biscuits for months. Scurvy, a disease caused by a lack of vitamin C, killed many sailors on long voyages.
"""


def _kept(tmp_path, text: str, upto: str = "gate"):
    """(accepted, rejected) candidates of one hand-made document after the stage `upto`."""
    corpus = run_texts(tmp_path, {"doc.txt": text}, upto=upto)
    return corpus.candidates, corpus.rejected


def test_a_list_of_real_people_is_asked_who_not_which_character(tmp_path):
    kept, rejected = _kept(tmp_path, EXPLORERS)
    cast = {c.answer: c for c in kept if c.template == "cast"}
    assert "who was the first leader to reach the South Pole?" in cast["Roald Amundsen"].prompt
    assert "who crossed the Greenland ice sheet on skis in 1888?" in cast["Fridtjof Nansen"].prompt
    assert set(cast["Fridtjof Nansen"].choices) == {"Roald Amundsen", "Fridtjof Nansen", "Ernest Shackleton"}
    assert not [c for c in kept + rejected if "which character" in c.prompt]
