"""Rules from the English blind reads of 30 Nov (b, c, d), one careful round: no blank on a side detail (a day of
the month, a date or place inside a subordinate clause, anything of a private event); no quote opening
on "Secondly,"; matchings of even description lengths; who-said options
only from the question's document (or the piece it debates); a typed country answer accepts the country's other
names; descriptions asked as "who is the …?"; an op-ed's own
evidence asked as "which writer writes this?". Every text here is made by hand, not taken from the dev documents."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.generator import generate_bank, run_pipeline
from studyapp.generator import lexicon as lx
from studyapp.generator.model import Candidate
from studyapp.generator.checks import stands_alone
from studyapp.generator.stages import keep_rules
from studyapp.generator.stages.context import context_stage, references
from studyapp.generator.stages.focus import side_detail

from .test_keep_rules import UP_TO_GATE

OSTRAVIA = """The Kingdom of Ostravia

Ostravia was a small kingdom on the river Vel, and its wars shaped the whole region. Ostravia, which had only been
united in 1866, wanted colonies of its own like the older kingdoms. Ostravia and Prussia signed an alliance in 1880.
Ostravia declared war on Prussia on 4 May and on Austria on 9 May.

Queen Mira ruled Ostravia for forty years. In 1850 Mira married Prince Tomas at a feast in London. Mira founded the
first school of the kingdom in 1852. Forty farmers who lived in Paris joined her army.
"""


@pytest.fixture(scope="module")
def ostravia(tmp_path_factory):
    """The corpus of the hand-made kingdom text, up to (not through) the gate."""
    path = tmp_path_factory.mktemp("focus") / "ostravia.txt"
    path.write_text(OSTRAVIA, encoding="utf-8")
    return run_pipeline([path], names=UP_TO_GATE)


def _asking(corpus, words: str, key: str) -> list[Candidate]:
    """The fact items on the sentence holding `words` that blank (or, when false, swap) `key`."""
    found = [c for c in corpus.candidates if words in c.quote and c.kind == "fact" and (
        str(c.answer) == key or c.answer == "False" and c.pending.get("swap", [None] * 3)[2] == key)]
    assert found, f"no candidate on {words!r} asking {key!r}"
    return found


def test_a_date_inside_a_relative_clause_is_a_side_detail(ostravia):
    for c in _asking(ostravia, "united in 1866", "1866"):
        assert side_detail(c, ostravia.docs[0]) == "side detail: a date or place inside a subordinate clause"


def test_a_day_of_the_month_is_never_the_blank(ostravia):
    for c in _asking(ostravia, "on 4 May", "4"):
        assert side_detail(c, ostravia.docs[0]) == "side detail: a day of the month"


def test_the_date_and_partner_of_a_private_event_are_side_details(ostravia):
    for key in ("1850", "Mira"):
        for c in _asking(ostravia, "married Prince Tomas", key):
            assert side_detail(c, ostravia.docs[0]) == "side detail: a private event"


def test_a_place_inside_a_relative_clause_with_a_tense_is_a_side_detail(ostravia):
    for c in _asking(ostravia, "who lived in Paris", "Paris"):
        assert side_detail(c, ostravia.docs[0]) == "side detail: a date or place inside a subordinate clause"


def test_the_date_of_what_the_main_clause_says_is_asked(ostravia):
    for words, key in (("first school", "1852"), ("signed an alliance", "1880")):
        for c in _asking(ostravia, words, key):
            assert side_detail(c, ostravia.docs[0]) == ""


def test_the_gate_rejects_side_details_with_the_reason(tmp_path):
    path = tmp_path / "ostravia.txt"
    path.write_text(OSTRAVIA, encoding="utf-8")
    corpus = run_pipeline([path], names=UP_TO_GATE + ["gate"])
    assert any("united in 1866" in c.quote and "side detail" in " ".join(c.reasons) for c in corpus.rejected)
    assert not any("united in 1866" in c.quote and str(c.answer) == "1866" for c in corpus.candidates)
    assert keep_rules.reasons  # the gate's rules are the ones this file extends


GRAIN = """Grain on the Volga

