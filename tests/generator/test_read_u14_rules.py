"""Fifteenth session: what blind read u14 dropped, as gate rules. A sensation the writer reports ("I still feel half
asleep") is no view; a word of certainty alone ("obviously") keys no opinion; a view the sentence itself calls an
opinion is no clean "reported claim"; a double negative, a blank the next words narrow ("_____, and more
particularly in …") or one of two examples is no gap; a why-item whose reason repeats the question's name gives
itself away. Hand-made texts through the real pipeline; each test fails without its rule."""
from __future__ import annotations

import pytest

from parse_support import sentence_with, wrapped
from studyapp.generator.model import Candidate
from studyapp.generator.stages import keep_rules, reader_drops
from studyapp.generator.stages.stance_worth import unworthy_stance

LATE = """Let Us Sleep Longer

By Aruzhan Bekova, Year 10

Our school day starts far too early, and I think the governors should move it to nine o'clock. By the time the first
lesson begins at 8:00, I have been awake for almost two hours, yet I still feel half asleep. I feel that a later start
would make every lesson calmer. Teenagers should not be punished for the body clock they are born with. A later start
is cheap, simple and fair. One pillar of the school board is obviously the parents' council. In the view of our head teacher,
the timetable cannot change before next year. The council should listen to the pupils who live this every morning.
"""


@pytest.fixture(scope="module")
def late(tmp_path_factory):
    return wrapped(tmp_path_factory.mktemp("u14"), "late.txt", LATE)


def _stance(corpus, words: str, key: str) -> Candidate:
    s = sentence_with(corpus, words)
    doc = corpus.docs[0]
    return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact, an opinion or a reported "
                     f"claim? “{s.text}”", answer=key, doc_id=doc.id, quote=s.text, paragraph=s.paragraph,
                     sentence=s.position, template="stance")


def test_a_sensation_the_writer_reports_is_no_view_but_i_feel_that_is(late):
    assert not sentence_with(late, "half asleep").parse.own_stance
    assert sentence_with(late, "I feel that").parse.own_stance
    assert not keep_rules.FIRST_PERSON_STANCE.search("yet I still feel half asleep.")
    assert keep_rules.FIRST_PERSON_STANCE.search("I feel strongly that the rule is wrong.")
    assert not [q for q in late.questions if "half asleep" in q.quote and q.answer == "An opinion"]


def test_a_word_of_certainty_alone_keys_no_opinion(late):
    assert "certainty" in unworthy_stance(_stance(late, "obviously the parents", "An opinion"), late)
    assert not unworthy_stance(_stance(late, "should not be punished", "An opinion"), late)


def test_a_view_the_sentence_calls_an_opinion_is_no_clean_reported_claim(late):
    assert "calls an opinion" in unworthy_stance(_stance(late, "In the view of", "A reported claim"), late)


def _gap(prompt: str, template: str = "cloze", answer: str = "Russia") -> Candidate:
    return Candidate(type="cloze", kind="fact", prompt=prompt, answer=answer, doc_id="d", quote="", paragraph=0,
                     template=template)


@pytest.mark.parametrize("prompt, dropped", [
    ("The good relationship does not mean that other powers, apart from _____, do not have their sights set on it.", True),
    ("It is not true that nobody in _____ voted for the treaty.", True),
    ("The treaty did not only cover trade, and _____ said that it would not last.", False),
    ("The good relations do not mean that _____ has given up its desire for leadership.", False),
])
def test_a_double_negative_is_no_stem(prompt, dropped):
    assert bool(reader_drops.double_negative(_gap(prompt))) == dropped


@pytest.mark.parametrize("prompt, dropped", [
    ("In _____, and more particularly in Kazakhstan, a good symbiosis was observed.", True),
    ("Turkey's influence in _____ in general and in Kazakhstan in particular grew.", True),
    ("Russian ethnonationalism, as seen in _____ or the Donbas, worries Astana.", True),
    ("Countries such as Japan and _____ bought the drones.", True),
    ("In _____, a good symbiosis was observed, especially after 1991.", False),
])
def test_a_blank_the_next_words_narrow_or_pair_is_no_gap(prompt, dropped):
    assert bool(reader_drops.narrowed_blank(_gap(prompt))) == dropped


