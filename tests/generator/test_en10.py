"""Round en10 (reads u and v): no fact/opinion item on a worked example or a modal rule, no "What is the name for …?"
stem that names nothing, a person defined by "… who …" asked as a person, a name written once chosen from options."""
from __future__ import annotations

from studyapp.generator.model import Candidate
from studyapp.generator.stages.typed_names import person_names
from studyapp.generator.stages.known import world_figure
from studyapp.generator.stages.phrasing import definite
from studyapp.generator.stages.reader_drops import (broken_name_for, exercise_item, hook_figure, plain_stance,
                                                     state_swap)
from tests.parse_support import run_texts

LESSON = """Levers

A lever is a rigid bar that turns about a fixed point called the pivot. The pivot of a seesaw sits in the middle.
If the two children on a seesaw balance, the heavier child must sit nearer the pivot. A third idea is the moment of
a force. Crowbars and scissors are levers. In 1906 the school bought its first set of lever kits. Each kit has a
metre rule, a pivot and a set of masses. A pivot point is the exact place a lever turns about. Pliers, a common
tool, are two levers joined at a pivot. A second kind of lever is named for its load in the middle.

Worked example

A 2 m plank rests on a pivot 0.5 m from one end. A load of 40 N hangs from the short end.
"""

OPED = """Buy the school more lever kits

I believe the school should buy more lever kits this year. Sharing one kit between six pupils is a terrible
mistake, and it wastes whole lessons. In 1906 the school bought its first set of lever kits. The governors must
act, and they should publish their plans this spring. Some teachers say that the money is needed for books.
"""


def _stance(corpus, words: str, key: str) -> Candidate:
    """A fact/opinion/claim item keyed `key` on the sentence holding `words`."""
    doc = next(d for d in corpus.docs if any(words in s.text for s in d.sentences))
    s = next(s for s in doc.sentences if words in s.text)
    return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact? “{s.text}”", answer=key,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="stance")


def _name_for(corpus, meaning: str, key: str) -> Candidate:
    doc = corpus.docs[0]
    return Candidate(type="short_answer", kind="fact", prompt=f"What is the name for {meaning}?", answer=key,
                     doc_id=doc.id, quote="", paragraph=1, template="define")


def test_no_fact_opinion_item_on_a_worked_example_or_a_modal_rule(tmp_path):
    corpus = run_texts(tmp_path, {"lesson.txt": LESSON, "oped.txt": OPED}, upto="voice")
    lesson, oped = corpus.docs
    assert plain_stance(_stance(corpus, "A 2 m plank rests", "A fact"), lesson)  # the data of a worked example
    assert plain_stance(_stance(corpus, "heavier child must sit", "An opinion"), lesson)  # a rule, not a view
    assert not plain_stance(_stance(corpus, "Crowbars and scissors", "A fact"), lesson)
    assert not plain_stance(_stance(corpus, "I believe the school", "An opinion"), oped)
    assert not plain_stance(_stance(corpus, "The governors must act", "An opinion"), oped)  # the writer demands


def test_a_name_for_stem_must_name_a_term(tmp_path):
    corpus = run_texts(tmp_path, {"lesson.txt": LESSON}, upto="ideas")
    doc = corpus.docs[0]
    assert broken_name_for(_name_for(corpus, "the moment of a force", "third idea"), doc)  # an ordinal label
    assert broken_name_for(_name_for(corpus, "a common tool", "Pliers"), doc)  # one example of a class
    assert broken_name_for(_name_for(corpus, "a kind of lever named for its load", "second kind"), doc)
    assert broken_name_for(_name_for(corpus, "the exact place a lever turns about", "point"), doc)  # of "pivot point"
    assert not broken_name_for(_name_for(corpus, "a rigid bar that turns about a fixed point", "lever"), doc)


GUIDE = """The Long Winter by Ana Reyes: a study guide

The Long Winter is set in a fishing town in the north of Norway in the 1950s.

Main characters

Tomas is an old fisherman who has lost his boat in a storm. When the bank takes his house, Tomas realises that the
town has forgotten him.

Lena Berg is a young teacher who wants to leave the town. She writes letters to her sister in Oslo every week.
"""


def test_a_name_defined_by_who_is_asked_as_a_person(tmp_path):
    corpus = run_texts(tmp_path, {"guide.txt": GUIDE}, upto="ideas")
    asked = {c.prompt: c.template for c in corpus.candidates if "old fisherman" in c.prompt and c.template != "cloze"}
    assert asked == {"In “The Long Winter by Ana Reyes”, who is an old fisherman who has lost his boat in a storm?":
                     "define_person"}, asked  # not "What is the name for an old fisherman who …?"


LIGHTHOUSE = """The First Lighthouses of the North Coast

In 1802 the engineer Robert Stevenson began planning a lighthouse on the Bell Rock, a reef off the coast of Scotland.
Stevenson worked with the builder John Rennie, who had designed several bridges. Stevenson and Rennie argued about
the shape of the tower. In 1807 the stonemason Francis Watt cut the first granite blocks for the tower at Arbroath.
The tower was finished in 1810, and Stevenson wrote a long account of the work. Rennie later claimed much of the
credit. The keepers lived in the tower for weeks at a time. Stevenson's sons built many more lighthouses. The
engineer Thomas Telford praised the tower when he visited it.
"""


