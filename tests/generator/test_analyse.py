"""Analyse stage with hand-built input: sentences, numbers, entities, attributions, acronyms and definitions."""
from __future__ import annotations

from studyapp.generator.stages.numbers import find_numbers
from studyapp.generator.stages.segment import split_sentences

from .conftest import make_doc, run_stages


def _analysed(text: str, **meta):
    """One hand-built document after clean and analyse."""
    return run_stages(["clean", "analyse"], make_doc(text, **meta))


def test_sentences_survive_initials_abbreviations_and_decimals():
    text = "B.S. Sarsenbayev wrote it. Dr. Lee measured 7.088 units. The U.N. agreed.The vote passed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "B.S. Sarsenbayev wrote it.", "Dr. Lee measured 7.088 units.", "The U.N. agreed.", "The vote passed."]


def test_numbers_years_dates_percentages_money_and_ranges():
    found = {(m.kind, m.text) for m in find_numbers(
        "On March 29, 1994, exports rose by 18.4% to $2.92 billion; in 138 BC; the period 1992-2006; "
        "some 4,000 companies; the 1990s; the fourth-largest partner.", 0)}
    assert {("date", "March 29, 1994"), ("percent", "18.4%"), ("money", "$2.92 billion"), ("year", "138 BC"),
            ("range", "1992-2006"), ("count", "4,000"), ("decade", "1990s"), ("ordinal", "fourth-largest")} <= found


def test_people_places_and_organisations_get_fine_kinds_and_titles_move_out_of_names():
    corpus = _analysed("Kyrgyz President Sadyr Japarov met officials of the World Health Organization in Tashkent. "
                       "Later, Japarov flew to Turkey.")
    kinds = {e.name: e.kind for e in corpus.entities.values()}
    assert kinds["Sadyr Japarov"] == "person" and kinds["Tashkent"] == "city" and kinds["Turkey"] == "country"
    assert kinds["World Health Organization"] == "org"
    assert corpus.entity_for("Japarov").name == "Sadyr Japarov"


def test_acronyms_are_matched_with_their_expansions_both_ways():
    corpus = _analysed("The Organization of Turkic States (OTS) met in Baku. Trade grew with the EEU (the Eurasian "
                       "Economic Union) and foreign direct investment (FDI) rose.")
    pairs = {(d.term, d.meaning) for d in corpus.docs[0].definitions if d.kind == "acronym"}
    assert {("OTS", "Organization of Turkic States"), ("EEU", "Eurasian Economic Union"),
            ("FDI", "foreign direct investment")} <= pairs
    assert corpus.entity_for("OTS") is corpus.entity_for("Organization of Turkic States")


def _attributions(text: str):
    """(speaker, content) pairs found in the text."""
    corpus = _analysed(text)
    return [(a.speaker, a.content) for a in corpus.docs[0].attributions]


def test_attribution_with_says_that():
    assert _attributions("The economist Maria Costa said that prices will fall next year.") == [
        ("Maria Costa", "prices will fall next year")]


def test_attribution_according_to():
    assert _attributions("According to Tomas Berg, the bridge was finished ahead of schedule.") == [
        ("Tomas Berg", "the bridge was finished ahead of schedule")]


def test_quotation_with_its_speaker_after_it():
    assert _attributions("“We will rebuild the school before winter”, Amina Yusuf said.") == [
        ("Amina Yusuf", "We will rebuild the school before winter")]


def test_a_pronoun_speaker_is_resolved_only_when_one_person_fits():
    one = _attributions("Dr. Rosa Ortiz in her report studied rivers. She argues that the dams harm the fish.")
    assert one == [("Rosa Ortiz", "the dams harm the fish")]
    two = _attributions("Paul Smith met Karl Jung at the station. He argues that the trains are too slow.")
    assert two == []


def test_appositions_give_roles_and_definitions():
    corpus = _analysed("Uriel Araujo, a researcher with a focus on ethnic conflicts, wrote a report. "
                       "By producing Bayraktar, an autonomous combat aerial vehicle, on par with others, Turkey grew.")
    found = {(d.kind, d.term, d.meaning) for d in corpus.docs[0].definitions}
    assert ("role", "Uriel Araujo", "a researcher with a focus on ethnic conflicts") in found
    assert ("term", "Bayraktar", "an autonomous combat aerial vehicle") in found


def test_opinion_and_hedge_cues_set_the_stance():
    corpus = _analysed("The city should build more bike lanes. The council met on May 10, 2022 to vote. "
                       "Critics say that the plan may fail.")
    stances = [s.stance for s in corpus.docs[0].sentences]
    assert stances == ["opinion", "fact", "claim"]


def test_a_view_reported_without_that_is_a_claim_and_evaluative_words_make_an_opinion():
    corpus = _analysed("Dr. Ana Ruiz, a paediatrician in Lyon, thinks it would be better to teach healthy habits. "
                       "Some teachers regard phones as useful tools for taking notes in class. "
                       "I think it would be better to wait for the results. "
                       "Parents have not always been helpful in the effort to keep phones out of class. "
                       "The school board voted on the ban in March 2023.")
    assert [s.stance for s in corpus.docs[0].sentences] == ["claim", "claim", "opinion", "opinion", "fact"]


def test_a_clause_after_a_name_is_not_taken_for_its_description():
    corpus = _analysed("Beginning with Selim, the Ottoman sultans also held the title of caliph, the head of Islam. "
                       "Dr. Ana Ruiz, a paediatrician in Lyon, spoke first at the meeting of the school board.")
    found = {(d.term, d.meaning) for d in corpus.docs[0].definitions}
    assert not any(term == "Selim" for term, _ in found), found
    assert ("Ana Ruiz", "a paediatrician in Lyon") in found


def test_a_medieval_year_before_a_name_is_a_year_not_a_count():
    """A count's tolerance is 1 % of it: "In 1449 Ulugh Beg was killed" read as a count accepted 1435 to 1463."""
    from studyapp.generator.stages.numbers import find_numbers

    kinds = {m.text: m.kind for m in find_numbers("In 1449 Ulugh Beg was killed by his son's men.", 0)}
    assert kinds == {"1449": "year"}
    counts = {m.text: m.kind for m in find_numbers("In 300 villages the wells ran dry.", 0)}
    assert counts == {"300": "count"}
