"""Edit distances come from rapidfuzz: the same decisions as a plain dynamic-programming reference."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA, Levenshtein

from studyapp.services import grading

WORDS = st.text(alphabet="abcdeü ", max_size=12)


def _reference(a: str, b: str, *, swaps: bool) -> int:
    """Full-table Levenshtein distance; with `swaps`, neighbouring letters swapped cost one edit (OSA)."""
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if swaps and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS, st.integers(min_value=0, max_value=3))
def test_the_cutoff_distances_decide_as_the_reference_does(a, b, limit):
    for distance, swaps in ((Levenshtein.distance, False), (OSA.distance, True)):
        within = distance(a, b, score_cutoff=limit)
        reference = _reference(a, b, swaps=swaps)
        assert (within <= limit) == (reference <= limit)
        assert within == (reference if reference <= limit else limit + 1)


def test_grading_and_the_generator_define_no_distance_of_their_own():
    from studyapp.generator.stages import aliases

    assert not hasattr(grading, "edit_distance") and not hasattr(aliases, "edit_distance")
