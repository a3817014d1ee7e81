"""Marks (partial credit and per-answer feedback) graded by each type, checked in bank files, and written out."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import random
from pathlib import Path

import pytest

from studyapp.errors import ValidationError
from studyapp.formats.bank_json import check_bank
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml
from studyapp.question_types import REGISTRY
from studyapp.services.grading import Key, grade


def _bank(*questions: dict) -> dict:
    """A bank file of the given questions."""
    return {"format": "studyapp.bank/1", "title": "Marks", "sources": [], "flashcards": [], "questions": list(questions)}


def _q(qid: str, qtype: str, answer, **fields) -> dict:
    """A bank-file question."""
    return {"id": qid, "type": qtype, "prompt": f"Question {qid}?", "answer": answer, **fields}


def test_multiple_choice_marks_give_partial_and_negative_points():
    key = Key("multiple_choice", "a", choices=("a", "b", "c"), marks=({"answer": "b", "fraction": -0.25, "feedback": ""},))
    assert [grade(key, c, 2.0) for c in ("a", "b", "c")] == [(True, 2.0), (False, -0.5), (False, 0.0)]


def test_multiple_response_marks_replace_the_equal_shares():
    """Moodle's own fractions per option, summed and held between 0 and 1."""
    marks = ({"answer": "a", "fraction": 0.7, "feedback": ""}, {"answer": "b", "fraction": 0.3, "feedback": ""},
             {"answer": "c", "fraction": -0.5, "feedback": ""})
    key = Key("multiple_response", ["a", "b"], choices=("a", "b", "c"), marks=marks)
    assert [grade(key, t)[1] for t in (["a"], ["b"], ["a", "b"], ["b", "c"], ["a", "b", "c"])] == [0.7, 0.3, 1.0, 0.0, 0.5]


def test_short_answer_marks_and_the_catch_all_do_not_steal_a_near_miss():
    """A partial answer earns its fraction exactly; a typo of the key is still right unless nearer to a mark."""
    marks = ({"answer": "Almaty", "fraction": 0.5, "feedback": "old capital"},
             {"answer": "*", "fraction": 0.0, "feedback": "no"})
    key = Key("short_answer", "Astana", marks=marks)
    assert [grade(key, t)[1] for t in ("astana", "Astna", "almaty", "Almat", "Paris")] == [1.0, 1.0, 0.5, 0.0, 0.0]
    assert REGISTRY["short_answer"].feedback_for(key, "Paris") == ["no"]
    assert REGISTRY["short_answer"].feedback_for(key, "Astana") == []


def test_numeric_marks_are_ranges():
    marks = ({"answer": 100, "fraction": 0.5, "feedback": "close", "tolerance": 10},)
    key = Key("numeric", 100, tolerance=1, marks=marks)
    assert [grade(key, t)[1] for t in ("100.5", "95", "111")] == [1.0, 0.5, 0.0]


@pytest.mark.parametrize(("marks", "problem"), [
    ("x", "'marks' must be a list"),
    ([{"answer": "a", "fraction": 2}], "fraction must be a number from -1 to 1"),
    ([{"answer": True, "fraction": 0.5}], "needs an 'answer'"),
    ([{"answer": "a", "fraction": 0.5, "feedback": "x" * 1001}], "feedback must be text"),
    ([{"answer": 1, "fraction": 0.5, "tolerance": -1}], "tolerance must be a number"),
    ([{"answer": "a", "fraction": 0.5}] * 21, "at most 20"),
])
def test_a_bank_file_with_broken_marks_is_refused(marks, problem):
    with pytest.raises(ValidationError, match=problem):
        check_bank(_bank(_q("q", "short_answer", "a", marks=marks)))


def test_matching_distractors_are_offered_to_the_student():
    """The player's options are every right item and each distractor."""
    class Question:  # the fields lay_out reads
        answer = [["a", "1"], ["b", "2"]]
        choices = ["3"]

    _section, options = REGISTRY["matching"].lay_out(Question(), random.Random(1), True)
    assert sorted(options) == ["1", "2", "3"]


def test_gift_writes_ordering_in_moodle_44_form_numbers_with_feedback_and_distractors():
    bank = _bank(_q("o", "ordering", ["first", "second", "third"]),
                 _q("n", "numeric", 3, tolerance=2, marks=[{"answer": "*", "fraction": 0, "feedback": "Completely wrong"}]),
                 _q("m", "matching", [["cat", "feline"], ["dog", "canine"]], choices=["bovine"]))
    text, warnings = export_gift(bank)
    text = text.decode()
    assert "Question o?{\n>3 ALL VERTICAL ALL_OR_NOTHING SHOW\n\tfirst\n\tsecond\n\tthird\n}" in text
    assert "{\n\t#\n\t=3:2\n\t~#Completely wrong\n}" in text
    assert "\t= -> bovine\n}" in text and not warnings
    back = import_gift(text.encode())
    assert [q["answer"] for q in back["questions"]] == [["first", "second", "third"], 3, [["cat", "feline"], ["dog", "canine"]]]
    assert back["questions"][2]["choices"] == ["bovine"]


def test_tags_are_cut_to_moodles_50_characters_and_the_topic_kept_in_full():
    """The course-pack questions with topics over 50 characters: each tag fits Moodle, and the topic comes back whole."""
    pack = json.loads((Path(__file__).parent.parent.parent / "content" / "course-pack.json").read_text())
    long_topics = [q for q in pack["questions"] if len(q.get("topic") or "") > 50]
    assert len(long_topics) >= 5  # 40 in the regenerated pack (57 when the issue was filed)
    bank = _bank(*long_topics[:5])
    xml = export_moodle_xml(bank)[0].decode()
    gift = export_gift(bank)[0].decode()
    tags = [[t.findtext("text") for t in q.findall("tags/tag")] for q in ET.fromstring(xml).findall("question")[1:]]
    assert tags == [[" ".join(q["topic"][:50].split())] for q in long_topics[:5]]
    assert all(len(t) <= 50 for each in tags for t in each)
    for q in long_topics[:5]:
        assert f"[tag:{' '.join(q['topic'][:50].split())}]" in gift
    assert [q["topic"] for q in import_gift(gift.encode())["questions"]] == [q["topic"] for q in long_topics[:5]]
