"""Rules from the English blind reads of 29 Nov (l and m), the seventh round: one quantity given twice (exact and
hedged) is accepted either way and asked once; titled names are accepted; a blank is never part of a name the prompt
still shows, nor a person or city a title beside it names; public offices leave matchings and descriptions (a
figure's own deed replaces the office); which cited author said a remark is not asked; a view set up to be answered
is no one's claim. Every text here is made by hand (biology, economics, a novel, a city council report)."""
from __future__ import annotations

import pytest

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate
from studyapp.generator.stages.typed_names import person_names
from studyapp.generator.stages.citations import cited_author, cited_authors
from studyapp.generator.stages.keep_rules import unmarked_stance
from studyapp.generator.stages.known import deed, described_key, name_part, office
from studyapp.generator.stages.phrasing import lower_first
from studyapp.generator.stages.quantities import quantity_key, widen_tolerance

from .test_keep_rules import UP_TO_GATE

COMMUTE = """Cycling in Lenbridge

In 2021, 18.7% of the city's workers commuted by bicycle, according to the transport office. The council spent
$12 million on new cycle lanes. Nearly 19% of the city's workers now commute by bicycle, twice the national rate.
About 25% of workers drive to the city centre. Bus fares rose by 14.2% and train fares by 14% in the same year.
"""


def _run(tmp_path_factory, name: str, text: str):
    """The corpus of a hand-made text, up to (not through) the gate."""
    path = tmp_path_factory.mktemp("g") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return run_pipeline([path], names=UP_TO_GATE)


@pytest.fixture(scope="module")
def commute(tmp_path_factory):
    """The economics text on commuting."""
    return _run(tmp_path_factory, "commute", COMMUTE)


def _numeric(corpus, words: str, key: float) -> Candidate:
    """A numeric item on the sentence holding `words`, keyed `key`."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    return Candidate(type="numeric", kind="fact", prompt=s.text.replace(f"{key:g}", "_____", 1), answer=key,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, answer_kind="percent",
                     template="numeric", tolerance=0.0)


def test_a_typed_figure_accepts_the_text_s_other_figure_for_the_same_quantity(commute):
    doc = commute.docs[0]
    hedged, exact = _numeric(commute, "Nearly 19%", 19), _numeric(commute, "In 2021", 18.7)
    widen_tolerance(hedged, doc)
    widen_tolerance(exact, doc)
    assert hedged.tolerance >= 0.3 and exact.tolerance >= 0.3
    assert quantity_key(hedged, doc) == quantity_key(exact, doc) is not None


def test_figures_of_other_things_or_both_exact_are_not_one_quantity(commute):
    doc = commute.docs[0]
    drive, fares = _numeric(commute, "drive to", 25), _numeric(commute, "train fares", 14)
    widen_tolerance(drive, doc)
    widen_tolerance(fares, doc)  # 14.2% and 14%: two exact figures of two things
    assert drive.tolerance == 0.0 and fares.tolerance == 0.0
    assert quantity_key(drive, doc) is None and quantity_key(fares, doc) is None


HARBOUR = """The Doctor of Harrowgate

Dr Helena Voss, the village doctor, treats the fishermen of Harrowgate for free. Professor Ivo Brandt, who studies
coastal towns, said: "Without her the harbour would have emptied years ago." Helena Voss never leaves the village.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    """The novel's study guide."""
    return _run(tmp_path_factory, "harbour", HARBOUR)


def test_a_typed_person_answer_accepts_the_title_the_text_gives(harbour):
    doc = harbour.docs[0]
    voss = Candidate(type="cloze", kind="fact", prompt="", answer="Helena Voss", doc_id=doc.id, quote="", paragraph=0,
                     answer_key="helena voss", answer_kind="person", template="cloze")
    brandt = Candidate(type="short_answer", kind="perspective", prompt="", answer="Ivo Brandt", doc_id=doc.id,
                       quote="", paragraph=0, answer_key="ivo brandt", answer_kind="person", template="who_said")
    assert {"Dr Voss", "Dr Helena Voss"} <= set(person_names(voss, doc, harbour.entities))
    assert {"Professor Brandt", "Professor Ivo Brandt"} <= set(person_names(brandt, doc, harbour.entities))


def _cloze(prompt: str, answer: str, kind: str = "name") -> Candidate:
    """A cloze item with its prompt written out."""
    return Candidate(type="cloze", kind="fact", prompt=prompt, answer=answer, doc_id="d", quote="", paragraph=0,
                     answer_kind=kind, template="cloze")


