"""Moodle's importer features, file by file: our own Moodle XML and GIFT fixtures (tests/fixtures/moodle) imported
with their counts, content, fractions, feedback, categories and tags checked, and what cannot come in listed."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.errors import ValidationError
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.registry import parse_bank
from studyapp.question_types import REGISTRY
from studyapp.services.grading import Key, grade

FIXTURES = Path(__file__).parent.parent / "fixtures" / "moodle"


def _read(name: str) -> bytes:
    """A fixture's bytes."""
    return (FIXTURES / name).read_bytes()


def _by_id(bank: dict) -> dict[str, dict]:
    """The bank's questions by id."""
    return {q["id"]: q for q in bank["questions"]}


def _key(q: dict) -> Key:
    """The grading key of a bank-file question."""
    return Key(type=q["type"], answer=q["answer"], choices=tuple(q.get("choices") or ()),
               aliases=tuple(q.get("aliases") or ()), tolerance=q.get("tolerance"), marks=tuple(q.get("marks") or ()))


def _essay_read() -> bool:
    """True once a question type reads Moodle essays (another branch adds one); then they are no longer skipped."""
    return any("essay" in (t.moodle_reads or (t.moodle_qtype,)) for t in REGISTRY.values())


@pytest.fixture(scope="module")
def xml_bank() -> dict:
    """The Moodle XML fixture, imported."""
    return import_moodle_xml(_read("every_feature.moodle.xml"))


@pytest.fixture(scope="module")
def gift_bank() -> dict:
    """The GIFT fixture, imported."""
    return import_gift(_read("every_feature.gift"))


def test_moodle_xml_imports_every_readable_question_and_lists_the_rest(xml_bank):
    """17 questions: 11 come in, 1 essay, 1 description, a two-gap cloze and a calculated one are listed."""
    skipped = [(s["line"], s["type"]) for s in xml_bank["skipped"]]
    expected = [(91, "essay"), (102, "description"), (116, "multianswer"), (138, "calculated")]
    assert skipped == [s for s in expected if not (s[1] == "essay" and _essay_read())]
    assert "2 gaps" in xml_bank["skipped"][-2]["reason"] and "'calculated' is not supported" in xml_bank["skipped"][-1]["reason"]
    assert len(xml_bank["questions"]) == 11 + _essay_read()
    assert list(_by_id(xml_bank))[:6] == ["tf-ural", "mc-capital", "mr-turkic", "sa-cat", "num-abai", "match-capitals"]


def test_moodle_xml_keeps_fractions_feedback_and_general_feedback(xml_bank):
    """Per-answer feedback, partial and negative fractions, the `*` catch-all and general feedback (CDATA HTML as text)."""
    q = _by_id(xml_bank)
    tf, mc, mr, sa, num = q["tf-ural"], q["mc-capital"], q["mr-turkic"], q["sa-cat"], q["num-abai"]
    assert (tf["answer"], tf["explanation"]) == ("True", "It reaches the sea at Atyrau.")
    assert {m["answer"]: m["feedback"] for m in tf["marks"]} == {"True": "Yes, at Atyrau.", "False": "Look at a map of Atyrau."}
    assert mc["prompt"] == "Which city is the capital of Kazakhstan <since 1997> & its largest?"
    assert mc["explanation"] == "The capital moved from Almaty."
    assert {m["answer"]: m["fraction"] for m in mc["marks"]} == {"Astana": 1.0, "Almaty": 0.5, "Tashkent": -0.5}
    assert [grade(_key(mc), c)[1] for c in mc["choices"]] == [1.0, 0.5, -0.5, 0.0]
    assert REGISTRY["multiple_choice"].feedback_for(_key(mc), "Tashkent") == ["That is Uzbekistan's capital."]
    assert (mr["type"], mr["answer"]) == ("multiple_response", ["Kazakhstan", "Kyrgyzstan"])
    assert grade(_key(mr), ["Kazakhstan"])[1] == 0.5 and grade(_key(mr), ["Kazakhstan", "Mongolia"])[1] == 0.0
    assert REGISTRY["multiple_response"].feedback_for(_key(mr), ["Kazakhstan", "Mongolia"]) == [
        "Yes.", "Mongolic, not Turkic."]
    assert [grade(_key(sa), typed)[1] for typed in ("Cat", "kitten", "dog")] == [1.0, 0.5, 0.0]
    assert REGISTRY["short_answer"].feedback_for(_key(sa), "dog") == ["Listen again."]
    assert REGISTRY["short_answer"].feedback_for(_key(sa), "kitten") == ["A young one: half marks."]
    assert [grade(_key(num), typed)[1] for typed in ("1845", "1846", "1900")] == [1.0, 0.5, 0.0]
    assert REGISTRY["numeric"].feedback_for(_key(num), "1900") == ["Completely wrong."]


