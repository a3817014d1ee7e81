"""Name keys as a pupil writes them and fact/opinion items a 15-year-old can answer (blind reads 29p-29t): a job
word written before a full name is not part of the name, a stance item quotes one sentence, and "A fact" is asked
only of a text that also holds opinions or reported views. Every text here is written by hand (an orchestra news
story, a canal history, a phones opinion piece)."""
from __future__ import annotations

from parse_support import run_texts

ORCHESTRA = """Youth Orchestra Wins National Prize

By Sarah Whitfield

The Millbrook Youth Orchestra has won the national schools music prize, beating forty other orchestras at the \
final in Birmingham on Saturday. Conductor Daniel Okafor, who founded the orchestra in 2015, said the players had \
rehearsed every Tuesday evening for a year. Councillor Helen Price, who chairs the arts committee, said the prize \
would help the orchestra win new funding.
"""




def test_a_job_word_before_a_full_name_is_the_role_not_the_name():
    from studyapp.generator.stages.entities import name_spans

    spans = {text: role for _, _, text, role in name_spans(
        "Conductor Daniel Okafor said the players had rehearsed, and Councillor Helen Price agreed.", set())}
    assert "Daniel Okafor" in spans and spans["Daniel Okafor"] == "Conductor"
    assert "Helen Price" in spans and spans["Helen Price"] == "Councillor"
    assert "Conductor Daniel Okafor" not in spans
    # two words stay one name: "Inspector Goole" is what the play calls him
    assert "Inspector Goole" in {text for _, _, text, _ in name_spans("Then Inspector Goole arrives at the house.",
                                                                      set())}


def test_no_key_carries_a_job_word(tmp_path):
    corpus = run_texts(tmp_path, {"orchestra.txt": ORCHESTRA})
    names = {e.name for e in corpus.entities.values()}
    assert "Daniel Okafor" in names and not any(n.startswith(("Conductor", "Councillor")) for n in names)


PHONES = """Phones Should Stay in Lockers During Lessons

By James Carter

Mobile phones do more harm than good in the classroom. Schools should ask pupils to leave their phones in lockers \
during lessons.

A study by the University of Leeds in 2023 found that pupils who could see their phones scored lower on tests. \
Head teacher Maria Lopez, whose school banned phones in lessons last year, said behaviour had improved. "Pupils \
talk to each other again at break," she said.

Some parents say that children need their phones to stay safe. They argue that a phone lets a child call home in \
an emergency. But a phone in a locker can still be used at the end of the day.

The school day lasts about six and a half hours. I believe that pupils can manage without their phones for that \
long, and I think most of them would be happier for it.
"""

MILL = """The Mill on the Hill: A Study Guide

The Mill on the Hill is a play set in a Yorkshire mill town in 1910. It follows the Hollands, a rich family who own \
the town's cotton mill.

Themes
The play shows that responsibility does not end at the factory gate. The writer argues that the rich and the poor \
depend on each other.
"""


def test_a_stance_item_quotes_one_sentence(tmp_path):
    corpus = run_texts(tmp_path, {"phones.txt": PHONES, "mill.txt": MILL, "orchestra.txt": ORCHESTRA})
    stance = [c for c in corpus.questions if c.template == "stance"]
    assert stance
    for c in stance:
        quoted = c.prompt.split("“", 1)[1]
        assert quoted.count(". ") == 0, c.prompt


def test_the_writers_opening_judgement_is_asked_as_an_opinion(tmp_path):
    corpus = run_texts(tmp_path, {"phones.txt": PHONES, "mill.txt": MILL, "orchestra.txt": ORCHESTRA})
    opinions = {c.quote: c.answer for c in corpus.questions if c.template == "stance"}
    assert opinions.get("Mobile phones do more harm than good in the classroom.") == "An opinion"
    # a study guide's or a news story's plain opening sentence is no thesis
    assert not any(c.answer == "An opinion" for c in corpus.questions if c.template == "stance"
                   and c.doc_id != "phones")


def test_a_reported_or_measured_opening_is_no_thesis(tmp_path):
    from studyapp.generator.stages.perspective import _thesis

    corpus = run_texts(tmp_path, {"a.txt": "Prices\n\nEconomists say that high prices are bad for savers. Prices rose by "
                                      "8 percent last year, the highest rise in a decade.\n"}, upto="voice")
    doc = corpus.docs[0]
    assert _thesis(doc, {a.sentence for a in doc.attributions}) == -1


COUNCIL = """Council Backs New Crossing Outside Primary School

By Tom Reid

The town council has voted to build a new pedestrian crossing outside Elm Street Primary School.

Councillor Sarah Okafor, who proposed the crossing, told the packed chamber that accidents near the school had \
risen from six in 2021 to eleven last year. "Parents tell me they would let their children walk to school if the \
road felt safe," she said.

Mr Dunn, who runs the shop opposite the school, presented a petition with 300 signatures asking for the crossing to \
be moved further up the road.
"""


