"""Helper en16: what a teacher fixed or dropped on fresh English documents (a list of real people asked as
"which character", a role word accepted for a person when others hold it, a plural key that refuses its singular,
a garbled "what is the name for" stem, an ordering item that is a fragment) and more questions from what a
document already says; on hand-made texts."""
from __future__ import annotations

import pytest

from tests.parse_support import run_texts

EXPLORERS = """Explorers of the Cold Seas
A Guide to the Polar Gallery

Welcome to the polar gallery. The ships of the early explorers were small and made of wood, and their crews spent whole winters trapped in the ice.

Hall 2. Famous polar explorers
- Roald Amundsen — the first leader to reach the South Pole; he arrived in December 1911.
- Fridtjof Nansen — crossed the Greenland ice sheet on skis in 1888.
- Ernest Shackleton — led the crew of the Endurance to safety after the ship sank in 1915.

Hall 3. Life in the ice
The crews ate dried meat and hard biscuits for months. Scurvy, a disease caused by a lack of vitamin C, killed many sailors on long voyages.
"""


def _kept(tmp_path, text: str, upto: str = "gate"):
    """(accepted, rejected) candidates of one hand-made document after the stage `upto`."""
    corpus = run_texts(tmp_path, {"doc.txt": text}, upto=upto)
    return corpus.candidates, corpus.rejected


def test_a_list_of_real_people_is_asked_who_not_which_character(tmp_path):
    kept, rejected = _kept(tmp_path, EXPLORERS)
    cast = {c.answer: c for c in kept if c.template == "cast"}
    assert "who was the first leader to reach the South Pole?" in cast["Roald Amundsen"].prompt
    assert "who crossed the Greenland ice sheet on skis in 1888?" in cast["Fridtjof Nansen"].prompt
    assert set(cast["Fridtjof Nansen"].choices) == {"Roald Amundsen", "Fridtjof Nansen", "Ernest Shackleton"}
    assert not [c for c in kept + rejected if "which character" in c.prompt]


ROLES = """The Clock Tower of Velden

The clock tower was finished in 1870. Its bells were cast by the engineer and teacher Oskar Brandl, who also designed the gears. Conductor Lena Marek leads the town band that plays under the tower every Sunday. The band has a second conductor for the winter concerts. Headteacher Pavel Roth takes his pupils to the tower each spring.
"""


def _who(corpus, name: str):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.typed_names import person_names

    doc = corpus.docs[0]
    c = Candidate(type="short_answer", kind="fact", prompt="Who cast the bells?", answer=name, doc_id=doc.id,
                  quote="", paragraph=0, answer_key=name.lower(), answer_kind="person", template="who_said")
    return set(person_names(c, doc, corpus.entities))


def test_a_role_others_hold_or_a_coordinated_description_is_no_accepted_name(tmp_path):
    corpus = run_texts(tmp_path, {"doc.txt": ROLES}, upto="distractors")
    assert not {"teacher", "the teacher"} & _who(corpus, "Oskar Brandl")  # "the engineer and teacher": a description
    assert not {"conductor", "the conductor"} & _who(corpus, "Lena Marek")  # "a second conductor": someone else
    assert {"headteacher", "the headteacher"} <= _who(corpus, "Pavel Roth")  # the one headteacher of the text


@pytest.mark.parametrize("key, other", [("shelters", "shelter"), ("wooden huts", "wooden hut"), ("berries", "berry"),
                                        ("signal fire", "signal fires"), ("shelter", "shelters")])
def test_a_typed_noun_key_accepts_its_other_number(key, other):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.point import number_forms

    c = Candidate(type="short_answer", kind="fact", prompt="What do the hikers build?", answer=key, doc_id="d",
                  quote="", paragraph=0, template="objects")
    assert number_forms(c) == [other]


@pytest.mark.parametrize("key", ["news", "Ravenna", "Anna Berg", "the ship's log", "physics"])
def test_no_other_number_for_names_or_words_without_one(key):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.point import number_forms

    c = Candidate(type="short_answer", kind="fact", prompt="What?", answer=key, doc_id="d", quote="", paragraph=0,
                  template="objects")
    assert number_forms(c) == []


def test_the_boys_key_shelters_accepts_shelter(tmp_path):
    text = ("Island Survival\n\nThe island is small and covered in palm trees. At first the hikers build shelters "
            "out of palm leaves and keep a fire burning on the beach. Shelters keep the hikers dry at night.\n")
    corpus = run_texts(tmp_path, {"doc.txt": text}, upto="context")
    typed = [c for c in corpus.candidates if c.answer == "shelters" and c.type == "short_answer"]
    assert typed and all("shelter" in c.aliases for c in typed)


LEANING = """Paper Bridges

Engineers have built paper bridges for more than a century. Most of them test how far folded paper can carry a load. In 1950 the Dutch student Willem Haas built one of his own. It carried a load of fifty kilograms for a whole week.

The river town of Orsk held its first bridge fair in 1962. Two years later, the fair moved to the capital, where it drew crowds of engineers and students.
"""


