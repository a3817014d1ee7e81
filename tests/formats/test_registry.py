"""The format registry: detection, size limits, unknown formats and all-or-nothing imports."""
from __future__ import annotations

import pytest

from studyapp.errors import ValidationError
from studyapp.formats.registry import (
    EXPORTERS,
    IMPORTERS,
    detect_format,
    export_bank,
    parse_bank,
)
from studyapp.formats.common import MAX_IMPORT_BYTES


@pytest.mark.parametrize("format_name", sorted(EXPORTERS))
def test_every_export_is_detected_as_its_own_format(bank, format_name):
    """What we write, we recognise, with the suffix we suggest and with no name at all."""
    data, suffix, _ = export_bank(bank, format_name)
    assert detect_format(f"bank{suffix}", data) == format_name
    if format_name != "apkg":
        assert detect_format("", data) == format_name


@pytest.mark.parametrize(("filename", "data", "expected"), [
    ("questions.gift", b"What? {=x}\n", "gift"),
    ("questions.txt", b"What? {=x}\n", "gift"),
    ("", b"What? {=x}\n", "gift"),
    ("sheet.csv", b"id,type,prompt,answer\n", "csv"),
    ("", b"\xef\xbb\xbfid,type,prompt,answer\n", "csv"),
    ("quiz.XML", b"\n<quiz/>", "moodle-xml"),
])
def test_detect_format_by_content_and_extension(filename, data, expected):
    """Content decides first, the extension second."""
    assert detect_format(filename, data) == expected


def test_undetectable_input_names_the_formats():
    """Neither content nor name tells the format: the error lists what can be read."""
    with pytest.raises(ValidationError, match="csv, gift, json, moodle-xml"):
        detect_format("notes.doc", b"hello")


@pytest.mark.parametrize("format_name", sorted(IMPORTERS))
def test_every_importer_refuses_oversized_input(format_name):
    """The size limit holds for each importer called directly, not only through the registry."""
    with pytest.raises(ValidationError, match="larger than 5 MB"):
        IMPORTERS[format_name](b" " * (MAX_IMPORT_BYTES + 1))


def test_registry_refuses_oversized_input_before_detection():
    """parse_bank checks the size first."""
    with pytest.raises(ValidationError, match="big.json: larger than 5 MB"):
        parse_bank(b"{" + b" " * MAX_IMPORT_BYTES, filename="big.json")


@pytest.mark.parametrize("format_name", ["gift", "moodle-xml", "csv", "json"])
def test_one_bad_question_refuses_the_whole_file(bank, format_name):
    """A problem in the last question raises; nothing is returned for the questions before it."""
    data, _, _ = export_bank(bank, format_name)
    broken = {"gift": data + b"\n::broken:: no answers\n", "json": data.replace(b'"q-match"', b'"q-mc"'),
              "moodle-xml": data.replace(b"</quiz>", b'<question type="ddmarker"/></quiz>'),
              "csv": data + b"broken,hotspot,P,,,,,A\r\n"}[format_name]
    with pytest.raises(ValidationError):
        parse_bank(broken, format_name)


def test_json_errors_name_the_line():
    """Invalid JSON names its line; a bad bank names the question."""
    with pytest.raises(ValidationError, match="JSON: line 3: invalid JSON"):
        parse_bank(b'{\n "format": "studyapp.bank/1",\n "title": oops\n}', "json")
    with pytest.raises(ValidationError, match=r"question 1 \(a\): unknown type 'hotspot'"):
        parse_bank(b'{"format": "studyapp.bank/1", "questions": [{"id": "a", "type": "hotspot", "prompt": "P", '
                    b'"answer": ""}]}', "json")


def test_unknown_formats_list_the_known_ones(bank):
    """Asking for a format that does not exist (or cannot be imported) names the valid ones."""
    with pytest.raises(ValidationError, match="json, gift, moodle-xml, qti, csv, apkg"):
        export_bank(bank, "docx")
    with pytest.raises(ValidationError, match="cannot be imported; importable formats are json, gift, moodle-xml, qti"):
        parse_bank(b"PK\x03\x04", "docx")


def test_import_detects_the_format_when_none_is_given(bank):
    """parse_bank without a format reads a GIFT export as GIFT."""
    data, suffix, _ = export_bank(bank, "gift")
    assert [q["id"] for q in parse_bank(data, filename=f"bank{suffix}")["questions"]] == [
        q["id"] for q in bank["questions"] if q["type"] != "ordering"]


def test_html_in_imported_questions_is_reduced_to_safe_text():
    from studyapp.formats.gift import import_gift

    gift = b"::h1::[html]<p>What is <b>2 &amp; 3</b>?<script>alert(1)</script></p>{=5 ~6}\n"
    bank = import_gift(gift)
    assert bank["questions"][0]["prompt"] == "What is 2 & 3?"
