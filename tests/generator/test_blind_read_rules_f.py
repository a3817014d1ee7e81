"""Rules from the English blind read of 29 Nov (i), the sixth round: a typed person answer accepts the person's
other names; trivia (a figure or date that is not the point) is asked another way or not at all; multiple-choice
options that contradict a place the sentence names are out; prompts that open on an unresolved "it", "its", "the
problem" stand alone or go; an author's prediction is an opinion, a view set up to be rejected is no one's
opinion. Every text here is made by hand, not taken from the dev documents."""
from __future__ import annotations

import pytest

from parse_support import parsed, sentence_with

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate
from studyapp.generator.stages.typed_names import person_names

from .test_keep_rules import UP_TO_GATE

VALLEY = """The Trial in Brindle Valley

Tom Harrow, a young farmhand, is accused of stealing a horse in Brindle Valley. Tom says that he was at the mill
all night. Nora Quill, a lawyer, defends him in court, and Nora wins the jury over. The historian Felix Aldane
argued that the trial changed the valley. Ruth Harrow, Tom's sister, gives evidence for him.
"""


@pytest.fixture(scope="module")
def valley(tmp_path_factory):
    """The corpus of the hand-made trial text, up to (not through) the gate."""
    path = tmp_path_factory.mktemp("names") / "valley.txt"
    path.write_text(VALLEY, encoding="utf-8")
    return run_pipeline([path], names=UP_TO_GATE)


def _typed(corpus, answer: str, kind: str = "name", template: str = "cloze") -> Candidate:
    """A typed item of the corpus's document keyed on `answer`."""
    doc = corpus.docs[0]
    return Candidate(type="cloze", kind="fact", prompt="", answer=answer, doc_id=doc.id, quote="", paragraph=0,
                     answer_key=answer.lower(), answer_kind=kind, template=template)


def test_a_first_name_key_accepts_the_full_name_the_text_pairs_it_with(valley):
    assert person_names(_typed(valley, "Nora"), valley.docs[0], valley.entities) == ["Nora Quill"]


def test_a_full_name_key_accepts_the_first_name_the_text_also_uses_alone(valley):
    assert "Nora" in person_names(_typed(valley, "Nora Quill"), valley.docs[0], valley.entities)


def test_a_person_s_full_name_accepts_the_surname_alone(valley):
    names = person_names(_typed(valley, "Felix Aldane", "person", "who_said"), valley.docs[0], valley.entities)
    assert "Aldane" in names and set(names) - {"Aldane"} <= {"the historian", "historian"}  # his role (en9)


def test_a_surname_two_people_share_or_a_first_name_without_one_surname_is_not_enough(valley):
    assert "Harrow" not in person_names(_typed(valley, "Tom Harrow", "person"), valley.docs[0], valley.entities)
    assert person_names(_typed(valley, "Brindle Valley"), valley.docs[0], valley.entities) == []


VARNA = """The Salt Road of Varna

Varna is a port whose salt trade made it rich. In 2019 salt exports rose to $4.2 billion (about 88.14 billion lev).
Only 12.6% of the traders were women. In the first half of 2021, exports fell by 7 percent to $1.9 billion, while
imports rose by 11 percent to $2.5 billion. The mayor visited Istanbul in March 2018 and signed a trade deal. A
survey found that 61.4% of traders are for a new port and only 20.5% are against it. The salt war with Kotor
began in June 1902. The figure 3 shows that 57.5% of the salt goes to Turkey.
"""


@pytest.fixture(scope="module")
def varna(tmp_path_factory):
    """The corpus of the hand-made port text, up to (not through) the gate."""
    path = tmp_path_factory.mktemp("figures") / "varna.txt"
    path.write_text(VARNA, encoding="utf-8")
    return run_pipeline([path], names=UP_TO_GATE)


def _blank(corpus, words: str, key, kind: str) -> Candidate:
    """A cloze item on the sentence holding `words` that blanks `key` (a figure or date of `kind`)."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    shown = str(key if not isinstance(key, float) else f"{key:g}")
    return Candidate(type="cloze", kind="fact", prompt=s.text.replace(shown, "_____", 1), answer=key,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, answer_kind=kind,
                     template="cloze")


@pytest.mark.parametrize("words, key, kind, reason", [
    ("of the traders were women", 12.6, "percent", "trivia: an exact decimal figure"),
    ("88.14 billion lev", 88.14, "money", "trivia: a figure in brackets"),
    ("exports fell by", 7, "percent", "trivia: one of a list of figures"),
    ("visited Istanbul", "March 2018", "date", "trivia: a date to the month or day that the document does not make "
                                               "its point"),
    ("57.5% of the salt", 57.5, "percent", "trivia: an exact decimal figure"),
    # two shares set against each other were asked after read i; read s12 dropped "41.8% … are for and only 12.7% …
    # against" and "only 36.8 agree and 17.5 disagree" as recall: a survey's decimals only in its findings section
    ("are for a new port", 61.4, "percent", "trivia: an exact decimal figure"),
])
def test_a_figure_or_date_that_is_not_the_point_is_trivia(varna, words, key, kind, reason):
    from studyapp.generator.stages.focus import minor_figure
    assert minor_figure(_blank(varna, words, key, kind), varna.docs[0]) == reason


@pytest.mark.parametrize("words, key, kind", [
    ("salt war with Kotor", "June 1902", "date"),  # the date of a war
    ("rose to $4.2 billion", 4.2, "money"),  # a rounded amount of billions
    ("rose to $4.2 billion", 2019, "year"),  # a year: the older trivia rule (importance) decides
])
def test_a_compared_figure_an_event_s_date_and_an_amount_in_billions_are_asked(varna, words, key, kind):
    from studyapp.generator.stages.focus import minor_figure
    assert minor_figure(_blank(varna, words, key, kind), varna.docs[0]) == ""


def test_the_gate_gives_the_trivia_reason(tmp_path):
    path = tmp_path / "varna.txt"
    path.write_text(VARNA, encoding="utf-8")
    corpus = run_pipeline([path], names=UP_TO_GATE + ["gate"])
    assert not [c for c in corpus.candidates if c.answer in (12.6, 88.14, "12.6%")]
    assert any("trivia: an exact decimal figure" in c.reasons for c in corpus.rejected)


STEPPE = """Builders of the Steppe

