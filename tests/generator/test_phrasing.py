"""Question phrasing: a time question only when the time belongs to the sentence's own verb, alone."""
from __future__ import annotations

import re

import pytest

from studyapp.generator.model import Mention
from studyapp.generator.stages.phrasing import wh_time


def ask_year(sentence: str, year: str) -> str:
    """wh_time for the first mention of `year` in `sentence`."""
    start = sentence.index(year)
    return wh_time(sentence, Mention(sentence=0, start=start, end=start + len(year), text=year, kind="year"), 0,
                   "year", set())


@pytest.mark.parametrize("sentence, year, question", [
    ("In 2009, the council was formed.", "2009", "In which year was the council formed?"),
    ("The treaty was signed in 1992 by twelve states.", "1992", "In which year was the treaty signed by twelve states?"),
])
def test_a_time_of_the_main_verb_becomes_a_which_year_question(sentence, year, question):
    assert ask_year(sentence, year) == question


@pytest.mark.parametrize("sentence, year", [
    # the year belongs to a participle after a comma, and is one of two years "respectively"
    ("Last year was the warmest year on record, surpassing previous milestones set in 2015 and 2014, "
     "respectively.", "2015"),
    ("The bridge was closed between 2014 and 2016 for repairs.", "2016"),
    ("The bridge was rebuilt in 2014 and 2016 after floods.", "2014"),
    ("The road was finished, after long delays, in 2019.", "2019"),
    ("Last year was dry in 2019 across the region.", "2019"),
])
def test_no_time_question_when_the_year_is_one_of_several_or_not_the_verbs_own(sentence, year):
    assert ask_year(sentence, year) == ""


def prompts_of(folder, text: str) -> list[str]:
    """The prompts of the bank generated from `text` as one document."""
    from studyapp.generator import generate_bank

    path = folder / "doc.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [q["prompt"] for q in generate_bank([path])["questions"]]


def test_a_news_paragraph_gives_no_garbled_year_question(tmp_path):
    prompts = prompts_of(tmp_path, "Last year was the warmest year on record, surpassing previous milestones set in "
                                   "2015 and 2014, respectively. The agency was criticised in 2017 by a former "
                                   "employee. Scientists at the agency said the study was checked by independent teams.")
    assert prompts and not any(re.search(r"which year was last year|set and 2014", p) for p in prompts), prompts


def test_neither_end_of_a_year_range_is_asked_as_a_number_or_swapped(tmp_path):
    prompts = prompts_of(tmp_path, "Most of the remaining territory of the empire was lost in the Balkan Wars "
                                   "(1912–13). The empire sided with Germany in the First World War (1914–18). "
                                   "In 1922 the sultanate was abolished by the new national assembly in Ankara.")
    assert prompts, "the text gives questions"
    assert not any("–_" in p for p in prompts), prompts  # the '13' of '1912–13' is no number to fill in
    ranges = {r for p in prompts for r in re.findall(r"\d{4}–\d+", p)}
    assert ranges <= {"1912–13", "1914–18"}, prompts  # nor is either end swapped for a true/false
