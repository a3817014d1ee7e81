"""Essays in the exchange formats: Moodle XML (`type="essay"`, responsetemplate, graderinfo), GIFT (an empty answer
block, read by gift-pegjs too), QTI (extendedTextInteraction, scored by a person) and CSV; Anki has none."""
from __future__ import annotations

import io
import zipfile

import defusedxml.ElementTree as DET
from formats.test_gift import gift_pegjs

from studyapp.formats.csv_questions import import_csv
from studyapp.formats.gift import export_gift, import_gift
from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
from studyapp.formats.qti import QTI_NS, export_qti
from studyapp.formats.registry import export_bank

# Written as Moodle 4 writes an essay (no StudyApp metadata), between two true/false questions.
MOODLE_ESSAY = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Steppe</text></name>
    <questiontext format="html"><text>The steppe is grassland.</text></questiontext>
    <answer fraction="100" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text></answer>
  </question>
  <question type="essay">
    <name><text>Baikonur essay</text></name>
    <questiontext format="html"><text><![CDATA[<p>Describe <b>Baikonur</b>'s role in spaceflight.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Gagarin flew from here in 1961.</text></generalfeedback>
    <defaultgrade>5.0000000</defaultgrade>
    <responseformat>editor</responseformat>
    <responserequired>1</responserequired>
    <responsefieldlines>15</responsefieldlines>
    <attachments>0</attachments>
    <graderinfo format="html"><text><![CDATA[<p>Mention Sputnik &amp; Vostok 1.</p>]]></text></graderinfo>
    <responsetemplate format="html"><text>Baikonur is</text></responsetemplate>
  </question>
  <question type="truefalse">
    <name><text>Capital</text></name>
    <questiontext format="html"><text>Astana is the capital.</text></questiontext>
    <answer fraction="100" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text></answer>
  </question>
</quiz>
"""


def test_a_moodle_essay_among_true_false_questions_imports_with_its_template_and_grader_information():
    bank = import_moodle_xml(MOODLE_ESSAY)
    assert [(q["id"], q["type"]) for q in bank["questions"]] == [
        ("Steppe", "true_false"), ("Baikonur essay", "essay"), ("Capital", "true_false")]
    essay = bank["questions"][1]
    assert essay["prompt"] == "Describe Baikonur's role in spaceflight."
    assert essay["answer"] == {"template": "Baikonur is", "grader_info": "Mention Sputnik & Vostok 1."}
    assert essay["explanation"] == "Gagarin flew from here in 1961."


def test_moodle_xml_writes_moodles_essay_elements(bank):
    data, warnings = export_moodle_xml(bank)
    root = DET.fromstring(data)
    essay = next(q for q in root.findall("question") if q.findtext("idnumber") == "q-essay")
    assert essay.get("type") == "essay"
    assert essay.findtext("responsetemplate/text") == "I think\u2026\nSecond line: {because}"
    assert essay.findtext("graderinfo/text") == "Look for <evaporation> & ~2 stages = #full"
    assert (essay.findtext("responseformat"), essay.findtext("attachments")) == ("plain", "0")
    assert not [w for w in warnings if "essay" in w]


MOODLE_GIFT = """// Written as Moodle's GIFT essays are: an empty block, or only general feedback in it.
::Rain essay::Write about rain in Almaty.{}

::Wind::[html]<p>Why is the wind strong in <b>Zhetysu</b>?</p>{
\t####The Dzungarian Gate funnels it.
}

::TF::Snow is cold.{T}
"""


def test_gift_reads_an_empty_block_as_an_essay_and_gift_pegjs_agrees(tmp_path, require_all):
    bank = import_gift(MOODLE_GIFT.encode("utf-8"))
    assert [(q["id"], q["type"]) for q in bank["questions"]] == [
        ("Rain essay", "essay"), ("Wind", "essay"), ("TF", "true_false")]
    assert bank["questions"][1]["prompt"] == "Why is the wind strong in Zhetysu?"
    assert bank["questions"][1]["explanation"] == "The Dzungarian Gate funnels it."
    assert bank["questions"][0]["answer"] == {"template": "", "grader_info": ""}
    path = tmp_path / "moodle.gift"
    path.write_text(MOODLE_GIFT, encoding="utf-8")
    assert gift_pegjs(path, require_all)["types"] == ["Essay", "Essay", "TF"]


def test_gift_writes_an_empty_block_and_carries_the_texts_in_its_note(bank, tmp_path, require_all):
    data, _ = export_gift(bank)
    text = data.decode("utf-8")
    assert "::q-essay-bare::[plain]Write about rain.{####Evidence (The Water Cycle" in text  # only feedback
    plain = {"format": "studyapp.bank/1", "title": "T", "sources": [], "flashcards": [], "questions": [
        {"id": "e", "type": "essay", "prompt": "Write.", "answer": {"template": "", "grader_info": ""}}]}
    assert "::e::[plain]Write.{}" in export_gift(plain)[0].decode("utf-8")
    back = {q["id"]: q for q in import_gift(data)["questions"]}
    assert back["q-essay"]["answer"] == {"template": "I think\u2026\nSecond line: {because}",
                                         "grader_info": "Look for <evaporation> & ~2 stages = #full"}
    path = tmp_path / "essays.gift"
    path.write_bytes(data)
    parsed = gift_pegjs(path, require_all)
    assert [t for t, title in zip(parsed["types"], parsed["titles"]) if title.startswith("q-essay")] == ["Essay"] * 2


def test_qti_writes_an_extended_text_interaction_scored_by_a_person(bank):
    data, reported = export_qti(bank)
    package = zipfile.ZipFile(io.BytesIO(data))
    item = DET.fromstring(package.read("items/q-essay.xml"))
    ns = {"qti": QTI_NS}
    interaction = item.find(".//qti:extendedTextInteraction", ns)
    assert interaction.get("responseIdentifier") == "RESPONSE"
    assert interaction.get("placeholderText") == "I think\u2026\nSecond line: {because}"
    assert item.find(".//qti:rubricBlock[@view='scorer']/qti:p", ns).text == "Look for <evaporation> & ~2 stages = #full"
    assert item.find("qti:responseDeclaration", ns).get("baseType") == "string"
    assert item.find("qti:responseDeclaration/qti:correctResponse", ns) is None
    assert item.find(".//qti:responseProcessing/qti:responseCondition", ns) is None  # no automatic score
    assert not [r for r in reported if "essay" in r]


def test_a_csv_sheet_takes_grader_information_as_plain_text_or_both_texts_as_json():
    sheet = ('id,type,prompt,answer\n'
             'e1,essay,Describe the Caspian.,Salt lake; largest in the world.\n'
             'e2,essay,Describe the Aral.,"{""template"": ""The Aral"", ""grader_info"": ""Shrinking""}"\n'
             'e3,essay,Describe Balkhash.,\n')
    questions = import_csv(sheet.encode("utf-8"))["questions"]
    assert [q["answer"] for q in questions] == [
        {"template": "", "grader_info": "Salt lake; largest in the world."},
        {"template": "The Aral", "grader_info": "Shrinking"}, {"template": "", "grader_info": ""}]


def test_an_anki_deck_leaves_essays_out_and_says_so(bank):
    _data, _suffix, warnings = export_bank(bank, "apkg")
    assert any("q-essay" in w for w in warnings)