def test_a_reason_that_repeats_the_questions_name_gives_itself_away():
    why = _gap("According to the text, why was the Turkic Council established in 2009?", "cause_why",
               "to promote cooperation among Turkic-speaking countries")
    assert "repeats a name" in keep_rules.giveaway(why)
    fair = _gap("According to the text, why was the League of Nations set up in 1920?", "cause_why",
                "to settle future disputes peacefully")
    assert not keep_rules.giveaway(fair)


REVOLUTION = """The Causes of the French Revolution

The French Revolution began in 1789 and changed France for ever. Historians usually sort its long-term causes under
four headings: debt, hunger, privilege and new ideas. France had borrowed heavily to fight Britain in America, and
by 1788 the king could no longer pay his debts. Bad harvests in 1788 doubled the price of bread in Paris. The nobles
and the clergy paid almost no taxes, while peasants paid most of them. Writers such as Rousseau argued that power
should come from the people. When the king called the Estates-General in May 1789, the Third Estate declared itself
the National Assembly. On 14 July 1789 a crowd stormed the Bastille, a royal prison in Paris.
"""

CANAL = """Why the Canal Was Built

The Grand Western Canal was planned in the 1790s to carry coal and lime across Devon. Historians usually group the
reasons for the canal under three headings: trade, farming and war. Professor Helen Marsh, a transport historian at
Exeter, has studied the canal for twenty years. The professor argues that farming mattered most, because lime made
the acid soils of Devon fertile. Marsh also points out that the canal was never finished as planned. Only a short
section opened in 1814, and the railway soon took its trade. The canal closed to commercial traffic in 1924. Today
it is a country park, and horse-drawn boats still carry visitors along it.
"""


def test_the_count_of_a_list_after_a_colon_is_told_by_the_list(tmp_path_factory):
    """"under _____ headings: debt, hunger, privilege and new ideas": the pupil counts four."""
    corpus = wrapped(tmp_path_factory.mktemp("u14"), "revolution.txt", REVOLUTION)
    assert corpus.questions and not [q.prompt for q in corpus.questions if q.answer == "four"]


def test_a_role_word_is_no_accepted_answer_for_a_name(tmp_path_factory):
    """"professor", "the professor" named nobody, and another professor may stand in the text (read u14)."""
    corpus = wrapped(tmp_path_factory.mktemp("u14"), "canal.txt", CANAL)
    typed = [q for q in corpus.questions if q.answer == "Helen Marsh" and q.type == "short_answer"]
    assert typed and "Marsh" in typed[0].aliases
    assert not [a for q in corpus.questions for a in q.aliases if str(q.answer)[:1].isupper() and str(a).islower()]


def _typed(answer: str) -> Candidate:
    return Candidate(type="short_answer", kind="fact", prompt="", answer=answer, doc_id="d", quote="", paragraph=0)


def test_a_schools_name_is_accepted_without_its_kind():
    """"Ak Bota Secondary School" refused "Ak Bota" and "Ak Bota School" (read u14)."""
    from studyapp.generator.stages.point import short_forms
    assert set(short_forms(_typed("Ak Bota Secondary School"))) == {"Ak Bota", "Ak Bota School"}
    assert short_forms(_typed("Eton College")) == ["Eton"]
    assert short_forms(_typed("School")) == []


def test_an_activity_has_no_plural_to_accept():
    """"computings" was accepted for "computing" (read u14)."""
    from studyapp.generator.stages.point import number_forms
    assert number_forms(_typed("computing")) == []
    assert number_forms(_typed("fire")) == ["fires"]


LATVIA = """Latvia After 1991

Latvia declared the restoration of its independence in 1990. Since gaining independence in 1991, Latvia has steadily
built close ties with its Baltic neighbours and with the Nordic states. In 1993 the country held its first free
parliamentary election since the 1930s. The last Russian troops left Latvian soil in 1994. In 2004 Latvia joined
both NATO and the European Union. Riga, the capital, was a European Capital of Culture in 2014. In 2014 Latvia also
adopted the euro as its currency.
"""


