"""Forms from the English blind read of 29 Nov (r): fact/opinion items only where a document has a view to tell a
fact from; backwards definitions only on a real term; a blank covers a whole name. Every text here is made by hand
(an electricity chapter, a canal history, ...)."""
from __future__ import annotations

from studyapp.generator import STAGES, run_pipeline
from studyapp.generator.stages import select

CIRCUITS = """Electric Circuits and Ohm's Law

Current and voltage

An electric current is a flow of charge around a closed circuit. Current is measured in amperes with an ammeter, \
which is always connected in series. Voltage is the push that drives the charge round the circuit and is measured in \
volts with a voltmeter, which is connected in parallel.

In 1827 the German physicist Georg Ohm showed that the current through a metal wire is proportional to the voltage \
across it, if the temperature stays the same. Resistance is measured in ohms, and a resistor of 10 ohms with 5 volts \
across it carries a current of 0.5 amperes.

Series and parallel

In a series circuit the same current flows through every component, and the total resistance is the sum of the \
separate resistances. In a parallel circuit each branch has the full voltage of the supply. A fuse is a thin wire \
that melts and breaks the circuit when the current is too large. A household fuse in Britain is usually rated at 3, \
5 or 13 amperes.

Mains electricity in Britain is supplied at 230 volts and a frequency of 50 hertz.
"""

CANAL = """The Building of the Suez Canal

The Suez Canal joins the Mediterranean Sea to the Red Sea. Work began in 1859 under the French diplomat Ferdinand \
de Lesseps. About 1.5 million Egyptian labourers worked on the canal, and thousands of them died. The canal opened on \
17 November 1869 and was 164 kilometres long. In 1875 Britain bought Egypt's shares in the canal company for about \
4 million pounds. In 1956 President Nasser nationalised the canal, and Britain, France and Israel invaded Egypt.

Historians still disagree about what the canal meant for Egypt. The historian Caroline Piquet argued that the canal \
made Egypt dependent on European money for decades.
"""