@pytest.mark.parametrize("prompt, answer", [
    ("In 1898 the _____ of Commerce opened a reading room for merchants.", "Chamber"),
    ("The new bridge was designed by _____ van Houten, the city engineer.", "Pieter"),
    ("The council renamed the Bank of _____ after the flood.", "Lenbridge"),
])
def test_a_blank_that_is_part_of_a_name_the_prompt_shows_is_a_give_away(prompt, answer):
    assert name_part(_cloze(prompt, answer)) == "give-away: the blank is part of a name the prompt still shows"


@pytest.mark.parametrize("prompt, answer, kind", [
    ("President _____ of Portugal opened the bridge in 2019.", "Maria Duarte", "person"),
    ("_____ opened the new bridge over the river in 2019.", "Maria Duarte", "person"),
])
def test_a_whole_name_beside_a_title_is_asked(prompt, answer, kind):
    assert name_part(_cloze(prompt, answer, kind)) == ""


@pytest.mark.parametrize("prompt", [
    "The first president of Ruritania, _____, opened the parliament in 1921.",
    "_____, the founder of the company, retired in 1990.",
    "Most new offices were built in the capital _____ after 2005.",
])
def test_a_title_beside_the_blank_names_the_key(prompt):
    assert described_key(_cloze(prompt, "X", "person")) == "give-away: a title beside the blank names the key"


def test_a_local_office_without_a_country_does_not_name_the_key():
    assert described_key(_cloze("The mayor, _____, opened the market on Sunday.", "Ada Brink", "person")) == ""


@pytest.mark.parametrize("description, known", [
    ("Finnish Prime Minister", True), ("the founder of the new republic", True), ("the famous Irish poet", True),
    ("a politician widely acknowledged as the founder of modern statehood", True),
    ("a widowed lawyer", False), ("the family's cook", False), ("a marine biologist", False),
])
def test_public_offices_are_known_without_the_text(description, known):
    assert office(description) is known


@pytest.mark.parametrize("text, subject, expected", [
    ("Chancellor Ida Berg announced that the mines would close by 2030.", (0, 19),
     "announced that the mines would close by 2030"),
    ("Ida Berg, the chancellor of the republic, even closed the last coal mine in the north in 2030 after a strike.",
     (0, 8), "closed the last coal mine in the north in 2030"),
    ("Ida Berg made such claims before the election.", (0, 8), ""),
    ("Ida Berg and Otto Lind signed the treaty in Oslo.", (0, 22), ""),
    ("Ida Berg is considered the mother of the new republic.", (0, 8), ""),
])
def test_a_public_figure_s_deed_is_the_subject_s_own_short_predicate(text, subject, expected):
    assert deed(text, subject) == expected


SUMMIT = """The River Treaty

The River Treaty was signed in Lisbon in 2031 after two years of talks. Swedish Prime Minister Karin Holm proposed a
shared fund for flood defences. Polish President Adam Wrona rejected the first draft of the treaty in March.
Dutch Foreign Minister Eva Smit chaired the final round of talks in Lisbon.
"""


def test_a_matching_of_public_figures_pairs_them_with_what_they_do(tmp_path_factory):
    corpus = _run(tmp_path_factory, "summit", SUMMIT)
    matchings = [c for c in corpus.candidates if c.type == "matching"]
    assert matchings
    rights = [right for m in matchings for _, right in m.answer]
    assert not any(office(r) for r in rights)
    assert "proposed a shared fund for flood defences" in rights


REEF = """Why Corals Bleach

Coral reefs cover less than one percent of the ocean floor. K. Okonkwo in his research states that coral bleaching
is driven mainly by marine heatwaves. Lindqvist (2019) argues that bleached corals can recover within ten years.
Lindqvist's study also shows that fish return to a reef before the corals do. Mara Diaz, a diver who has worked on
the reef for twenty years, said that the water is warmer every summer.

One might think that reefs in deep water are safe from heat.
"""


@pytest.fixture(scope="module")
def reef(tmp_path_factory):
    """The biology review."""
    return _run(tmp_path_factory, "reef", REEF)


def test_the_authors_a_text_cites_for_their_works_are_found(reef):
    assert {"okonkwo", "lindqvist"} <= cited_authors(reef.docs[0])
    assert "diaz" not in cited_authors(reef.docs[0])


@pytest.mark.parametrize("answer, reason", [
    ("K. Okonkwo", "trivia: which cited author said it (ask the claim)"),
    ("Lindqvist", "trivia: which cited author said it (ask the claim)"),
    ("Mara Diaz", ""),
])
def test_which_cited_author_said_a_remark_is_not_asked(reef, answer, reason):
    doc = reef.docs[0]
    c = Candidate(type="multiple_choice", kind="perspective", prompt="Who argues that …?", answer=answer,
                  doc_id=doc.id, quote="", paragraph=0, template="who_said")
    assert cited_author(c, doc) == reason


