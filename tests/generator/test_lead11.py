"""Eleventh session, lead: a survey's main result is asked, with "these countries" shown as the group the text
named before. Each test is built on a hand-made text and fails without its rule."""
from __future__ import annotations

from studyapp.generator import generate_bank

SURVEY = """Attitudes to Nordic cooperation among students in Tartu

Abstract

This study asks how students in Tartu see cooperation between Estonia and the Nordic countries. A short online survey
was answered by 120 students of the university in the spring of 2024.

### Methods

The survey had five questions and took about ten minutes to complete. Students answered in Estonian or English.

### Results

The first question asked how close the students feel to Nordic nations. Most of them chose a high score on a scale of
one to ten. The average score was 7.4.

Figure 2 shows that 64.2% of respondents want Estonia to deepen its ties with these countries, and only a few are
against closer ties.

### Conclusion

Students in Tartu mostly support closer ties with their northern neighbours, and the study suggests asking older people
the same questions.
"""


def _bank(tmp_path, text: str) -> list[dict]:
    path = tmp_path / "survey.txt"
    path.write_text(text, encoding="utf-8")
    return generate_bank([path])["questions"]


def test_a_surveys_main_result_is_asked_with_these_countries_named(tmp_path):
    """The 64.2% is the study's finding (under Results, the share of respondents who want …): not trivia for its
    decimal; "these countries" leans back and is shown as the group the sentence before names."""
    questions = _bank(tmp_path, SURVEY)
    found = [q for q in questions if str(q["answer"]).rstrip("%") == "64.2"]
    assert found, [q["prompt"] for q in questions]
    assert "[Nordic nations]" in found[0]["prompt"] and "these countries" not in found[0]["prompt"]


def test_a_country_ending_in_an_is_no_group_adjective(tmp_path):
    """"between Kazakhstan and Turkic nations" names one group, Turkic nations: "Kazakhstan" is no adjective."""
    from studyapp.generator.model import Sentence, SourceDoc
    from studyapp.generator.stages.resolve import group_before

    texts = ["The survey asked about relations between Kazakhstan and Turkic nations.",
             "Most of them answered quickly.",
             "The majority want Kazakhstan to work more closely with these countries."]
    doc = SourceDoc.__new__(SourceDoc)
    doc.sentences = [Sentence("d", 0, 0, 0, t, "body", "", position=i) for i, t in enumerate(texts)]
    assert group_before(doc, doc.sentences[2], "countries") == "Turkic nations"
    doc.sentences[0].text = "The survey asked about relations with Slavic and Turkic nations."
    assert group_before(doc, doc.sentences[2], "countries") == ""  # two groups: none is safe
    doc.sentences[0].text = "The survey asked about relations with the United States."
    assert group_before(doc, doc.sentences[2], "states") == ""


def test_a_decimal_share_typed_accepts_its_whole_percent(tmp_path):
    """A survey's "64.2%" asked as a typed figure is right as 64 too (read u: tolerance 0 was "too harsh")."""
    found = [q for q in _bank(tmp_path, SURVEY) if q["type"] == "numeric" and q["answer"] == 64.2]
    assert found and found[0]["tolerance"] == 0.5


HISTORY = """The Road to the Crimean War

In the 1850s the great powers argued over the holy places of Jerusalem. France and Russia both claimed to protect the
Christians who lived there.

In 1853 the Russian army crossed into the Danubian Principalities. The Ottoman Empire declared war on Russia in October.
Britain and France joined the Ottomans in 1854 because they feared that Russia would grow too strong.

The leader of the nurses at Scutari was Florence Nightingale, a well-educated Englishwoman who came from a rich
family. Her reports on dirty wards and bad food changed how British army hospitals were run.

The war ended with the Treaty of Paris in 1856, which kept Russian warships out of the Black Sea.
"""


def test_a_person_the_parse_names_accepts_the_surname(tmp_path):
    """A typed "Florence Nightingale" (a name spaCy calls a person) is right as "Nightingale" too (read u: "should
    also accept 'Princip'")."""
    questions = _bank(tmp_path, HISTORY)
    who = [q for q in questions if q["answer"] == "Florence Nightingale" and q["type"] in ("cloze", "short_answer")]
    assert who, [(q["prompt"], q["answer"]) for q in questions]
    assert "Nightingale" in who[0]["aliases"]


def test_a_typed_decimal_share_allows_half_a_point_and_other_decimals_stay_exact():
    from studyapp.generator.stages.quantities import typed_tolerance

    assert typed_tolerance(73.7, 1, share=True) == 0.5
    assert typed_tolerance(0.5, 1) == 0.0  # a probability or a measurement stays exact


def test_document_options_name_authors_only_when_every_one_does():
    """Three documents, one whose text never prints its author: no option shows an author (read u: the one title
    without an author in brackets was the answer each time); all four printing theirs keep them."""
    from studyapp.generator.model import Block, SourceDoc
    from studyapp.generator.stages.perspective import labels

    def doc(title, author, byline):
        return SourceDoc(id=title, file=f"{title}.txt", title=title, author=author, blocks=[Block(f"{byline}\n\nText.")])

    signed = [doc("Steppe Trade", "Aliya Nurova", "By Aliya Nurova"), doc("Old Roads", "Ben Hart", "Ben Hart writes")]
    assert labels(signed) == ["Steppe Trade (Aliya Nurova)", "Old Roads (Ben Hart)"]
    unsigned = doc("New Ports", "Chen Wei", "Staff report")
    assert labels(signed + [unsigned]) == ["Steppe Trade", "Old Roads", "New Ports"]


