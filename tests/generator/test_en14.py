"""Helper en14: questions a teacher drops on fresh English documents (an arguable "A fact", a list member, a call to
action, an op-ed's passing figure, a vague object, a number the sentence shows, the country around named places),
on hand-made texts."""
from __future__ import annotations

from studyapp.generator.stages.objects import object_items
from tests.parse_support import parsed, run_texts

HISTORY = """The Kelby Valley Mills

In 1790 the first cotton mill opened at Kelby on the River Dane. Most of the mills of North West England ran on water power. The mill owners built rows of small houses for the workers beside the river. By the 1830s the situation in the northern valleys was changing quickly. In 1833 Parliament passed a law that limited the hours of children in the mills. The Kelby mill closed in 1921 after a long strike.

Cotton cloth from Kelby was sold in Northern Ireland, South Wales, western Scotland, New England and, in smaller amounts, the Baltic ports. The river turned the great wheel of the mill. The wheel drove the looms on every floor. The mill bought its timber from Norway. Much of the timber came from the forests of western Norway, such as Voss and Aurland. In Norway the forests were large.

Today the mill is a museum. Visitors can see the wheel, the looms and the workers' houses. In everyday speech, people in North West England often use "mill" to mean any large factory.
"""

OPED = """Give Us Time to Eat

By Lena Marsh, Year 10

I believe our school lunch break is far too short, and I want to explain why it matters.

Most pupils spend the break in the queue. Lunch break is only 25 minutes, and the queue takes 10 of them. A survey by the school council found that 62 per cent of pupils skip lunch at least once a week. Hungry pupils find it hard to concentrate in the afternoon. Teachers say that the last lesson is always the hardest one. I think a longer break would help everyone.

What I propose

First, open a second serving window at the back of the hall. Second, let the youngest pupils eat ten minutes earlier. Finally, add fifteen minutes to the break from January.

A better lunch break is worth a few minutes of the day. What do you think? Write to the School Council or leave a note in the box by the library door.
"""

# an argued piece below `stance_worth.OPINION_PIECE`: its proposals are asked only as proposals
BIKES = """Fix the Bike Sheds

By Omar Reyes, Year 11

I believe our school can double the number of pupils who cycle to school by next summer.

Our school has 900 pupils. About 60 of them cycle to school every day. The bike shed stands behind the sports hall. It was built in 1998. It has room for 40 bikes. The roof leaks in three places. The nearest light is at the main gate. Many pupils lock their bikes to the fence. Last winter four bikes were stolen from the fence. The town council opened a new cycle path to the school in March. The path runs along the canal from the station. It is three kilometres long. The school council asked 200 pupils how they travel to school. Most of them travel by bus or by car.

What I propose

First, build a second shed beside the main gate. Second, put a light over the old shed. Finally, hold a cycle safety day every September.

The head teacher will meet the school council in January.
"""

COMPUTING = """Binary Numbers

Computers store every number in binary. A bit is a single binary digit, 0 or 1. A group of 8 bits is called a byte, and a byte can hold any whole number from 0 to 255. If the result of adding two 8-bit numbers needs more than 8 bits, the extra bit is lost. This is called an overflow error. Programmers check for overflow errors when they add large numbers. An overflow error can make a program give a wrong answer.
"""


def _gate(tmp_path, text: str):
    """(accepted, rejected) candidates of one hand-made document after the gate."""
    corpus = run_texts(tmp_path, {"doc.txt": text}, upto="gate")
    return corpus.candidates, corpus.rejected


def _reasons(rejected, words: str, answer) -> list[str]:
    return [r for c in rejected if words in c.quote and c.answer == answer for r in c.reasons]


def test_a_writers_judgement_of_a_trend_is_no_fact_item(tmp_path):
    kept, rejected = _gate(tmp_path, HISTORY)
    assert not [c for c in kept if c.template == "stance" and "changing quickly" in c.quote]
    assert any("trend" in r for r in _reasons(rejected, "changing quickly", "A fact"))
    # a checkable event keeps its fact item
    assert not any("trend" in r for c in rejected if "passed a law" in c.quote for r in c.reasons)


