"""Thirteenth session, lead: what read s12 of the course pack dropped besides the which-document items: which expert
of a paper said a remark, when the paper names its experts by initial and surname ("S. Abzal states in the
interview …", asked four times). Hand-made texts; each test fails without its rule."""
from __future__ import annotations

import pytest

from parse_support import wrapped

from studyapp.generator import run_pipeline
from studyapp.generator.stages.citations import cited_authors

PAPER = """Water sharing in Central Asia: a survey of experts

Abstract

This paper asks how experts see the sharing of river water between the states of Central Asia. Twelve experts were
interviewed in 2023.

Findings

S. Abzal states in the interview that the pressure on the Syr Darya is rising every year. K. Omarova argues that the
states should build a joint water council. S. Abzal also noted that dams upstream lower the water level in summer.
K. Omarova sees the council as slow to come, but still possible within ten years.

The Aral Sea lost most of its water after the rivers that fed it were diverted for cotton fields.
"""

GUIDE = """The Great Gatsby: a study guide

F. Scott Fitzgerald wrote The Great Gatsby in 1925. The novel is told by Nick Carraway, who moves to West Egg on Long
Island. Jay Gatsby throws huge parties in the hope that Daisy Buchanan will come. Fitzgerald shows how wealth cannot
buy back the past. F. Scott Fitzgerald died in 1940, believing the book a failure.
"""


def _corpus(tmp_path_factory, name: str, text: str):
    return wrapped(tmp_path_factory.mktemp("lead13"), name, text)


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return _corpus(tmp_path_factory, "paper.txt", PAPER)


def test_which_expert_of_a_paper_said_a_remark_is_not_asked(paper):
    asked = [q.prompt for q in paper.questions if q.template in ("who_said", "tf_speaker", "cloze", "wh_subject")
             and ("Abzal" in str(q.answer) or "Omarova" in str(q.answer) or "Abzal" in q.prompt or "Omarova" in q.prompt)]
    assert not asked, asked


def test_a_papers_experts_named_by_initial_are_cited_authors(paper):
    assert {"abzal", "omarova"} <= cited_authors(paper.docs[0])


def test_a_writer_with_a_first_name_after_the_initial_is_not(tmp_path_factory):
    """"F. Scott Fitzgerald": the initial stands before a first name; a study guide's author is no cited expert."""
    guide = _corpus(tmp_path_factory, "gatsby.txt", GUIDE)
    assert "fitzgerald" not in cited_authors(guide.docs[0]) and "scott" not in cited_authors(guide.docs[0])


GUIDE_AND_SURVEY = """Silas Marner – Revision Guide

Plot summary

In the first part, the weaver Silas Marner is driven out of Lantern Yard and settles near the village of Raveloe.
Squire Cass grudgingly gives his younger son, Godfrey Cass, the family horse. Years later a golden-haired child
toddles into Silas's cottage on New Year's Eve.

The lunch survey

Of 510 pupils, 402 answered the questions during registration, a response rate of 79%. Soup was the most popular
lunch (41%), followed by pasta (30%) and salad (12%).
"""



@pytest.fixture(scope="module")
def guide(tmp_path_factory):
    return _corpus(tmp_path_factory, "marner.txt", GUIDE_AND_SURVEY)


def _name_for(corpus) -> dict[str, str]:
    return {str(q.answer): q.prompt for q in corpus.questions if "name for" in q.prompt or "called" in q.prompt}


def test_a_name_set_off_after_a_noun_is_not_defined_by_what_follows_it(guide):
    """"gives his younger son, Godfrey Cass, the family horse": Godfrey is the son, not "the family horse" (read
    s12 dropped "what is the day off called? – Bob Cratchit")."""
    assert "Godfrey Cass" not in _name_for(guide)


@pytest.mark.parametrize("answer", ["registration", "Soup"])
def test_a_figure_is_no_meaning_of_a_name_for_item(guide, answer):
    """"during registration, a response rate of 79%", "Soup was the most popular lunch (41%)": figures, not what a
    word means (read s12: "What is the name for a response rate of 73%? – form time")."""
    assert answer not in _name_for(guide)


TRADE = """Trade between Chile and Peru

Chile and Peru signed a free trade agreement in 2006. In the first half of 2023, Chile's exports to Peru fell by 12.6%
to $1.4 billion, while imports from Peru rose by 31.7% to $0.9 billion. The 31.7% rise came mostly from fruit.
"""

