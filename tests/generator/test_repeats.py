"""A statement a document makes twice (abstract and introduction, a lede restating the headline) is asked once;
two sentences that differ in a name or a number are two statements. Texts made by hand (a lake survey, a museum)."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.stages.repeats import same_statements

SAID_TWICE = [
    ("d", "Since the dam was finished in 1974, the town of Orlen has steadily lost its fishing fleet and most of its boat builders."),
    ("d", "The town of Orlen, since the dam was finished in 1974, has been steadily losing its fishing fleet and its boat builders."),
]


def test_a_statement_said_twice_in_one_document_is_one_statement():
    canon = same_statements(SAID_TWICE)
    assert canon[SAID_TWICE[1]] == canon[SAID_TWICE[0]] == SAID_TWICE[0]


def test_the_same_words_in_two_documents_are_two_statements():
    pairs = [SAID_TWICE[0], ("e", SAID_TWICE[1][1])]
    canon = same_statements(pairs)
    assert canon[pairs[1]] == pairs[1]


def test_sentences_differing_in_a_name_or_a_number_are_two_statements():
    name = [("d", "Most visitors who answered the survey wanted the museum to leave the Northern Arts Council and join a new network."),
            ("d", "Most visitors who answered the survey wanted the museum to leave the Regional Trust and join a new network.")]
    number = [("d", "In the survey of spring visitors, 41.8 percent wanted longer opening hours in the museum every weekend."),
              ("d", "In the survey of autumn visitors, 36.8 percent wanted longer opening hours in the museum every weekend.")]
    for pairs in (name, number):
        canon = same_statements(pairs)
        assert canon[pairs[1]] == pairs[1]


def test_a_short_sentence_is_never_merged_with_another():
    pairs = [("d", "The main aim of the study is the role of the lake."),
             ("d", "The study shows that the role of the lake is large and the main aim of the town is the lake.")]
    assert same_statements(pairs)[pairs[1]] == pairs[1]


ABSTRACT = """Orlen and the Dam

Abstract

Since the dam was finished in 1974, the town of Orlen has steadily lost its fishing fleet and most of its boat builders. This study asks why.

Introduction

The town of Orlen, since the dam was finished in 1974, has been steadily losing its fishing fleet and its boat builders. The river below the dam became too shallow for the larger boats, and the salmon no longer swam upstream. By 1990 only twelve boats were left in the harbour. Many families moved to the coast, where the fish market of Port Eskin offered work. The mayor, Ilse Varga, said: "The dam gave us electricity but took away our river." Today the old boatyard is a museum.
"""


def test_a_bank_asks_the_abstract_and_the_introduction_once(tmp_path):
    (tmp_path / "orlen.txt").write_text(ABSTRACT, encoding="utf-8")
    bank = generate_bank([tmp_path])
    on_it = [q for q in bank["questions"] if "dam was finished in 1974" in q["source"]["quote"]]
    assert len(on_it) <= 1, [q["prompt"] for q in on_it]
    assert bank["questions"], "the rest of the text is still asked"
