"""Sixteenth session: what blind read v15 fixed in English stems, as rules. A who/which question on a sentence's
subject stops where a second clause with a subject of its own begins (", and British and French forces landed …",
", although other countries …"); a sentence that goes on from the one before by "then" ("The alliances then pulled
…") leans on it. Hand-made texts through the real pipeline; each test fails without its rule."""
from __future__ import annotations

import pytest

from parse_support import parsed, sentence_with, wrapped
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate
from studyapp.generator.stages import context, minor_names

CANAL = """The Canal Crisis of 1956

Egypt took over the canal company in July 1956. Britain and France planned a secret response with a third country.
Israel invaded the Sinai Peninsula at the end of October, and British and French forces landed soon afterwards.
Egypt is now the owner of the canal, although other countries still depend on it for their trade. The
invasion was condemned by the United States. The crisis ended in early November 1956. Anthony Eden resigned in
January 1957. The alliances then pulled the other powers in one after another. Then the ships returned.
If the water level falls, then the ships wait.
"""


@pytest.fixture(scope="module")
def canal(tmp_path_factory):
    return wrapped(tmp_path_factory.mktemp("v15"), "canal.txt", CANAL)


def test_the_parse_marks_where_a_second_clause_with_its_own_subject_begins(tmp_path):
    corpus = parsed(tmp_path, "Israel invaded the Sinai, and British forces landed soon afterwards. Farmers grew "
                              "wheat, barley, and oats. Egypt is the owner, although others depend on it. The king "
                              "signed the treaty and ratified it in 1995.")
    cut = sentence_with(corpus, "Israel").parse.second_clause
    assert sentence_with(corpus, "Israel").text[:cut] == "Israel invaded the Sinai"
    owner = sentence_with(corpus, "Egypt")
    assert owner.text[:owner.parse.second_clause] == "Egypt is the owner"
    assert sentence_with(corpus, "Farmers").parse.second_clause is None  # a list, no clause
    assert sentence_with(corpus, "The king").parse.second_clause is None  # one subject, two verbs


def test_a_question_on_the_subject_stops_before_the_second_clause(canal):
    made = [c for c in canal.candidates + canal.rejected + canal.questions if c.template == "wh_subject"]
    asked = [c.prompt for c in made if "Sinai" in c.quote or "owner of the canal" in c.quote]
    assert asked, [c.prompt for c in made]
    assert all("British and French" not in p and "although" not in p for p in asked), asked
    assert all(p.endswith(("October?", "canal?")) for p in asked), asked


def test_then_after_a_short_subject_or_opening_a_sentence_leans_back(canal):
    kinds = lambda words: [kind for *_, kind in context.references(sentence_with(canal, words), [])]  # noqa: E731
    assert "connective" in kinds("alliances then pulled")
    assert "connective" in kinds("Then the ships")
    assert "connective" not in kinds("If the water")
    assert "connective" not in kinds("Anthony Eden")


GUIDE = """The Orchard Trial: A Study Guide

Martha Quill is a lawyer in the small town of Fenwick. Her client, Samuel Reed, is accused of stealing from the
mill owner, Victor Hale. Victor Hale lies to the jury, and Samuel Reed is found guilty. Martha Quill appeals, but
the appeal fails. Victor Hale later attacks Martha's children on their way home. Their neighbour, Arthur Brook,
saves them. The constable, Peter Lowell, decides to report that Hale fell on his own knife, to protect the shy Brook
from public attention. Martha Quill agrees in the end. Samuel Reed dies in prison.
"""


def test_no_option_is_a_person_the_sentence_names_by_one_word(tmp_path):
    corpus = wrapped(tmp_path, "guide.txt", GUIDE)
    s = sentence_with(corpus, "Peter Lowell")
    gap = Candidate(type="multiple_choice", kind="fact", prompt=s.text.replace("Peter Lowell", "_____"),
                    answer="Peter Lowell", doc_id=corpus.docs[0].id, quote=s.text, paragraph=s.paragraph,
                    sentence=s.position, template="complete", answer_key=fold("Peter Lowell"))
    offered = minor_names.name_options(corpus, gap, [])
    assert offered and not {"Victor Hale", "Arthur Brook"} & set(offered), offered


