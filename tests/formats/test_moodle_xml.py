"""Moodle XML: every type mapped, evidence in general feedback, safe parsing, errors naming the line."""
from __future__ import annotations

import defusedxml.ElementTree as DET
import pytest

from studyapp.errors import ValidationError
from studyapp.formats.common import MAX_IMPORT_BYTES
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.question_types import REGISTRY

# The Moodle question type each StudyApp type is written as.
QTYPES = {"multiple_choice": "multichoice", "true_false": "truefalse", "cloze": "shortanswer",
          "numeric": "numerical", "short_answer": "shortanswer", "ordering": "ordering", "matching": "matching",
          "multiple_response": "multichoice", "essay": "essay"}


def test_every_question_type_is_mapped_to_a_moodle_type(bank):
    """Parsed independently, the file holds one <question> per bank question, of the expected Moodle type."""
    data, warnings = export_moodle_xml(bank)
    root = DET.fromstring(data)
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert [q.findtext("idnumber") for q in questions] == [q["id"] for q in bank["questions"]]
    assert [q.get("type") for q in questions] == [QTYPES[q["type"]] for q in bank["questions"]]
    assert {q["type"] for q in bank["questions"]} == set(QTYPES) == set(REGISTRY)
    assert {name: t.moodle_qtype for name, t in REGISTRY.items()} == QTYPES
    assert [w for w in warnings if "flashcards" not in w] == [REGISTRY["ordering"].moodle_note]
    assert "Moodle 4.4 and later" in REGISTRY["ordering"].moodle_note


def test_ordering_and_matching_use_the_native_question_types(bank):
    """Ordering answers carry their position as fraction; matching pairs become subquestions."""
    root = DET.fromstring(export_moodle_xml(bank)[0])
    ordering = root.find("question[@type='ordering']")
    assert [a.findtext("text") for a in ordering.findall("answer")] == bank["questions"][10]["answer"]
    assert [a.get("fraction") for a in ordering.findall("answer")] == ["1.0000000", "2.0000000", "3.0000000"]
    matching = root.find("question[@type='matching']")
    assert [[s.findtext("text"), s.findtext("answer/text")] for s in matching.findall("subquestion")] == \
        bank["questions"][11]["answer"]


def test_general_feedback_carries_the_evidence(bank):
    """The quote, source title and author are in <generalfeedback> as escaped HTML."""
    root = DET.fromstring(export_moodle_xml(bank)[0])
    feedback = root.find("question[@type='truefalse']/generalfeedback/text").text
    assert "Condensation &quot;forms&quot; clouds." in feedback and "A Debate, Someone" in feedback


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<quiz><question type="shortanswer"><name><text>&lol3;</text></name></question></quiz>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<quiz><question type="shortanswer"><name><text>&xxe;</text></name></question></quiz>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE quiz SYSTEM "http://example.invalid/quiz.dtd">
<quiz/>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, EXTERNAL_DTD], ids=["billion-laughs", "xxe", "dtd"])
def test_entity_attacks_are_refused(payload):
    """Any DOCTYPE is refused before an entity is expanded or a file read."""
    with pytest.raises(ValidationError, match="DOCTYPE|entity"):
        import_moodle_xml(payload)


def test_oversized_input_is_refused():
    """Files over the import limit are refused before parsing."""
    with pytest.raises(ValidationError, match="larger than"):
        import_moodle_xml(b"<quiz>" + b" " * MAX_IMPORT_BYTES + b"</quiz>")


@pytest.mark.parametrize(("xml", "problem"), [
    ("<quiz>\n<question type='shortanswer'>\n<name><text>a</text></name>\n</quiz>", "line 4, column 3: not well-formed"),
    ("<questions/>", "root element is <questions>"),
    ("<quiz>\n\n<question type='ddmarker'><name><text>e</text></name></question>\n</quiz>",
     "no question could be read (line 3 (ddmarker): question type 'ddmarker' is not supported"),
])
def test_file_level_errors_name_the_line_and_the_problem(xml, problem):
    """A file that is not XML, not a quiz, or has no question that can be read imports nothing, saying why."""
    with pytest.raises(ValidationError) as caught:
        import_moodle_xml(xml.encode("utf-8"))
    assert problem in str(caught.value)