def test_a_counting_noun_is_no_typed_answer_its_of_phrase_is():
    """"What did the council buy in 2019?" -> "a large quantity of rock salt": "quantity" alone was accepted (read
    u: for Turkish armored vehicles); "rock salt" is what a pupil types."""
    from studyapp.generator.stages.objects import question_of

    _question, key, others = question_of("The council bought a large quantity of rock salt in 2019.", set(), set())
    assert key == "a large quantity of rock salt"
    assert "quantity" not in others and "large quantity" not in others and "rock salt" in others


def test_a_key_its_verb_all_but_names_is_not_asked(tmp_path):
    """"What did the Ottoman Empire declare in October?" -> "war" (read u: "can only be 'war'")."""
    questions = _bank(tmp_path, HISTORY)
    assert not [q for q in questions if str(q["answer"]).lower() in ("war", "a war")], [q["prompt"] for q in questions]
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.known import collocated_key

    item = Candidate("short_answer", "fact", "What did the two kings sign in 1420?", "a treaty", "d", "q", 0,
                     template="wh_object")
    assert collocated_key(item)
    item.answer = "the Treaty of Troyes"
    assert not collocated_key(item)  # a named treaty is worth asking


def test_a_simple_past_sentence_is_asked_in_which_year_did(tmp_path):
    """"The war ended with the Treaty of Paris in 1856 …": "In which year did …?" with "did" and the verb's dictionary
    form, not a cloze; a second verb joined by "and" leaves the sentence alone."""
    from studyapp.generator.model import Mention
    from studyapp.generator.stages import phrasing as ph
    from studyapp.generator.stages.parse import nlp, summarise

    def asked(text, year, names):
        at = text.index(year)
        return ph.wh_time(text, Mention(0, at, at + len(year), year, "year"), 0, "year", names, summarise(nlp()(text)))

    assert asked("Yuri Gagarin flew around the Earth in 1961.", "1961", {"Yuri", "Gagarin", "Earth"}) == \
        "In which year did Yuri Gagarin fly around the Earth?"
    assert asked("In 1847 Dickens wrote a new novel.", "1847", {"Dickens"}) == "In which year did Dickens write a new novel?"
    assert asked("The invasion started in 2014 and caused great alarm.", "2014", set()) == ""
    assert asked("A flood destroyed the market in 1867, and the merchants moved their stalls.", "1867", set()) == ""


def test_a_named_persons_wife_in_the_subject_needs_no_sentence_before():
    """"On 3 May 1921 King Peter Karadjordjevic, …, and his son Alexander were welcomed …": spaCy makes "his son" the
    subject; "his" is the king's, named before it, so the sentence stands alone (the en-dev history text lost its
    assassination this way). A "his son" with no one named before still leans back."""
    from studyapp.generator.stages.parse import nlp, summarise

    text = ("On 3 May 1921 King Peter Karadjordjevic, the ruler of the new kingdom, and his son Alexander were welcomed "
            "in Belgrade, the capital of Serbia.")
    assert not summarise(nlp()(text)).context_subject
    assert summarise(nlp()("His son Alexander was welcomed in Belgrade.")).context_subject


def test_the_date_of_a_killing_is_an_event_worth_asking(tmp_path):
    """"… were shot dead in Belgrade": the day of an attack that starts a war is asked, like an assassination's."""
    text = """The Fall of the Kingdom

The small kingdom had been at peace for forty years. Its farmers sold wheat and barley to all the countries around
it, and its capital grew into a busy trading city with a new railway station and a university.

The old nobles did not trust the young king. They wanted to keep their lands and their seats in the royal council, and
many of them met in secret with the ambassadors of neighbouring states.

On 3 May 1921 King Peter Karadjordjevic, the ruler of the new kingdom, and his son Alexander were shot dead in
Belgrade, the capital of Serbia. The killing started a war that lasted for three years.

After the war the kingdom was divided between its two largest neighbours.
"""
    from studyapp.generator import run_pipeline

    path = tmp_path / "kingdom.txt"
    path.write_text(text, encoding="utf-8")
    corpus = run_pipeline([path])
    dated = [c for c in corpus.questions + corpus.rejected if c.answer == "3 May 1921"]
    assert dated and not [r for c in dated for r in c.reasons if r.startswith("trivia")], [c.reasons for c in dated]
    from studyapp.generator.stages.keep_rules import _about_the_number

    doc = corpus.docs[0]
    killing = next(s for s in doc.sentences if "shot dead" in s.text)
    assert _about_the_number(doc, killing, "3 May 1921")  # the date of the event the sentence tells


