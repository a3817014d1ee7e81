"""Fact / opinion / reported claim: asked only where the answer is not arguable."""
from __future__ import annotations

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.stages.perspective import _reports_others

NEWS = """Storm season

The coastal agency published its flood study in 2015, and a tabloid article that claims the agency inflated its
figures for a 2015 report to "scare" city councils was widely shared last week.

Several hydrologists said the article was wrong, pointing to independent checks of the agency's data.

In fact, later studies have shown the coast may be flooding even more often than the 2015 study found.

The city council approved a new sea wall in 2018 after two floods in 2016 and 2017.
"""


@pytest.mark.parametrize("sentence", [
    "A tabloid article that claims the agency inflated its figures for a 2015 report was widely shared.",
    "Later studies have shown the coast may be flooding even more often than in 2015.",
    "The minister told reporters in 2019 that the dam was safe.",
    "The plan, which critics called a “giveaway”, passed in 2020.",
])
def test_sentences_carrying_someone_elses_words_or_findings_are_not_plain_facts(sentence):
    assert _reports_others(sentence)


@pytest.mark.parametrize("sentence", [
    "Since gaining independence in 1991, Kazakhstan has pursued friendly relations with fellow Turkic-speaking states.",
    "The city council approved a new sea wall in 2018 after two floods in 2016 and 2017.",
])
def test_plain_statements_stay_candidates_for_a_fact_question(sentence):
    assert not _reports_others(sentence)


def test_a_news_story_gets_no_arguable_fact_or_opinion_labels(tmp_path):
    news = tmp_path / "storm.md"
    news.write_text(NEWS, encoding="utf-8")
    stance = [(q["prompt"], q["answer"]) for q in generate_bank([news])["questions"]
              if "is this a fact, an opinion or a reported claim" in q["prompt"]]
    assert not any("claims the agency" in prompt for prompt, answer in stance if answer == "A fact"), stance
    assert not any("studies have shown" in prompt for prompt, answer in stance if answer == "An opinion"), stance
