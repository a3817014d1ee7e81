"""A thing is no reporter: "Ohm's law states that …", "Voltage tells us how much …" are the writer's facts, not
reported claims (a fresh held-out physics text had its definition of voltage keyed "A reported claim"). People,
bodies and texts that speak still report. Sentences made up for the test."""
from __future__ import annotations

import pytest

from studyapp.generator.stages.parse import nlp
from studyapp.generator.stages.voice import voice_of


@pytest.mark.parametrize("text", [
    "Hooke's law states that the extension of a spring is proportional to the force on it.",
    "Pressure tells us how much force acts on each square metre of a surface.",
    "The graph shows that the population of the town doubled between 1950 and 1980.",
])
def test_a_thing_reports_nothing(text):
    assert voice_of(nlp()(text))[0] == ""


@pytest.mark.parametrize("text, reporter", [
    ("The report says that the lake is cleaner than ten years ago.", "The report"),
    ("The head teacher said that the new timetable starts in May.", "The head teacher"),
    ("Farmers warn that the dry spring will cut the harvest.", "Farmers"),
    ("Ilse Varga told the council that the ferry would stop in winter.", "Ilse Varga"),
])
def test_people_bodies_and_texts_still_report(text, reporter):
    assert voice_of(nlp()(text))[0] == reporter


@pytest.mark.parametrize("text, imperative", [
    ("Note G set out a plan for the crew.", False),
    ("Note A set out a careful method for the machine to divide two numbers.", False),
    ("Note that the lamp gets hot after a few minutes.", True),
    ("Consider the ball that rolls down a slope.", True),
])
def test_a_name_opening_a_sentence_is_no_imperative(text, imperative):
    assert voice_of(nlp()(text))[1] is imperative