LOVELACE = """Ada Lovelace

Ada Lovelace wrote the first published computer program in 1843. Lovelace worked with Charles Babbage on his
Analytical Engine. Lovelace died of cancer on 27 November 1852, aged only 36. Lovelace was 17 years old when she first
met Babbage. Lovelace published her notes under her initials.
"""


@pytest.fixture(scope="module")
def trade(tmp_path_factory):
    return _corpus(tmp_path_factory, "trade.txt", TRADE)


def test_an_exact_share_to_the_decimal_is_not_blanked(trade):
    """"imports … rose by _____ to $0.9 billion" keyed 31.7%, though the text writes it twice: read s12 dropped
    "40.4%" in the course pack."""
    assert not {"31.7", "31.7%"} & {str(q.answer) for q in trade.questions}


def test_an_age_is_not_blanked(tmp_path_factory):
    """"Lovelace was _____ years old when she first met Babbage": biography trivia (read s12 and earlier: "Ada
    Lovelace died …, aged only _____")."""
    lovelace = _corpus(tmp_path_factory, "lovelace.txt", LOVELACE)
    assert not {"17", "36"} & {str(q.answer) for q in lovelace.questions}


FIRE = """The Great Flood of Dresden, 2002

In August 2002 heavy rain fell for days over the Ore Mountains. The Elbe rose to 9.4 metres in Dresden, the highest
level ever recorded there. In 2002, flood defence in the old town meant sandbags, hand pumps and rowing boats. The Zwinger palace was
flooded, and its paintings were carried to the upper floors. In 2003 the city began building new flood walls.
"""


def test_the_year_the_title_states_is_not_asked(tmp_path_factory):
    """"In which year did flood defence mean sandbags …?" under "…, 2002": the title gives it (read s12: 1666 under
    "Four Days in September: The Great Fire of London, 1666")."""
    flood = _corpus(tmp_path_factory, "flood.txt", FIRE)
    assert not [q.prompt for q in flood.questions if str(q.answer) == "2002"]


SECTION = """Unit 4: Forces and Motion

4.2 Friction Between Surfaces

Learning objectives
By the end of this section you should be able to:
- describe how friction acts between surfaces that touch and slide;
- explain how lubricants reduce friction between moving surfaces;
- name the surfaces that produce the most friction.

Friction is a force that acts between two surfaces that touch and slide, or try to slide, over each other. It always
acts in the opposite direction to the motion. Rough surfaces produce more friction than smooth surfaces. Lubricants
such as oil reduce friction between moving surfaces.
"""


def test_a_sections_title_is_not_an_item_of_its_objectives_list(tmp_path_factory):
    """"6.3 The Carbon Cycle" lost its title to "name the main stores of carbon on Earth;" (read s12): a line that
    starts in lower case or ends with ";" or ":" is a list's item, no title."""
    path = tmp_path_factory.mktemp("lead13") / "friction.txt"
    path.write_text(SECTION.replace("other. It always\nacts", "other. It always acts").replace(
        "Lubricants\nsuch", "Lubricants such"), encoding="utf-8")  # the lines of the list stay lines
    section = run_pipeline([path])
    assert section.docs[0].title == "Friction Between Surfaces"


def test_a_word_of_use_in_a_textbook_is_no_opinion():
    """"All three products are useful in industry." keyed "An opinion" in a chemistry section (held-out set 13,
    after read t13, which dropped it and "a useful memory aid is OIL RIG")."""
    from pathlib import Path
    section = Path(__file__).parent / "fixtures" / "heldout" / "en-textbook-electrolysis.txt"
    corpus = run_pipeline([section])
    assert corpus.questions
    assert not [q.quote for q in corpus.questions if q.template == "stance" and "useful" in q.quote]


def test_a_false_statement_does_not_swap_a_city_that_stands_for_its_state():
    """"Almaty has become especially eager …" for Astana (reads s12 and t13 dropped the trick); a city as a place
    ("… opened a factory in Almaty") may still be swapped."""
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.reader_drops import city_for_state

    def item(statement: str, city: str, other: str) -> Candidate:
        at = statement.index(city)
        return Candidate(type="true_false", kind="fact", prompt="True or false? " + statement.replace(city, other, 1),
                         answer="False", doc_id="d", quote=statement, paragraph=0, sentence=0,
                         pending={"swap": (at, at + len(city), city, "city", city.lower()), "statement": statement})

    assert city_for_state(item("Since 2015 Astana has become eager to find new partners.", "Astana", "Almaty"))
    assert city_for_state(item("Ankara seems to be using the Kremlin's own scheme.", "Ankara", "Izmir"))
    assert not city_for_state(item("In 2019 the company opened a factory in Almaty.", "Almaty", "Shymkent"))
