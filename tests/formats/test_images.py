"""Images through the exchange formats: Moodle XML <file> + @@PLUGINFILE@@ both ways, .apkg media, and the
formats with no place for images saying so."""
from __future__ import annotations

import base64
import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from image_support import GIF, pictured_bank, tiny_png

from studyapp.formats.anki import export_apkg
from studyapp.formats.gift import export_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.registry import export_bank, parse_bank
from studyapp.image_types import SVG_REFUSED, content_hash, entry_bytes, image_entry

FIXTURE = Path(__file__).parent.parent / "fixtures" / "moodle" / "images.moodle.xml"


def test_moodle_xml_out_and_in_keeps_the_image_bytes_and_alt_text():
    data, warnings = export_moodle_xml(pictured_bank())
    assert warnings == []
    text = data.decode()
    assert '<questiontext format="html">' in text and '<file name="my-sky-photo.png" path="/" encoding="base64">' in text
    assert "@@PLUGINFILE@@/my-sky-photo.png" in text
    back = {q["id"]: q for q in import_moodle_xml(data)["questions"]}
    image = back["q-sky"]["images"][0]
    assert entry_bytes(image) == tiny_png() and image["alt"] == 'A "clear" sky & a field'
    assert back["q-sky"]["prompt"] == "The sky is clear.\nLook closely."  # the HTML around the image is gone
    assert "images" not in back["q-plain"]


def test_a_moodle_file_of_our_own_reads_images_and_names_what_it_left_out():
    bank = import_moodle_xml(FIXTURE.read_bytes())
    questions = {q["id"]: q for q in bank["questions"]}
    assert len(questions) == 4 and bank["skipped"] == []
    sky = questions["Blue sky"]
    assert sky["prompt"] == "The sky in this photo is clear."
    assert sky["images"][0]["alt"] == "A clear blue sky over a field" and sky["images"][0]["name"] == "clear sky.png"
    assert entry_bytes(sky["images"][0]) == tiny_png((30, 120, 200), 8)
    dot = questions["Dot colour"]
    assert entry_bytes(dot["images"][0]) == GIF and dot["images"][0]["alt"] == ""
    assert dot["notes"] == f"Image chart.svg left out: {SVG_REFUSED}"  # the SVG is named, not dropped silently
    swatches = questions["Warm colour"]
    assert swatches["choices"] == ["Swatch A", "Swatch B"] and swatches["answer"] == "Swatch A"
    assert [(i["place"], i["alt"], entry_bytes(i)) for i in swatches["images"]] == [
        ("choice:0", "A red square", tiny_png((220, 0, 0))), ("choice:1", "A blue square", tiny_png((0, 0, 220)))]
    missing = questions["Missing file"]
    assert "images" not in missing and missing["notes"] == "Image map.png left out: the file is not in the question."


def test_a_tampered_file_payload_is_not_an_image_of_the_bank():
    tampered = FIXTURE.read_bytes().replace(b'name="dot.gif" path="/" encoding="base64">',
                                            b'name="dot.gif" path="/" encoding="base64">PGh0bWw+')  # "<html>" first
    dot = next(q for q in import_moodle_xml(tampered)["questions"] if q["id"] == "Dot colour")
    assert "images" not in dot and "Image dot.gif left out" in dot["notes"]


def test_apkg_puts_the_image_in_the_package_media_and_the_note_refers_to_it(tmp_path):
    data, _warnings = export_apkg(pictured_bank(), timestamp=1_700_000_000)
    name = f"{content_hash(tiny_png())}.png"
    with zipfile.ZipFile(BytesIO(data)) as package:
        media = json.loads(package.read("media"))
        assert media == {"0": name}
        assert package.read("0") == tiny_png()
        package.extract("collection.anki2", tmp_path)
    import sqlite3

    connection = sqlite3.connect(tmp_path / "collection.anki2")
    fields = [row[0] for row in connection.execute("SELECT flds FROM notes")]
    connection.close()
    assert any(f'<img src="{name}" alt="A &quot;clear&quot; sky &amp; a field">' in f for f in fields)


def test_apkg_without_images_has_an_empty_media_map():
    bank = pictured_bank()
    bank["questions"] = bank["questions"][1:]
    with zipfile.ZipFile(BytesIO(export_apkg(bank)[0])) as package:
        assert json.loads(package.read("media")) == {} and "0" not in package.namelist()


@pytest.mark.parametrize("fmt", ["gift", "csv"])
def test_formats_without_images_say_so_in_the_export_note(fmt):
    _data, _suffix, warnings = export_bank(pictured_bank(), fmt)
    assert any("1 question with an image" in w and "no place for images" in w for w in warnings)


def test_bank_json_carries_images_and_refuses_a_broken_one():
    data, _ = export_bank(pictured_bank(), "json")[:2]
    again = parse_bank(data, "json")
    assert entry_bytes(again["questions"][0]["images"][0]) == tiny_png()
    broken = json.loads(data)
    broken["questions"][0]["images"][0]["data"] = base64.b64encode(b"<svg onload=alert(1)>").decode()
    with pytest.raises(Exception, match="SVG and HTML files are refused"):
        parse_bank(json.dumps(broken).encode(), "json")


def test_gift_export_itself_is_unchanged_by_an_image():
    bank = pictured_bank()
    without = {**bank, "questions": [{**q, "images": []} for q in bank["questions"]]}
    assert export_gift(bank)[0] == export_gift(without)[0]


def test_choice_images_travel_in_their_moodle_answers_and_in_the_anki_choices():
    bank = pictured_bank()
    mc = {**bank["questions"][1], "id": "q-sea", "type": "multiple_choice", "prompt": "Which is a sea?",
          "choices": ["Baltic", "Sahara", "Alps"], "answer": "Baltic",
          "images": [image_entry(GIF, alt="Grey water", name="baltic.gif", place="choice:0"),
                     image_entry(tiny_png((0, 90, 0)), alt="Green hills", place="choice:2")]}
    bank["questions"].append(mc)
    data, _warnings = export_moodle_xml(bank)
    back = {q["id"]: q for q in import_moodle_xml(data)["questions"]}["q-sea"]
    assert back["choices"] == ["Baltic", "Sahara", "Alps"] and back["answer"] == "Baltic"
    assert [(i["place"], i["alt"], entry_bytes(i)) for i in back["images"]] == [
        ("choice:0", "Grey water", GIF), ("choice:2", "Green hills", tiny_png((0, 90, 0)))]

    package, _ = export_apkg(bank)
    with zipfile.ZipFile(BytesIO(package)) as apkg:
        names = set(json.loads(apkg.read("media")).values())
    assert f"{content_hash(GIF)}.gif" in names and f"{content_hash(tiny_png((0, 90, 0)))}.png" in names
