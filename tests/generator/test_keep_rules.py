"""The gate's teacher rules (stages/keep_rules.py): each on a hand-made sentence that passes and one that is dropped."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate
from studyapp.generator.stages import keep_rules

UP_TO_GATE = ["read", "clean", "languages", "analyse", "parse", "voice", "generate", "ideas", "perspectives", "debate",
              "structured", "distractors"]
GENRES = Path(__file__).parent / "fixtures" / "genres"

HARBOUR = """The Harbour of Kelmouth

Kelmouth is a fishing harbour on the north coast of Wales. The harbour shelters the fishing boats of Kelmouth from
winter storms, and the fishing boats land their catch in the harbour every morning. Fishing has been the main work
of Kelmouth for three centuries, and the harbour is the reason the town exists.

The harbour wall was built after the storm of 1859 destroyed half of the fishing boats. Since then the wall has
protected the boats in every storm. In 1974 a local choir sang at the reopening of the town hall.

Today about 4,000 people live in Kelmouth, and the number of fishing boats fell from 90 to 35.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    """The corpus of the hand-made harbour text, up to (not through) the gate."""
    path = tmp_path_factory.mktemp("keep") / "kelmouth.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    return run_pipeline([path], names=UP_TO_GATE)


def _about(corpus, words: str, answer) -> list[Candidate]:
    """The number items on the sentence holding `words` whose key is `answer`."""
    found = [c for c in corpus.candidates if words in c.quote and str(answer) in str(c.answer)]
    assert found, f"no candidate on {words!r} with key {answer!r}"
    return found


def test_a_minor_date_in_a_side_sentence_is_trivia(harbour):
    doc = harbour.docs[0]
    for c in _about(harbour, "local choir", "1974"):
        assert keep_rules.trivia(c, doc).startswith("trivia")


def test_the_date_of_the_event_a_central_sentence_names_is_kept(harbour):
    doc = harbour.docs[0]
    for c in _about(harbour, "storm of 1859", "1859"):
        assert keep_rules.trivia(c, doc) == ""


def test_a_figure_that_is_what_its_sentence_is_about_is_kept(harbour):
    doc = harbour.docs[0]
    for c in _about(harbour, "fell from 90 to 35", "90"):
        assert keep_rules.trivia(c, doc) == ""


def _stance_item(corpus, words: str, key: str) -> Candidate:
    """A fact/opinion item made by hand on the sentence holding `words`, keyed `key`."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact? “{s.text}”", answer=key,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="stance",
                     choices=["A fact", "An opinion", "A reported claim"])


@pytest.fixture(scope="module")
def vaccines():
    """The science explainer of our own, up to the gate."""
    return run_pipeline([GENRES / "vaccines.txt"], names=UP_TO_GATE)


def test_an_opinion_needs_an_opinion_marker(vaccines):
    doc = vaccines.docs[0]
    marked = _stance_item(vaccines, "I think every school should teach", "An opinion")
    assert keep_rules.unmarked_stance(marked, doc) == ""
    bare = _stance_item(vaccines, "White blood cells patrol the blood", "An opinion")
    assert "no clear marker" in keep_rules.unmarked_stance(bare, doc)


def test_an_opinion_on_a_measured_figure_is_arguable(vaccines):
    item = _stance_item(vaccines, "Measles spreads so easily", "An opinion")
    assert "arguable" in keep_rules.unmarked_stance(item, vaccines.docs[0])


def test_a_fact_needs_a_source_date_or_figure_and_no_opinion_word(vaccines):
    doc = vaccines.docs[0]
    dated = _stance_item(vaccines, "Edward Jenner tested the first vaccine in 1796", "A fact")
    assert keep_rules.unmarked_stance(dated, doc) == ""
    bare = _stance_item(vaccines, "White blood cells patrol the blood", "A fact")
    assert "no source" in keep_rules.unmarked_stance(bare, doc)
    judged = _stance_item(vaccines, "Measles spreads so easily", "A fact")
    assert "opinion marker" in keep_rules.unmarked_stance(judged, doc)


def test_a_reported_claim_needs_someone_reported(vaccines):
    doc = vaccines.docs[0]
    reported = _stance_item(vaccines, "Some people worry that vaccines are unsafe", "A reported claim")
    assert keep_rules.unmarked_stance(reported, doc) == ""
    own = _stance_item(vaccines, "White blood cells patrol the blood", "A reported claim")
    assert keep_rules.unmarked_stance(own, doc) == "fact/opinion: no one is reported"


@pytest.fixture(scope="module")
def lovelace():
    """The biography of our own, up to the gate."""
    return run_pipeline([GENRES / "lovelace.txt"], names=UP_TO_GATE)


def _choice_item(corpus, answer: str, choices: list[str]) -> Candidate:
    """A multiple-choice item made by hand with these options."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if answer in s.text)
    return Candidate(type="multiple_choice", kind="fact", prompt="Complete the sentence: “…”", answer=answer,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="complete",
                     choices=choices)


def test_options_of_the_same_kind_pass_and_a_year_among_people_is_dropped(lovelace):
    people = _choice_item(lovelace, "Charles Babbage", ["Charles Babbage", "Lord Byron", "William King"])
    assert keep_rules.mixed_options(people, lovelace) == ""
    mixed = _choice_item(lovelace, "Charles Babbage", ["Charles Babbage", "Lord Byron", "1843"])
    assert keep_rules.mixed_options(mixed, lovelace) == "an option of another kind than the key"


def test_a_place_among_people_and_a_phrase_for_a_term_are_dropped(lovelace):
    place = _choice_item(lovelace, "Charles Babbage", ["Charles Babbage", "Lord Byron", "London"])
    assert keep_rules.mixed_options(place, lovelace) == "an option of another kind than the key"
    phrase = _choice_item(lovelace, "Analytical Engine", ["Analytical Engine", "Difference Engine", "Another machines"])
    assert keep_rules.mixed_options(phrase, lovelace) == "an option of another kind than the key"


def test_the_gate_rejects_with_the_rules_reason(tmp_path):
    path = tmp_path / "kelmouth.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    corpus = run_pipeline([path], names=UP_TO_GATE + ["gate"])
    trivia = [c for c in corpus.rejected if "1974" in c.quote and any(r.startswith("trivia") for r in c.reasons)]
    assert trivia
    assert not any("1974" in c.quote and c.answer_kind in keep_rules.NUMBER_KINDS for c in corpus.candidates)
