"""Eleventh round (blind read 29p): stems that lost their context (stages/context.py) and options of another kind
among terms (stages/term_kinds.py), on invented texts."""
from __future__ import annotations

import pytest

from parse_support import parsed, sentence_with

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate, Sentence
from studyapp.generator.stages import term_kinds
from studyapp.generator.stages.context import context_stage, references
from studyapp.generator.stages.generate import called_terms

SOIL = """Living Soil

Every handful of garden soil holds thousands of small animals. Most are harmless, but some, called nematodes, feed on roots.

Soil also holds fungi and bacteria. Rotting leaves release chemicals called nutrients, which plants take up through their roots. This process is called decomposition. A second group of fungi, the mycorrhizae, live on the roots themselves. When many plants share one field, the soil is slowly worn out. This effect is called exhaustion.

Water reaches the roots through small gaps between grains. Grains that pass this rule are called loams; heavy clay does not, because its gaps are too small.

In 1910 the botanist Clara Weiss described the fungi. "The fungus feeds the beech as a mother feeds a child," she wrote.
"""


@pytest.fixture(scope="module")
def soil(tmp_path_factory):
    """The corpus of the invented soil text, parsed."""
    return parsed(tmp_path_factory.mktemp("round11"), SOIL, "soil.txt")



def _bare(text: str) -> Sentence:
    return Sentence(doc_id="d", paragraph=0, start=0, end=len(text), text=text, role="body", section="")


def _kinds(corpus, words: str) -> list[str]:
    return [kind for _, _, kind in references(sentence_with(corpus, words), [])]


def test_a_bare_quantifier_or_an_ordinal_subject_or_a_mid_connective_leans_back(soil):
    assert "quantifier" in _kinds(soil, "Most are harmless")
    assert "ordinal" in _kinds(soil, "A second group")
    assert "connective" in [kind for _, _, kind in references(_bare("Desert plants store water in this way."), [])]
    assert _kinds(soil, "Every handful") == []


def test_a_name_inside_a_quotation_is_no_antecedent_of_a_pronoun_after_it(soil):
    s = sentence_with(soil, "she wrote")
    names = [(s.text.index("The fungus"), None, False)]  # as if the quotation named someone
    assert "pronoun" in [kind for _, _, kind in references(s, names)]
    outside = _bare('Clara wrote "a fine day", she said.')
    assert "pronoun" not in [kind for _, _, kind in references(outside, [(0, None, False)])]


def test_a_quantifier_stem_is_shown_after_the_sentence_it_counts(soil):
    s = sentence_with(soil, "Most are harmless")
    c = Candidate(type="cloze", kind="fact", answer="nematodes", doc_id=s.doc_id, quote=s.text, paragraph=s.paragraph,
                  sentence=s.position, template="called",
                  prompt="According to “Living Soil”, most are harmless, but some, called _____, feed on roots.")
    soil.candidates = [c]
    assert context_stage(soil).candidates == [c]
    assert c.prompt == ("According to “Living Soil”, every handful of garden soil holds thousands of small animals. "
                        "Most are harmless, but some, called _____, feed on roots.")


def test_the_rule_the_sentence_before_does_not_name_is_not_asked(soil):
    s = sentence_with(soil, "pass this rule")
    c = Candidate(type="cloze", kind="fact", answer="loams", doc_id=s.doc_id, quote=s.text, paragraph=s.paragraph,
                  sentence=s.position, template="called",
                  prompt="Grains that pass the rule are called _____; heavy clay does not, because its gaps are too small.")
    soil.candidates = [c]
    assert context_stage(soil).candidates == []
    assert "this rule" in c.reasons[-1]


def test_a_term_s_kind_and_number_come_from_the_text(soil):
    doc = soil.docs[0]
    assert term_kinds.term_kind(doc, "nutrients") == "chemical"
    assert term_kinds.term_kind(doc, "decomposition") == "process"
    assert term_kinds.term_kind(doc, "exhaustion") == "effect"
    assert term_kinds.term_kind(doc, "nematodes") == ""
    assert term_kinds.plural("nematodes") and not term_kinds.plural("exhaustion")
    assert not term_kinds.fits(doc, "nutrients", "decomposition")  # a process among chemicals
    assert not term_kinds.fits(doc, "nematodes", "exhaustion")  # a mass noun among animals
    assert term_kinds.fits(doc, "decomposition", "decomposition")


def test_a_called_term_with_too_few_options_of_its_kind_is_a_typed_gap(soil):
    doc = soil.docs[0]
    made = called_terms(doc, sentence_with(soil, "called nutrients"))
    assert [c.type for c in made] == ["cloze"]  # decomposition, exhaustion are no chemicals


TIDES = """Coastal Floods

Storm surge flooding happens when strong winds push sea water onto low coasts.
River flooding happens when heavy rain falls on ground that is already soaked.

Fishing families on the coast lose out because their boats cannot leave the harbour for weeks.

Farmers near the estuary lose money because salt water ruins the soil of the fields.

Insurance companies raise their prices because the damage grows more costly every year.
"""


def test_a_condition_is_not_offered_among_reasons(tmp_path):
    from studyapp.generator.stages.causes import why_items
    path = tmp_path / "tides.txt"
    path.write_text(TIDES, encoding="utf-8")
    corpus = run_pipeline([path], names=["read", "clean", "languages", "analyse", "parse"])
    made = {c.quote: c for c in why_items(corpus, corpus.docs[0])}
    fishing = next(c for q, c in made.items() if q.startswith("Fishing"))
    assert not any("winds" in o or "rain" in o for o in fishing.choices)
    reasons = ("boats cannot leave", "salt water ruins", "damage grows")  # a condition's options: no reason (en11)
    assert all(r not in o for c in made.values() if "rain" in str(c.answer) for o in c.choices for r in reasons)