Russia, Kazakhstan and Turkey trade grain along the Volga and across the Caspian Sea. The trade grew quickly after
2010, when new silos were built in Samara. Ivan Petrov, who runs a barge company, said that the river is the
cheapest road for grain. Farmers in Kazakhstan now sell a third of their wheat to Turkey.
"""
PORTS = """Ports of the Black Sea

Russia, Kazakhstan and Turkey ship most of their grain through the ports of the Black Sea. Omar Selim, a harbour
manager in Samsun, said that ports decide the price of bread. Lena Brandt, an economist, argues that farmers need
storage more than new roads. Maria Lopez, a baker in Istanbul, said that the price of bread doubled in a year. The port of Novorossiysk handled a record harvest in 2022.
"""


def test_a_who_said_item_offers_no_speaker_only_another_text_holds(tmp_path):
    for name, text in (("grain.txt", GRAIN), ("ports.txt", PORTS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    asked = [c for c in corpus.candidates if c.template == "who_said" and c.answer == "Ivan Petrov"]
    assert asked
    for c in asked:
        assert not {"Omar Selim", "Lena Brandt"} & set(c.choices), c.choices


HARBOUR_TOWN = """The Lighthouse of Brenmor

Brenmor is a fishing town on a rocky coast, and its lighthouse is the oldest in the county. Tom Reed, a small boy
with a big imagination, watches the lighthouse from his window every night. The Falcon, a machine that turned the
great lamp, was built by a clockmaker in 1901. Hugh Marlow, the founder of the new harbour, paid for the lamp.
Hannah Price, the keeper of the lighthouse, climbs its 120 steps twice a day.
"""


def test_descriptions_are_asked_as_who_is_or_what_is_called_and_never_lean_back(tmp_path):
    (tmp_path / "brenmor.txt").write_text(HARBOUR_TOWN, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    asked = {c.answer: c.prompt for c in corpus.candidates if c.template == "definition"}
    assert asked["Tom Reed"] == "According to “The Lighthouse of Brenmor”, who is the small boy with a big imagination?"
    falcon = asked.get("The Falcon") or asked["Falcon"]
    assert falcon.endswith(", what is the machine that turned the great lamp called?")
    assert "Hugh Marlow" not in asked  # "the new harbour" needs another sentence
    assert not [p for p in asked.values() if "described" in p or "the name of a" in p]


def test_an_op_ed_s_own_evidence_is_asked_as_which_writer_writes_it():
    texts = Path(__file__).parent / "texts"
    bank = generate_bank([texts / "uniform-for.txt", texts / "uniform-against.txt"])
    asked = [q for q in bank["questions"] if q["prompt"].startswith("Two writers disagree. Which of them writes this")]
    assert [(q["answer"], q["source"]["id"]) for q in asked if "337 pounds" in q["prompt"]] == [
        ("Omar Said", "uniform-against")]
    for q in asked:
        assert q["source"]["quote"] in q["prompt"] and re.search(r"\d|survey|study|report", q["source"]["quote"])


VALDOR = """Talks in Valdor

The talks in Valdor brought four leaders of the region together for the first time. Foreign Minister Anna Holt of
Norland opened the talks. Trade Minister Piotr Wen of Estmark spoke about grain. Defence Minister Lars Berg of Norland
spoke about the border. Oskar Vale, a politician widely acknowledged as the founder of the modern republic of Estmark,
closed the talks. Prime Minister Ida Lund of Estmark signed the final agreement.
"""


def test_a_matching_leaves_out_a_description_far_longer_than_the_others(tmp_path):
    (tmp_path / "valdor.txt").write_text(VALDOR, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    matchings = [c for c in corpus.candidates if c.template == "matching"]
    assert matchings
    for c in matchings:  # since the seventh round each public figure is matched with a deed ("closed the talks")
        assert not dict(c.answer).get("Oskar Vale", "").startswith("a politician")
        assert max(len(role.split()) for _, role in c.answer) <= 4


MILLS = """The Mills of Arden

