"""Read stage: every supported format, the manifest, titles and bylines without one."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import generate_bank, read_documents
from studyapp.generator.stages.clean import clean_document
from studyapp.generator.stages.read import DocumentError, expand_paths, load_manifest

from .conftest import DOCUMENTS


def _clean(path: Path):
    """Read and clean one file."""
    return clean_document(read_documents([path])[0])


def test_folders_expand_to_their_readable_files_in_name_order():
    names = [p.name for p in expand_paths([DOCUMENTS])]
    assert names == sorted(names)
    assert {"photosynthesis.md", "silk_road.html", "plate_tectonics.txt"} <= set(names)


def test_markdown_title_byline_and_wrapped_paragraphs():
    doc = _clean(DOCUMENTS / "photosynthesis.md")
    assert doc.title == "How Plants Capture Light: An Introduction to Photosynthesis"
    assert doc.author == "Maria Lindqvist"
    assert "turn light energy into chemical energy." in doc.text
    assert "Hill, R." not in doc.text and "https://" not in doc.text and "[1]" not in doc.text


def test_html_drops_scripts_navigation_sup_markers_and_footer():
    doc = _clean(DOCUMENTS / "silk_road.html")
    assert doc.title == "The Silk Road: Trade Routes Between East and West"
    assert doc.author == "Daniel Okafor"
    assert "tracking" not in doc.text and "Home" not in doc.text and "Leave a Reply" not in doc.text
    assert 'coined the name "Silk Road" in 1877.' in doc.text


def test_text_without_manifest_takes_the_title_before_the_byline_and_skips_the_masthead():
    doc = _clean(DOCUMENTS / "plate_tectonics.txt")
    assert doc.title == "Moving Continents: The Theory of Plate Tectonics"
    assert doc.author == "Sofia Brennan"
    assert "Earth Science Weekly" not in doc.text and "March 3, 2025" not in doc.text


def test_docx_title_style_and_core_author(docx_file):
    doc = _clean(docx_file)
    assert doc.author == "Ines Moreau"
    assert doc.paragraphs[0].text == "The Water Cycle"
    assert any(p.role == "heading" and p.text == "Evaporation" for p in doc.paragraphs)
    assert "About 86% of global evaporation happens over the oceans." in doc.text


def test_pdf_lines_are_rejoined_into_sentences(pdf_file):
    doc = _clean(pdf_file)
    assert doc.author == "Kenji Sato"
    assert "through which molten rock, ash and gases escape." in doc.text
    assert "buried the Roman towns of Pompeii and Herculaneum." in doc.text


def test_every_format_yields_questions(docx_file, pdf_file):
    bank = generate_bank([docx_file, pdf_file, DOCUMENTS / "silk_road.html", DOCUMENTS / "photosynthesis.md"])
    by_source = {q["source"]["id"] for q in bank["questions"]}
    assert len(by_source) == 4
    assert [s["file"] for s in bank["sources"]] == ["water_cycle.docx", "volcanoes.pdf", "silk_road.html",
                                                    "photosynthesis.md"]


def test_manifest_entries_are_keyed_by_file_name(tmp_path):
    manifest = tmp_path / "manifest.toml"
    manifest.write_text('[[document]]\nid = "w"\nfile = "a.txt"\ntitle = "T"\nauthor = "A"\nkind = "k"\n'
                        'published = "2020"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Some text about rivers that flow into the sea every single day.\n",
                                    encoding="utf-8")
    assert load_manifest(manifest)["a.txt"]["title"] == "T"
    doc = read_documents([tmp_path / "a.txt"], manifest)[0]
    assert (doc.id, doc.title, doc.author, doc.kind, doc.published) == ("w", "T", "A", "k", "2020")


def test_unsupported_and_missing_files_are_named_in_the_error(tmp_path):
    (tmp_path / "x.xls").write_bytes(b"\x00")
    with pytest.raises(DocumentError, match="x.xls"):
        read_documents([tmp_path / "x.xls"])
    with pytest.raises(DocumentError, match="nothing.txt"):
        read_documents([tmp_path / "nothing.txt"])
