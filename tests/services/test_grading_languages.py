"""Typed answers in Russian and Kazakh: ё is е, and a Russian name or term counts in any case or number."""
from __future__ import annotations

import pytest

from studyapp.services.grading import Key, grade


@pytest.mark.parametrize("qtype", ["short_answer", "cloze"])
@pytest.mark.parametrize("answer, typed", [("Аристотель", "Аристотеля"), ("движение", "движением"),
                                           ("Каракитайское ханство", "Каракитайского ханства"),
                                           ("человек", "людей"), ("ребёнок", "детьми"), ("пчёлы", "пчелы"),
                                           ("естественное место", "естественными местами")])
def test_a_russian_key_is_accepted_in_another_case(qtype, answer, typed):
    assert grade(Key(type=qtype, answer=answer), typed) == (True, 1.0)


@pytest.mark.parametrize("answer, typed", [("Аристотель", "Платона"), ("движение", "сила"), ("Жер", "Ай"),
                                           ("Ердоған", "Назарбаевтың")])
def test_another_word_is_still_wrong(answer, typed):
    assert grade(Key(type="short_answer", answer=answer), typed) == (False, 0.0)