def test_the_gate_keeps_no_who_said_item_on_a_cited_author(reef, tmp_path):
    path = tmp_path / "reef.txt"
    path.write_text(REEF, encoding="utf-8")
    corpus = run_pipeline([path], names=UP_TO_GATE + ["gate"])
    asked = [c.answer for c in corpus.candidates + corpus.rejected if c.template == "who_said"]
    assert "K. Okonkwo" in asked or "Lindqvist" in asked  # the item is made, then stopped at the gate
    assert not [c for c in corpus.candidates if c.template == "who_said" and c.answer in ("K. Okonkwo", "Lindqvist")]


def test_a_view_set_up_to_be_answered_is_not_asked_as_a_claim(reef):
    doc = reef.docs[0]
    s = next(s for s in doc.sentences if s.text.startswith("One might think"))
    c = Candidate(type="multiple_choice", kind="perspective", prompt="", answer="A reported claim", doc_id=doc.id,
                  quote=s.text, paragraph=s.paragraph, sentence=s.position, template="stance")
    assert unmarked_stance(c, doc).startswith("fact/opinion: a view set up to be answered")


def test_an_initial_opening_a_statement_stays_a_capital():
    assert lower_first("M. Okafor's study shows that the lake is warming.", set()).startswith("M. Okafor")


def test_the_bank_asks_one_quantity_given_twice_once_and_accepts_both_figures(tmp_path):
    path = tmp_path / "commute.txt"
    path.write_text(COMMUTE, encoding="utf-8")
    corpus = run_pipeline([path])
    cycling = [c for c in corpus.questions if c.answer in (19, 18.7, "19%", "18.7%")]
    assert len(cycling) <= 1
    assert all(c.tolerance >= 0.3 for c in cycling if c.type == "numeric")


def test_the_gate_stops_a_blank_inside_a_name_and_beside_a_title(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text("""Lenbridge Council Report 2024

The Chamber of Commerce of Lenbridge opened a new market hall in May. The first mayor of Lenbridge, Ada Brink,
planted an oak in front of the hall. The council spent $3 million on the market hall and its square.
""", encoding="utf-8")
    corpus = run_pipeline([path], names=UP_TO_GATE + ["context", "gate"])
    assert not [c for c in corpus.candidates if c.answer in ("Chamber", "Commerce", "Ada Brink")
                and c.template in ("cloze", "complete", "wh_subject")]


def test_the_same_figure_in_two_sentences_on_one_thing_is_one_quantity(tmp_path_factory):
    corpus = _run(tmp_path_factory, "exports", """Grain Exports of Estmark

In 2023 grain exports of Estmark rose by 31.6% to $2 billion. The government welcomed the 31.6% rise in grain
exports as proof of its farm policy. Wool exports fell by 31.6% in the same year.
""")
    doc = corpus.docs[0]
    first, second = _numeric(corpus, "rose by", 31.6), _numeric(corpus, "welcomed", 31.6)
    assert quantity_key(first, doc) == quantity_key(second, doc) is not None
    assert quantity_key(_numeric(corpus, "Wool", 31.6), doc) is None


FISH = """The Cod Wars of the North

Portugal signed a fishing treaty with Norway in 1921 after ten years of quarrels over the cod banks. Portugal built
three new fishing ports in the south in 1925. The treaty of 1921 closed the northern banks to both fleets.
"""  # 1921 given twice: a year the text makes its point may be swapped (blind read 29n)


def _tf(corpus, words: str, country: str) -> Candidate:
    """A true/false candidate on the sentence holding `words`, set to swap `country`."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    m = next(m for m in doc.mentions_in(s.position) if m.text == country)
    c = Candidate(type="true_false", kind="fact", prompt=f"True or false? {s.text}", answer="True", doc_id=doc.id,
                  quote=s.text, paragraph=s.paragraph, sentence=s.position, template="tf")
    c.pending = {"swap": (m.start, m.end, m.text, m.kind, m.key), "statement": s.text}
    return c


def test_a_country_set_against_another_is_not_swapped_its_year_is(tmp_path_factory):
    from studyapp.generator.stages.known import plausible_swap
    corpus = _run(tmp_path_factory, "fish", FISH)
    doc = corpus.docs[0]
    treaty, ports = _tf(corpus, "fishing treaty", "Portugal"), _tf(corpus, "new fishing ports", "Portugal")
    assert plausible_swap(doc, treaty)[2:4] == ("1921", "year")
    assert plausible_swap(doc, ports) == ports.pending["swap"]