def test_who_told_a_listener_keeps_one_that(tmp_path):
    from studyapp.generator.model import Attribution
    from studyapp.generator.stages.perspective import who_said

    corpus = run_texts(tmp_path, {"council.txt": COUNCIL}, upto="voice")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if "packed chamber" in s.text)
    key = corpus.entity_for("Sarah Okafor").key
    content = s.text[s.text.index("the packed chamber"):].rstrip(".")
    doc.attributions = [Attribution(s.position, "Sarah Okafor", key, "told", content)]
    prompts = [c.prompt for c in who_said(corpus, doc)]
    assert prompts and all("that the packed chamber" not in p for p in prompts), prompts
    assert any("told the packed chamber that accidents" in p for p in prompts), prompts


def test_no_name_is_swapped_in_after_a_title(tmp_path):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.distractors import Index, _swap_tf
    from studyapp.generator.stages.generate import digest

    corpus = run_texts(tmp_path, {"council.txt": COUNCIL}, upto="voice")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if s.text.startswith("Mr Dunn"))
    key = corpus.entity_for("Dunn").key
    bodies = [f"According to the text by Tom Reid, {'' if n == 0 else 'in the town, ' * n}{s.text}" for n in range(8)]
    body = next(b for b in bodies if digest(b) % 2 == 0)  # a statement the stage would make false
    at = body.index("Dunn")
    c = Candidate(type="true_false", kind="fact", prompt=f"True or false? {body}", answer="True", doc_id=doc.id,
                  quote=s.text, paragraph=s.paragraph, sentence=s.position, topic="", template="tf")
    c.choices = ["True", "False"]
    c.pending = {"swap": (at, at + 4, "Dunn", "person", key), "statement": body}
    _swap_tf(corpus, Index(corpus), c)
    assert "Mr Sarah" not in c.prompt and "Mr Okafor" not in c.prompt, c.prompt


def test_a_title_at_the_start_keeps_its_capital(tmp_path):
    from studyapp.generator.stages import naming, phrasing

    corpus = run_texts(tmp_path, {"council.txt": COUNCIL}, upto="voice")
    assert naming.lower_first("Mrs _____ refused the girl help.", corpus).startswith("Mrs _____")
    assert naming.lower_first("Dr Laura Bennett spends her days in the workroom.", corpus).startswith("Dr Laura")
    assert naming.lower_first("The council voted.", corpus).startswith("the council")
    assert phrasing.lower_first("Mrs Holland refuses to let her speak", set()).startswith("Mrs Holland")
    assert phrasing.lower_first("Parents tell me they would let their children walk", set()).startswith("parents")
    assert phrasing.lower_first("Former President Smith spoke", set()).startswith("former President")


FAMILY = """The Mill on the Hill: A Study Guide

The Mill on the Hill is a play set in a Yorkshire mill town in 1910. It follows the Ashbys, a rich family who own \
the town's cotton mill.

Frank Ashby, the mill owner, holds a dinner to celebrate his daughter Grace's engagement to Henry Ashworth. During \
the dinner a young worker, Martha Lane, arrives to ask for her job back. Mr Ashby had dismissed her for asking \
for higher wages. At the end the Ashbys are ashamed, and Grace breaks off the engagement. Frank Ashby is proud \
and selfish, and he believes that a man must look after himself and his own family.
"""


def test_a_family_and_one_member_are_not_each_others_answer(tmp_path):
    from studyapp.generator.stages.typed_names import family_mix

    assert family_mix("Birlings", "Arthur Birling") and family_mix("Arthur Birling", "Birlings")
    assert family_mix("the Ashbys", "Ashby") and not family_mix("Frank Ashby", "Ashby")
    assert not family_mix("Netherlands", "Holland") and not family_mix("Charles Babbage", "Babbage")


def test_a_family_key_accepts_no_member_name(tmp_path):
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.context import context_stage

    corpus = run_texts(tmp_path, {"family.txt": FAMILY}, upto="distractors")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if "are ashamed" in s.text)
    gap = Candidate(type="cloze", kind="fact", prompt="At the end the _____ are ashamed, and Grace breaks off the "
                    "engagement.", answer="Ashbys", doc_id=doc.id, quote=s.text, paragraph=s.paragraph,
                    sentence=s.position, topic="", template="cloze", aliases=["Frank Ashby", "Ashby"])
    corpus.candidates = [gap]
    context_stage(corpus)
    assert gap.aliases == [], gap.aliases


def test_a_plural_of_a_word_that_is_no_surname_stays_an_accepted_answer():
    """The course pack lost "Eurasianists" for "Eurasianist" and "Gülenist" for "Gülenists": family_mix read any
    plural as a family. With the text, the single form must follow a title or a first name."""
    from studyapp.generator.stages.typed_names import family_mix

    text = ("Certain Eurasianist elites see a bridge. The Gülenist movement ran schools; others replaced the "
            "Gülenists. Arthur Birling hosts a dinner; the Birlings celebrate.")
    assert not family_mix("Eurasianist", "Eurasianists", text)
    assert not family_mix("Gülenists", "Gülenist", text)
    assert family_mix("Birlings", "Arthur Birling", text) and family_mix("Arthur Birling", "Birlings", text)
