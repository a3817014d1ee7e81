""".apkg import: our export read back whole, packages Anki itself writes (Basic, cloze, media), and refusals of
bombs, damaged collections, packages without a collection and newer-only packages."""
from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pytest

from image_support import GIF, pictured_bank, tiny_png

from studyapp.errors import ValidationError
from studyapp.formats.anki import export_apkg
from studyapp.formats.anki_import import import_apkg
from studyapp.formats.registry import parse_bank, read_bank
from studyapp.image_types import entry_bytes
from studyapp.question_types import REGISTRY
from studyapp.question_types.marks import mark
from studyapp.translatable import Message


def _without_empty_images(question: dict) -> dict:
    """A question dict with an empty `images` list left out (the importer writes none)."""
    return {k: v for k, v in question.items() if not (k == "images" and not v)}


def test_our_export_comes_back_as_the_same_questions_flashcards_sources_and_title(bank):
    """Every question an Anki card holds (partial credit and tags included), every flashcard, the cited sources and
    the title return unchanged."""
    bank["questions"][0]["marks"] = [mark("14% = lakes", 0.5, "Close: {half} ~ marks")]
    bank["questions"][9]["tags"] = ["Water/Rivers", "exam 2"]
    back = parse_bank(export_apkg(bank)[0], "apkg")
    assert back["questions"] == [q for q in bank["questions"] if "apkg" in REGISTRY[q["type"]].formats]
    assert back["flashcards"] == bank["flashcards"]
    assert back["title"] == bank["title"]
    assert back["sources"] == [{k: v for k, v in s.items() if k != "text"} for s in bank["sources"]]


def test_a_question_image_comes_back_with_its_bytes_alt_text_and_name():
    pictured = pictured_bank()
    back = parse_bank(export_apkg(pictured)[0], "apkg")
    assert [_without_empty_images(q) for q in back["questions"]] == [
        _without_empty_images(q) for q in pictured["questions"]]
    assert entry_bytes(back["questions"][0]["images"][0]) == tiny_png()


@pytest.fixture
def anki_export(tmp_path, require_all):
    """Write a package with the official `anki` package: (legacy) -> .apkg bytes of a Biology deck holding a
    Basic note with an image on its back, a one-gap and a two-gap cloze note with an image, a note whose image is
    missing, and a note of a one-field note type."""
    try:
        from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions
    except ImportError:
        if require_all:
            pytest.fail("the `anki` package is not installed (STUDYAPP_REQUIRE_ALL_TESTS=1)")
        pytest.skip("the `anki` package is not installed: pip install anki")
    collection = Collection(str(tmp_path / "collection.anki2"))
    deck = collection.decks.id("Biology")
    notes = [("Basic", {"Front": "Cell <b>wall</b>", "Back": 'Rigid layer<br><img src="wall.png">'}),
             ("Cloze", {"Text": 'The {{c1::mitochondria::organelle}} makes energy. <img src="cell pic.gif" '
                                'alt="A cell">', "Back Extra": "Powerhouse."}),
             ("Cloze", {"Text": "{{c1::Water}} boils at {{c2::100::number}} degrees."}),
             ("Cloze", {"Text": 'The {{c1::nucleus}} holds DNA. <img src="gone.png">'})]
    for model, fields in notes:
        note = collection.new_note(collection.models.by_name(model))
        for name, value in fields.items():
            note[name] = value
        collection.add_note(note, deck)
    single = collection.models.new("One field")
    collection.models.add_field(single, collection.models.new_field("Word"))
    template = collection.models.new_template("Card")
    template["qfmt"], template["afmt"] = "{{Word}}", "{{Word}}"
    collection.models.add_template(single, template)
    collection.models.add(single)
    note = collection.new_note(collection.models.by_name("One field"))
    note["Word"] = "alone"
    collection.add_note(note, deck)
    collection.media.write_data("wall.png", tiny_png())
    collection.media.write_data("cell pic.gif", GIF)

    def export(legacy: bool) -> bytes:
        path = tmp_path / f"deck-{legacy}.apkg"
        collection.export_anki_package(out_path=str(path), limit=DeckIdLimit(deck), options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy))
        return path.read_bytes()

    yield export
    collection.close()


def test_a_package_anki_writes_for_older_versions_imports_with_its_media(anki_export):
    """Basic -> flashcard (HTML stripped, its image listed as left out); one gap -> cloze question with its image
    and alt text; two gaps -> flashcard; a missing media file and a one-field note are listed, the rest imported."""
    bank, skipped = read_bank(anki_export(True), filename="biology.apkg")
    fronts = {c["front"]: c["back"] for c in bank["flashcards"]}
    assert fronts == {"Cell wall": "Rigid layer",
                      "_____ boils at _____ (number) degrees.": "Water boils at 100 degrees."}
    cloze, nucleus = bank["questions"]
    assert (cloze["type"], cloze["prompt"], cloze["answer"], cloze["explanation"]) == (
        "cloze", "The _____ makes energy.", "mitochondria", "Powerhouse.")
    assert [(i["alt"], i["name"], entry_bytes(i)) for i in cloze["images"]] == [("A cell", "cell pic.gif", GIF)]
    assert nucleus["prompt"] == "The _____ holds DNA." and "images" not in nucleus
    assert "Image gone.png left out: the file is not in the package." in nucleus["notes"]
    reasons = [(s["line"], s["type"], str(s["reason"])) for s in skipped]
    assert reasons == [(1, "Basic", "image wall.png left out: flashcards show no images."),
                       (4, "Cloze", "image gone.png left out: the file is not in the package."),
                       (5, "One field", "a note of type 'One field': StudyApp reads notes with a front and a back, "
                                        "cloze notes and its own notes.")]
    assert all(isinstance(s["reason"], Message) for s in skipped)  # translated on the import page
    with pytest.raises(ValidationError, match="Line 5 \\(One field\\)"):
        parse_bank(anki_export(True), filename="biology.apkg")  # all or nothing