def test_one_of_his_own_and_an_unanchored_later_lean_on_the_sentence_before():
    from studyapp.generator.stages.backrefs import counted_back

    text = "In 1950 the Dutch student Willem Haas built one of his own."
    assert [text[a:b] for a, b, _k in counted_back(text)] == ["one of his own"]
    text = "Two years later, the fair moved to the capital, where it drew crowds of engineers and students."
    assert [text[a:b] for a, b, _k in counted_back(text)] == ["Two years later"]
    assert counted_back("Two years later, in 1964, the fair moved to the capital.") == []  # a year anchors it
    assert counted_back("She wanted a room of her own in the city.") == []  # "own" with its noun


def test_a_stance_item_on_one_of_his_own_is_not_asked(tmp_path):
    kept, rejected = _kept(tmp_path, LEANING)
    assert not [c for c in kept if c.template == "stance" and "one of his own" in c.prompt]
    assert any("one of his own" in r for c in rejected for r in c.reasons)


BORROWED = """How Bees Find Flowers

Honeybees find flowers by their colour and their smell. A forager that finds rich flowers returns to the hive and dances. The dance tells the other bees the direction and the distance of the food. The biologist Karl von Frisch worked out the meaning of the dance in the 1940s, and Frisch won a Nobel Prize for it in 1973.

As the poet and teacher Emily Hartwell said, "A garden without bees is a silent garden, and a silent garden soon stops giving us fruit." Every bee counts.
"""


def test_who_said_a_borrowed_line_is_not_asked_but_a_named_scientist_still_is(tmp_path):
    kept, rejected = _kept(tmp_path, BORROWED)
    assert not [c for c in kept if "silent garden" in c.prompt]
    assert any("borrows" in r for c in rejected if "silent garden" in c.prompt for r in c.reasons)
    from studyapp.generator.stages.side_points import BORROWED as AS_SAID

    assert AS_SAID.match('As Karl von Frisch said, "The dance is a language."').group("last") == "Frisch"


FLOOD = """The Great Flood of Marrow Valley

In the spring of 1921 heavy rain fell on the hills above Marrow Valley for eleven days. The river rose faster than anyone expected. Engineers later built three large dams to hold back the water. The dams also make electricity for the valley.
"""


def test_a_number_word_before_its_plural_noun_is_a_count():
    from studyapp.generator.stages.numbers import find_numbers

    def words(text):
        return [(m.text, m.kind, m.value) for m in find_numbers(text, 0)]
    assert words("About nine million soldiers were killed in the war.") == [("nine", "count_word", 9.0)]
    assert words("Rivers shape the land in three main ways.") == [("three", "count_word", 3.0)]
    assert words("The two countries signed it.") == []  # counted before: "the two"
    assert words("Twenty-five pupils came.") == []  # not "five"


def test_a_number_word_is_asked_as_a_count_typed_as_written_or_in_digits(tmp_path):
    kept, _ = _kept(tmp_path, FLOOD)
    asked = [c for c in kept if c.type == "cloze" and c.answer in ("eleven", "three")]
    assert asked and all(c.answer_kind == "count" and c.aliases == [{"eleven": "11", "three": "3"}[c.answer]]
                         for c in asked)


def test_a_round_number_word_after_about_is_no_approximate_figure():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.salience import _number_reason
    from studyapp.generator.model import SourceDoc

    quote = "About nine million soldiers were killed in the war."
    c = Candidate(type="cloze", kind="fact", prompt="About _____ million soldiers were killed in the war.",
                  answer="nine", doc_id="d", quote=quote, paragraph=1, template="cloze", answer_kind="count")
    assert "approximate" not in _number_reason(c, SourceDoc(id="d", file="d.txt"))


SAFETY = """Every Pupil Should Learn to Swim

I believe that every pupil in our town should learn to swim before the age of ten. Last summer three children got into trouble in the river near the old mill. If you see someone in trouble in the water, act at once and follow these steps:

Shout for help and call the emergency number. Throw a rope or a float to the person, but do not jump in yourself. Stay on the bank and keep talking to them until help arrives.

Three lessons a term is a small price for a skill that could save a life. Swimming lessons also make children fitter and more confident.
"""


def test_no_fact_or_opinion_item_on_an_instruction(tmp_path):
    kept, rejected = _kept(tmp_path, SAFETY)
    steps = ("Shout for help", "Throw a rope", "Stay on the bank")
    assert not [c for c in kept if c.template == "stance" and any(step in c.prompt for step in steps)]
    assert any("instruction" in r for c in rejected for r in c.reasons)


def test_a_quantity_is_no_term_a_name_for_item_asks():
    from studyapp.generator.model import Candidate, SourceDoc
    from studyapp.generator.stages.reader_drops import broken_name_for

    c = Candidate(type="short_answer", kind="fact", prompt="What is the name for a small price for a skill that could "
                  "save a life?", answer="Three lessons a term", doc_id="d", quote="", paragraph=1, template="define")
    assert "quantity" in broken_name_for(c, SourceDoc(id="d", file="d.txt"))
    c.answer = "Swimming"
    assert broken_name_for(c, SourceDoc(id="d", file="d.txt")) == ""


