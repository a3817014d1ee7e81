"""Multiple response in every exchange format: Moodle's shares written out, read back by third-party readers."""
from __future__ import annotations

import csv
import io
import zipfile

import defusedxml.ElementTree as DET
import pytest
from formats.test_anki import _notes, anki_collection, import_apkg  # noqa: F401 (anki_collection is a fixture)
from formats.test_gift import gift_pegjs

from studyapp.formats.anki import export_apkg, question_guid
from studyapp.formats.csv_questions import export_csv
from studyapp.formats.registry import export_bank
from studyapp.formats.registry import parse_bank as import_bank
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.qti import QTI_NS, export_qti


def _mr(bank: dict, qid: str = "q-mr") -> dict:
    """The multiple-response question `qid` of the awkward bank."""
    return next(q for q in bank["questions"] if q["id"] == qid)


def test_gift_pegjs_reads_the_shares_right_plus_100_wrong_minus_100(bank, tmp_path, require_all):
    path = tmp_path / "bank.gift"
    path.write_bytes(export_gift(bank)[0])
    parsed = gift_pegjs(path, require_all)
    weights = dict(zip(parsed["titles"], parsed["weights"]))
    assert weights["q-mr"] == [50, -50, 50, -50]
    assert weights["q-mr-three"] == [33.33333, 33.33333, 33.33333, -100]
    assert weights["q-mr-one"] == [-50, 100, -50]


def test_hand_written_moodle_gift_with_weights_is_read_as_multiple_response():
    text = "::w::Which are gases? {\n~%50%Steam\n~%50%Air\n~%-100%Ice\n}\n".encode()
    question = import_gift(text)["questions"][0]
    assert (question["type"], question["answer"], question["choices"]) == (
        "multiple_response", ["Steam", "Air"], ["Steam", "Air", "Ice"])


def test_moodle_xml_is_a_multichoice_with_single_false_and_fractions(bank):
    root = DET.fromstring(export_moodle_xml(bank)[0])
    element = next(q for q in root.findall("question") if q.findtext("idnumber") == "q-mr")
    assert element.get("type") == "multichoice" and element.findtext("single") == "false"
    assert [(a.findtext("text"), a.get("fraction")) for a in element.findall("answer")] == [
        ("Evaporation {e}", "50"), ("Erosion ~", "-50"), ("=Rain", "50"), ("-1 @home", "-50")]


def test_moodle_xml_written_by_moodle_without_studyapp_metadata_is_read():
    xml = b"""<quiz><question type="multichoice"><name><text>w</text></name>
      <questiontext format="html"><text>Which are gases?</text></questiontext><single>false</single>
      <answer fraction="50"><text>Steam</text></answer><answer fraction="50"><text>Air</text></answer>
      <answer fraction="-100"><text>Ice</text></answer></question></quiz>"""
    question = import_moodle_xml(xml)["questions"][0]
    assert (question["type"], question["answer"]) == ("multiple_response", ["Steam", "Air"])


def test_qti_is_a_choice_interaction_with_cardinality_multiple_and_a_mapping(bank):
    package = zipfile.ZipFile(io.BytesIO(export_qti(bank)[0]))
    item = DET.fromstring(package.read("items/q-mr.xml"))
    ns = {"qti": QTI_NS}
    declaration = item.find("qti:responseDeclaration", ns)
    assert declaration.get("cardinality") == "multiple"
    assert [v.text for v in declaration.findall("qti:correctResponse/qti:value", ns)] == ["C1", "C3"]
    assert [(e.get("mapKey"), e.get("mappedValue")) for e in declaration.findall("qti:mapping/qti:mapEntry", ns)] \
        == [("C1", "0.5"), ("C2", "-0.5"), ("C3", "0.5"), ("C4", "-0.5")]
    assert item.find(".//qti:choiceInteraction", ns).get("maxChoices") == "0"
    assert item.find("qti:responseProcessing/qti:setOutcomeValue/qti:mapResponse", ns) is not None


def test_csv_answer_is_a_json_list_of_the_right_choices(bank):
    rows = list(csv.DictReader(io.StringIO(export_csv(bank)[0].decode("utf-8-sig"))))
    row = next(r for r in rows if r["id"] == "q-mr")
    assert row["answer"] == '["Evaporation {e}", "=Rain"]'


def test_anki_shows_every_right_choice_on_the_back(bank, anki_collection, tmp_path):  # noqa: F811
    import_apkg(anki_collection, export_apkg(bank)[0], tmp_path / "bank.apkg")
    note = _notes(anki_collection)[question_guid("q-mr")]
    assert note["Answer"] == "Evaporation {e}<br>=Rain" and note["Type"] == "multiple_response"


@pytest.mark.parametrize("format_name", ["json", "gift", "moodle-xml", "csv"])
def test_every_importing_format_brings_it_back_with_its_shares(bank, format_name):
    back = import_bank(export_bank(bank, format_name)[0], format_name)
    for qid in ("q-mr", "q-mr-three", "q-mr-one"):
        again = next(q for q in back["questions"] if q["id"] == qid)
        assert (again["type"], again["choices"], again["answer"]) == (
            "multiple_response", _mr(bank, qid)["choices"], _mr(bank, qid)["answer"])
