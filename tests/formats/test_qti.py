"""QTI 2.1 package: a zip whose manifest lists one parsed item per question, each type mapped or reported."""
from __future__ import annotations

import io
import zipfile

import defusedxml.ElementTree as DET

from studyapp.formats.qti import CP_NS, INTERACTIONS, LOM_NS, QTI_NS, export_qti
from studyapp.question_types import REGISTRY

NS = {"cp": CP_NS, "qti": QTI_NS, "lom": LOM_NS}


def _package(data: bytes) -> zipfile.ZipFile:
    """Open exported bytes as a zip."""
    return zipfile.ZipFile(io.BytesIO(data))


def test_every_type_becomes_an_item_with_its_interaction(bank):
    """The manifest lists one item per question; each item parses and holds the right interaction."""
    data, reported = export_qti(bank)
    package = _package(data)
    manifest = DET.fromstring(package.read("imsmanifest.xml"))
    resources = manifest.findall("cp:resources/cp:resource", NS)
    assert len(resources) == len(bank["questions"])
    assert not [r for r in reported if "flashcards" not in r]
    for resource, question in zip(resources, bank["questions"]):
        assert resource.get("type") == "imsqti_item_xmlv2p1"
        assert resource.find("cp:metadata/lom:lom/lom:general/lom:identifier/lom:entry", NS).text == question["id"]
        item = DET.fromstring(package.read(resource.get("href")))
        assert item.tag == f"{{{QTI_NS}}}assessmentItem" and item.get("title") == question["id"]
        interaction = item.find(f".//qti:{INTERACTIONS[question['type']]}", NS)
        assert interaction is not None, question["id"]
        if REGISTRY[question["type"]].is_manual:  # an essay has no right answer: a person scores it
            assert item.find("qti:responseDeclaration/qti:correctResponse", NS) is None
            continue
        assert item.find("qti:responseDeclaration/qti:correctResponse/qti:value", NS) is not None


def test_correct_responses_and_tolerance(bank):
    """Choice, ordering and matching keys, and the numeric tolerance, are in the items."""
    package = _package(export_qti(bank)[0])
    item = DET.fromstring(package.read("items/q-mc.xml"))
    key = item.find("qti:responseDeclaration/qti:correctResponse/qti:value", NS).text
    choice = item.find(f".//qti:simpleChoice[@identifier='{key}']", NS)
    assert choice.text == "86% ~ {oceans}"
    order = DET.fromstring(package.read("items/q-order.xml"))
    assert [v.text for v in order.findall(".//qti:correctResponse/qti:value", NS)] == ["O1", "O2", "O3"]
    match = DET.fromstring(package.read("items/q-match.xml"))
    assert [v.text for v in match.findall(".//qti:correctResponse/qti:value", NS)] == ["L1 R1", "L2 R2", "L3 R3"]
    numeric = DET.fromstring(package.read("items/q-num.xml"))
    assert numeric.find(".//qti:equal", NS).get("tolerance") == "0.5 0.5"


def test_evidence_travels_in_feedback_and_metadata(bank):
    """The quote is in the item's modal feedback and in the manifest's LOM description."""
    package = _package(export_qti(bank)[0])
    item = DET.fromstring(package.read("items/q-tf.xml"))
    feedback = "".join(item.find("qti:modalFeedback", NS).itertext())
    assert "Condensation \"forms\" clouds." in feedback
    assert "Condensation \"forms\" clouds." in package.read("imsmanifest.xml").decode("utf-8")


def test_questions_that_cannot_be_written_are_reported(bank):
    """A broken question is listed with its reason, and the rest of the package is still written."""
    bank["questions"][0]["answer"] = "not a choice"
    bank["questions"][6]["answer"] = "eighty-six"
    data, reported = export_qti(bank)
    assert any("q-mc" in r and "not one of the choices" in r for r in reported)
    assert any("q-num" in r and "not a number" in r for r in reported)
    assert len(_package(data).namelist()) == 1 + len(bank["questions"]) - 2


def test_identifiers_are_xml_names_and_unique(bank):
    """Question ids with colons, slashes or accents become distinct valid identifiers."""
    bank["questions"].append(dict(bank["questions"][-1], id="q:weird/id \u00e8"))
    names = _package(export_qti(bank)[0]).namelist()
    assert "items/q_weird_id__.xml" in names and "items/q_weird_id___2.xml" in names


def test_two_exports_are_identical(bank):
    """Fixed zip timestamps make the package reproducible."""
    assert export_qti(bank)[0] == export_qti(bank)[0]


def test_partial_and_negative_marks_and_distractors_go_out_in_the_mapping():
    """Moodle's fractions, imported, score through the response's mapping; a matching distractor is an option."""
    from pathlib import Path

    from studyapp.formats.moodle_xml import import_moodle_xml

    bank = import_moodle_xml((Path(__file__).parent.parent / "fixtures" / "moodle" / "every_feature.moodle.xml").read_bytes())
    bank["questions"] = [q for q in bank["questions"] if q["id"] in ("mc-capital", "sa-cat", "match-capitals")]
    data, _ = export_qti(bank)
    package = _package(data)
    items = {DET.fromstring(package.read(n)).get("title"): DET.fromstring(package.read(n))
             for n in package.namelist() if n.startswith("items/")}

    def mapped(item):
        """mapKey -> mappedValue of an item's response mapping."""
        return {e.get("mapKey"): e.get("mappedValue") for e in item.findall(".//qti:mapping/qti:mapEntry", NS)}

    assert mapped(items["mc-capital"]) == {"C1": "1.0", "C2": "0.5", "C3": "-0.5"}
    assert items["mc-capital"].find(".//qti:responseProcessing/qti:setOutcomeValue/qti:mapResponse", NS) is not None
    assert mapped(items["sa-cat"]) == {"cat": "1.0", "kitten": "0.5"}
    rights = items["match-capitals"].findall(".//qti:simpleMatchSet", NS)[1]
    assert ["".join(c.itertext()).strip() for c in rights] == ["Astana", "Bishkek", "Tashkent", "Ankara"]