@pytest.mark.parametrize("quote, key, told", [
    ("Two goats, Bela and Rosa, share the old barn.", "Two", True),  # "two", and it opens the sentence
    ("The baker bakes bread four times a week, on Monday, Tuesday, Friday and Sunday.", "four", True),  # listed
    ("Mira worked there nine years, five as a cook and four as a manager.", "nine", True),  # added up
    ("The tree grows three to eight leaves each spring.", "eight", True),  # a range's end
    ("The human lung has five lobes.", "five", False),
    ("The opera is in three acts and was first played in Vienna.", "three", False),
    ("Sand, clay and gravel fill the tank. All three are laid in thin layers.", "three", True),  # "all three"
    ("A boat needs signals from three towers; a fourth tower checks the time.", "three", True),  # next ordinal
    ("Cut five thin slices from the apple with a sharp knife.", "five", True),  # a count in an instruction
])
def test_a_number_word_its_sentence_tells_is_not_blanked(tmp_path, quote, key, told):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.reader_drops import told_count
    from tests.parse_support import parsed

    doc = parsed(tmp_path, "Counting Things\n\n" + quote + "\n").docs[0]
    s = next(x for x in doc.sentences if key in x.text)
    c = Candidate(type="cloze", kind="fact", prompt=s.text.replace(key, "_____", 1), answer=key, doc_id=doc.id,
                  quote=s.text, paragraph=s.paragraph, template="cloze", sentence=s.position)
    assert bool(told_count(c, doc)) is told


def test_a_number_word_is_blanked_only_after_the_sentences_names():
    from studyapp.generator.model import Mention
    from studyapp.generator.stages.generate import answer_mentions

    class _Doc:
        sentences = [type("S", (), {"text": "In 1410 the port of Ravenna kept ships apart for thirty days.", "parse": None})()]
        main_topics: list = []
        hints: dict = {}
    mentions = [Mention(0, 3, 7, "1410", "year", "1410", 1410.0), Mention(0, 20, 27, "Ravenna", "city", "ravenna"),
                Mention(0, 46, 52, "thirty", "count_word", "thirty", 30.0)]
    corpus = type("C", (), {"lower_vocab": set()})()
    import studyapp.generator.stages.generate as g
    saved, g.about_the_writer = g.about_the_writer, lambda d, s: False
    try:
        assert [m.text for m in answer_mentions(_Doc(), corpus, mentions)] == ["1410", "Ravenna", "thirty"]
    finally:
        g.about_the_writer = saved


def test_a_proposal_of_an_argued_piece_is_still_asked_as_an_opinion(tmp_path):
    text = ("Give Us Longer Lunch Breaks\n\nI believe our lunch break is far too short. Most pupils say they feel "
            "rushed and I think that is unfair. The queue is long and the food is often cold.\n\nFirst, make the "
            "break ten minutes longer. Second, open a second serving counter. I urge the head to act now.\n")
    kept, rejected = _kept(tmp_path, text)
    assert [c for c in kept + rejected if c.template == "stance" and "make the break" in c.prompt]
    assert not any("instruction" in r for c in rejected if "make the break" in c.prompt for r in c.reasons)


def test_a_number_word_ranks_below_the_term_of_its_sentence():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.select import score

    quote = "A group of three notes played together is called a chord."
    count = Candidate(type="cloze", kind="fact", prompt="A group of _____ notes played together is called a chord.",
                      answer="three", doc_id="d", quote=quote, paragraph=1, template="cloze", answer_kind="count")
    term = Candidate(type="cloze", kind="fact", prompt="A group of three notes played together is called a _____.",
                     answer="chord", doc_id="d", quote=quote, paragraph=1, template="called", answer_kind="term")
    assert score(term, None) > score(count, None)


def test_a_gap_fill_keeps_its_sentence_number():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.point import number_forms

    c = Candidate(type="cloze", kind="fact", prompt="Sand builds a low ridge known as a _____; point bars grow.",
                  answer="point bar", doc_id="d", quote="", paragraph=0, template="called")
    assert number_forms(c) == []


def test_the_writers_listed_demands_keep_their_item_a_procedures_steps_do_not(tmp_path):
    text = ("Save Our Library\n\nI think our library is the best room in the school and it should stay open. "
            "Closing it at lunch would be a terrible mistake.\n\nI am asking the head for two changes:\n\n"
            "1. Make the library open every lunch break, with a teacher on duty.\n2. Allow pupils to borrow six books at a time.\n\n"
            "If a book is damaged, the basic steps are simple:\n\n1. Dry the wet pages with a soft cloth.\n"
            "2. Press the book flat under something heavy.\n")
    kept, rejected = _kept(tmp_path, text)
    steps = [c for c in kept + rejected if c.template == "stance" and "Dry the wet pages" in c.prompt]
    demands = [c for c in kept + rejected if c.template == "stance" and "Make the library open" in c.prompt]
    assert steps and all(c.reasons for c in steps)
    assert demands and not any("instruction" in r for c in demands for r in c.reasons)
