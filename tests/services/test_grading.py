"""Grading is pure: a key and a raw answer give a verdict, with no database."""
from __future__ import annotations

import pytest

from studyapp.services.grading import Key, grade, is_playable
from studyapp.text import fold
from studyapp.numbers import parse_number


def test_choice_answers_must_match_the_key_exactly():
    key = Key(type="multiple_choice", answer="86%", choices=("14%", "50%", "86%"))
    assert grade(key, "86%") == (True, 1.0)
    assert grade(key, "50%", points=2.0) == (False, 0.0)


def test_an_empty_answer_earns_nothing():
    key = Key(type="true_false", answer="False", choices=("True", "False"))
    assert grade(key, "") == (False, 0.0) and grade(key, None) == (False, 0.0)


def test_an_unknown_type_is_an_error_that_lists_the_known_ones():
    with pytest.raises(ValueError, match="multiple_choice"):
        grade(Key(type="hotspot", answer="x"), "y")


def test_every_generated_type_is_playable():
    types = ["multiple_choice", "true_false", "cloze", "numeric", "short_answer", "ordering", "matching"]
    assert all(is_playable(t) for t in types) and not is_playable("hotspot")


def test_typed_text_ignores_case_accents_spaces_and_takes_aliases():
    key = Key(type="short_answer", answer="Türkiye", aliases=("Turkey",))
    assert fold("  Türkiye   ") == fold("turkiye")
    assert grade(key, " turkiye ")[0] and grade(key, "TURKEY")[0] and grade(key, "Türkiye.")[0]
    assert not grade(key, "Greece")[0]


def test_a_near_miss_counts_only_when_closer_to_the_key_than_to_another_option():
    assert grade(Key(type="cloze", answer="Kazakhstan"), "Kazakstan")[0]
    key = Key(type="cloze", answer="Iran", choices=("Iran", "Iraq"))
    assert grade(key, "Ira")[0] is False  # as close to Iraq as to Iran: not accepted
    assert grade(Key(type="cloze", answer="Austria", choices=("Austria", "Australia")), "Austra")[0]
    assert grade(Key(type="cloze", answer="cat"), "car")[0]  # short word: one typo allowed
    assert not grade(Key(type="cloze", answer="cat"), "dog")[0]


@pytest.mark.parametrize("typed, expected", [("73.7", 73.7), ("73,7", 73.7), ("73.7%", 73.7), ("1,234", 1234.0),
                                             ("−5", -5.0)])
def test_numbers_are_read_as_people_type_them(typed, expected):
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["abc", ""])
def test_text_that_is_no_number_raises(typed):
    with pytest.raises(ValueError):
        parse_number(typed)


def test_numeric_answers_within_tolerance_are_right():
    key = Key(type="numeric", answer=2009, tolerance=0)
    assert grade(key, "2009")[0] and not grade(key, "2010")[0]
    assert grade(Key(type="numeric", answer=73.7, tolerance=0.5), "74")[0]


def test_ordering_is_all_or_nothing():
    key = Key(type="ordering", answer=["1991", "2009", "2021"])
    assert grade(key, ["1991", "2009", "2021"]) == (True, 1.0)
    assert grade(key, ["2009", "1991", "2021"]) == (False, 0.0)


def test_matching_gives_credit_per_pair():
    key = Key(type="matching", answer=[["NATO", "North Atlantic Treaty Organization"], ["OTS", "Organization of Turkic States"]])
    assert grade(key, {"NATO": "North Atlantic Treaty Organization", "OTS": "Organization of Turkic States"}) == (True, 1.0)
    assert grade(key, {"NATO": "North Atlantic Treaty Organization", "OTS": "x"}, points=2) == (False, 1.0)


def _seconds(work) -> float:
    """The fastest of three runs of `work`, failing at once when one run takes over a second."""
    import signal
    import time

    def too_slow(_signum, _frame):
        raise AssertionError("grading took over a second")

    previous = signal.signal(signal.SIGALRM, too_slow)
    best = float("inf")
    try:
        for _ in range(3):
            signal.setitimer(signal.ITIMER_REAL, 1.0)
            start = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - start)
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return best


def test_grading_time_is_bounded_whatever_the_length_of_the_key_the_answer_and_the_aliases():
    """A 100,000-character key with many 100,000-character aliases, graded against long and short typed answers."""
    long = "ab" * 50_000
    key = Key(type="short_answer", answer=long, aliases=tuple(f"{i} {long}" for i in range(50)),
              choices=tuple(f"{long} {i}" for i in range(6)))
    typed = ["ba" * 50_000, long[:-1] + "c", "abab", "x" * 600]
    assert _seconds(lambda: [grade(key, t) for t in typed]) < 0.05
    many = Key(type="cloze", answer="w" * 400, aliases=tuple("w" * 399 + chr(65 + i) for i in range(40)))
    assert _seconds(lambda: [grade(many, "w" * 398 + "xy"), grade(many, "v" * 400)]) < 0.05


def test_near_misses_still_count_on_keys_within_the_editors_limits():
    answer = "the Treaty of Westphalia"
    assert grade(Key(type="short_answer", answer=answer), "the Treaty of Westfalia")[0]
    assert grade(Key(type="short_answer", answer="x", aliases=("y" * 150,)), "y" * 149 + "z")[0]
    assert not grade(Key(type="short_answer", answer="y" * 150), "y" * 147 + "zzz")[0]