Turkish companies build roads in Azerbaijan, Georgia and Kazakhstan. A firm from Ankara built the airport of Baku
in 2005. Kazakhstan relied on Turkish firms to build new cities, notably the capital Astana. Turkey's influence
grew in Central Asia in general and in Kazakhstan in particular. Trade with Georgia and Armenia grew slowly, and
Tbilisi and Yerevan opened new offices in Ankara.
"""


def test_an_option_stands_to_the_sentence_s_places_as_the_key_does():
    from studyapp.generator import lexicon as lx
    assert lx.geography("Astana", ["Kazakhstan"]) == {("kazakhstan", "in")}
    assert lx.geography("Baku", ["Kazakhstan"]) == frozenset()
    assert lx.geography("Central Asia", ["Kazakhstan"]) == {("kazakhstan", "holds")}


def test_a_gap_fill_offers_no_place_the_sentence_s_own_words_rule_out(tmp_path):
    (tmp_path / "steppe.txt").write_text(STEPPE, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    asked = [c for c in corpus.candidates if c.kind == "fact" and "capital" in c.quote and c.answer == "Astana"]
    assert asked  # asked all the same: typed when no other Kazakh city can be offered
    from studyapp.generator import lexicon as lx
    for c in asked:
        named = ["Kazakhstan"]
        assert all(lx.geography(o, named) == lx.geography(str(c.answer), named) for o in c.choices), c.choices


HARBOUR = """The Harbour of Selm

The old harbour of Selm silted up every winter. The fishermen could no longer land their boats.

Mayor Ilse Varn solved this problem by digging a new channel in 1881. In this particular case, the town could
trade with Oslo again and grow rich from herring. Ilse Varn later saved them from a flood. I urge every
visitor to try it once.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    """The corpus of the hand-made harbour text, parsed."""
    return parsed(tmp_path_factory.mktemp("context"), HARBOUR, "harbour.txt")



def test_an_early_it_or_them_with_nothing_to_stand_for_leans_back(harbour):
    from studyapp.generator.stages.context import references
    for words in ("saved them", "try it once"):
        assert "pronoun" in [kind for _, _, kind in references(sentence_with(harbour, words), [])], words
    assert "pronoun" not in [kind for _, _, kind in references(sentence_with(harbour, "silted up"), [])]


def test_a_case_opener_is_cut_from_the_quote_even_after_phrasing_made_it_definite(harbour):
    from studyapp.generator.stages.context import context_stage
    s = sentence_with(harbour, "In this particular case")
    c = Candidate(type="multiple_choice", kind="fact", answer="Oslo", doc_id=s.doc_id, quote=s.text,
                  paragraph=s.paragraph, sentence=s.position, template="complete",
                  prompt="Complete the sentence: “In the particular case, the town could trade with _____ again and "
                         "grow rich from herring.”")
    harbour.candidates = [c]
    assert context_stage(harbour).candidates == [c]
    assert c.prompt == "Complete the sentence: “…the town could trade with _____ again and grow rich from herring.”"


def test_the_problem_opening_a_paragraph_is_shown_after_the_paragraph_before(harbour):
    from studyapp.generator.stages.context import context_stage
    s = sentence_with(harbour, "solved this problem")
    c = Candidate(type="cloze", kind="fact", answer="1881", doc_id=s.doc_id, quote=s.text, paragraph=s.paragraph,
                  sentence=s.position, template="cloze",
                  prompt="Mayor Ilse Varn solved the problem by digging a new channel in _____.")
    harbour.candidates = [c]
    assert context_stage(harbour).candidates == [c]
    assert c.prompt == "The fishermen could no longer land their boats. Mayor Ilse Varn solved the problem by " \
                       "digging a new channel in _____."


@pytest.mark.parametrize("text, label", [
    ("The research predicts that the alliance of the river towns will continue to grow.", "opinion"),
    ("This study expects that trade between the two ports will double.", "opinion"),
    ("One might assume that the two kingdoms would make a good match because of their shared language.",
     "reported"),
    ("Some say that a canal would solve every problem of the valley.", "reported"),
    ("The research shows that 40 farms closed in 1903.", "fact"),
])
def test_the_writer_s_own_prediction_a_view_set_up_to_answer_and_an_interpretation(text, label):
    from .test_voice import label_of
    assert label_of(text) == label


def test_an_interpretation_is_not_keyed_as_a_fact(tmp_path):
    from studyapp.generator.stages.keep_rules import unmarked_stance
    path = tmp_path / "port.txt"
    path.write_text("The Port of Selm\n\nIn 1902, it was thanks to the navy's intervention that calm was restored in "
                    "the port of Selm.\n", encoding="utf-8")
    corpus = run_pipeline([path], names=["read", "clean", "languages", "analyse", "parse", "voice"])
    s = sentence_with(corpus, "thanks to")
    c = Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact? “{s.text}”", answer="A fact",
                  doc_id=s.doc_id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="stance")
    assert unmarked_stance(c, corpus.docs[0]) == "fact/opinion: the fact carries an opinion marker"