LEAF = """How a Leaf Works

Photosynthesis is the process by which green plants make their own food. Chlorophyll is a green pigment that
absorbs light. Stomata are small pores on the underside of a leaf. Transpiration is the process by which water
evaporates from the leaves. Respiration is the process by which living cells release energy from glucose. Carbon
dioxide enters the leaf through the stomata, and water is taken up by the roots. Chlorophyll absorbs red and
blue light. Carbon dioxide is used in photosynthesis. Stomata close at night. Carbon dioxide is a gas in the air.
"""


def test_a_named_kind_is_asked_among_terms_of_that_kind(tmp_path):
    corpus = wrapped(tmp_path, "leaf.txt", LEAF)
    named = [c for c in corpus.questions + corpus.rejected + corpus.candidates if c.template == "define"
             and "the process by which" in c.prompt]
    assert named, [c.prompt for c in corpus.questions]
    for c in named:
        assert not {"Chlorophyll", "Stomata", "chlorophyll", "stomata"} & set(c.choices or []), c.choices
    assert any(c.choices for c in named), "processes are options for a process"


def test_what_a_term_does_stops_before_a_second_clause(tmp_path):
    corpus = wrapped(tmp_path, "leaf.txt", LEAF)
    asked = [c.prompt for c in corpus.questions + corpus.rejected + corpus.candidates if "enters the leaf" in c.prompt]
    assert asked and all("roots" not in p for p in asked), asked


WAR = """The Road to War

In 1908 Austria-Hungary annexed Bosnia. Serbia hoped to unite all South Slavs in one state, and Russia supported
it as the protector of the Slavs. Germany promised to back Austria-Hungary. In 1914 the heir to the Austrian throne
was shot in Sarajevo. Russia began to mobilise its army at the end of July 1914. Britain joined the war in August.
"""


def test_a_state_answer_accepts_no_name_the_state_took_after_the_text_s_time(tmp_path):
    from studyapp.generator import lexicon as lx

    assert "Russian Federation" not in lx.answer_names("Russia", latest=1914)
    assert "Russian Federation" in lx.answer_names("Russia", latest=2022)
    corpus = wrapped(tmp_path, "war.txt", WAR)
    russia = [c for c in corpus.questions + corpus.rejected + corpus.candidates if c.answer == "Russia"]
    assert russia, [c.prompt for c in corpus.questions]
    assert not [c for c in russia if "Russian Federation" in c.aliases], [c.aliases for c in russia]


def test_a_bare_rank_names_nobody_and_english_writes_the_before_some_states():
    from studyapp.generator import lexicon as lx
    from studyapp.generator.stages.typed_names import names_nobody

    assert names_nobody("Said Pasha", "Pasha", "") and names_nobody("Genghis Khan", "Khan", "")
    assert not names_nobody("Said Pasha", "Said", "")
    assert lx.THE_NAME.match("United Kingdom") and lx.THE_NAME.match("Netherlands") and not lx.THE_NAME.match("Egypt")


SUEZ_LIKE = """The Harbour at Port Amir

In 1854 the engineer Henri Laval persuaded Said Pasha, the ruler of Egypt, to grant him permission to build the
harbour. Henri Laval, a French engineer with a dream of a great port, raised the money in Paris. Work began in 1859
and took ten years. Henri Laval opened the harbour in 1869. Said Pasha did not live to see it.
"""


def test_a_description_in_a_past_sentence_is_asked_in_the_past(tmp_path):
    corpus = wrapped(tmp_path, "harbour.txt", SUEZ_LIKE)
    described = [c for c in corpus.questions + corpus.rejected + corpus.candidates if c.template == "describe"
                 or ", who " in c.prompt and "ruler" in c.prompt]
    assert described, [(c.template, c.prompt) for c in corpus.questions + corpus.rejected]
    assert all("who was the ruler" in c.prompt for c in described if "ruler" in c.prompt), [c.prompt for c in described]
    assert all("Pasha" not in c.aliases for c in described)


