"""GIFT: read back by the strict third-party parser gift-pegjs, hand-written GIFT, errors that name the line."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from studyapp.errors import ValidationError
from studyapp.formats.gift import escape, export_gift, import_gift, unescape
from studyapp.formats.registry import parse_bank

READER = Path(__file__).parent / "gift_reader"


def gift_pegjs(path: Path, require_all: bool) -> dict:
    """Parse a GIFT file with gift-pegjs through node; skip (or fail in CI) when it is not installed."""
    node = shutil.which("node")
    if node is None or not (READER / "node_modules" / "gift-pegjs").is_dir():
        reason = "gift-pegjs is not installed: run `npm ci --prefix tests/formats/gift_reader`"
        if require_all:
            pytest.fail(reason + " (STUDYAPP_REQUIRE_ALL_TESTS=1)")
        pytest.skip(reason)
    result = subprocess.run([node, str(READER / "count.js"), str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gift_pegjs_reads_every_exported_question(bank, tmp_path, require_all):
    """The strict parser finds as many questions as the bank has (less the reported ordering one), same ids."""
    data, warnings = export_gift(bank)
    path = tmp_path / "bank.gift"
    path.write_bytes(data)
    parsed = gift_pegjs(path, require_all)
    exported = [q for q in bank["questions"] if q["type"] != "ordering"]
    assert parsed["count"] == len(exported)
    assert parsed["titles"] == [q["id"] for q in exported]
    expected = {"multiple_choice": "MC", "true_false": "TF", "numeric": "Numerical", "matching": "Matching",
                "short_answer": "Short", "cloze": "Short", "multiple_response": "MC", "essay": "Essay"}
    assert parsed["types"] == [expected[q["type"]] for q in exported]
    assert any("q-order" in w and "ordering" in w for w in warnings)


def test_gift_pegjs_reads_the_mini_fixture(mini_bank, tmp_path, require_all):
    """The example bank is valid GIFT too."""
    path = tmp_path / "mini.gift"
    path.write_bytes(export_gift(mini_bank)[0])
    assert gift_pegjs(path, require_all)["count"] == len(mini_bank["questions"])


def test_evidence_travels_in_general_feedback(bank):
    """The quote and the source title sit after #### in the question's answer block."""
    text = export_gift(bank)[0].decode("utf-8")
    assert "####Evidence (A Debate, Someone, paragraph 1)\\: \u201cCondensation \"forms\" clouds.\u201d" in text
    assert "::q-tf::" in text


@pytest.mark.parametrize("text", ["a ~ b = c # d { e } f : g \\ h", "line\nbreak", "\u00e9\U0001F600", "=+-@"])
def test_escape_and_unescape_are_inverse(text):
    """Every special character survives escaping."""
    assert unescape(escape(text)) == text
    assert "\n" not in escape(text)


def test_hand_written_moodle_style_gift_is_read():
    """Titles, categories, comments, weights, feedback, ranges and missing words from Moodle's documentation."""
    text = """$CATEGORY: $course$/top/Hand made

// a comment
::Grant's tomb::Who's buried in Grant's tomb?{~Grant #No =Nobody #Yes ~Napoleon}

::TF1::Grant is buried in Grant's tomb.{FALSE#Wrong####He is not.}

::Range::When was Ulysses S. Grant born?{#1822..1824}

::Multi num::What year?{#=1822:0 =%50%1822:2}

Two plus two equals {=four =4}.

::Match::Match:{=cat -> feline =dog -> canine =cow -> bovine}
"""
    bank = import_gift(text.encode("utf-8"))
    by_id = {q["id"]: q for q in bank["questions"]}
    assert by_id["Grant's tomb"]["answer"] == "Nobody"
    assert by_id["Grant's tomb"]["choices"] == ["Grant", "Nobody", "Napoleon"]
    assert by_id["TF1"]["answer"] == "False" and by_id["TF1"]["explanation"] == "He is not."
    assert (by_id["Range"]["answer"], by_id["Range"]["tolerance"]) == (1823, 1)
    assert (by_id["Multi num"]["answer"], by_id["Multi num"]["tolerance"]) == (1822, 0)
    cloze = by_id["gift-line-12"]
    assert (cloze["type"], cloze["prompt"], cloze["answer"], cloze["aliases"]) == (
        "cloze", "Two plus two equals _____.", "four", ["4"])
    assert by_id["Match"]["answer"] == [["cat", "feline"], ["dog", "canine"], ["cow", "bovine"]]
    assert bank["title"] == "Hand made"  # the first category names the bank, as in Moodle XML
    assert {q["topic"] for q in bank["questions"]} == {"Hand made"}
    assert by_id["Multi num"]["marks"] == [{"answer": 1822, "fraction": 0.5, "feedback": "", "tolerance": 2}]


