"""Rules from the English blind read of 29 Nov (n), the eighth round's second part: true/false rewording moves only
a short time or place phrase; years asked only where they are the point; options a nationality word or general
knowledge decides; fact/opinion items on a generic group's textbook line, the writer's generalisation or the
writer's own findings; options of another kind. Every text here is made by hand (a harbour town, chemistry, a
novel, a school report, a music history)."""
from __future__ import annotations

import pytest

from studyapp.generator.stages.parse import nlp, reordered, summarise


def _moved(text: str) -> str:
    return reordered(text, summarise(nlp()(text)), set())


@pytest.mark.parametrize("text", [
    "When the harbour froze and the ferry stopped, Lenbridge lost its only link to the mainland.",
    "Feeling tired, the chemist left the flask on the bench.",
    "For the orchestra, a new hall means a larger audience every night.",
    "In 1987, the choir recorded its first album and toured the northern towns.",
    "In 1999, the society was founded, which later became the National Chemistry Union during a congress.",
    "In Porto, its museum opened a new wing.",
])
def test_a_clause_a_point_of_view_or_a_phrase_before_a_long_clause_stays_in_front(text):
    assert _moved(text) == ""


def test_a_short_time_or_place_phrase_moves_to_the_end_in_lower_case():
    assert _moved("In 1987, the choir recorded its first album.") == "The choir recorded its first album in 1987."
    assert _moved("In the spring of 1921, the ferry sank near the pier.") == \
        "The ferry sank near the pier in the spring of 1921."
    assert _moved("In Porto, the council built three new libraries.") == \
        "The council built three new libraries in Porto."
