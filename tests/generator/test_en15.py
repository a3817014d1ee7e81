"""Helper en15: what a teacher dropped or fixed on fresh English documents (a cast list's line copied into a gap,
a minor character of the list, a theme label glued to its stem, a key the stem or the world gives, "the collision"
out of its context, a False statement that moves only a place, a birth record as a fact/opinion item), and more
questions from a literature guide's sentences about its people and its setting; on hand-made texts."""
from __future__ import annotations

from studyapp.generator.model import Candidate
from studyapp.generator.stages.known import famous_key
from tests.parse_support import parsed, run_texts

GUIDE = """Study Guide: The Salt Road by Nadia Orlova

Overview

Nadia Orlova's novel The Salt Road was published in 1994 and won a national prize for young readers. It is set in the desert town of Kashgar during a long war between two kingdoms. The story follows Timur, a young camel driver, on his first journey across the desert.

Plot summary

Timur joins a caravan led by the old trader Karim. At home Bakyt, Timur's older brother, looks after the goats. In the market Leyla, Kamila's mother, sells maps. Kamila is a clever, restless girl who wants to see the sea. Because she reads every map in her father's shop, she knows the old roads better than the traders. At the oasis the caravan meets soldiers who want to seize the salt. Timur hides the salt in the well, and his friend Kamila explains that the soldiers will never search the water. Karim is later captured by the soldiers. Although the soldiers beat him, he refuses to tell them where the salt is hidden.

Karim, Timur's teacher, is an old trader with a grey beard. He tells Timur that "the desert forgives no one who forgets water".

Key characters

- Timur – a young camel driver who learns courage on the road.
- Karim – an old trader who knows every well in the desert.
- Kamila – a clever girl who understands more than she says.
- Yusuf – a silent cook who sings to the camels at night.

Major themes

Courage and growing up: Timur learns that fear and courage can live in the same heart.
Trust between strangers: Kamila and Timur share their water although they have just met.
Greed and power: the soldiers take whatever they want from the weak.
"""

RIVERS = """Rivers and Gorges

Rivers shape the land in three main ways. A river erodes its bed, carries the loose rock downstream and drops it where the water slows down.

Two glaciers merged above the valley of Belmor in the last ice age. The meltwater from this merger carved the deep Orlan Gorge through the soft limestone. The Orlan Gorge is now a national park.

A meander is a wide bend in a river where the water flows slowly on the inside. The Moselle bend at Cochem is the best-known example. Floods often cover the flat land beside a meander.

On 12 March 1931 a great flood destroyed the bridges of the old town of Varna, now Belmor. The flood came after a winter of heavy snow.
"""

LIFE = """Mira Santos (1950–2011)

Mira Santos was born in Lisbon on 3 May 1950 into a family of fishermen. She studied marine biology at the University of Lisbon. Her careful counts of sardines showed that the fish were disappearing from the coast. Many scientists think her work saved the sardine fishery.
"""


def _kept(tmp_path, text: str, upto: str = "gate"):
    """(accepted, rejected) candidates of one hand-made document after the stage `upto`."""
    corpus = run_texts(tmp_path, {"doc.txt": text}, upto=upto)
    return corpus.candidates, corpus.rejected


def test_a_cast_lines_he_or_she_is_the_character_asked(tmp_path):
    kept, _ = _kept(tmp_path, GUIDE)
    asked = [c for c in kept if c.template == "cast" and c.answer == "Kamila"]
    assert asked and "understands more than she says" in asked[0].prompt


def test_a_character_only_the_cast_list_names_is_not_asked(tmp_path):
    kept, rejected = _kept(tmp_path, GUIDE)
    assert not [c for c in kept + rejected if c.answer == "Yusuf"]
    assert [c for c in kept if c.template == "cast" and c.answer == "Karim"]


def test_no_gap_fill_copies_a_list_line(tmp_path):
    kept, rejected = _kept(tmp_path, GUIDE)
    lines = ("Timur – ", "Karim – ", "Kamila – ", "Courage and growing up:", "Trust between strangers:", "Greed and power:")
    assert not [c for c in kept if c.quote.startswith(lines) and c.template not in ("cast", "define", "define_person")]
    assert any("list" in r for c in rejected if c.quote.startswith(lines) for r in c.reasons)


def test_a_themes_list_is_asked_by_its_descriptions(tmp_path):
    kept, _ = _kept(tmp_path, GUIDE)
    themes = [c for c in kept if c.template == "cast" and "which theme is described by the words" in c.prompt]
    assert {c.answer for c in themes} >= {"Greed and power"}
    assert all(len(c.choices) == 3 for c in themes)


def test_a_speaker_after_and_or_a_resolved_he_is_asked_who_says_it(tmp_path):
    kept, _ = _kept(tmp_path, GUIDE)
    said = {c.answer: c.prompt for c in kept if c.template == "said_by"}
    assert "explains that the soldiers will never search the water" in said.get("Kamila", "")
    assert "tells Timur that" in said.get("Karim", "")