GARDEN = """Record Harvest at Hill Street School

Pupils at Hill Street School lifted the last of their potatoes on Friday. The garden, which was a car park only
four years ago, produced more than 180 kilograms of vegetables this season, almost double last year's total. The
school kitchen used 40 kilograms of carrots in soup for 350 pupils. The garden is run by the school's Eco Club,
which has 26 members. This project has cost the school 900 pounds so far.
"""


def test_a_quotation_in_a_prompt_is_the_text_word_for_word(tmp_path):
    from studyapp.generator.stages.phrasing import definite

    assert definite("Fill in: “… vegetables this season, and this project …”") == \
        "Fill in: “… vegetables this season, and this project …”"
    assert definite("True or false? This project grew this season.") == "True or false? The project grew this season."
    corpus = wrapped(tmp_path, "garden.txt", GARDEN)
    quoted = [c for c in corpus.questions + corpus.rejected if "this season" in c.quote and "“" in c.prompt]
    assert quoted, [c.prompt for c in corpus.questions]
    text = " ".join(corpus.docs[0].text.split())
    for c in quoted:  # the sentence, or the one before and it (context)
        inner = c.prompt[c.prompt.index("“") + 1:c.prompt.rindex("”")]
        assert all(part.strip("… ") in text for part in inner.split("_____")), (inner, c.quote)


def test_a_continent_typed_and_a_ruler_s_realm_are_no_keys():
    from studyapp.generator.stages.known import famous_key

    def gap(prompt: str, answer: str, qtype: str = "cloze") -> Candidate:
        return Candidate(type=qtype, kind="fact", prompt=prompt, answer=answer, doc_id="d", quote="", paragraph=0,
                         template="cloze" if qtype == "cloze" else "wh_object")

    assert "continent" in famous_key(gap("Before the press, books in _____ were copied by hand.", "Europe"))
    assert "continent" in famous_key(gap("What did the alliance system divide into two camps?", "Europe", "short_answer"))
    assert "realm" in famous_key(gap("Empress Eugénie of _____ led the procession of ships.", "France"))
    assert not famous_key(gap("The canal was built by a company from _____.", "France"))


def test_a_qualified_pointing_word_is_no_term():
    from studyapp.generator.stages.definitions import not_a_term

    assert not_a_term("A famous example") and not_a_term("The key scene") and not_a_term("The main reason")
    assert not not_a_term("Natural selection") and not not_a_term("A theme") and not not_a_term("Erosion")


def test_a_blank_described_as_a_nation_s_founder_is_given_away():
    from studyapp.generator.stages.known import described_key

    gap = Candidate(type="cloze", kind="fact", prompt="_____, a politician widely acknowledged as the founder of modern "
                    "Kazakhstani statehood, is also considered the father of both unions.", answer="Nursultan Nazarbayev",
                    doc_id="d", quote="", paragraph=0, template="cloze")
    assert "founder" in described_key(gap)
    gap.prompt = "_____, a politician from Almaty, proposed the union in 1994."
    assert not described_key(gap)


EVOLUTION = """How Species Change

Natural selection is the process by which living things that are better suited to their environment survive and
reproduce more. In 1858 Charles Darwin and Alfred Russel Wallace independently proposed that variation and
competition could explain how species change. Organisms produce more offspring than the environment can support.
Because food, space and mates are limited, individuals must compete. Individuals with useful traits survive longer.
Over many generations, useful traits become more common. I think this is the most beautiful idea in science.
"""


def test_a_necessity_with_its_cause_and_a_dated_proposal_are_no_stance_keys(tmp_path):
    from studyapp.generator.stages.stance_worth import unworthy_stance

    corpus = wrapped(tmp_path, "species.txt", EVOLUTION)

    def keyed(words: str, key: str) -> Candidate:
        s = sentence_with(corpus, words)
        return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact, an opinion or a "
                         f"reported claim? “{s.text}”", answer=key, doc_id=corpus.docs[0].id, quote=s.text,
                         paragraph=s.paragraph, sentence=s.position, template="stance")

    assert "necessity" in unworthy_stance(keyed("individuals must compete", "An opinion"), corpus)
    assert "history" in unworthy_stance(keyed("In 1858", "A reported claim"), corpus)
    assert not unworthy_stance(keyed("I think this", "An opinion"), corpus)
