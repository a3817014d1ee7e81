"""Fourteenth session, lead: an organisation named with its own acronym in brackets can be asked (the gap covers
both), a name set off by commas before the main verb yields its turn to the rest, and a present participle before
the main verb ("The minister, speaking in Paris on 4 May 1890, announced …") dates the main event, not a side
clause. Hand-made texts; each test fails without its rule."""
from __future__ import annotations

import pytest

from parse_support import wrapped
from studyapp.generator.stages.parse import MODEL, side_clauses

TREATY = """Northern neighbours

Ten states around the Baltic Sea share its fish and its pollution. Their ministers met many times in the 1990s. The
foreign minister of Norway, speaking at the Hanseatic Hall in Lübeck on 4 May 1998, first publicly proposed the
Council of Baltic Water Partners (CBWP). Ten states joined the council within three years. The council meets every
spring to share data on fishing and pollution. Its members fund a joint laboratory in Gdańsk.
"""


def _corpus(tmp_path_factory, name: str, text: str):
    return wrapped(tmp_path_factory.mktemp("lead14"), name, text)


@pytest.fixture(scope="module")
def treaty(tmp_path_factory):
    return _corpus(tmp_path_factory, "treaty.txt", TREATY)


def test_a_name_with_its_own_acronym_is_asked_with_the_gap_over_both(treaty):
    asked = [q for q in treaty.questions if q.answer == "Council of Baltic Water Partners"]
    assert asked, [(q.prompt, q.answer) for q in treaty.questions]
    assert all("CBWP" not in q.prompt and "_____" in q.prompt for q in asked if q.template == "cloze")


def test_a_venue_set_off_by_commas_is_not_what_the_sentence_asks(treaty):
    assert not [q for q in treaty.questions if q.answer == "Hanseatic Hall"]


@pytest.fixture(scope="module")
def nlp():
    import spacy
    return spacy.load(MODEL)


@pytest.mark.parametrize("text, year, inside", [
    ("The minister, speaking in Paris on 4 May 1890, announced the new treaty.", "1890", False),
    ("Speaking in Paris in 1890, she announced her discovery.", "1890", False),
    ("Kazakhstan, since gaining independence in 1991, has pursued a balanced policy.", "1991", True),
    ("The bridge, opened in 1932, carries six lanes.", "1932", True),
    ("He died in 1924, leaving a country that had changed forever in 1917.", "1917", True),
])
def test_a_present_participle_before_the_verb_dates_the_main_event(nlp, text, year, inside):
    spans, year = side_clauses(nlp(text)), text.index(year)
    assert any(a <= year < b for a, b, _ in spans) == inside, spans


def test_a_season_after_the_verb_is_no_object(treaty):
    """"The council meets every spring": "What does the council meet?" asked a time as a thing."""
    assert not [q.prompt for q in treaty.questions if q.template == "wh_object" and "spring" in str(q.answer)]


ANALYSIS = """Partners across the sea

Turkey and Kazakhstan have traded for thirty years. Official links between Turkey and the states of Central Asia
began only with the collapse of the Soviet Union in 1991. Kazakhstan was the last republic to gain its independence
from the Soviet Union. While trading with both neighbours, Ankara has become eager to find new partners in Africa.
Here is what Maria Lopez, a researcher with a focus on ethnic conflicts, says about the region: "the borders are
calm for now". Kazakhstan and Turkey established political, economic, and cultural ties. Their summer friend Dill, a
small boy with a big imagination, joins the sailors at the port. The port of Aktau handles most of the trade with
Baku. The Port Board's chief engineer, Joseph Marsh, had already drawn up plans for a new quay.
"""


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    return _corpus(tmp_path_factory, "partners.txt", ANALYSIS)


def _kept(corpus):
    gone = {id(c) for c in corpus.rejected}
    return [c for c in corpus.candidates if id(c) not in gone]


def test_a_capital_standing_for_its_state_is_no_gap(analysis):
    """"_____ has become eager to find new partners": a pupil writes the country (read t13 dropped the swap)."""
    assert not [c.prompt for c in _kept(analysis) if c.answer == "Ankara" and "_____ has become" in c.prompt]


def test_the_state_a_frame_ends_is_no_gap(analysis):
    """"the collapse of the _____", "independence from the _____": every pupil in Kazakhstan writes it."""
    assert not [c.prompt for c in _kept(analysis) if c.answer == "Soviet Union" and "_____" in c.prompt]
    assert any("the frame names the state" in r for c in analysis.rejected for r in c.reasons)


def test_a_writer_cited_once_is_not_asked_by_their_role(analysis):
    """"Who is the researcher with a focus on ethnic conflicts?": trivia of a cited source (read t13); a character
    named once in a plain statement is still asked ("who is the small boy with a big imagination?")."""
    defined = {str(c.answer) for c in analysis.candidates if c.template == "definition"}
    assert "Maria Lopez" not in defined and "Dill" in defined


