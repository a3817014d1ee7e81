"""A definition asked backwards needs a term: not the document itself ("The ballad is a poem of four-line
stanzas" in a ballad's study guide), not a phrase standing for a noun ("A loaf of bread is the work of …", "The
largest in Asia is a lake called …"). Read r: "What is the name for a sonnet …?" keyed "poem", a mite keyed
"Europe". Also: a name opening a sentence keeps its capital after "According to X," ("percy Bysshe Shelley" in
read r). Texts made up for the test."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.stages.ideas import not_a_term

GUIDE = ("Study Guide: The Ballad of the Lost Ferry\n\n"
         "The ballad is a poem of twelve four-line stanzas with a refrain after each one. "
         "The ballad uses a frame story told by an old sailor in a harbour inn. "
         "A loaf of bread is the reward the sailor asks for at the end of his tale. "
         "The largest in the harbour is a ferry called the Grey Swan, which sank in a winter storm. "
         "A refrain is a line or group of lines repeated at regular points in a poem. "
         "Photosynthesis is the process by which green plants turn light into chemical energy, and the sailor "
         "compares his fading memory to a plant without light.\n")


def test_the_document_itself_and_stand_in_phrases_are_no_terms():
    for term in ("The ballad", "The poem", "A loaf of bread", "The largest in the harbour", "the first"):
        assert not_a_term(term), term
    for term in ("Photosynthesis", "A refrain", "The Law of Conservation of Energy", "Stratovolcanoes"):
        assert not not_a_term(term), term


def test_no_question_is_keyed_on_the_document_or_a_stand_in_phrase(tmp_path):
    questions = bank_of(tmp_path, GUIDE)
    keys = {answer_of(q).lower() for q in questions}
    assert not keys & {"ballad", "the ballad", "loaf of bread", "largest in the harbour", "harbour"}, keys
    assert any("refrain" in k or "photosynthesis" in k for k in keys) or any(
        "refrain" in q["prompt"].lower() for q in questions), [q["prompt"] for q in questions]


def test_a_name_opening_a_sentence_keeps_its_capital_after_according_to():
    from studyapp.generator.stages.naming import lower_first

    class Corpus:
        mid_caps: set[str] = set()
        lower_vocab = {"ethnic", "south"}

        def entity_for(self, name):
            return object() if name == "South Korea" else None

    assert lower_first("Marta Ilves Kask (1901-1980) was a weaver.", Corpus()).startswith("Marta Ilves")
    assert lower_first("Oskar's workshop opens in May.", Corpus()).startswith("Oskar's")
    assert lower_first("The Stone was carved in 196 BC.", Corpus()).startswith("the Stone")
    assert lower_first("Ethnic Kazakhs make up most of the town.", Corpus()).startswith("ethnic Kazakhs")
    assert lower_first("South Korea opened a consulate.", Corpus()).startswith("South Korea")


def test_a_definition_asked_backwards_ends_with_a_question_mark_only(tmp_path):
    text = ("Faster Reactions\n\nA catalyst is a substance that speeds up a reaction without being used up in it. A "
            "reactant is a substance that is used up in a chemical reaction. An enzyme is a protein that speeds up "
            "a reaction in a living cell at a low pH. Platinum is used in the exhaust systems of cars, where it turns "
            "harmful gases into carbon dioxide and water. Catalysts and enzymes lower the energy a reaction needs.\n")
    questions = bank_of(tmp_path, text)
    backwards = [q for q in questions if q["prompt"].startswith("What is the name for")]
    assert backwards and not [q for q in backwards if ".?" in q["prompt"]], [q["prompt"] for q in backwards]
