"""Exports the teacher meant: approved questions and flashcards only (drafts when asked, rejected never) in the web
download and the CLI, read back by gift-pegjs, Python's XML parser and Anki; what a format cannot carry is listed."""
from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET

import pytest
from factories import ALL_TYPES, commit, login, make_bank, make_teacher

from studyapp.question_types import get_type

STATUSES = {"mc": "approved", "tf": "draft", "cloze": "rejected", "num": "approved", "short": "draft",
            "order": "approved", "match": "approved"}
CARDS = {"f1": "approved", "f2": "draft", "f3": "rejected"}


def _data() -> dict:
    """The one-of-each-type bank with approved, draft and rejected questions and flashcards."""
    data = copy.deepcopy(ALL_TYPES)
    for q in data["questions"]:
        q["status"] = STATUSES[q["id"]]
    card = data["flashcards"][0]
    data["flashcards"] = [dict(card, id=key, front=f"{card['front']} {key}", status=status)
                          for key, status in CARDS.items()]
    return data


@pytest.fixture
def require_all() -> bool:
    """Whether CI demands that no test skips for a missing tool (as in tests/formats)."""
    return os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1"


@pytest.fixture
def bank(client):
    """A signed-in teacher's bank of every type in every status."""
    make_teacher()
    bank = make_bank(_data(), key="test:exports")
    commit()
    login(client, "teacher")
    return bank


def _expected(fmt: str, *statuses: str) -> list[str]:
    """Ids of the questions in these statuses whose type the format carries, in bank order."""
    return [qid for qid, status in STATUSES.items() if status in statuses and fmt in get_type(
        next(q["type"] for q in ALL_TYPES["questions"] if q["id"] == qid)).formats]


@pytest.mark.parametrize("drafts", [False, True])
def test_gift_carries_only_approved_questions_and_drafts_when_asked(client, bank, tmp_path, require_all, drafts):
    from formats.test_gift import gift_pegjs

    response = client.get(f"/teacher/banks/{bank.id}/export/gift" + ("?drafts=1" if drafts else ""))
    path = tmp_path / "bank.gift"
    path.write_bytes(response.data)
    parsed = gift_pegjs(path, require_all)
    expected = _expected("gift", "approved", *(["draft"] if drafts else []))
    assert parsed["titles"] == expected and parsed["count"] == len(expected)


@pytest.mark.parametrize("drafts", [False, True])
def test_moodle_xml_carries_only_approved_questions_and_drafts_when_asked(client, bank, drafts):
    response = client.get(f"/teacher/banks/{bank.id}/export/moodle-xml" + ("?drafts=1" if drafts else ""))
    names = [q.findtext("name/text") for q in ET.fromstring(response.data).iter("question")
             if q.get("type") != "category"]
    assert names == _expected("moodle-xml", "approved", *(["draft"] if drafts else []))


@pytest.mark.parametrize("drafts", [False, True])
def test_the_anki_deck_holds_only_approved_questions_and_flashcards(client, bank, tmp_path, drafts, require_all):
    from formats.test_anki import import_apkg

    try:
        from anki.collection import Collection
    except ImportError:
        if require_all:
            pytest.fail("the `anki` package is not installed")
        pytest.skip("the `anki` package is not installed")
    response = client.get(f"/teacher/banks/{bank.id}/export/apkg" + ("?drafts=1" if drafts else ""))
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(collection, response.data, tmp_path / "bank.apkg")
        fields = [collection.get_note(i).fields for i in collection.find_notes("")]
    finally:
        collection.close()
    wanted = ("approved", "draft") if drafts else ("approved",)
    # question notes: Prompt … QuestionId (6), Type, StudyApp; flashcards: Front … FlashcardId (4), StudyApp
    assert sorted(f[6] for f in fields if len(f) == 9) == sorted(_expected("apkg", *wanted))
    assert sorted(f[4] for f in fields if len(f) == 6) == sorted(k for k, s in CARDS.items() if s in wanted)


def test_the_export_page_lists_what_each_format_leaves_out(client, bank):
    page = client.get(f"/teacher/banks/{bank.id}/export").data.decode()
    gift = page[page.index('id="format-gift"'):page.index('id="format-moodle-xml"')]
    assert "Divergent boundary f1" in gift and "GIFT for Moodle has no flashcards" in gift
    assert "Divergent boundary f2" not in gift and "f3" not in gift  # a draft (not asked for) and a rejected card
    for q in ALL_TYPES["questions"]:
        listed = q["prompt"][:60] in gift
        assert listed == (STATUSES[q["id"]] == "approved" and "gift" not in get_type(q["type"]).formats), q["id"]
    anki = page[page.index('id="format-apkg"'):]
    assert "Leaves nothing out" in anki and "4 questions and 1 flashcard" in anki
    with_drafts = client.get(f"/teacher/banks/{bank.id}/export?drafts=1").data.decode()
    assert "Divergent boundary f2" in with_drafts and "Divergent boundary f3" not in with_drafts
    assert f"/teacher/banks/{bank.id}/export/gift?drafts=1" in with_drafts


def test_the_cli_exports_approved_only_lists_what_it_leaves_out_and_adds_drafts_when_asked(runner, bank, tmp_path):
    out = tmp_path / "bank.xml"
    result = runner.invoke(args=["bank", "export", str(bank.id), "--format", "moodle-xml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = [q.findtext("name/text") for q in ET.parse(out).getroot().iter("question") if q.get("type") != "category"]
    assert names == _expected("moodle-xml", "approved")
    assert "Left out: flashcard f1" in result.output and "f2" not in result.output
    result = runner.invoke(args=["bank", "export", str(bank.id), "--format", "moodle-xml", "--include-drafts",
                                 "-o", str(out)])
    names = [q.findtext("name/text") for q in ET.parse(out).getroot().iter("question") if q.get("type") != "category"]
    assert names == _expected("moodle-xml", "approved", "draft") and "Left out: flashcard f2" in result.output
    assert "cloze" not in names