RIVER = """The Wars of the River Towns

The river towns of the north fought each other for most of the nineteenth century over tolls on the river trade.

The first war between Nizhny and Vetluga broke out on 14 September 1832 over a new bridge toll.
The Treaty of Kostroma ended the fighting on 2 April 1841 and opened the river to all boats.
A second war broke out on 21 July 1862 when Vetluga closed the river again.
The final peace treaty was signed on 30 October 1869, and the tolls were abolished for good.

Today the river carries tourists instead of soldiers, and the old toll house is a museum.
"""


def test_a_day_month_year_date_is_asked_with_options_never_typed(tmp_path):
    """A typed "14 September 1832" is always refused (a pupil types dates many ways), so a date is asked as
    "Complete the sentence" with options; before, half the dates (by hash) were lost as typed clozes."""
    questions = _bank(tmp_path, RIVER)
    dates = {"14 September 1832", "2 April 1841", "21 July 1862", "30 October 1869"}
    asked = [q for q in questions if isinstance(q["answer"], str) and q["answer"] in dates]
    assert all(q["type"] == "multiple_choice" for q in asked)
    assert len(asked) >= 3, [(q["prompt"], q["answer"]) for q in questions]


GEOMETRY = """Circles and Their Parts

A circle is the set of points at the same distance from one point, its centre. Circles appear in wheels, clocks and
coins, and builders have used them for thousands of years.

The line from the centre to the edge is half of the diameter and is called the radius. The distance around the circle
is called the circumference.

The rule for the circumference is named after Archimedes of Syracuse, a Greek mathematician who lived in the third
century BC, but Egyptian builders used a rough value much earlier.

A right triangle has one angle of exactly 90 degrees. Egyptian surveyors measured their fields with knotted ropes.
"""


def test_w11_english_faults_of_definitions_names_and_known_figures(tmp_path):
    """Read w11: "who is the Greek thinker …?" keyed "Samos" (of "Pythagoras of Samos"); "What is the name for the side
    opposite the right angle is the longest side and?"; "exactly _____ degrees" in a right triangle (90)."""
    questions = _bank(tmp_path, GEOMETRY)
    prompts = [q["prompt"] for q in questions]
    assert not [q for q in questions if q["answer"] == "Syracuse" and "mathematician" in q["prompt"]], prompts
    assert not [p for p in prompts if p.endswith(" and?")], prompts
    assert not [q for q in questions if q["answer"] == 90], prompts
    radius = [q for q in questions if q["answer"] == "radius" and q["prompt"].startswith("What is the name for")]
    assert not radius or radius[0]["prompt"] == "What is the name for the line from the centre to the edge?"


def test_w11_a_place_opening_a_sentence_keeps_its_capital():
    from studyapp.generator.stages.phrasing import lower_first

    assert lower_first("Denmark made first aid lessons compulsory", set()) == "Denmark made first aid lessons compulsory"
    assert lower_first("The council met", set()) == "the council met"


def test_w11_one_recall_item_per_answer_counts_its_other_forms():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.select import _recall_keys

    long = Candidate("cloze", "fact", "The _____ is the oldest launch site.", "Baikonur Cosmodrome", "d", "q", 0,
                     template="cloze", aliases=["Baikonur"])
    short = Candidate("cloze", "fact", "A rocket launched from _____ carried Sputnik.", "Baikonur", "d", "q", 0,
                      template="cloze")
    assert _recall_keys(long, {"cosmodrome"}) & _recall_keys(short, {"cosmodrome"})
    person = Candidate("cloze", "fact", "Atticus defends _____.", "Tom Robinson", "d", "q", 0, template="cloze",
                       aliases=["Tom", "Robinson"])
    first = Candidate("cloze", "fact", "_____ is shot dead.", "Tom", "d", "q", 0, template="cloze")
    assert not _recall_keys(person, {"cosmodrome"}) & _recall_keys(first, {"cosmodrome"})  # a person's other names


def test_w11_a_dashed_list_line_or_a_doubled_comma_is_no_timeline_event(tmp_path):
    """"One month later,, the dog Laika flew on Sputnik 2" and "Tokhtar Aubakirov — the first Kazakh cosmonaut" were
    put in order as events (read w11)."""
    from studyapp.generator import run_pipeline
    from studyapp.generator.stages.timeline import event_text

    path = tmp_path / "space.txt"
    path.write_text("Space Firsts\n\nThe first satellite was launched from the steppe in October 1957.\n\n"
                    "One month later, in November 1957, the dog Laika flew on the second satellite.\n\n"
                    "Talgat Musabayev — flew to the Mir space station in 1994 on his first mission.\n", encoding="utf-8")
    corpus = run_pipeline([path])
    doc = corpus.docs[0]
    texts = [event_text(s, m, corpus.mid_caps) for s in doc.sentences for m in doc.mentions_in(s.position)
             if m.kind in ("year", "date")]
    assert texts and not [t for t in texts if ",," in t or " — " in t], texts


def test_w11_a_right_triangles_ninety_degrees_is_known_to_all():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.known import world_figure

    item = Candidate("numeric", "fact", "Fill in the number: “A right triangle has one angle of exactly _____ degrees.”",
                     90, "d", "q", 0, template="numeric")
    assert world_figure(item)
