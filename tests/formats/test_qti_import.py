"""QTI 2.1 packages both ways: images written as package files (manifest resources the items depend on), packages
read back (every type, marks, feedback, images), items from elsewhere read by their interactions or listed as
skipped with their identifier, and the zip and XML limits holding through the importer."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import defusedxml.ElementTree as DET
import pytest
from image_support import GIF, SVG, pictured_bank, tiny_png

from studyapp.errors import ValidationError
from studyapp.formats import zip_limits
from studyapp.formats.moodle_xml import import_moodle_xml
from studyapp.formats.qti import CP_NS, QTI_NS, export_qti
from studyapp.formats.qti_import import import_qti
from studyapp.formats.registry import detect_format, read_bank
from studyapp.image_types import content_hash, entry_bytes, image_entry

NS = {"cp": CP_NS, "qti": QTI_NS}
FIELDS = ("id", "type", "prompt", "answer", "kind", "choices", "tolerance", "aliases", "explanation", "notes", "topic",
          "difficulty", "source", "status", "marks", "images", "language")
MOODLE = Path(__file__).parent.parent / "fixtures" / "moodle" / "every_feature.moodle.xml"


def _same(question: dict) -> dict:
    """The fields a round trip keeps, empty values made equal."""
    return {name: None if question.get(name) in (None, "", []) else question[name] for name in FIELDS}


def _with_images(bank: dict) -> dict:
    """The bank plus a multiple choice with a prompt image and two choice images."""
    bank["questions"].append({
        **bank["questions"][0], "id": "q-sea", "prompt": "Which is a sea?", "choices": ["Baltic", "Sahara", "Alps"],
        "answer": "Baltic", "images": [image_entry(tiny_png(), alt="A map & a <compass>", name="map.png"),
                                       image_entry(GIF, alt="Grey water", name="baltic.gif", place="choice:0"),
                                       image_entry(tiny_png((0, 90, 0)), alt="Green hills", place="choice:2")]})
    return bank


def _zip(members: dict[str, bytes]) -> bytes:
    """A zip of the given members, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    """Every member of a zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_export_writes_each_image_once_as_a_file_the_item_shows_and_depends_on(bank):
    bank = _with_images(bank)
    bank["questions"].append({**bank["questions"][-1], "id": "q-sea-again"})  # the same bytes: one file
    data, warnings = export_qti(bank)
    assert not [w for w in warnings if "image" in w]
    members = _members(data)
    png = f"media/{content_hash(tiny_png())}.png"
    gif = f"media/{content_hash(GIF)}.gif"
    green = f"media/{content_hash(tiny_png((0, 90, 0)))}.png"
    assert members[png] == tiny_png() and members[gif] == GIF
    assert sorted(n for n in members if n.startswith("media/")) == sorted([png, gif, green])
    item = DET.fromstring(members["items/q-sea.xml"])
    body = item.find("qti:itemBody", NS)
    assert body[0].tag == f"{{{QTI_NS}}}p" and "".join(body[0].itertext()) == "Which is a sea?"
    prompt_image = body[1].find("qti:img", NS)
    assert prompt_image.get("src") == "../" + png and prompt_image.get("alt") == "A map & a <compass>"
    choices = {"".join(c.itertext()).strip(): c.find("qti:img", NS) for c in body.iter(f"{{{QTI_NS}}}simpleChoice")}
    assert choices["Baltic"].get("src") == "../" + gif and choices["Baltic"].get("alt") == "Grey water"
    assert choices["Sahara"] is None and choices["Alps"].get("alt") == "Green hills"
    manifest = DET.fromstring(members["imsmanifest.xml"])
    resources = {r.get("identifier"): r for r in manifest.findall("cp:resources/cp:resource", NS)}
    depends = [d.get("identifierref") for d in resources["RES-q-sea"].findall("cp:dependency", NS)]
    assert len(depends) == 3 and all(resources[d].get("type") == "webcontent" for d in depends)
    assert {resources[d].find("cp:file", NS).get("href") for d in depends} == {png, gif, green}
    assert sum(1 for r in resources.values() if r.get("href") == png) == 1


def test_every_type_and_its_images_come_back_as_they_went_out(bank):
    """Export the bank of every type (and one with three images) to QTI and read it back: the same dicts; a second
    export is the same package byte for byte."""
    bank = _with_images(bank)
    data, _ = export_qti(bank)
    back, skipped = read_bank(data, "qti")
    assert skipped == [] and back["title"] == bank["title"] and back["sources"] == bank["sources"]
    assert [_same(q) for q in back["questions"]] == [_same(q) for q in bank["questions"]]
    sea = back["questions"][-1]
    assert [(i["place"], i["name"], i["alt"], entry_bytes(i)) for i in sea["images"]] == [
        ("prompt", "map.png", "A map & a <compass>", tiny_png()), ("choice:0", "baltic.gif", "Grey water", GIF),
        ("choice:2", "", "Green hills", tiny_png((0, 90, 0)))]
    assert export_qti(back)[0] == data


def test_without_the_carried_metadata_each_type_is_read_from_its_interaction(bank):
    """The manifest's StudyApp notes removed (a package as another LMS writes it): each item still comes back as its
    type, with its answer, choices, aliases, tolerance, essay texts and feedback, read from the QTI itself."""
    members = _members(export_qti(bank)[0])
    members["imsmanifest.xml"] = re.sub(rb"<studyapp:(bank|question)>.*?</studyapp:\1>", b"",
                                        members["imsmanifest.xml"])
    back, skipped = read_bank(_zip(members), filename="from-canvas.zip")
    assert skipped == []
    for before, after in zip(bank["questions"], back["questions"]):
        assert (after["id"], after["type"], after["prompt"]) == (before["id"], before["type"], before["prompt"])
        assert after["answer"] == before["answer"] and after["aliases"] == before["aliases"], before["id"]
        assert (after["choices"] or []) == (before["choices"] or []) and after["tolerance"] == before["tolerance"]
    essay = {q["id"]: q for q in back["questions"]}["q-essay"]
    assert essay["explanation"].startswith("Good essays cite the text.\nEvidence (")
    assert essay["topic"] == "Water" and back["title"] == "Imported questions"


def test_partial_and_negative_credit_come_back_as_marks():
    moodle = import_moodle_xml(MOODLE.read_bytes())
    moodle["questions"] = [q for q in moodle["questions"] if q["id"] in ("mc-capital", "sa-cat", "match-capitals")]
    back = {q["id"]: q for q in import_qti(export_qti(moodle)[0])["questions"]}
    before = {q["id"]: q for q in moodle["questions"]}
    assert {m["answer"]: m["fraction"] for m in back["mc-capital"]["marks"]} == {"Astana": 1.0, "Almaty": 0.5,
                                                                                 "Tashkent": -0.5}
    assert back["mc-capital"]["marks"] == before["mc-capital"]["marks"]  # with each answer's feedback
    assert [(m["answer"], m["fraction"]) for m in back["sa-cat"]["marks"]] == [("cat", 1.0), ("kitten", 0.5), ("*", 0.0)]
    assert back["sa-cat"]["marks"] == before["sa-cat"]["marks"]
    assert back["match-capitals"]["choices"] == ["Ankara"]


def _item(ident: str, body: str, declaration: str = "", processing: str = "", ns: str = QTI_NS) -> bytes:
    """An assessmentItem written by hand (as another tool would)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><assessmentItem xmlns="{ns}" identifier="{ident}" '
            f'title="{ident} title" adaptive="false" timeDependent="false">{declaration}<itemBody>{body}</itemBody>'
            f"{processing}</assessmentItem>").encode()