def test_a_listed_object_is_not_typed(analysis):
    """"What did Kazakhstan and Turkey establish?" keyed "political, economic, and cultural ties"."""
    assert not [c.prompt for c in analysis.candidates if c.template == "wh_object" and "," in str(c.answer)]


def test_a_name_after_its_role_is_still_the_person_the_sentence_introduces(analysis):
    """"The Port Board's chief engineer, Joseph Marsh, had …": the board is a detail of the person's introduction; only
    a name in an aside ("…, speaking at the Hall …,") is no person introduced."""
    assert not [c.prompt for c in _kept(analysis) if "_____'s chief engineer" in c.prompt]


def test_a_unit_symbol_before_a_full_stop_ends_the_sentence():
    """"… give 12 Ω. If one lamp …": the Greek capital of a unit is no initial ("J. Smith")."""
    from studyapp.generator.stages.segment import split_sentences

    text = "Two 6 Ω resistors in series give 12 Ω. If one lamp breaks, all the lamps go out. J. Smith wrote it."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Two 6 Ω resistors in series give 12 Ω.", "If one lamp breaks, all the lamps go out.", "J. Smith wrote it."]


@pytest.mark.parametrize("stem, alone", [
    ("A convex lens bends parallel rays so that they meet at a point called the _____.", True),
    ("For a metal wire kept at a constant temperature, the current is proportional to the voltage across it.", True),
    ("The government promised to act on it.", False),
    ("Scientists could not explain it.", False),
])
def test_a_pronoun_whose_thing_the_sentence_names_stands_alone(stem, alone):
    from studyapp.generator.standalone import anaphora

    assert (anaphora(stem, True) == "") is alone, anaphora(stem, True)


WALL = """The night the wall opened

The Soviet leader Mikhail Gorbachev had introduced reforms and was no longer willing to use force. In October the
long-time leader Erich Honecker was forced to resign. On the evening of 9 November 1989, the government spokesman
Günter Schabowski announced relaxed travel rules at a live press conference. At Bornholmer Strasse, the senior
officer on duty, Harald Jäger, faced a huge crowd and opened the gate. Less than a year later, on 3 October 1990,
Germany was reunified. Lise Meitner was born in Vienna on 7 November 1878. Unable to explain this, Hahn wrote to
Meitner.
"""


@pytest.fixture(scope="module")
def wall(tmp_path_factory):
    return _corpus(tmp_path_factory, "wall.txt", WALL)


def test_a_street_is_no_option_among_people(wall):
    """"Bornholmer Strasse" was offered three times among Gorbachev, Honecker and Schabowski (read t13)."""
    people = [q for q in wall.questions if q.answer in ("Mikhail Gorbachev", "Erich Honecker", "Günter Schabowski")]
    assert people and not [q.choices for q in people if "Bornholmer Strasse" in q.choices]


def test_read_t13s_stems_that_lean_on_an_unseen_sentence_are_not_asked(wall):
    """"Less than a year later, … _____ was reunified", "Unable to explain this, _____ wrote …", and the day of a
    birth ("When was Lise Meitner born …?")."""
    kept = _kept(wall)
    assert not [c.prompt for c in kept if "reunified" in c.prompt and "_____" in c.prompt]
    assert not [c.prompt for c in kept if "Unable to explain this" in c.prompt]
    assert not [c.prompt for c in kept if c.answer == "7 November 1878"]


PLAGUE = """The Great Mortality

Between 1347 and 1351 a deadly disease swept across Europe. The disease was plague, caused by the bacterium Yersinia
pestis. No war in the Middle Ages caused so many deaths. In England the government tried to freeze wages with the
Statute of Labourers of 1351. The physician Guy de Chauliac insists on burning the bedding of the sick so that the
disease might not spread. Force is measured in newtons (N). Mass is measured in kilograms (kg). The unit of force is
named after Newton. Time is measured in seconds (s). Speed is measured in metres per second (m/s).
"""


@pytest.fixture(scope="module")
def plague(tmp_path_factory):
    return _corpus(tmp_path_factory, "plague.txt", PLAGUE)


def test_medieval_years_of_a_span_and_of_a_statute_are_years(plague):
    """"Between 1347 and 1351", "the Statute of Labourers of 1351": set 14 typed them as counts within 1 %."""
    years = {m.text for m in plague.docs[0].mentions if m.kind == "year"}
    assert {"1347", "1351"} <= years
    assert not [m for m in plague.docs[0].mentions if m.kind == "count" and m.text in ("1347", "1351")]


def test_set_14s_english_faults_are_not_asked(plague):
    asked = [(q.prompt, str(q.answer)) for q in plague.questions]
    assert not [p for p, a in asked if a == "Yersinia"], asked  # the genus of a Latin name
    assert not [p for p, a in asked if p.startswith("What did no war")], asked  # a negated subject
    assert not [p for p, a in asked if a == "named"], asked  # "The unit of force is named after Newton"
    sentence = next(s for s in plague.docs[0].sentences if "insists on burning" in s.text)
    assert sentence.stance == "fact"  # "so that" is no reported "that"
