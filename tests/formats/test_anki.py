"""Anki .apkg: opened by the official `anki` package, one note per question and flashcard, stable GUIDs."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.question_types import REGISTRY
from studyapp.formats.anki import (
    bank_key,
    build_package,
    export_apkg,
    flashcard_guid,
    models,
    question_guid,
    stable_id,
)


@pytest.fixture
def anki_collection(tmp_path, require_all):
    """An empty Anki collection from the official package (skipped, or failed in CI, when it is missing)."""
    try:
        from anki.collection import Collection
    except ImportError:
        if require_all:
            pytest.fail("the `anki` package is not installed (STUDYAPP_REQUIRE_ALL_TESTS=1)")
        pytest.skip("the `anki` package is not installed: pip install anki")
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(collection, data: bytes, path) -> None:
    """Import .apkg bytes with Anki's own importer, updating notes that already exist."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    path.write_bytes(data)
    collection.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(update_notes=1, with_scheduling=False)))


def _notes(collection) -> dict[str, object]:
    """Every note of the collection by GUID."""
    return {note.guid: note for note in (collection.get_note(i) for i in collection.find_notes(""))}


def test_anki_opens_the_package_with_one_note_per_question_and_flashcard(bank, anki_collection, tmp_path):
    """Anki's importer finds exactly one note per question and per flashcard, with GUIDs from their ids."""
    import_apkg(anki_collection, export_apkg(bank)[0], tmp_path / "bank.apkg")
    notes = _notes(anki_collection)
    cards = [q for q in bank["questions"] if "apkg" in REGISTRY[q["type"]].formats]  # essays have no card
    assert len(notes) == len(cards) + len(bank["flashcards"])
    assert set(notes) == {question_guid(q["id"]) for q in cards} | {
        flashcard_guid(f["id"]) for f in bank["flashcards"]}
    deck_id = anki_collection.decks.id_for_name(bank["title"])
    assert {anki_collection.get_card(c).did for c in anki_collection.find_cards("")} == {deck_id}


def test_the_back_carries_answer_evidence_and_source(bank, anki_collection, tmp_path):
    """The answer, the evidence quote and the source title and author are on the note, escaped."""
    import_apkg(anki_collection, export_apkg(bank)[0], tmp_path / "bank.apkg")
    note = _notes(anki_collection)[question_guid("q-tf")]
    assert note["Answer"] == "True"
    assert note["Evidence"] == "Condensation &quot;forms&quot; clouds."
    assert note["Source"] == "A Debate, Someone, paragraph 1"
    matching = _notes(anki_collection)[question_guid("q-match")]
    assert "Condensation {x} \u2192 gas = liquid" in matching["Answer"]
    card = _notes(anki_collection)[flashcard_guid("f-1")]
    assert (card["Front"], card["Answer"]) == ("Condensation &lt;b&gt;", "Forms clouds &amp; rain.")


def test_reexport_updates_notes_instead_of_duplicating(bank, anki_collection, tmp_path):
    """Two exports have the same GUIDs and model ids; importing the second updates the first's notes."""
    first = export_apkg(bank)[0]
    import_apkg(anki_collection, first, tmp_path / "first.apkg")
    first_guids = set(_notes(anki_collection))
    bank["questions"][0]["explanation"] = "Edited explanation."
    import_apkg(anki_collection, export_apkg(bank, timestamp=2_000_000_000)[0], tmp_path / "second.apkg")
    notes = _notes(anki_collection)
    assert len(notes) == len([q for q in bank["questions"] if "apkg" in REGISTRY[q["type"]].formats]) + len(
        bank["flashcards"])
    assert set(notes) == first_guids
    assert notes[question_guid("q-mc")]["Explanation"] == "Edited explanation."
    ours = [m for m in anki_collection.models.all_names_and_ids() if m.name.startswith("StudyApp")]
    assert sorted(m.id for m in ours) == sorted(m.model_id for m in models(bank))


def test_ids_are_derived_not_random(bank):
    """Deck and model ids depend only on the bank; GUIDs only on the question id."""
    assert build_package(bank).decks[0].deck_id == stable_id("studyapp:deck", bank_key(bank))
    assert [m.model_id for m in models(bank)] == [m.model_id for m in models(dict(bank))]
    assert question_guid("q-mc") == question_guid("q-mc") != flashcard_guid("q-mc")
    other = dict(bank, title="Another bank")
    assert models(other)[0].model_id != models(bank)[0].model_id


def test_anki_sees_the_prompt_image_in_the_package_media(anki_collection, tmp_path):
    from image_support import pictured_bank, tiny_png

    from studyapp.image_types import content_hash

    import_apkg(anki_collection, export_apkg(pictured_bank())[0], tmp_path / "pictures.apkg")
    name = f"{content_hash(tiny_png())}.png"
    assert (Path(anki_collection.media.dir()) / name).read_bytes() == tiny_png()
    note = _notes(anki_collection)[question_guid("q-sky")]
    assert f'<img src="{name}"' in note["Prompt"]
    assert anki_collection.media.files_in_str(note.mid, note["Prompt"]) == [name]  # Anki resolves the reference
