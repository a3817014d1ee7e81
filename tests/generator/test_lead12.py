"""Twelfth session, lead: what read v of the course pack dropped as said on the way (a venue or an owner set off by
commas, when figures came out, which meeting of a series, the year of a count, a blank nothing else fixes) and "A
fact" on a country's mood. Each test is built on a hand-made text and fails without its rule."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.generator import run_pipeline

ARTICLE = """Norway and Iceland: a northern partnership

By Liv Hansen

Norway and Iceland have worked together on fisheries for decades. The Nordic Fisheries Council was set up in 2021 to
share catch data between Norway and Iceland, and it still meets every spring in Oslo.

The Norwegian prime minister, speaking at the University of Bergen on 12 May 2005, first proposed a joint Arctic
research fund. Patrol boats of the Skjold class, in service with the Royal Norwegian Navy since 1999, are fast and
carry modern radar.

New fishing quotas came into force in March 2024. Exports of Norwegian salmon to Iceland rose by 12 percent, as per
the March 2024 data. In 2021, there were around 1,800 Icelandic students in Norway.

Oslo is acting in its own interest. Reykjavik's unease grew when the quotas for cod were cut.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("lead12") / "norway.txt"
    path.write_text(ARTICLE.replace("\n", " ").replace("  ", "\n\n"), encoding="utf-8")
    return run_pipeline([path])


def _asked(corpus, answer: str) -> list[str]:
    gone = {id(c) for c in corpus.rejected}
    return [c.prompt for c in corpus.candidates if id(c) not in gone and str(c.answer) == answer]


def _refused(corpus, answer: str) -> str:
    return "; ".join(r for c in corpus.rejected if str(c.answer) == answer for r in c.reasons)


@pytest.mark.parametrize("answer", ["University of Bergen", "Royal Norwegian Navy"])
def test_a_name_set_off_by_commas_between_subject_and_verb_is_not_asked(corpus, answer):
    """"…, speaking at the _____ on 12 May 2005, first proposed …", "…, in service with the _____ since 1999, are …":
    a venue and an owner said on the way (read v dropped both kinds in the course pack). Such a name is tried last
    (`generate.answer_mentions`, fourteenth session), so it is refused or never a candidate."""
    assert not _asked(corpus, answer)
    assert "set off by commas" in _refused(corpus, answer) or not [c for c in corpus.candidates
                                                                   if str(c.answer) == answer]


def test_when_figures_came_out_is_not_asked(corpus):
    """"as per the _____ data": the month of a release, even when the document writes it twice."""
    assert not [p for p in _asked(corpus, "March 2024") if "data" in p]
    assert "when a set of figures came out" in _refused(corpus, "March 2024")


def test_the_year_of_a_count_is_not_asked_but_the_count_is(corpus):
    """"In which year were there around 1,800 … students?" is trivia; the count itself may be asked."""
    assert not [p for p in _asked(corpus, "2021") if "students" in p]
    assert "the year a count was taken" in _refused(corpus, "2021")


def test_a_blank_nothing_else_in_the_sentence_fixes_is_not_asked(corpus):
    """"_____ is acting in its own interest." fits any country or capital."""
    assert not [p for p in _asked(corpus, "Oslo") if "own interest" in p]
    assert "nothing else in the sentence" in _refused(corpus, "Oslo")


def test_which_meeting_of_a_series_is_trivia():
    """"ahead of the _____ summit of the Nordic Council": the ordinal of a summit (read v: "8th")."""
    from studyapp.generator.stages.side_points import series_detail

    c = SimpleNamespace(answer="14th", answer_kind="ordinal", template="complete",
                        prompt="Complete the sentence: “The minister wrote an article ahead of the _____ summit of the "
                               "Nordic Council.”")
    s = SimpleNamespace(text="The minister wrote an article ahead of the 14th summit of the Nordic Council.")
    assert "which meeting of a series" in series_detail(c, s)
    c.prompt = c.prompt.replace("_____ summit", "_____ day")
    assert series_detail(c, s) == ""


@pytest.mark.parametrize(("text", "judged"), [
    ("Reykjavik's unease grew when the quotas for cod were cut.", True),
    ("Since 1994, Norway has been actively developing friendly relations with its neighbours.", True),
    ("Norway and Iceland signed a fisheries agreement in 1998.", False),
])
def test_a_countrys_mood_or_good_relations_are_no_fact_to_key(text, judged):
    """"Astana's apprehension increased …", "actively developing friendly relations" keyed "A fact": the writer's
    reading (read v); a signed agreement stays a fact."""
    from studyapp.generator.stages.stance_worth import judged_trend

    assert judged_trend(SimpleNamespace(text=text, parse=None)) is judged


STUDY = """School gardens and healthy eating in Tartu

Abstract

This study asks whether school gardens change what pupils eat. M. Kask's earlier study reveals that interest in
gardening rose sharply in 2019, with the opening of the first school garden in Tartu.

### Methods

The research employs a mixed-methods approach, including interviews with teachers and surveys among families of
Tartu. One online survey was created on the platform FormDesk. Families without internet got a paper copy of the
FormDesk form. Kask's research highlights the importance of fresh vegetables.

### Results

The majority, 64.5% of respondents, want a garden at every school. Only 22.1% of pupils eat vegetables every day.
41.3% of parents said the garden changed family meals. 18.6% of pupils answered that they dislike gardening.
12.9% of teachers chose gardening as a club.

### Conclusion

School gardens in Tartu are popular, and more schools plan to open one.
"""


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    path = tmp_path_factory.mktemp("lead12") / "gardens.txt"
    path.write_text(STUDY.replace("\n", " ").replace("  ", "\n\n").replace("\n\n### ", "\n\n### "), encoding="utf-8")
    return run_pipeline([path])