The river Arden drove the first cotton mills of the valley in 1780. Mill owners chose the valley for two reasons.
Firstly, the Arden never froze in winter, so the wheels turned all year. Secondly, the port of Calder lay only ten
miles downstream, and the mills shipped their cloth from it to Lisbon.
"""


def test_a_sentence_opening_on_an_ordinal_connective_leans_on_the_one_before(tmp_path):
    (tmp_path / "mills.txt").write_text(MILLS, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=["read", "clean", "languages", "analyse", "parse"])
    secondly = next(s for s in corpus.docs[0].sentences if s.text.startswith("Secondly,"))
    assert [kind for _, _, kind in references(secondly, [])][:1] == ["connective"]
    quoted = Candidate(type="multiple_choice", kind="fact", prompt=f"Which document reports: “{secondly.text}”?",
                       answer="The Mills of Arden", doc_id=secondly.doc_id, quote=secondly.text,
                       paragraph=secondly.paragraph, sentence=secondly.position, template="which_source")
    corpus.candidates = [quoted]
    assert context_stage(corpus).candidates == [quoted]  # quoted from after "Secondly,", in the text's own words
    assert quoted.prompt == "Which document reports: “…the port of Calder lay only ten miles downstream, and the mills " \
                            "shipped their cloth from it to Lisbon.”?"
    assert "starts with a connective" in stands_alone("True or false? Firstly, the Arden never froze.",
                                                      "True or false? Firstly, the Arden never froze.")


PRESS = """The Press War over Norland

The press campaign against Norland, fanned by newspapers close to official Moscow, lasted for a whole year.
In 1906 Britain launched a new battleship that made every older warship of the navy out of date.
Farmers in Norland sold most of their grain to Sweden and Finland during the long press war.
"""


def test_a_typed_country_answer_accepts_the_country_s_other_names(tmp_path):
    (tmp_path / "press.txt").write_text(PRESS, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    typed = {c.answer: c.aliases for c in corpus.candidates if c.type in ("cloze", "short_answer")}
    assert "Russia" in typed["Moscow"]  # "official Moscow" is the Russian state
    assert {"United Kingdom", "UK", "Great Britain"} <= set(typed["Britain"])
    assert lx.answer_names("Moscow") == []  # the city itself is no country


def test_a_typed_figure_blanks_the_number_and_leaves_its_unit_in_the_text(tmp_path):
    diseases = [("typhoid", 1962), ("measles", 1971), ("mumps", 1980), ("cholera", 1955), ("rickets", 1949),
                ("scurvy", 1930), ("tetanus", 1966), ("diphtheria", 1958)]
    text = "Health in Marlow County\n\nMarlow County built its first hospital in 1921, and the hospital changed the " \
           "health of the county.\n" + "\n".join(
               f"Cases of {d} in the county have fallen by more than 99 percent since {y}." for d, y in diseases)
    (tmp_path / "health.txt").write_text(text + "\n", encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=UP_TO_GATE)
    typed = [c for c in corpus.candidates if c.type in ("cloze", "short_answer", "numeric")]
    assert not [c.prompt for c in typed if re.search(r"(%|percent)$", str(c.answer))]
    assert any(c.type == "numeric" and c.answer == 99 and "diphtheria" in c.quote and "_____ percent" in c.prompt
               for c in typed)


TOWN_WINTER = """A Hard Winter in Dunmore

The winter of 1963 was the hardest that the town of Dunmore had known for a century.
The ferry across the river was cancelled for six weeks because the river had frozen from bank to bank.
The weekly market moved into the church hall because the square was buried under deep snow.
The village school opened two hours late because the old coal boiler had failed.
The main bridge was closed to lorries because its steel cables had rusted badly.
Heavy snow fell on the hills for ten days, so the farmers lost many of their sheep.
"""


def test_a_reason_is_offered_only_among_reasons_and_never_as_a_pronoun_clause(tmp_path):
    (tmp_path / "dunmore.txt").write_text(TOWN_WINTER, encoding="utf-8")
    corpus = run_pipeline([tmp_path], names=["read", "clean", "languages", "analyse", "parse", "voice", "causes"])
    why = [c for c in corpus.candidates if c.template == "cause_why"]
    assert why
    for c in why:
        assert "the farmers lost many of their sheep" not in c.choices  # a result, not a reason
        assert not [o for o in c.choices if o != c.answer and re.match(r"(it|its|they|their)\b", o)]