def test_a_name_written_once_is_chosen_from_other_people_not_typed(tmp_path):
    corpus = run_texts(tmp_path, {"lighthouse.txt": LIGHTHOUSE}, upto="distractors")
    on_watt = [c for c in corpus.candidates if c.answer == "Francis Watt"]
    assert on_watt and all(c.type == "multiple_choice" for c in on_watt), [(c.type, c.prompt) for c in on_watt]
    assert set(on_watt[0].choices) == {"Francis Watt", "Robert Stevenson", "John Rennie", "Thomas Telford"}
    on_stevenson = [c for c in corpus.candidates if c.template == "cloze" and "Stevenson" in str(c.answer)]
    assert all(not c.pending.get("once_named") for c in on_stevenson)  # a name the text repeats may stay typed


MAPS = """Nell Hart: A Life in Maps

Eleanor Hart was born in Bristol in 1901. As a girl, Nell drew maps of every street in her town. In 1925 Nell joined
the national mapping office, where she was the only woman among forty surveyors. Nell designed a new way of showing
hills with thin lines of colour. Her maps were used by walkers for fifty years. Nell Hart Day is held every spring
by the mapping society. Nell died in 1980.
"""


def test_a_name_that_only_opens_sentences_keeps_its_capital(tmp_path):
    corpus = run_texts(tmp_path, {"maps.txt": MAPS}, upto="context")
    stems = [c.prompt for c in corpus.candidates if "Hart born" in c.prompt]
    assert stems and all("Eleanor Hart" in p for p in stems), stems  # not "In which year was eleanor Hart born …?"


def test_a_first_name_key_accepts_the_full_name_of_the_title(tmp_path):
    corpus = run_texts(tmp_path, {"maps.txt": MAPS}, upto="context")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if s.text.startswith("Nell designed"))
    c = Candidate(type="short_answer", kind="fact", prompt="Who designed a new way of showing hills?", answer="Nell",
                  doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="wh_subject",
                  answer_kind="person", answer_key="nell")
    assert "Nell Hart" in person_names(c, doc, corpus.entities)


SHAPES = """Angles and Shapes

You use angles every day: your door opens through about 90 degrees, and you turn through 360 degrees whenever you
spin around once. An angle measures an amount of turn between two lines that meet at a point.

Key facts

A square has four corners, and each of them is a right angle of exactly 90°. The angles on a straight line add up to
180°. A regular hexagon has six equal sides and six angles of 120°. If a triangle has two equal sides, its two base
angles must be equal.

Check your understanding

1. A kite has two angles of 110° and one of 60°. Work out the fourth angle.
"""


def _gap(corpus, words: str, answer, template: str = "numeric") -> Candidate:
    """A blank on `answer` in the sentence holding `words`, as the generate stage makes it."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    return Candidate(type="numeric", kind="fact", prompt=s.text.replace(str(answer), "_____", 1), answer=answer,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template=template,
                     answer_kind="count")


def test_no_gap_on_a_figure_every_pupil_knows_a_hook_or_an_exercise(tmp_path):
    corpus = run_texts(tmp_path, {"shapes.txt": SHAPES}, upto="voice")
    doc = corpus.docs[0]
    assert world_figure(_gap(corpus, "A square has", 90))
    assert world_figure(_gap(corpus, "straight line", 180))
    assert not world_figure(_gap(corpus, "regular hexagon", 120))
    assert hook_figure(_gap(corpus, "You use angles", 360), doc)  # the opening line that speaks to the reader
    assert not hook_figure(_gap(corpus, "regular hexagon", 120), doc)
    assert exercise_item(_gap(corpus, "A kite has", 110), doc)  # the pupil's own task
    assert not exercise_item(_gap(corpus, "regular hexagon", 120), doc)


def test_a_right_angle_is_a_term_not_a_verdict(tmp_path):
    corpus = run_texts(tmp_path, {"shapes.txt": SHAPES}, upto="voice")
    s = next(s for s in corpus.docs[0].sentences if s.text.startswith("A square has"))
    assert "right" not in s.parse.evaluates


def test_this_before_a_preposition_is_a_pronoun_not_a_determiner():
    assert definite("The council tried to stop this with a new law.") == "The council tried to stop this with a new law."
    assert definite("This rule was dropped.") == "The rule was dropped."


def test_who_item_adds_no_that_the_content_already_holds(tmp_path):
    text = """Counting Birds

In 1910 the Danish teacher Karen Holm proposed a simple rule that we still use in bird counts. Holm argued that a
bird heard but not seen should be counted only once. Other counters said that her rule was too strict. Holm
later wrote a short guide for schools, and Holm trained many young counters.
"""
    corpus = run_texts(tmp_path, {"birds.txt": text}, upto="perspectives")
    prompts = [c.prompt for c in corpus.candidates if c.template == "who_said"]
    assert "Who proposed a simple rule that we still use in bird counts?" in prompts, prompts


def test_no_false_statement_brings_in_a_historical_state():
    quote = "By 1350 the sickness had reached the ports of Russia and Norway."
    swapped = Candidate(type="true_false", kind="fact", answer="False", doc_id="d", quote=quote, paragraph=1,
                        prompt="True or false? By 1350 the sickness had reached the ports of Soviet Union and Norway.",
                        template="tf", pending={"swap": (40, 46, "Russia", "country", "russia")})
    assert state_swap(swapped)
    moved = Candidate(type="true_false", kind="fact", answer="False", doc_id="d", quote=quote, paragraph=1,
                      prompt="True or false? By 1350 the sickness had reached the ports of Sweden and Norway.",
                      template="tf", pending={"swap": (40, 46, "Russia", "country", "russia")})
    assert not state_swap(moved)