def _run(tmp_path, text: str, name: str, upto: str | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    names = STAGES if upto is None else STAGES[:STAGES.index(upto) + 1]
    return run_pipeline([path], names=names)


def test_a_chapter_of_facts_gets_no_fact_opinion_item(tmp_path):
    corpus = _run(tmp_path, CIRCUITS, "circuits.txt")
    assert not [q for q in corpus.questions if q.template == "stance"]
    assert any("no opinion or reported claim" in r or r.startswith("stance: a plain")  # the gate's rule (en9) or select's
               for c in corpus.rejected for r in c.reasons)


def test_a_history_quoting_a_historian_keeps_its_fact_items_ranked_below_views(tmp_path):
    corpus = _run(tmp_path, CANAL, "canal.txt", upto="gate")
    assert select._views(corpus) == {"canal": 1}  # 'The historian … argued that …'
    facts = [c for c in corpus.candidates if select._plain_fact(c)]
    assert facts and not select._nothing_to_tell_apart(corpus)


# --- backwards definitions need a term ----------------------------------------------------------------------------

FOREST = """Forests Under Attack: An Interview with Forester Jonas Berg

Jonas Berg has worked in the forests of southern Sweden for thirty years. We asked him about the trees he cares for.

What threatens the forests most?

The biggest danger to spruce trees in Sweden is a small insect called the spruce bark beetle. The beetles bore \
under the bark and cut off the tree's supply of water. After the dry summer of 2018, the beetles killed millions of \
trees. A healthy spruce can defend itself with resin, but a tree weakened by drought cannot.

What can foresters do?

"We have to remove infested trees quickly," Berg says. "A mixed forest is much harder for the beetle to destroy."
"""


def test_a_name_inside_the_subjects_phrase_is_not_what_the_copula_defines(tmp_path):
    corpus = _run(tmp_path, FOREST, "forest.txt", upto="analyse")
    assert not [d for d in corpus.docs[0].definitions if d.term == "Sweden"]
    corpus = _run(tmp_path, FOREST, "forest.txt")
    assert not [q for q in corpus.questions if q.answer == "Sweden" and "name" in q.prompt], \
        [(q.prompt, q.answer) for q in corpus.questions]


def test_no_backwards_definition_keyed_on_a_determiner_phrase_or_the_interview_itself():
    from studyapp.generator.stages.ideas import not_a_term

    for term in ("Her garden", "Their harvest", "The interview", "Every hive"):
        assert not_a_term(term), term
    assert not not_a_term("A hive") and not not_a_term("Propolis")


def test_a_description_holding_its_own_name_is_not_asked_backwards():
    from types import SimpleNamespace

    from studyapp.generator.model import Definition
    from studyapp.generator.stages import timeline

    s = SimpleNamespace(text="The pest is a small moth called the Leek Moth.", paragraph=1, position=0, section="")
    doc = SimpleNamespace(definitions=[Definition(0, "Leek Moth", "a small moth called the Leek Moth", "term")],
                          sentences=[s], main_topics=set(), ref="“Pests”", title="Pests", id="pests")
    corpus = SimpleNamespace(entity_for=lambda name: None)
    assert timeline.definition_questions(corpus, doc) == []


# --- a blank covers a whole name ----------------------------------------------------------------------------------


def _gap(prompt: str, key: str):
    from studyapp.generator.model import Candidate

    return Candidate(type="cloze", kind="fact", prompt=prompt, answer=key, doc_id="d", quote="", paragraph=0,
                     sentence=0, topic="", template="cloze")


def test_a_blank_followed_by_the_rest_of_a_name_is_refused():
    from studyapp.generator.stages.known import name_part

    assert name_part(_gap("In 2012, _____ Won-soo, after visiting the dam, called it a warning.",
                          "United Nations Under-Secretary-General Kim"))
    assert name_part(_gap("The ferry crossed the strait to _____ Island in a storm.", "Sable"))
    assert not name_part(_gap("In 1914 _____ declared war on Germany.", "Britain"))
    assert not name_part(_gap("The port of _____ lies far from the shore today.", "Moynaq"))


def test_a_hyphenated_given_name_stays_in_the_name_and_a_compound_does_not(tmp_path):
    text = ("The Dam\n\nThe dam stands on the river. In 2013, President Park Geun-hye, after visiting the dam, "
            "praised its engineers. Post-war Britain built new towns, and the Soviet-era dams of Central Asia ran dry.\n")
    corpus = _run(tmp_path, text, "dam.txt", upto="analyse")
    names = {m.text for m in corpus.docs[0].mentions}
    assert "Park Geun-hye" in names, names
    assert not [n for n in names if "Post" in n or "Soviet" in n], names


# --- details of a sentence that introduces a person or a source --------------------------------------------------

FOREST2 = """Forests Under Attack: An Interview with Forester Jonas Berg

Jonas Berg has worked in the forests of southern Sweden for 30 years and now looks after 12 forests near the coast. \
We asked him about the trees he cares for.

What threatens the forests most?

The biggest danger to spruce trees in Sweden is a small insect called the spruce bark beetle. The beetles bore under \
the bark and cut off the tree's supply of water. After the dry summer of 2018, the beetles killed about 8 million \
cubic metres of spruce. In 2020 researchers from Lund University surveyed more than 2,600 forest owners, and 61 \
percent said they had lost trees to beetles.

What can foresters do?

"We have to remove infested trees quickly," Berg says. The ecologist Maria Lind, of Uppsala University, has studied \
mixed forests for many years. A mixed forest with birch and pine loses far fewer trees, because the beetle only \
attacks spruce.
"""


def test_the_interviewees_years_and_the_researchers_university_are_not_asked(tmp_path):
    corpus = _run(tmp_path, FOREST2, "forest2.txt")
    asked = {str(q.answer) for q in corpus.questions}
    assert not asked & {"30", "12", "Uppsala University"}, [(q.prompt, q.answer) for q in corpus.questions]
    assert any("introduces a person" in r for c in corpus.rejected for r in c.reasons)


def test_a_studys_sample_size_is_not_asked(tmp_path):
    from studyapp.generator.stages.focus import introduction
    from studyapp.generator.stages.generate import base

    corpus = _run(tmp_path, FOREST2, "forest2.txt", upto="parse")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if "surveyed" in s.text)
    c = base(doc, s, "numeric", "Fill in the number: “… surveyed more than _____ forest owners …”", 2600, None,
             "numeric")
    c.answer_kind = "count"
    assert introduction(c, doc) == "side detail: the size of a study's sample"


