"""Grading is pure: a key and a raw answer give a verdict, with no database."""
from __future__ import annotations

import pytest

from studyapp.services.grading import Key, grade, is_playable, normalise_text


def test_choice_answers_must_match_the_key_exactly():
    key = Key(type="multiple_choice", answer="86%", choices=("14%", "50%", "86%"))
    assert grade(key, "86%") == (True, 1.0)
    assert grade(key, "50%", points=2.0) == (False, 0.0)


def test_an_empty_answer_earns_nothing():
    key = Key(type="true_false", answer="False", choices=("True", "False"))
    assert grade(key, "") == (False, 0.0) and grade(key, None) == (False, 0.0)


def test_an_unknown_type_is_an_error_that_lists_the_known_ones():
    with pytest.raises(ValueError, match="multiple_choice"):
        grade(Key(type="essay", answer="x"), "y")


def test_playable_types_in_this_release():
    assert is_playable("multiple_choice") and is_playable("true_false") and not is_playable("ordering")


def test_typed_text_is_compared_without_case_accents_or_extra_spaces():
    assert normalise_text("  Türkiye   ") == normalise_text("turkiye")
