"""Forms the English blind reads (29s, 29t) dropped that a rule can see: a blank right after a title or closing a
label's name ("Mrs _____", "King _____", "Year _____ student"), a pronoun taken for a term after "called", and an
exercise's instruction keyed as an opinion. Every text here is written by hand (a railway history, a library news
story, a homework opinion piece)."""
from __future__ import annotations

from parse_support import run_texts
from studyapp.generator.model import Candidate

RAILWAYS = """The Coming of the Railways

In the 1830s railways spread quickly across Britain. The first steam trains frightened many country people, who \
called them the "iron horses" because of their noise and smoke.

Queen Victoria made her first train journey in 1842, and King William IV had never travelled by train at all. \
Railways changed how people lived. Fresh milk and fish could reach the cities in hours, and cheap excursion trains \
took workers to the seaside for the first time.

Exercises
Describe what happened to the price of fish once the railways came.
Name one town that grew because of the railways.
"""

HOMEWORK = """Homework Should Be Shorter

By Lena Marsh

Schools give too much homework. I believe that an hour a night is more than enough for most pupils. A survey by \
the Hill Foundation found that 40 percent of pupils spend over two hours a night on homework. Teachers should set \
fewer tasks and mark them more carefully. Publish the homework timetable on the school website every week.

Explain why the writer mentions the survey.
Give two reasons why homework might help pupils.
"""




def _gap(prompt: str, key: str, template: str = "cloze") -> Candidate:
    return Candidate(type="cloze", kind="fact", prompt=prompt, answer=key, doc_id="d", quote="", paragraph=0,
                     sentence=0, topic="", template=template)


def test_a_blank_right_after_a_title_or_ending_a_label_is_refused():
    from studyapp.generator.stages.known import titled_blank

    assert titled_blank(_gap("According to “The Wool Trade”, king _____ taxed wool exports.", "Edward III"))
    assert titled_blank(_gap("According to the text, the prize went to Dr _____, a chemist.", "Ruth Amos"))
    assert titled_blank(_gap("Fill in the number: “Pupils from Year _____ designed the signs.”", "10", "numeric"))
    assert titled_blank(_gap("Fill in the number: “The crew of Apollo _____ landed in July.”", "11", "numeric"))
    assert titled_blank(_gap("According to the text, the café is run by Room 4 _____, a charity.", "Catering"))
    assert not titled_blank(_gap("Fill in the number: “In _____ the Dutch scientist showed it.”", "1779", "numeric"))
    assert not titled_blank(_gap("According to the text, in June _____ the war began.", "1914"))
    assert not titled_blank(_gap("According to the text, Britain had _____ miles of track.", "6000", "numeric"))
    assert not titled_blank(_gap("According to the text, the engineer _____ built the line.", "Stephenson"))


def test_no_gap_keyed_on_a_monarchs_name_after_king_or_queen(tmp_path):
    corpus = run_texts(tmp_path, {"railways.txt": RAILWAYS, "homework.txt": HOMEWORK})
    asked = [q.prompt for q in corpus.questions if "_____" in q.prompt]
    assert not [p for p in asked if "queen _____" in p.lower() or "king _____" in p.lower()], asked


def test_called_them_names_no_term(tmp_path):
    corpus = run_texts(tmp_path, {"railways.txt": RAILWAYS}, upto="gate")
    keys = [c.answer for c in corpus.candidates if c.template in ("called", "term_gap")]
    assert "them" not in keys, keys


def test_an_exercise_instruction_is_a_question_not_an_opinion(tmp_path):
    corpus = run_texts(tmp_path, {"railways.txt": RAILWAYS, "homework.txt": HOMEWORK}, upto="voice")
    stances = {s.text.strip(): s.stance for d in corpus.docs for s in d.sentences}
    for line in ("Describe what happened to the price of fish once the railways came.",
                 "Name one town that grew because of the railways.", "Explain why the writer mentions the survey.",
                 "Give two reasons why homework might help pupils."):
        assert stances[line] == "question", (line, stances[line])
    assert stances["Publish the homework timetable on the school website every week."] == "opinion"
    assert stances["Teachers should set fewer tasks and mark them more carefully."] == "opinion"