FINE = "<question type='shortanswer'><name><text>ok</text></name><questiontext><text>Q?</text></questiontext>" \
       "<answer fraction='100'><text>x</text></answer></question>"


@pytest.mark.parametrize(("xml", "line", "qtype", "problem"), [
    ("<question type='calculated'><name><text>e</text></name></question>", 3, "calculated",
     "question type 'calculated' is not supported"),
    ("<question type='multichoice'><name><text>m</text></name><questiontext><text>Q</text></questiontext>"
     "<answer fraction='0'><text>x</text></answer></question>", 3, "multichoice", "a multichoice"),
    ("<question type='numerical'><name><text>n</text></name><questiontext><text>Q</text></questiontext>\n"
     "<answer fraction='100'><text>ten</text></answer></question>", 3, "numerical", "the numerical"),
])
def test_an_unreadable_question_is_listed_and_the_rest_imported(xml, line, qtype, problem):
    """The question that cannot be read is listed with its line, type and why; the other one is imported."""
    bank = import_moodle_xml(f"<quiz>\n{FINE}\n{xml}\n</quiz>".encode())
    assert [q["id"] for q in bank["questions"]] == ["ok"]
    [skipped] = bank["skipped"]
    assert (skipped["line"], skipped["type"]) == (line, qtype) and problem in skipped["reason"]


def test_duplicate_names_are_fine():
    """Two questions of one id number both come in; the second gets a numbered id."""
    xml = ("<quiz><question type='shortanswer'><idnumber>s</idnumber><questiontext><text>A</text></questiontext>"
           "<answer fraction='100'><text>x</text></answer></question>\n<question type='shortanswer'><idnumber>s"
           "</idnumber><questiontext><text>B</text></questiontext><answer fraction='100'><text>y</text></answer>"
           "</question></quiz>")
    assert [q["id"] for q in import_moodle_xml(xml.encode())["questions"]] == ["s", "s-2"]


def test_moodle_exported_html_questions_are_read_as_text():
    """A file Moodle wrote (HTML text, no StudyApp metadata, a gapselect) imports with sensible types."""
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Biology // Cells</text></category></question>
  <question type="shortanswer">
    <name><text>Cell unit</text></name>
    <questiontext format="html"><text><![CDATA[<p>The basic unit of life is the <b>cell</b>&nbsp;or?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>See chapter 1.</p>]]></text></generalfeedback>
    <answer fraction="100" format="moodle_auto_format"><text>cell</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>cells</text></answer>
  </question>
  <question type="gapselect">
    <name><text>Gap</text></name>
    <questiontext format="html"><text>Mitochondria make [[1]].</text></questiontext>
    <selectoption><text>ATP</text><group>1</group></selectoption>
    <selectoption><text>DNA</text><group>1</group></selectoption>
  </question>
  <question type="description"><name><text>Intro</text></name></question>
</quiz>"""
    bank = import_moodle_xml(xml.encode("utf-8"))
    first, gap = bank["questions"]
    assert bank["title"] == "Biology / Cells"
    assert (first["id"], first["type"], first["prompt"]) == ("Cell unit", "short_answer",
                                                             "The basic unit of life is the cell\u00a0or?")
    assert (first["answer"], first["aliases"], first["explanation"]) == ("cell", ["cells"], "See chapter 1.")
    assert (gap["type"], gap["prompt"], gap["answer"]) == ("cloze", "Mitochondria make _____.", "ATP")


def test_questions_with_broken_data_are_reported_not_exported(bank):
    """An answer missing from its choices, a non-number and a bad matching answer are listed and left out."""
    bank["questions"][0]["answer"] = "not a choice"
    bank["questions"][6]["answer"] = "eighty-six"
    bank["questions"][11]["answer"] = [["only left"]]
    data, warnings = export_moodle_xml(bank)
    assert [w.split(" (")[0] for w in warnings if "flashcards" not in w and "Moodle 4.4" not in w] == [
        "question q-mc", "question q-num", "question q-match"]
    assert len(import_moodle_xml(data)["questions"]) == len(bank["questions"]) - 3