def test_moodle_xml_categories_tags_ids_and_escapes(xml_bank):
    """Nested categories become topics, `//` a slash in a name; `<tags>` become tags; `<idnumber>` names the
    question, `<name>` when there is none; entities and CDATA are read as text; the bank takes the first category."""
    q = _by_id(xml_bank)
    assert xml_bank["title"] == "Lambda"
    assert q["tf-ural"]["topic"] == "Iota/Kappa/Lambda" and q["tf-ural"]["tags"] == ["geography", "rivers"]
    assert q["Order"]["topic"] == "Iota/Mu / Nu"
    assert q["sa-cat"]["prompt"] == 'Name the animal that says "meow".'
    assert (q["sa-eagle"]["prompt"], q["sa-eagle"]["aliases"]) == ("Name this bird:", ["berkut"])


def test_moodle_xml_matching_distractor_ordering_and_cloze_gaps(xml_bank):
    """A subquestion without text is a distractor (a choice); ordering by fraction; one-gap cloze questions become
    a cloze (short-answer gap, partial credit kept), a multiple choice (choice gap) and a gapselect a cloze."""
    q = _by_id(xml_bank)
    assert q["match-capitals"]["answer"] == [["Kazakhstan", "Astana"], ["Kyrgyzstan", "Bishkek"], ["Uzbekistan", "Tashkent"]]
    assert q["match-capitals"]["choices"] == ["Ankara"]
    assert q["Order"]["answer"] == ["Kazakh Khanate", "Alash Orda", "Independence"]
    cloze = q["cloze-irtysh"]
    assert (cloze["type"], cloze["prompt"], cloze["answer"]) == ("cloze", "The longest river of Kazakhstan is the _____.", "Irtysh")
    assert grade(_key(cloze), "Ertis")[1] == 0.5 and cloze["explanation"] == "It rises in China."
    choice = q["One choice gap"]
    assert (choice["type"], choice["prompt"], choice["answer"]) == ("multiple_choice", "Abai wrote in _____.", "Kazakh")
    assert (q["Gap select"]["type"], q["Gap select"]["answer"]) == ("cloze", "lake")


def test_gift_imports_every_readable_question_and_lists_the_rest(gift_bank):
    """17 questions: 14 come in; the essay, the description and the two-gap question are listed with their lines."""
    expected = [(50, "essay"), (52, "description"), (60, "multianswer")]
    assert [(s["line"], s["type"]) for s in gift_bank["skipped"]] == [
        s for s in expected if not (s[1] == "essay" and _essay_read())]
    assert len(gift_bank["questions"]) == 14 + _essay_read()
    assert gift_bank["title"] == "Lambda"


def test_gift_markers_feedback_and_fractions(gift_bank):
    """Format markers are read and removed everywhere (prompt, answers, feedback); `{T#wrong#right}` feedback,
    partial and negative weights, `####` general feedback and per-answer feedback are kept."""
    q = _by_id(gift_bank)
    tf = q["tf-ural"]
    assert (tf["prompt"], tf["explanation"]) == ("The Ural River flows into the Caspian Sea.", "It reaches the sea at Atyrau.")
    assert {m["answer"]: m["feedback"] for m in tf["marks"]} == {"True": "Yes, at Atyrau.", "False": "Look at a map of Atyrau."}
    assert tf["tags"] == ["geography", "rivers"] and tf["topic"] == "Iota/Kappa/Lambda"
    colour = q["Colour"]
    assert (colour["choices"], colour["answer"]) == (["green", "blue", "red"], "blue")
    assert colour["marks"] == [{"answer": "blue", "fraction": 1.0, "feedback": "Yes"}]
    capital = q["Capital"]
    assert capital["explanation"] == "The capital moved from Almaty."
    assert {m["answer"]: (m["fraction"], m["feedback"]) for m in capital["marks"]} == {
        "Astana": (1.0, "Right: Astana since 1997."), "Almaty": (0.5, "The capital until 1997."),
        "Tashkent": (-0.5, "That is Uzbekistan's capital.")}
    assert q["Turkic states"]["type"] == "multiple_response"
    assert grade(_key(q["Turkic states"]), ["Kyrgyzstan", "Mongolia"])[1] == 0.0
    assert [grade(_key(q["Pet"]), t)[1] for t in ("cat", "kitten")] == [1.0, 0.5]