SPARTANS = """The 300 Spartans at Thermopylae

In 480 BC a huge Persian army under Xerxes invaded Greece. The Greeks decided to block the narrow pass of \
Thermopylae, between the mountains and the sea, where a large army could not use its numbers.

The Spartan king Leonidas led 300 Spartans and several thousand other Greek soldiers to the pass. For two days they \
held back the Persians. Then a local man showed the Persians a mountain path around the pass.

Leonidas sent most of the Greeks away but stayed to fight with his 300 Spartans. All of them were killed. The battle \
was a defeat, but it gave the Greek cities time to prepare, and later that year the Greek navy won at Salamis.
"""


def test_a_number_the_title_gives_is_not_blanked(tmp_path):
    corpus = run_texts(tmp_path, {"sparta.txt": SPARTANS})
    assert not [q.prompt for q in corpus.questions if str(q.answer) == "300"]
    assert any("stands in the document's title" in r for c in corpus.rejected for r in c.reasons)


KESTREL = """A Kestrel for a Knave by Barry Hines: Study Guide

Billy Casper is a fifteen-year-old boy growing up in a mining town in Yorkshire in the 1960s. He is bullied at \
school and at home by his older brother Jud. Billy finds a young kestrel on a farm wall and trains it, learning \
everything from a library book about falconry.

Themes
Hines suggests that the school system fails boys like Billy. The careers officer offers Billy only a job in the mine \
and does not listen when he talks about the hawk. Many critics argue that Kes stands for the freedom that Billy \
himself can never have.
"""


def test_the_studied_writers_meaning_is_no_reported_claim_item(tmp_path):
    corpus = run_texts(tmp_path, {"kestrel.txt": KESTREL})
    stance = [q.quote for q in corpus.questions if q.template == "stance"]
    assert not [t for t in stance if t.startswith("Hines suggests")], stance
    assert any("studied author" in r for c in corpus.rejected for r in c.reasons)
    from studyapp.generator.stages.memory import studied_author
    critics = next(s for s in corpus.docs[0].sentences if s.text.startswith("Many critics"))
    assert not studied_author(critics, corpus.docs[0])


LEAF = """How Leaves Work

Green plants make their own food by photosynthesis in their leaves. Carbon dioxide enters the leaf through tiny pores \
called stomata, which are found mainly on the underside of the leaf. Water travels up from the roots in narrow tubes \
called xylem vessels, which run through the stem.

Two guard cells surround each pore and open it in the light. At night the guard cells close the pores, so that the \
leaf loses less water.
"""


def test_a_definition_never_starts_with_the_preposition_before_called(tmp_path):
    corpus = run_texts(tmp_path, {"leaf.txt": LEAF})
    prompts = [q.prompt for q in corpus.questions]
    assert not [p for p in prompts if "name for through" in p], prompts
    assert any(q.answer == "stomata" for q in corpus.questions), prompts  # asked as a gap instead


BRIDGE = """Footbridge reopens after flood damage

By Sam Okoro

The Riverside footbridge in Calder Vale reopened on Friday, eleven months after floods tore away one of its supports. \
Engineers replaced the damaged wooden support with one made of steel and raised the deck by 60 centimetres, so that \
the bridge should stay above the water in a flood as large as last winter's. The work cost £850,000.

The council should have acted sooner, so that walkers could cross the river safely.
"""


def test_should_in_a_purpose_clause_is_no_opinion(tmp_path):
    corpus = run_texts(tmp_path, {"bridge.txt": BRIDGE}, upto="voice")
    stances = {s.text.strip()[:20]: s.stance for s in corpus.docs[0].sentences}
    assert stances["Engineers replaced t"] == "fact", stances
    assert stances["The council should h"] == "opinion", stances  # the main clause's "should" still counts
