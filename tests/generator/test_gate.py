"""Gate: every rejection names its reason; a saved bank is re-checked by the same code."""
from __future__ import annotations

import pytest

from studyapp.generator.checks import GateContext, gate_failures, check_question, near_duplicates

TEXT = ("Reefs of the World\n\nCoral reefs cover less than one percent of the ocean floor. It shelters many fish.\n\n"
        "Reader's comment:\n\nReefs are dying everywhere and nobody cares.")
CTX = GateContext(texts={"d": TEXT}, paragraphs={"d": TEXT.split("\n\n")}, comments={"d": {3, 4}},
                  topics={"d": ["Coral reefs"]})


def question(prompt: str, answer="one percent", qtype="cloze", kind="fact", quote=None, paragraph=2, **extra):
    """A bank question dict citing the test text."""
    q = {"id": "q-000000000000", "type": qtype, "kind": kind, "prompt": prompt, "choices": [], "answer": answer,
         "tolerance": None, "explanation": "", "topic": "", "difficulty": 0.5, "status": "draft",
         "source": {"id": "d", "quote": quote or "Coral reefs cover less than one percent of the ocean floor.",
                    "paragraph": paragraph}}
    q.update(extra)
    return q


def test_a_good_question_passes():
    assert check_question(question("Coral reefs cover less than _____ of the ocean floor."), CTX) == []


@pytest.mark.parametrize("q, reason", [
    (question("Coral reefs cover less than one percent (_____) of the ocean floor."), "answer visible in the stem"),
    (question("It shelters many _____.", answer="fish", quote="It shelters many fish."), "pronoun without antecedent"),
    (question("cover less than _____ of the", answer="one percent"), "fragment"),
    (question("Coral reefs cover less than _____ of the ocean floor, " + "and much more is said here " * 12 + "."),
     "stem over 300 characters"),
    (question("_____ cover less than one percent of the ocean floor.", answer="Coral reefs"),
     "the answer is the document's main topic"),
    (question("Coral reefs cover less than _____ of the ocean floor [1]."), "leftover link, footnote marker or markup"),
    (question("Coral reefs cover less than _____ of the ocean floor, see https://x.org."),
     "leftover link, footnote marker or markup"),
    (question("Reefs are dying _____ and nobody cares.", answer="everywhere", paragraph=4,
              quote="Reefs are dying everywhere and nobody cares."), "reader comment presented as fact"),
    (question("Coral reefs cover less than _____ of the ocean floor.", quote="Coral reefs cover a lot."),
     "quote not verbatim in the cleaned text"),
    (question("True or false? Coral reefs cover less than one percent of the ocean floor.", answer="Yes",
              qtype="true_false", choices=["True", "False"]), "bad choices"),
])
def test_each_rejection_names_its_reason(q, reason):
    assert reason in check_question(q, CTX)


def test_a_perspective_question_on_a_comment_must_say_it_is_a_readers_comment():
    labelled = question("A reader's comment under the text says: “Reefs are dying everywhere and nobody cares.” Is "
                        "this a fact, an opinion or a reported claim?", answer="An opinion", qtype="multiple_choice",
                        kind="perspective", paragraph=4, quote="Reefs are dying everywhere and nobody cares.",
                        choices=["A fact", "An opinion", "A reported claim"])
    assert check_question(labelled, CTX) == []
    unlabelled = dict(labelled, prompt="Is this a fact, an opinion or a reported claim? “Reefs are dying everywhere "
                                       "and nobody cares.”")
    assert "reader comment presented as fact" in check_question(unlabelled, CTX)


def test_near_duplicates_are_found_in_file_order():
    first = question("Coral reefs cover less than _____ of the ocean floor.", id="q-000000000001")
    again = question("Coral reefs cover less than _____ of the whole ocean floor.", id="q-000000000002")
    other = question("Coral reefs cover less than one percent of the _____.", id="q-000000000003",
                     answer="ocean floor", qtype="short_answer")
    assert near_duplicates([first, again, other]) == {"q-000000000002": "near-duplicate of another question"}


def test_check_bank_reads_context_from_the_sources():
    bank = {"sources": [{"id": "d", "text": TEXT, "topics": ["Coral reefs"]}],
            "questions": [question("_____ cover less than one percent of the ocean floor.", answer="Coral reefs")]}
    assert gate_failures(bank) == {"q-000000000000": ["the answer is the document's main topic"]}


# Issue 13: bankcheck's signals as gate rules, each on a made-up sentence about coral reefs.
@pytest.mark.parametrize("q, reason", [
    (question("Complete the sentence: “Reefs lost _____ of their coral in 1998 and more again in 2016.”",
              answer="16%", qtype="multiple_choice", choices=["16%", "2016", "40%", "8%"]),
     "a distractor stands in the prompt"),
    (question("Even so, coral reefs cover less than _____ of the ocean floor."), "starts with a connective"),
    (question("True, coral reefs cover less than _____ of the ocean floor."), "starts with a connective"),
    (question("Nevertheless, coral reefs cover less than _____ of the ocean floor."), "starts with a connective"),
    (question("The author says coral reefs cover less than _____ of the ocean floor."), "stem about an unseen author"),
    (question("I think coral reefs cover less than _____ of the ocean floor."), "stem about an unseen author"),
    (question("Who told me: “Coral reefs cover less than one percent of the ocean floor.”?", answer="Ines Baptiste",
              qtype="short_answer", kind="perspective"), "stem about an unseen author"),
    (question("According to “reef-notes.txt”, coral reefs cover less than _____ of the ocean floor."),
     "a file name instead of the document's title"),
])
def test_bankcheck_signals_are_gate_rules(q, reason):
    assert reason in check_question(q, CTX)


def test_a_choice_that_is_only_part_of_a_word_in_the_stem_is_not_a_distractor_in_the_prompt():
    q = question("Coral reefs cover less than _____ of the ocean floor.", answer="one percent",
                 qtype="multiple_choice", choices=["one percent", "ten percent", "Ocean", "five percent"])
    assert "a distractor stands in the prompt" in check_question(q, CTX)
    q["choices"] = ["one percent", "ten percent", "half", "five percent"]
    assert "a distractor stands in the prompt" not in check_question(q, CTX)


def test_them_after_a_counted_plural_in_the_same_sentence_has_its_antecedent():
    ok = question("The reef is split into about _____ zones that share the sunlight between them.", answer="six",
                  quote="The reef is split into about six zones that share the sunlight between them.")
    assert "pronoun without antecedent" not in check_question(ok, CTX)
    bad = question("The divers gave _____ to them.", answer="maps", quote="The divers gave maps to them.")
    assert "pronoun without antecedent" in check_question(bad, CTX)


def test_a_lone_quotation_mark_in_a_stem_is_checked_at_once():
    """A stem whose quoted title closes and never opens again ('"Ozymandias" is …') sent the quotation pattern into
    backtracking that did not end in ten minutes (held-out guide, 1 Dec 2026); checked in a child process so that a
    hang fails the test instead of stopping the suite."""
    import subprocess
    import sys
    code = ("from tests.generator.test_gate import CTX, question; from studyapp.generator.checks import check_question;"
            "print(check_question(question('\"Ozymandias\" is the Greek name for Ramesses II, a pharaoh who ruled "
            "_____ for over sixty years in the thirteenth century BC and who built many huge monuments to himself.',"
            " answer='Egypt'), CTX))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