def test_gift_numeric_answers_ranges_and_feedback(gift_bank):
    """`{#3:2~#Completely wrong}` is 3 give or take 2 with feedback for anything else; `{#1..5}` the same range;
    several numeric answers with partial credit."""
    q = _by_id(gift_bank)
    three = q["Three"]
    assert (three["answer"], three["tolerance"]) == (3, 2)
    assert REGISTRY["numeric"].feedback_for(_key(three), "9") == ["Completely wrong"]
    assert (q["Range"]["answer"], q["Range"]["tolerance"]) == (3, 2)
    assert [grade(_key(q["Grant"]), t)[1] for t in ("1845", "1847", "1848")] == [1.0, 0.5, 0.0]


def test_gift_matching_distractor_missing_word_escapes_ordering_and_ids(gift_bank):
    """`= -> Ankara` is a distractor choice; text after the block makes a gap; escapes are undone; Moodle 4.4's
    ordering block is read; `[id:]` names the question; a question may run over several lines."""
    q = _by_id(gift_bank)
    assert q["Pairs"]["choices"] == ["Ankara"] and len(q["Pairs"]["answer"]) == 3
    assert (q["Missing word"]["prompt"], q["Missing word"]["answer"]) == ("Abai is buried _____ in his home region.", "near Semey")
    assert q["Escapes"]["prompt"] == "Which characters does GIFT escape: ~ = # { } and \\ ?"
    assert q["Escapes"]["answer"] == "all of them: ~=#{}" and q["Escapes"]["topic"] == "Iota/Mu / Nu"
    assert q["Order"]["answer"] == ["Kazakh Khanate", "Alash Orda", "Independence"]
    assert q["multi-line"]["prompt"] == "First line of the question,\nsecond line of the question."


def test_the_docs_style_sample_imports_everything_supported():
    """Nine questions with an essay, a multiple-response question, `";` after a block and a title used twice:
    everything but the essay comes in (the essay too once a type reads essays)."""
    bank = import_gift(_read("docs_style_sample.gift"))
    ids = [q["id"] for q in bank["questions"]]
    assert ids[:8] == ["Q1", "Q2", "Q3", "Q4", "Q5", "Q5-2", "Q7", "Q9"] or ids == [
        "Q1", "Q2", "Q3", "Q4", "Q5", "Q5-2", "Q7", "Q8", "Q9"]
    assert [s["type"] for s in bank["skipped"]] == ([] if _essay_read() else ["essay"])
    q = _by_id(bank)
    assert q["Q7"]["type"] == "multiple_response" and q["Q9"]["prompt"] == 'The author of the "Book of Words" is _____";'
    assert q["Q2"]["marks"][0]["feedback"] == "right; well seen!"


def test_all_or_nothing_refuses_the_mixed_files_naming_each_question():
    """The all-or-nothing reading refuses a file with any unreadable question and names them."""
    with pytest.raises(ValidationError) as caught:
        parse_bank(_read("every_feature.moodle.xml"), "moodle-xml", filename="every.xml")
    assert "Line 116 (multianswer)" in str(caught.value) and "Line 138 (calculated)" in str(caught.value)


@pytest.mark.parametrize(("exporter", "importer"), [(export_gift, import_gift), (export_moodle_xml, import_moodle_xml)])
@pytest.mark.parametrize("fixture", ["every_feature.gift", "every_feature.moodle.xml"])
def test_marks_distractors_and_tags_survive_a_round_trip(fixture, exporter, importer):
    """Imported from either fixture, exported to GIFT or Moodle XML and read back: the same answers, marks,
    distractors, tags and topics."""
    first = import_gift(_read(fixture)) if fixture.endswith(".gift") else import_moodle_xml(_read(fixture))
    data, warnings = exporter(first)
    back = importer(data)
    assert back["skipped"] == [] and not [w for w in warnings if "left out" in w]
    for before, after in zip(first["questions"], back["questions"], strict=True):
        for name in ("id", "type", "prompt", "answer", "choices", "marks", "topic", "tags", "explanation"):
            assert (after.get(name) or None) == (before.get(name) or None), (before["id"], name)