def test_a_pronoun_after_a_fronted_clause_continues_the_subject_before(tmp_path):
    doc = parsed(tmp_path, GUIDE).docs[0]
    people = {s.text[:20]: name for s in doc.sentences if (found := doc.hints["pronoun_person"].get(s.position))
              for _g, name in [found]}
    assert people.get("Because she reads ev") == "Kamila"
    assert people.get("Although the soldier") == "Karim"


def test_an_it_after_the_works_sentence_is_the_work(tmp_path):
    kept, _ = _kept(tmp_path, GUIDE, upto="context")
    assert [c for c in kept if c.prompt.startswith(("[The Salt Road] is set in", "According to")) and
            "[The Salt Road] is set in" in c.prompt]
    # a dummy "it" stands for nothing
    doc = parsed(tmp_path, "The Salt Road: A Study Guide\n\nThe Salt Road was written in 1994. It is easy to see "
                           "why readers love the book.\n").docs[0]
    assert not doc.hints.get("pronoun_person")


def test_a_demonstrative_that_sums_up_the_sentence_before_is_shown_with_it(tmp_path):
    kept, _ = _kept(tmp_path, RIVERS, upto="context")
    merger = [c for c in kept if "merger carved" in c.quote and "_____" in c.prompt]
    assert merger and all("Two glaciers merged" in c.prompt for c in merger)


def test_an_example_of_what_the_sentence_before_names_leans_on_it(tmp_path):
    kept, rejected = _kept(tmp_path, RIVERS, upto="context")
    example = [c for c in kept if "best-known example" in c.quote]
    assert all("A meander is a wide bend" in c.prompt for c in example)
    assert example or any("best-known example" in r for c in rejected for r in c.reasons)


def _cloze(prompt: str, answer: str) -> Candidate:
    return Candidate(type="cloze", kind="fact", prompt=prompt, answer=answer, doc_id="d", quote="", paragraph=1,
                     template="cloze")


def test_the_earth_and_an_award_named_by_its_field_are_no_keys():
    assert "Earth" in famous_key(_cloze("Magma forms deep inside the _____ where rock melts.", "Earth"))
    assert "award" in famous_key(_cloze("In 1998 Lena Varga received the _____ in Chemistry for her work.",
                                        "Nobel Prize"))
    assert not famous_key(_cloze("In 1998 Lena Varga received the _____ for her work.", "Varga Medal"))
    assert not famous_key(_cloze("The _____ in Peru is the deepest canyon.", "Colca Canyon"))


def test_a_false_statement_that_moves_only_the_place_is_not_asked(tmp_path):
    kept, rejected = _kept(tmp_path, RIVERS)
    assert not [c for c in kept if "Varna" in c.quote and (c.answer == "False" or c.answer == "Belmor")]
    from studyapp.generator.stages.focus import LATER_NAME, WHERE

    assert WHERE.search("a great flood destroyed the bridges of the old town of Varna, now ")
    assert WHERE.search("the birds fly south to ")
    assert LATER_NAME.search("the old town of Varna, now _____.")
    assert not WHERE.search("The bird shown on the national flag of ")


def test_a_birth_record_is_no_fact_or_opinion_item(tmp_path):
    from studyapp.generator.stages.reader_drops import plain_stance

    doc = parsed(tmp_path, LIFE).docs[0]
    born = next(s for s in doc.sentences if "was born" in s.text)
    counts = next(s for s in doc.sentences if "careful counts" in s.text)

    def stance(s) -> Candidate:
        return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact? “{s.text}”",
                         answer="A fact", doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position,
                         template="stance")

    assert "birth" in plain_stance(stance(born), doc)
    assert not plain_stance(stance(counts), doc)


NEWS = """Village school wins science prize

By Olga Petrenko

A team from a village school in the Aral region won the national science fair on Friday with a cheap water filter.

The judges tested the filter with river water. Team leader Daniyar Seitov explained the design. "We used sand, charcoal and old plastic bottles because they cost almost nothing," he said.

Seitov said the team already has plans. "Next we want to test it in spring," he said.
"""


def test_who_said_a_short_first_person_remark_is_not_asked(tmp_path):
    corpus = run_texts(tmp_path, {"news.txt": NEWS}, upto="perspectives")
    said = [c for c in corpus.candidates if c.template == "who_said"]
    assert not [c for c in said if "test it in spring" in c.prompt]
    assert [c for c in said if "cost almost nothing" in c.prompt]  # a first-person remark that says something


def test_a_chapter_summary_is_no_list_line_and_an_example_of_its_own_clause_stands_alone(tmp_path):
    from studyapp.generator.stages.cast_lists import list_line
    from studyapp.generator.stages.context import references

    doc = parsed(tmp_path, """The Map: A Study Guide

Plot summary

Chapter 1: Tom finds an old map in the attic of his grandmother's house.
Chapter 2: Tom and his sister follow the map to the ruined mill.
Chapter 3: The children find a locked box under the floor of the mill.

Key words

A base that dissolves in water is called an alkali; sodium hydroxide is a common example.
""").docs[0]
    assert not any(list_line(doc, s) for s in doc.sentences if s.text.startswith("Chapter"))
    alkali = next(s for s in doc.sentences if "alkali" in s.text)
    assert not [r for r in references(alkali, []) if "example" in alkali.text[r[0]:r[1]]]