def test_one_member_of_a_long_list_is_no_blank(tmp_path):
    kept, rejected = _gate(tmp_path, HISTORY)
    assert not [c for c in kept if "western Scotland" in c.quote and c.template in ("cloze", "complete")]
    assert any("list" in r for r in _reasons(rejected, "western Scotland", "South Wales"))


def test_a_usage_notes_speakers_and_the_country_around_named_places_are_no_blanks(tmp_path):
    kept, rejected = _gate(tmp_path, HISTORY)
    assert not [c for c in kept if "everyday speech" in c.quote and c.answer == "North West England"]
    assert any("usage note" in r for r in _reasons(rejected, "everyday speech", "North West England"))
    assert not [c for c in kept if "such as Voss" in c.quote and c.answer == "Norway"]
    assert any("around the places" in r for r in _reasons(rejected, "such as Voss", "Norway"))


def test_a_call_to_action_and_an_opeds_passing_figure_are_not_asked(tmp_path):
    kept, rejected = _gate(tmp_path, OPED)
    assert not [c for c in kept if "leave a note" in c.quote]
    assert any("call to action" in r for r in _reasons(rejected, "leave a note", "School Council"))
    assert not [c for c in kept if "only 25 minutes" in c.quote and c.answer == 25]
    assert any("passing small figure" in r for r in _reasons(rejected, "only 25 minutes", 25))


def test_an_opeds_numbered_proposals_are_its_opinions(tmp_path):
    kept, _ = _gate(tmp_path, BIKES)
    proposals = [c for c in kept if c.template == "stance" and c.quote.startswith(("First,", "Second,", "Finally,"))]
    assert proposals and {c.answer for c in proposals} == {"An opinion"}


def test_a_number_the_sentence_shows_elsewhere_is_no_blank(tmp_path):
    kept, rejected = _gate(tmp_path, COMPUTING)
    assert not [c for c in kept if "more than 8 bits" in c.quote and c.answer == 8]
    assert any("elsewhere in its sentence" in r for r in _reasons(rejected, "more than 8 bits", 8))


def test_a_key_of_an_article_and_one_seldom_written_noun_is_no_object_question(tmp_path):
    corpus = parsed(tmp_path, """The Night the Border Opened

The government prepared new rules for travel. The minister announced them on television.
Late that night, at the north bridge, the guard in charge opened the gate. The crowd crossed the river. The sun warms the land faster
than the sea. The land loses its heat quickly at night. Farmers plough the land in spring.
""")
    asked = {c.prompt: c.answer for c in object_items(corpus, corpus.docs[0])}
    assert "the gate" not in asked.values()
    assert "the land" in asked.values()  # a noun the text keeps writing is one of its things


def test_an_opeds_numbered_proposals_are_no_process_to_order(tmp_path):
    kept, _ = _gate(tmp_path, OPED)
    assert not [c for c in kept if c.template == "process"]


def test_a_sequence_adverb_before_an_imperative_keeps_it_the_writers_own():
    from tests.generator.test_voice import label_of

    assert label_of("First, offer two portion sizes.") == "opinion"
    assert label_of("Finally, weigh the waste every Friday and post the result on the wall.") == "opinion"
    assert label_of("Finally, the mixture boils.") == "fact"


GUIDE = """The Silver River: Characters and Themes

A study guide for Year 10

Marta Kell's novel The Silver River was published in 1988. It is set in a mining town in the hills during a long drought. The story is told by Ana, the miner's daughter.

Themes

The most obvious theme is the love of money. The mine owner takes the river's water for his mine while the farms die. A second theme is loyalty between old friends, as Ana and Luis protect each other from the men who hunt them. A third theme is hope in hard times, because the farmers keep planting seeds although no rain falls.
"""


def test_each_theme_a_guide_illustrates_is_asked_even_with_the_same_options(tmp_path):
    from studyapp.generator import generate_bank

    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    asked = {q["answer"]: q["prompt"] for q in generate_bank([tmp_path / "guide.txt"])["questions"]}
    # "them" after the two people the clause names is theirs; three themes share one option set fairly
    assert "Ana and Luis protect each other" in asked.get("loyalty between old friends", "")
    assert "most obvious theme" in asked.get("the love of money", "")
    assert "keep planting seeds" in asked.get("hope in hard times", "")