@pytest.mark.parametrize(("text", "line", "qtype", "problem"), [
    ("::a::Fine {=x}\n\n::b::No answers here\n", 3, "description", "no answer block"),
    ("::a::Fine {=x}\n\n\n::b::Open {=x ~y\n", 4, "description", "never closed"),
    ("::a::Fine {=x}\n\n::b::Q {~x ~y}\n", 3, "multichoice", "exactly one right answer"),
    ("::a::Fine {=x}\n\n::b::Q {#abc}\n", 3, "numerical", "not a number"),
    ("::a::Fine {=x}\n\n::b::Q {=x -> y =z}\n", 3, "matching", "left -> right"),
    ("::a::Q {=x}\n\n::b no end {=y}\n", 3, "shortanswer", "not closed"),
])
def test_an_unreadable_question_is_listed_with_its_line_type_and_problem(text, line, qtype, problem):
    """A broken question is left out and listed (line, Moodle type, why); the rest of the file is read, and the
    all-or-nothing reading (parse_bank) refuses the file naming the same line."""
    bank = import_gift(text.encode("utf-8"))
    assert [q["id"] for q in bank["questions"]] == ["a"]
    [skipped] = bank["skipped"]
    assert (skipped["line"], skipped["type"]) == (line, qtype)
    assert problem in skipped["reason"] and not skipped["reason"].startswith("GIFT")
    with pytest.raises(ValidationError) as caught:
        parse_bank(text.encode("utf-8"), "gift")
    assert f"Line {line} ({qtype})" in str(caught.value)


def test_file_level_problems_still_refuse_the_whole_file():
    """Broken carried metadata, or a file with no question that can be read, imports nothing."""
    with pytest.raises(ValidationError, match="line 1: the studyapp metadata is not valid JSON"):
        import_gift(b"// studyapp {not json\n::a::Q {=x}\n")
    with pytest.raises(ValidationError, match=r"no question could be read \(line 1 \(description\)"):
        import_gift(b"::d::Only a description\n")


def test_duplicate_titles_are_fine():
    """Moodle allows two questions of one title; the second gets a numbered id."""
    bank = import_gift("::a::Q {=x}\n\n::a::R {=y}\n".encode())
    assert [(q["id"], q["answer"]) for q in bank["questions"]] == [("a", "x"), ("a-2", "y")]
    assert bank["skipped"] == []


def test_import_refuses_text_that_is_not_utf8():
    """Bytes that are not UTF-8 name the line they are on."""
    with pytest.raises(ValidationError, match="line 2: not UTF-8"):
        import_gift(b"::a::Q {=x}\n\xff\xfe {=y}\n")


def test_questions_gift_cannot_hold_are_reported_not_crashed(bank):
    """Ordering, '->' in a short answer and a cloze without exactly one blank are listed and left out."""
    bank["questions"][9]["aliases"] = ["liquid -> gas"]
    bank["questions"][3]["prompt"] = "No blank here."
    data, warnings = export_gift(bank)
    assert [w.split(":")[0] for w in warnings if "flashcards" not in w] == [
        "question q-cloze (cloze)", "question q-short (short_answer)", "question q-order (ordering)"]
    ids = [q["id"] for q in import_gift(data)["questions"]]
    assert "q-cloze" not in ids and "q-short" not in ids and len(ids) == len(bank["questions"]) - 3