def test_a_span_since_a_date_is_no_event_of_a_timeline(tmp_path_factory):
    """"Since gaining independence, Kazakhstan has actively pursued …" was an event to put in order (read u14)."""
    corpus = wrapped(tmp_path_factory.mktemp("u14"), "latvia.txt", LATVIA)
    events = [e for q in corpus.questions if q.type == "ordering" for e in q.answer]
    assert events and not [e for e in events if e.startswith("Since")], events


GUIDE = ("Ozymandias: a study guide\n\nPercy Bysshe Shelley was one of the major English Romantic poets, and he "
         "opposed tyranny all his life. He drowned in a boating accident in Italy in 1822.\n\nHow the poem came about\n"
         "Shelley wrote the sonnet in late 1817 as part of a friendly competition with his friend, the writer Horace "
         "Smith. Both men wrote a sonnet on the same subject, a broken statue of a pharaoh in the desert.\n")


def test_a_short_line_above_a_paragraph_is_its_heading_not_the_start_of_its_sentence(tmp_path):
    """A text written a paragraph per line: "How the poem came about" had been glued to "Shelley wrote …" (its last
    word reads like a broken wrap), and the heading stood in a gap-fill's stem."""
    from studyapp.generator import run_pipeline
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    corpus = run_pipeline([path])
    assert [s for s in corpus.docs[0].sentences if s.text.startswith("Shelley wrote the sonnet")]
    assert not [q.prompt for q in corpus.questions if "came about Shelley" in q.prompt or "came about Shelley" in q.quote]


EROSION = """River Erosion

Rivers shape the land as they flow. Geographers usually describe four processes of river erosion. Hydraulic action
is the force of the water itself hitting the banks. Abrasion happens when stones carried by the river scrape the bed
and banks. Attrition is when stones knock against each other and become smaller and rounder. Solution happens when
slightly acidic water dissolves rocks such as limestone.
"""


def test_how_many_kinds_a_text_lists_is_no_gap(tmp_path_factory):
    """"geographers usually describe _____ processes of river erosion" asked a count, not the processes (read v15)."""
    corpus = wrapped(tmp_path_factory.mktemp("v15"), "erosion.txt", EROSION)
    assert corpus.questions and not [q.prompt for q in corpus.questions if q.answer == "four"]


PLAY = ("The Witch Trials: a study guide\n\nThe play is set in a small village in 1692. Reverend Hale arrives as an "
        "expert on witchcraft and slowly loses faith in the court. Deputy Governor Danforth runs the trials and refuses "
        "to admit any mistake. John Proctor is a farmer, honest but proud.\n")


def test_a_titled_name_accepts_the_surname_alone(tmp_path):
    """"_____ arrives as an expert on witchcraft …" keyed "Reverend Hale" refused "Hale" (read v15)."""
    from studyapp.generator import run_pipeline
    path = tmp_path / "play.txt"
    path.write_text(PLAY, encoding="utf-8")
    hale = [q for q in run_pipeline([path]).questions if q.answer == "Reverend Hale"]
    assert hale and "Hale" in hale[0].aliases


FARM = ("The Farmer's Choice: a study guide\n\nJohn Proctor is a farmer, honest but proud. His wife, Elizabeth Proctor, "
        "is cold at first but deeply principled. In the last act Proctor tears up his confession rather than let it be "
        "posted on the church door, and he goes to be hanged.\n")


def test_a_surname_two_people_bear_accepts_neither_full_name(tmp_path):
    """"_____ tears up his confession" keyed "Proctor" accepted "Elizabeth Proctor": "John Proctor" opens its
    sentence, so only her name had been seen as the longer one (read v15)."""
    from studyapp.generator import run_pipeline
    path = tmp_path / "farm.txt"
    path.write_text(FARM, encoding="utf-8")
    keyed = [q for q in run_pipeline([path]).questions if q.answer == "Proctor"]
    assert keyed and "Elizabeth Proctor" not in keyed[0].aliases
