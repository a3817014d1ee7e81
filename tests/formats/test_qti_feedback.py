"""QTI per-answer feedback, general feedback and partial credit, written and read back (formats/qti_marks.py)."""
from __future__ import annotations

import io
import re
import zipfile

import defusedxml.ElementTree as DET
from image_support import tiny_png

from studyapp.formats.qti import QTI_NS, export_qti
from studyapp.formats.qti_import import import_qti
from studyapp.image_types import image_entry
from studyapp.question_types.marks import mark

NS = {"q": QTI_NS}


def _marked(bank: dict) -> dict:
    """The bank with feedback and partial credit on every kind that has them, and general feedback throughout."""
    qs = {q["id"]: q for q in bank["questions"]}
    qs["q-mc"]["marks"] = [mark("14% = lakes", -0.5, "Lakes hold far less."), mark("86% ~ {oceans}", 1.0, "Yes."),
                           mark("=99%", 0.25, "")]
    qs["q-mc"]["images"] = [image_entry(tiny_png(), alt="Lakes", place="choice:0")]
    qs["q-tf"]["marks"] = [mark("False", 0, "Think of fog: <clouds> & mist.")]
    qs["q-mr"]["marks"] = [mark(c, 0.5 if c in qs["q-mr"]["answer"] else -0.25, f"About {c}" if n != 1 else "")
                           for n, c in enumerate(qs["q-mr"]["choices"])]
    qs["q-short"]["marks"] = [mark("evaporation", 1.0, "Right."), mark("boiling", 0.5, "Close: boiling is faster."),
                              mark("melting", 0, "No, that is ice."), mark("*", 0.1, "Try again.")]
    qs["q-cloze"]["marks"] = [mark("cooling", 0.5, "Half: cooling causes it.")]
    qs["q-num"]["marks"] = [mark(86, 1.0, "Exactly.", 0.5), mark(80, 0.5, "Near.", 5),
                            mark(14, -0.5, "That is the rest."), mark("*", 0, "Check the source.")]
    for q in bank["questions"]:
        q["explanation"] = q["explanation"] or f"General feedback of {q['id']}."
    return bank


def _members(data: bytes) -> dict[str, bytes]:
    """Every member of a zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    """A zip of the given members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_feedback_and_partial_credit_of_every_kind_come_back_as_the_same_dicts(bank):
    bank = _marked(bank)
    data, reported = export_qti(bank)
    back = import_qti(data)
    assert not [r for r in reported if "flashcards" not in r] and back["skipped"] == []
    fields = ("id", "type", "answer", "choices", "aliases", "tolerance", "explanation", "marks")
    assert [{f: q.get(f) or None for f in fields} for q in back["questions"]] == \
        [{f: q.get(f) or None for f in fields} for q in bank["questions"]]
    mc = next(q for q in back["questions"] if q["id"] == "q-mc")
    assert [(i["place"], i["alt"]) for i in mc["images"]] == [("choice:0", "Lakes")]  # beside the choice's feedback
    assert export_qti(back)[0] == data


def test_without_the_carried_metadata_the_feedback_is_read_from_the_qti_itself(bank):
    """A package as another LMS writes it: per-answer feedback and fractions from the items, the general feedback
    from the modal feedback shown always (with the evidence), never mixed with an answer's feedback."""
    bank = _marked(bank)
    members = _members(export_qti(bank)[0])
    members["imsmanifest.xml"] = re.sub(rb"<studyapp:(bank|question)>.*?</studyapp:\1>", b"", members["imsmanifest.xml"])
    back = {q["id"]: q for q in import_qti(_zip(members))["questions"]}
    for qid in ("q-mc", "q-tf", "q-mr", "q-short", "q-cloze", "q-num"):
        assert back[qid]["marks"] == next(q for q in bank["questions"] if q["id"] == qid)["marks"], qid
    assert back["q-short"]["explanation"].startswith("General feedback of q-short.\nEvidence (")


def test_the_items_carry_the_mapping_the_inline_feedback_and_the_numeric_branches(bank):
    members = _members(export_qti(_marked(bank))[0])
    mc, mr, short, num = (DET.fromstring(members[f"items/{name}.xml"]) for name in ("q-mc", "q-mr", "q-short", "q-num"))
    assert [e.get("mappedValue") for e in mr.iterfind(".//q:mapEntry", NS)] == ["0.5", "-0.25", "0.5", "-0.25"]
    assert mr.find("q:outcomeDeclaration[@identifier='ANSWER_FEEDBACK']", NS).get("cardinality") == "multiple"
    entries = {e.get("mapKey"): e.get("mappedValue") for e in mc.iterfind(".//q:mapEntry", NS)}
    assert entries == {"C1": "-0.5", "C2": "1.0", "C3": "0.25"}
    inline = {f.get("identifier"): f.text for f in mc.iterfind(".//q:simpleChoice/q:feedbackInline", NS)}
    assert inline == {"C1": "Lakes hold far less.", "C2": "Yes."}
    assert mc.find("q:outcomeDeclaration[@identifier='ANSWER_FEEDBACK']", NS) is not None
    mapping = short.find(".//q:mapping", NS)
    assert mapping.get("defaultValue") == "0.1"
    assert {e.get("mapKey"): e.get("mappedValue") for e in mapping} == {
        "Evaporation": "1.0", "evaporating": "1.0", "=vaporisation": "1.0", "+plus": "1.0", "boiling": "0.5"}
    branches = num.findall("q:responseProcessing/q:responseCondition", NS)[-1]
    near = branches[1]
    assert near.find("q:equal", NS).attrib == {"toleranceMode": "absolute", "tolerance": "5 5"}
    assert near.find("q:equal/q:baseValue", NS).text == "80"
    assert near.find("q:setOutcomeValue[@identifier='SCORE']/q:max/q:baseValue", NS).text == "0.5"
    shown = {f.get("identifier"): "".join(f.itertext()).strip() for f in num.iterfind("q:modalFeedback", NS)}
    assert shown["M2"] == "Near." and shown["GENERAL"].startswith("General feedback of q-num.")
