"""One parse_number: how people type numbers and how exchange files write them, one behaviour (raise)."""
from __future__ import annotations

import pytest

from studyapp.formats import common
from studyapp.numbers import parse_number
from studyapp.question_types import numeric
from studyapp.services.grading import Key, grade


def test_grading_and_the_formats_read_numbers_with_the_same_function():
    assert common.parse_number is parse_number
    assert numeric.parse_number is parse_number  # the numeric question type grades with it


@pytest.mark.parametrize("text, expected", [("73.7", 73.7), ("73,7", 73.7), ("73.7%", 73.7), ("1,234", 1234),
                                            ("1 234", 1234), ("\u22125", -5), ("+5", 5), ("0.5", 0.5), (".5", 0.5),
                                            ("1e3", 1000.0), (" 42 ", 42), (7, 7), (2.5, 2.5)])
def test_numbers_are_read_as_people_and_files_write_them(text, expected):
    value = parse_number(text)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text", ["abc", "", None, "nan", "inf", "-Infinity", "1e999", "1" * 400, "1,2,3", True,
                                  float("nan"), "12abc"])
def test_anything_else_raises_value_error(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_an_unreadable_or_huge_numeric_answer_earns_nothing():
    key = Key(type="numeric", answer=2009, tolerance=0)
    assert grade(key, "two thousand") == (False, 0.0)
    assert grade(key, "9" * 400) == (False, 0.0)
    assert grade(key, "2,009") == (True, 1.0)