def test_how_a_study_gathered_its_data_is_not_asked(study):
    """The platform of its survey and the town it surveyed are the method, not the finding (read v: Google Forms)."""
    assert not [p for p in _asked(study, "FormDesk") if "platform" in p]
    assert "how or where a study gathered its data" in _refused(study, "FormDesk")


def test_what_a_study_highlights_keyed_the_importance_of_is_not_asked():
    """"What does Kask's research highlight?" -> "the importance of fresh vegetables": many answers fit."""
    from studyapp.generator.stages.side_points import vague_gist

    c = SimpleNamespace(prompt="According to the text, what does Kask's research highlight?",
                        answer="the importance of fresh vegetables")
    assert vague_gist(c)
    c.answer = "fresh vegetables"
    assert vague_gist(c) == ""


def test_a_survey_gives_at_most_three_of_its_shares(study):
    """Five results, one share each: three are asked, the rest are refused as one too many."""
    shares = ["64.5", "22.1", "41.3", "18.6", "12.9"]
    asked = [s for s in shares if _asked(study, s) or _asked(study, s + "%")]
    assert len(asked) <= 3, asked
    assert "enough questions on its survey's shares" in "; ".join(_refused(study, s) + _refused(study, s + "%")
                                                                  for s in shares)


@pytest.mark.parametrize(("text", "kept"), [
    ("M. Kask's earlier study reveals that interest rose.", "M. Kask's"),
    ("Reykjavik's unease grew when the quotas were cut.", "Reykjavik's"),
])
def test_an_initial_or_a_possessive_name_keeps_its_capital(text, kept):
    """"According to the text by X, m. Iembekova's study …" (course pack) and "In which year did reykjavik's unease
    grow …?": a name keeps its capital after the frame."""
    from studyapp.generator.stages import naming, phrasing

    assert phrasing.lower_first(text, {"Reykjavik", "Kask"}).startswith(kept)
    corpus = SimpleNamespace(mid_caps=set(), lower_vocab=set(), entity_for=lambda w: None)
    if "." in kept:
        assert naming.lower_first(text, corpus).startswith(kept)


def test_a_russian_gender_is_a_plain_string_that_compares_with_anything():
    """A character described as "… человек" (no gender) beside one described as "старший сын" (masc): comparing the
    two genders raised pymorphy3's ValueError ("'' is not a valid grammeme") and took the whole study guide down."""
    from studyapp.generator.lang.ru_ideas import animate

    gender = animate("старший сын, твёрдый и сдержанный")
    assert gender == "masc" and type(gender) is str
    assert not ("" == gender) and not ("plur" == gender)  # noqa: SIM201 (the reflected comparison used to raise)


def test_a_first_name_that_is_also_a_town_is_a_person_not_a_common_noun():
    """"Владимир — единственный сын, …" was read as the common noun "владимир" (pymorphy3 also knows the town) and
    asked "Как называется единственный сын …?" keyed "владимир"; "Дворецкий — старший слуга" stays a common noun."""
    from studyapp.generator.lang.ru_ideas import definition

    d = definition("Владимир — единственный сын, смелый, благородный, вспыльчивый.")
    assert d.key == "Владимир" and d.person == "masc" and not d.ask
    assert definition("Дворецкий — старший слуга в богатом доме.").key == "дворецкий"


@pytest.mark.parametrize(("author", "shown"), [("python-docx", ""), ("Microsoft Office User", ""), ("Admin", ""),
                                               ("Sarah Kemp", "Sarah Kemp"), ("Иванова А. В.", "Иванова А. В.")])
def test_a_word_files_author_property_is_shown_only_when_it_names_a_person(tmp_path, author, shown):
    """A Word file made by a program or an account ("python-docx", "Admin") put that name on every evidence line as
    the document's author (the click-through of 30 Nov); a person's name stays."""
    import docx

    from studyapp.generator import generate_bank

    document = docx.Document()
    document.add_heading("Sundials", level=1)
    document.add_paragraph("A sundial tells the time by the shadow of a rod. As the Sun moves across the sky, the "
                           "shadow turns. The rod is called the gnomon. The gnomon must point at the celestial pole.")
    document.core_properties.author = author
    document.save(tmp_path / "sundial.docx")
    bank = generate_bank([tmp_path / "sundial.docx"])
    assert [s.get("author", "") for s in bank["sources"]] == [shown]


HISTORY = """The Great Storm of the Baltic Fleet

On 3 March 1854 the fleet left Kronstadt for its spring exercises. The admiral ordered the ships to stay close to the
coast because the ice had not yet melted.

On 19 April 1854 a storm broke over the Gulf of Finland. Three ships were driven onto the rocks near Hanko, and the
rest returned to port.

On 12 June 1854 the repaired fleet sailed again. This time the weather stayed calm, and the exercises ended without
loss.
"""


def test_a_dates_options_are_the_documents_other_dates_not_the_same_day_in_other_years(tmp_path):
    """"On _____ a storm broke …" offered "19 April 1853", "19 April 1855": guessed from the year alone (read s12);
    the other dates of the text ("3 March 1854", "12 June 1854") come first."""
    from studyapp.generator import generate_bank

    path = tmp_path / "fleet.txt"
    path.write_text(HISTORY, encoding="utf-8")
    dated = [q for q in generate_bank([path])["questions"] if q["type"] == "multiple_choice"
             and str(q["answer"]).endswith("1854") and "_____" in q["prompt"]]
    assert dated, "no date asked"
    for q in dated:
        others = {"3 March 1854", "19 April 1854", "12 June 1854"} - {q["answer"]}
        assert others <= set(q["choices"]), q["choices"]