def test_a_biographys_own_subject_is_no_introduction(tmp_path):
    text = ("Astrid Holm: A Life in Glass\n\nAstrid Holm opened her first glass workshop in Bergen in 1931. "
            "Her bowls were shown in Paris and New York, and she trained over forty glassblowers.\n")
    corpus = _run(tmp_path, text, "holm.txt")
    assert not any("introduces a person" in r for c in corpus.rejected for r in c.reasons)


# --- the form of the document's own work, asked forwards ----------------------------------------------------------

FERRY = """Study Guide: "The Lost Ferry" by Mara Lind

The poem is a sonnet: 14 lines, with a turn after the eighth line. It tells of a ferry that sank in a winter storm \
in 1921. The speaker is an old sailor who survived the wreck. The grey sea is a symbol of memory that will not fade.

Lind wrote the poem in 1954, after visiting the harbour where the ferry had sailed.
"""


def test_the_poems_form_is_asked_forwards_and_the_speaker_is_no_term(tmp_path):
    corpus = _run(tmp_path, FERRY, "ferry.txt")
    form = [q for q in corpus.questions if "what form is the poem written in" in q.prompt]
    assert form and form[0].answer == "sonnet" and len(form[0].choices) == 4, [q.prompt for q in corpus.questions]
    keys = {str(q.answer).lower() for q in corpus.questions}
    assert not keys & {"poem", "the poem", "speaker", "the speaker"}, keys


def test_an_unknown_form_is_not_asked():
    from types import SimpleNamespace

    from studyapp.generator.stages.forms import own_form

    s = SimpleNamespace(text="The poem is a long walk through a ruined city.", paragraph=0, position=0, section="")
    assert own_form(SimpleNamespace(id="d", ref="“X”", title="X"), s) == []


def test_anything_of_a_closing_notice_is_a_side_detail(tmp_path):
    from studyapp.generator.stages.focus import introduction
    from studyapp.generator.stages.generate import base

    notice = "\nThe next guided walk is on 12 September. Details are on the noticeboard at the town library.\n"
    corpus = _run(tmp_path, FOREST2 + notice, "forest3.txt", upto="parse")
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if s.text.startswith("Details"))
    c = base(doc, s, "cloze", "Details are on the noticeboard at the town _____.", "library", None, "cloze")
    assert introduction(c, doc) == "side detail: a notice at the end of the document"
    body = next(s for s in doc.sentences if "supply of water" in s.text)
    assert introduction(base(doc, body, "cloze", "… cut off the tree's supply of _____.", "water", None, "cloze"),
                        doc) == ""


def test_the_year_of_a_film_made_from_the_book_is_a_side_detail(tmp_path):
    from studyapp.generator.stages.focus import introduction
    from studyapp.generator.stages.generate import base

    text = ("Study Guide: The Salt Road by Ines Varga\n\nThe Salt Road follows two sisters who cross a desert to find "
            "their father. The novel was published in 1978 and won a national prize. It was made into a film in 1994, "
            "with the sisters played by real sisters.\n")
    corpus = _run(tmp_path, text, "salt.txt", upto="parse")
    doc = corpus.docs[0]
    film = next(s for s in doc.sentences if "film" in s.text)
    c = base(doc, film, "cloze", "It was made into a film in _____.", "1994", None, "cloze")
    c.answer_kind = "year"
    assert introduction(c, doc) == "side detail: the date of a later work made from the one studied"
    book = next(s for s in doc.sentences if "published" in s.text)
    c = base(doc, book, "cloze", "The novel was published in _____.", "1978", None, "cloze")
    c.answer_kind = "year"
    assert introduction(c, doc) == ""
