"""Rules from the third English blind read (2026-11-30b): documents named by what their own text shows, no
trivia dates, no give-aways, options of one shape and one genre, aliases for typed answers, standalone prompts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from .conftest import make_doc

from studyapp.generator import generate_bank

GENRES = Path(__file__).parent / "fixtures" / "genres"


def test_a_document_is_named_by_its_author_only_when_its_own_text_names_them():
    typed = make_doc("Strategic alliances\n\nKazakhstan is a partner of Türkiye.", title="Strategic alliances: "
                     "Türkiye's subtle cooperation with Kazakhstan", author="Hüseyin Demir")
    signed = make_doc("Partners\n\nBy Dmitry Shlapentokh\n\nKazakhstan is a partner.", title="Partners",
                      author="Dmitry Shlapentokh")
    assert typed.named_author == "" and signed.named_author == "Dmitry Shlapentokh"
    assert typed.ref == "“Strategic alliances”" and "Demir" not in typed.label
    assert signed.ref == "the text by Dmitry Shlapentokh"


def test_no_seed_prompt_or_option_names_a_writer_the_document_does_not_name(seed_bank):
    for q in seed_bank["questions"]:
        assert not re.search(r"\bDemir\b", q["prompt"] + str(q.get("choices") or [])), q["prompt"]


def test_every_question_prompt_ends_with_a_question_mark(seed_bank):
    asked = [q["prompt"] for q in seed_bank["questions"] if re.match(r"(Which|Who|What|When|Where|Why|How)\b",
                                                                      q["prompt"])]
    assert any(p.startswith("Which document") for p in asked)
    assert [p for p in asked if not p.rstrip().endswith("?")] == []


@pytest.fixture(scope="module")
def genres_bank() -> dict:
    """The bank of our two genre texts (Ada Lovelace, vaccines)."""
    return generate_bank([GENRES / "lovelace.txt", GENRES / "vaccines.txt"])


@pytest.fixture(scope="module")
def en_dev_bank(shared_dir) -> dict:
    """The bank of the English development texts (WW1, Mockingbird, two op-eds on phones)."""
    return generate_bank([shared_dir / "eval" / "en-dev"])


def test_a_false_statement_drops_the_acronym_of_what_it_swapped(seed_bank, shared_dir):
    # since the seventh round the bank asks that seed sentence as a gap-fill (it ranks higher once a give-away
    # gap-fill with the same options left the bank): the false statement is checked among the candidates
    from studyapp.generator import run_pipeline
    from .test_keep_rules import UP_TO_GATE
    corpus = run_pipeline([shared_dir / "seeds"], manifest=shared_dir / "seeds" / "manifest.toml", names=UP_TO_GATE)
    false = [c.prompt for c in corpus.candidates if c.type == "true_false" and c.answer == "False"]
    false += [q["prompt"] for q in seed_bank["questions"] if q["type"] == "true_false" and q["answer"] == "False"]
    assert any("the form of Turkic Union" in p for p in false)
    assert not any(re.search(r"Turkic Union \(EAEU\)", p) for p in false)


def test_keys_the_prompt_or_title_implies_are_dropped(genres_bank, en_dev_bank, seed_bank):
    asked = [(q["prompt"], str(q["answer"])) for q in genres_bank["questions"] + en_dev_bank["questions"]
             + seed_bank["questions"]]
    assert not [p for p, a in asked if a == "Ada Lovelace"]  # the title: "Ada Lovelace: The First Computer …"
    assert not [p for p, a in asked if a == "Babbage" and "his machine" in p]  # "his" leaves only Babbage
    assert not [p for p, a in asked if "HMS" in p and a == "Britain"]
    assert not [p for p, a in asked if a == "1991" and re.search("independence|USSR", p)]


def test_speakers_offered_come_from_the_question_s_document_or_one_on_its_subject(en_dev_bank):
    ww1 = {"Fritz Fischer"}
    debate = [q for q in en_dev_bank["questions"] if q["prompt"].startswith("Who told Margaret Holloway")]
    assert debate
    for q in debate:
        assert not ww1 & set(q.get("choices") or []), q["choices"]


def test_a_definite_noun_phrase_whose_referent_is_in_the_sentence_before_gets_it_or_is_dropped(en_dev_bank,
                                                                                               seed_bank):
    prompts = [q["prompt"] for q in en_dev_bank["questions"] + seed_bank["questions"]]
    for p in prompts:
        if "for the murder" in p:
            assert "Gavrilo Princip" in p, p  # shown after the sentence that names the murder
        assert "the community helped to establish" not in p, p  # "this community" (the Gülen movement) alone