def _manifest(*hrefs: str) -> bytes:
    """A manifest listing one item resource per href (and a test resource, which is not an item)."""
    items = "".join(f'<resource identifier="R{n}" type="imsqti_item_xmlv2p2" href="{h}"><file href="{h}"/></resource>'
                    for n, h in enumerate(hrefs))
    return (f'<manifest xmlns="{CP_NS}" identifier="M"><organizations/><resources>{items}'
            '<resource identifier="T" type="imsqti_test_xmlv2p2" href="test.xml"/></resources></manifest>').encode()


CHOICE = _item(
    "capital", '<div><p>Which city is the capital?</p><p><img src="img/astana.png" alt="Bayterek  tower"/></p></div>'
    '<choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><simpleChoice identifier="a">Astana '
    '<img src="img/flag.svg" alt="flag"/></simpleChoice><simpleChoice identifier="b">Almaty</simpleChoice>'
    '</choiceInteraction>',
    '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>'
    '<value>a</value></correctResponse></responseDeclaration>').replace(
    b"</assessmentItem>", b'<modalFeedback outcomeIdentifier="FEEDBACK" identifier="F" showHide="show">Since '
    b"<b>1997</b>.</modalFeedback></assessmentItem>")
ESSAY = _item("essay-1", '<p>Describe the steppe.</p><rubricBlock view="scorer"><p>Two climate facts.</p></rubricBlock>'
              '<extendedTextInteraction responseIdentifier="RESPONSE" placeholderText="The steppe is"/>',
              '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
              ns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0")
HOTSPOT = _item("hot-1", "<p>Click the lake.</p><hotspotInteraction responseIdentifier=\"RESPONSE\"/>",
                '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="point"/>')
TWO = _item("two-1", '<p>A <textEntryInteraction responseIdentifier="A"/> and <textEntryInteraction '
                     'responseIdentifier="B"/>.</p>')
DOCTYPE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + _item("dtd-1", "<p>&a;</p>")[21:]


def test_a_package_from_elsewhere_imports_what_it_can_and_lists_each_item_left_out():
    data = _zip({"imsmanifest.xml": _manifest("items/capital.xml", "essay.xml", "hot.xml", "two.xml", "dtd.xml",
                                              "missing.xml"),
                 "items/capital.xml": CHOICE, "items/img/astana.png": tiny_png(), "items/img/flag.svg": SVG,
                 "essay.xml": ESSAY, "hot.xml": HOTSPOT, "two.xml": TWO, "dtd.xml": DOCTYPE})
    assert detect_format("export.bin", data) == "qti"
    bank, skipped = read_bank(data, filename="export.bin")
    capital, essay = bank["questions"]
    assert (capital["id"], capital["type"], capital["answer"], capital["choices"]) == (
        "capital title", "multiple_choice", "Astana", ["Astana", "Almaty"])
    assert capital["prompt"] == "Which city is the capital?" and capital["explanation"] == "Since 1997."
    assert [(i["place"], i["alt"], i["name"], entry_bytes(i)) for i in capital["images"]] == [
        ("prompt", "Bayterek tower", "astana.png", tiny_png())]
    assert "Image img/flag.svg left out: SVG and HTML files are refused" in capital["notes"]
    assert (essay["type"], essay["answer"]) == ("essay", {"template": "The steppe is", "grader_info": "Two climate facts."})
    reasons = {s["line"]: (s["type"], str(s["reason"])) for s in skipped}
    assert reasons["hot-1"] == ("hotspotInteraction", "a hotspotInteraction item is not read; StudyApp reads choice, "
                                "text entry, extended text, order and match interactions.")
    assert reasons["two-1"][1] == "the item has 2 interactions; StudyApp reads items with exactly one."
    assert "DOCTYPE declarations are refused" in reasons["R4"][1]
    assert reasons["R5"][1] == "the item file 'missing.xml' is not in the package."


def test_a_zip_bomb_item_is_refused_before_it_is_inflated():
    data = _zip({"imsmanifest.xml": _manifest("items/big.xml"),
                 "items/big.xml": _item("big", "<p>" + " " * (30 * 1024 * 1024) + "</p>")})
    assert len(data) < 200_000
    with pytest.raises(ValidationError, match="items/big.xml inflates beyond the size limit"):
        read_bank(data, filename="bomb.zip")


def test_names_that_climb_out_of_the_package_are_never_read(monkeypatch):
    """A manifest pointing at ../ and an image at ../../: neither member is read, even though the zip holds them."""
    item = _item("escape", '<p>Where?</p><p><img src="../../secret.png" alt="x"/></p><choiceInteraction '
                           'responseIdentifier="RESPONSE" maxChoices="1"><simpleChoice identifier="a">Here'
                           '</simpleChoice><simpleChoice identifier="b">There</simpleChoice></choiceInteraction>',
                 '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">'
                 '<correctResponse><value>a</value></correctResponse></responseDeclaration>')
    data = _zip({"imsmanifest.xml": _manifest("../evil.xml", "items/escape.xml"), "../evil.xml": CHOICE,
                 "items/escape.xml": item, "../secret.png": tiny_png()})
    read_names = []
    original = zip_limits.LimitedZip.read

    def recording(self, name, limit=zip_limits.MAX_MEMBER_BYTES):
        """Note each member read."""
        read_names.append(name)
        return original(self, name, limit)

    monkeypatch.setattr(zip_limits.LimitedZip, "read", recording)
    bank, skipped = read_bank(data, filename="escape.zip")
    assert read_names == ["imsmanifest.xml", "items/escape.xml"]
    assert [(s["line"], str(s["reason"])) for s in skipped] == [
        ("R0", "the item file '../evil.xml' points outside the package.")]
    assert "images" not in bank["questions"][0]
    assert "Image ../../secret.png left out: the file is outside the package." in bank["questions"][0]["notes"]


def test_a_zip_without_a_manifest_or_with_a_dtd_in_it_is_refused():
    with pytest.raises(ValidationError, match="no imsmanifest.xml, so it is not a QTI content package"):
        read_bank(_zip({"items/a.xml": CHOICE}), filename="notes.zip")
    hostile = b'<?xml version="1.0"?><!DOCTYPE m SYSTEM "file:///etc/passwd"><manifest/>'
    with pytest.raises(ValidationError, match="DOCTYPE declarations are refused"):
        read_bank(_zip({"imsmanifest.xml": hostile}), filename="x.zip")


def test_detection_is_by_content_not_by_name(bank):
    data, _ = export_qti(pictured_bank())
    assert detect_format("renamed.apkg", data) == "qti"
    assert detect_format("deck.apkg", _zip({"collection.anki2": b"", "media": b"{}"})) == "apkg"
    assert detect_format("deck.zip", _zip({"collection.anki21": b"", "media": b"{}"})) == "apkg"  # by content too
    assert read_bank(data, filename="renamed.apkg")[0]["questions"][0]["images"][0]["alt"] == 'A "clear" sky & a field'


def test_the_course_pack_comes_back_from_qti_as_the_same_dicts():
    pack_file = Path(__file__).parent.parent.parent / "content" / "course-pack.json"
    if not pack_file.is_file():
        pytest.skip("the course pack has not been generated yet")
    import json

    pack = json.loads(pack_file.read_text(encoding="utf-8"))
    data, warnings = export_qti(pack)
    back, skipped = read_bank(data, "qti")
    written = [q for q in pack["questions"] if not any(w.startswith(f"question {q['id']} (") for w in warnings)]
    assert skipped == [] and len(written) == len(back["questions"]) > 80  # the pack: 93 (2026-11-30)
    assert [_same(q) for q in back["questions"]] == [_same(q) for q in written]


def test_an_image_over_the_size_limit_is_named_in_the_note_and_the_question_kept():
    import os

    big = b"\x89PNG\r\n\x1a\n" + os.urandom(3 * 1024 * 1024)  # incompressible, over the 2 MB image limit
    item = CHOICE.replace(b"img/astana.png", b"img/big.png")
    data = _zip({"imsmanifest.xml": _manifest("items/capital.xml"), "items/capital.xml": item,
                 "items/img/big.png": big})
    bank, skipped = read_bank(data, filename="big.zip")
    question = bank["questions"][0]
    assert skipped == [] and "images" not in question and question["answer"] == "Astana"
    assert "Image img/big.png left out: " in question["notes"] and "inflates beyond the size limit" in question["notes"]