def test_a_package_only_newer_anki_reads_is_refused_with_how_to_export_it(anki_export):
    """Anki writes collection.anki21b (zstd) and a placeholder collection.anki2 beside it: refused, not read."""
    data = anki_export(False)
    assert {"collection.anki21b", "collection.anki2"} <= set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    with pytest.raises(ValidationError, match="Support older Anki versions") as caught:
        import_apkg(data)
    assert caught.value.args[0].params["problem"].msgid.startswith("this package was exported for Anki 2.1.50")


def _package(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of the given members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _collection(tmp_path, notes: list[tuple[int, str]], models: dict) -> bytes:
    """A minimal legacy collection: `col.models` and `notes` (id, flds) of model 1."""
    path = tmp_path / "made.anki2"
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE col (models TEXT)")
        connection.execute("CREATE TABLE notes (id INTEGER, mid INTEGER, tags TEXT, flds TEXT)")
        connection.execute("INSERT INTO col VALUES (?)", (json.dumps(models),))
        connection.executemany("INSERT INTO notes VALUES (?, 1, '', ?)", notes)
        connection.commit()
    finally:
        connection.close()
    return path.read_bytes()


BASIC = {"1": {"name": "Basic", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}]}}


def test_a_hand_made_basic_package_becomes_flashcards_with_html_stripped(tmp_path):
    data = _package({"collection.anki2": _collection(tmp_path, [(7, "<div>Cell</div>\x1fA <i>unit</i> &amp; more")],
                                                     BASIC), "media": b"{}"})
    bank = parse_bank(data, filename="cells.apkg")
    assert bank["flashcards"] == [{"id": "anki-7", "front": "Cell", "back": "A unit & more", "source": {}}]
    assert (bank["title"], bank["questions"]) == ("Anki deck", [])


@pytest.mark.parametrize(("members", "problem"), [
    ({"collection.anki2": b"SQLite format 3\x00" + b"\x07" * 4000}, "is not a readable Anki collection"),
    ({"collection.anki2": b"not a database at all"}, "is not a readable Anki collection"),
    ({"notes.txt": b"hello", "media": b"{}"}, "holds no Anki collection"),
    ({"collection.anki21b": b"(\xb5/\xfd", "collection.anki2": b"x"}, "Support older Anki versions"),
    ({"collection.anki2": b"\0" * (64 * 1024 * 1024)}, "inflates beyond the size limit"),
])
def test_unreadable_packages_are_refused_with_a_translatable_message(members, problem):
    with pytest.raises(ValidationError, match=problem) as caught:
        parse_bank(_package(members), filename="deck.apkg")
    message = caught.value.args[0]
    assert isinstance(message, Message) and isinstance(message.params["problem"], Message), message


def test_a_zip_bomb_media_file_is_stopped_before_it_is_inflated(tmp_path):
    """A media member inflating to 64 MB is refused by the zip reader's directory check, nothing inflated."""
    data = _package({"collection.anki2": _collection(tmp_path, [(1, 'Front <img src="a.png">\x1fBack')], BASIC),
                     "media": b'{"0": "a.png"}', "0": b"\0" * (64 * 1024 * 1024)})
    assert len(data) < 1024 * 1024
    with pytest.raises(ValidationError, match="0 inflates beyond the size limit"):
        import_apkg(data)


def test_an_image_that_is_not_an_image_is_listed_and_the_next_one_taken(tmp_path):
    """An SVG is refused and listed; the PNG after it is the prompt's image; a third image has no place."""
    cloze = {"1": {"name": "Cloze", "type": 1, "flds": [{"name": "Text"}, {"name": "Back Extra"}]}}
    text = 'The {{c1::sun}} <img src="x.svg"><img src="sun%20rise.png"><img src="more.png">\x1f'
    data = _package({"collection.anki21": _collection(tmp_path, [(3, text)], cloze),
                     "media": b'{"0": "x.svg", "1": "sun rise.png", "2": "more.png"}',
                     "0": b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "1": tiny_png(), "2": GIF})
    bank, skipped = read_bank(data, "apkg")
    [question] = bank["questions"]
    assert (question["prompt"], question["answer"]) == ("The _____", "sun")
    assert [(i["name"], i["alt"], entry_bytes(i)) for i in question["images"]] == [("sun rise.png", "sun rise",
                                                                                    tiny_png())]
    assert [str(s["reason"]) for s in skipped] == [
        "image x.svg left out: SVG and HTML files are refused (they can carry scripts); save the picture as PNG "
        "or JPEG.", "image more.png left out: StudyApp shows one image with a prompt or a choice."]
