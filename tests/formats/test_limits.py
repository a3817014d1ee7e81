"""Every way into a bank (each import format, bank files, generated banks) keeps the editor's field limits."""
from __future__ import annotations

import copy
import json

import pytest

from factories import ALL_TYPES

from studyapp.errors import ValidationError
from studyapp.formats.bank_json import check_bank, parse_bank_text
from studyapp.formats.registry import EXPORTERS, IMPORTERS, export_bank, parse_bank
from studyapp.generator.bank import build_bank
from studyapp.generator.checks import GateContext, check_question
from studyapp.generator.model import Corpus, Flashcard, SourceDoc
from studyapp.limits import COUNT, TEXT

LONG_KEY = "x" * 100_000


def _with(qid: str, **fields) -> dict:
    """The all-types bank with the question `qid` changed."""
    bank = copy.deepcopy(ALL_TYPES)
    question = next(q for q in bank["questions"] if q["id"] == qid)
    question.update(fields)
    return bank


OVER_LIMIT = {
    "a 100,000-character short-answer key": (_with("short", answer=LONG_KEY), "short", "answer"),
    "an over-long alias": (_with("short", aliases=["y" * (TEXT["alias"] + 1)]), "short", "alias"),
    "too many aliases": (_with("short", aliases=[f"name {i}" for i in range(COUNT["aliases"] + 1)]), "short",
                         "aliases"),
    "an over-long prompt": (_with("cloze", prompt="The _____ " + "p" * TEXT["prompt"]), "cloze", "prompt"),
    "an over-long choice": (_with("mc", choices=["a", "b" * (TEXT["choice"] + 1)], answer="a"), "mc", "choice"),
    "too many choices": (_with("mc", choices=[f"c{i}" for i in range(COUNT["choices"] + 1)], answer="c0"), "mc",
                         "choices"),
    "an over-long explanation": (_with("num", explanation="e" * (TEXT["explanation"] + 1)), "num", "explanation"),
    "an over-long topic": (_with("num", topic="t" * (TEXT["topic"] + 1)), "num", "topic"),
    "an over-long ordering item": (_with("order", answer=["first", "i" * (TEXT["item"] + 1)]), "order", "item"),
    "too many ordering items": (_with("order", answer=[f"step {i}" for i in range(COUNT["items"] + 1)]), "order",
                                "items"),
    "an over-long matching side": (_with("match", answer=[["a", "b"], ["c", "d" * (TEXT["pair"] + 1)]]), "match",
                                   "pair"),
}


def _held(format_name: str, case: str) -> bool:
    """Whether the format can hold the question of the case (GIFT has no ordering questions)."""
    bank, qid, _field = OVER_LIMIT[case]
    return not any(qid in warning for warning in export_bank(bank, format_name)[2])


@pytest.mark.parametrize(("format_name", "case"), [(f, c) for f in sorted(IMPORTERS) for c in sorted(OVER_LIMIT)
                                                   if _held(f, c)])
def test_every_import_format_refuses_a_field_over_the_editors_limit_naming_the_question(format_name, case):
    bank, qid, field = OVER_LIMIT[case]
    data, _suffix, _warnings = export_bank(bank, format_name)
    with pytest.raises(ValidationError) as caught:
        parse_bank(data, format_name)
    message = str(caught.value)
    assert f"({qid})" in message and field in message and "at most" in message, message


def test_an_over_long_evidence_quote_is_refused():
    bank = _with("num", source={"id": "plates", "quote": "q" * (TEXT["quote"] + 1), "paragraph": 1})
    with pytest.raises(ValidationError, match=r"question 4 \(num\): .*quote.*at most 3,000"):
        parse_bank_text(json.dumps(bank), "bank.json")


@pytest.mark.parametrize(("change", "problem"), [
    (lambda b: b.update(title="T" * 301), "title"),
    (lambda b: b["sources"][0].update(title="S" * 501), "source 1"),
    (lambda b: b["flashcards"][0].update(back="B" * (TEXT["back"] + 1)), "flashcard 1 (f1)"),
    (lambda b: b["questions"][0].update(id="i" * 101), "question 1"),
    (lambda b: b["questions"][3].update(source={"id": "plates", "quote": "", "paragraph": 10 ** 30}), "paragraph"),
    (lambda b: b["questions"][3].update(tolerance=10 ** 400), "tolerance"),
    (lambda b: b["questions"][3].update(status="live"), "status"),
])
def test_bank_files_are_checked_beyond_questions_text(change, problem):
    """Bank titles, sources, flashcards, ids, paragraphs and statuses that no database column can hold are refused."""
    bank = copy.deepcopy(ALL_TYPES)
    change(bank)
    with pytest.raises(ValidationError) as caught:
        check_bank(bank, "bank.json")
    assert problem in str(caught.value)


def test_a_bank_within_the_limits_still_imports_in_every_format():
    for format_name in IMPORTERS:
        data, _suffix, warnings = EXPORTERS[format_name](copy.deepcopy(ALL_TYPES))
        assert len(parse_bank(data, format_name)["questions"]) + len(warnings) >= len(ALL_TYPES["questions"])


def test_the_generators_gate_rejects_a_question_the_editor_could_not_save():
    question = copy.deepcopy(next(q for q in ALL_TYPES["questions"] if q["id"] == "num"))
    question["source"] = {"id": "plates", "quote": "Q" * (TEXT["quote"] + 1), "paragraph": 1}
    assert any("limit" in reason for reason in check_question(question, GateContext()))


def test_a_generated_bank_leaves_out_over_long_flashcards_and_clips_source_details():
    doc = SourceDoc(id="d", file="d.txt", title="T" * 2000, author="A" * 2000)
    corpus = Corpus(docs=[doc])
    corpus.flashcards = [Flashcard("Front", "B" * (TEXT["back"] + 1), "d", "One.", 1, "term"),
                         Flashcard("Front two", "Back", "d", "One.", 1, "term")]
    bank = build_bank(corpus)
    check_bank(bank)
    assert [card["front"] for card in bank["flashcards"]] == ["Front two"]
