"""Round en9 (read u): a fact/opinion/claim item only where the sentence could be read another way and its key cannot;
no more than two questions on one person, or one demand keyed "An opinion" (three fact/opinion items per key from
read s12), in a document."""
from __future__ import annotations

import re

from collections import Counter
from pathlib import Path

from studyapp.generator.model import Candidate
from studyapp.generator.stages.stance_worth import unworthy_stance
from studyapp.generator.stages.voice import classify
from tests.language_support import bank_of
from tests.parse_support import run_texts, sentence_with

REPORT = """Harbour wall repaired before winter

The harbour wall at Kelby was repaired this autumn after storms cracked it in March. Divers laid 340 tonnes of new
stone along the outer face. "Some of these blocks are older than the lighthouse," said diver Ruth Agbaje, who
checked the old stones. The work took eleven weeks and was paid for by the county. A crane was brought from
Hull on a barge, and the stones were lifted into place one at a time. The harbour stayed open to small boats
throughout. Two divers worked on each shift, and a boat stood by in case of accidents. The new stone came
from a quarry near Whitby. The wall is now 600 metres long. The old wall was built between 1851 and 1856 by the harbour board. The most dangerous part of the work was the night shift at low tide.

Most fishermen in the nineteenth century believed that the wall would never need repair. In 1884 the harbour board
recommended that a second wall be built. Today some engineers argue that the wall should be raised by a metre,
while others reply that raising it would only move the flooding further along the coast.
The engineer Tomas Weir argued that the old stone lasts longer than concrete. Boats must be moored inside the
wall during repairs.
"""

OPED = """Raise the harbour wall now

I believe the council should raise the harbour wall before another winter of storms. Waiting is a terrible
mistake, and every delay costs the town more. Critics say that the money is needed for the school roof.
Last winter the sea reached the market square twice, and the repairs cost 400,000 pounds. The council must
act, and it should publish its plans this spring. Raise the wall by a metre and finish it by October.
"""

GUIDE = """The Salt Road by Mara Quinn

The Salt Road is a novel about two cousins who lead a caravan across the desert in the 1890s. Tom tells Ann that
the caravan will never reach the coast before the rains.
Ann is the older cousin and keeps the caravan's accounts. Tom is the younger cousin and knows the wells.
The novel is set in the 1890s and is divided into three parts. It was published in 1998 and won a prize for
first novels. The caravan carries salt from the desert mines to the port of Kessa. Critics believe that Quinn wrote the novel as a warning
about greed. Use short quotations in your answers and link them to the setting.
"""


def _item(corpus, words: str, key: str) -> Candidate:
    """A fact/opinion/claim item keyed `key` on the sentence holding `words`, as the perspective stage makes it."""
    doc = next(d for d in corpus.docs if any(words in s.text for s in d.sentences))
    s = next(s for s in doc.sentences if words in s.text)
    return Candidate(type="multiple_choice", kind="perspective", prompt=f"Is this a fact? “{s.text}”", answer=key,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template="stance")


def test_a_stance_item_needs_a_sentence_that_could_be_read_another_way(tmp_path):
    corpus = run_texts(tmp_path, {"harbour.txt": REPORT, "oped.txt": OPED}, upto="voice")
    refused = {  # (words of the sentence, key): each is given away by its sentence or keyed arguably
        ("older than the lighthouse", "A reported claim"),  # the quotation marks and "said" tell it
        ("340 tonnes", "A fact"),  # a plain figure in a report
        ("most dangerous part", "An opinion"),  # a value word in a report describes
        ("believed that the wall", "A reported claim"),  # a past belief is a fact of history
        ("recommended that a second", "A reported claim"),  # so is a past recommendation
        ("must be moored", "An opinion"),  # a rule the report describes
    }
    for words, key in refused:
        assert unworthy_stance(_item(corpus, words, key), corpus), (words, key)
    kept = {
        ("some engineers argue", "A reported claim"),  # a current view, attributed
        ("Tomas Weir argued", "A reported claim"),  # a claim made in the past stays disputable
        ("council should raise", "An opinion"),  # the writer's own view in an argued piece
        ("Critics say", "A reported claim"),
    }
    for words, key in kept:
        assert not unworthy_stance(_item(corpus, words, key), corpus), (words, key)


def test_a_character_speaking_in_a_guide_and_a_guide_s_tip_are_no_stance(tmp_path):
    corpus = run_texts(tmp_path, {"guide.txt": GUIDE}, upto="voice")
    assert unworthy_stance(_item(corpus, "Tom tells Ann", "A reported claim"), corpus)
    assert unworthy_stance(_item(corpus, "Use short quotations", "An opinion"), corpus)
    assert not unworthy_stance(_item(corpus, "Critics believe", "A reported claim"), corpus)


def test_others_reply_that_is_a_reported_claim(tmp_path):
    """Read u: "Others reply that … she was the first to see …" was keyed the writer's opinion."""
    corpus = run_texts(tmp_path, {"harbour.txt": REPORT}, upto="voice")
    s = sentence_with(corpus, "Today some engineers argue")
    assert s.parse.reporter and classify(s) == "claim"
    text = "Others reply that the old wall was the finest piece of engineering on the coast."
    corpus = run_texts(tmp_path, {"reply.txt": "Harbour\n\n" + REPORT + "\n" + text + "\n"}, upto="voice")
    assert classify(sentence_with(corpus, "Others reply")) == "claim"


HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def test_no_more_than_two_questions_on_one_person_or_one_demand(tmp_path):
    """Read u: a news report's questions leaned on its conductor (three "who said" items, six in all), an op-ed's on
    three of its demands keyed "An opinion". Held-out documents, read blind before this round."""
    news = (HELDOUT / "en-news-youth-orchestra.txt").read_text(encoding="utf-8")
    questions = bank_of(tmp_path, news, "orchestra.txt")
    on_him = [q for q in questions if "Okafor" in str(q["answer"])]
    assert len(on_him) <= 2, [q["prompt"] for q in on_him]
    oped = (HELDOUT / "en-opinion-school-blazers.txt").read_text(encoding="utf-8")
    stances = [q for q in bank_of(tmp_path, oped, "blazers.txt") if "fact, an opinion" in q["prompt"]]
    keys = Counter(q["answer"] for q in stances)
    assert keys and all(n <= 3 for n in keys.values()), keys  # three per key from read s12 (`select.PER_STANCE_KEY`)
    demands = [q for q in stances if re.match(r"(?:Make|Allow|Publish)\b", q["source"]["quote"])]
    assert len(demands) <= 1, [q["prompt"] for q in demands]  # one of its three demands


LIFE = """Maria Lund: the engineer of the northern bridges

Maria Lund was born in Bergen in 1871. In 1890, Maria Lund entered the technical school in Trondheim as its only
woman student. In 1899, Maria Lund designed the first steel bridge across the Nid river. In 1905, Maria Lund opened her
own office in Oslo and employed twelve engineers. In 1912, Maria Lund finished the great railway bridge at Hamar.
In 1931, Maria Lund retired to a farm near Bergen. Lund Day, first held in 1971, is now marked every June by the
engineering schools of Norway.
"""


def test_a_timeline_leaves_out_events_whose_place_needs_no_reading(tmp_path):
    """Read u: "born" first and a commemoration day last, answerable without the text."""
    corpus = run_texts(tmp_path, {"lund.txt": LIFE})
    orderings = [c for c in corpus.questions + corpus.rejected if c.type == "ordering"]
    assert orderings
    for c in orderings:
        assert not any("born" in e or "Lund Day" in e for e in c.answer), c.answer


def test_a_day_or_a_prize_named_after_a_person_is_no_name_of_theirs():
    """Read u accepted "Ada Lovelace Day" as an answer for Ada."""
    from studyapp.generator.stages.typed_names import _full_names

    assert _full_names(["Maria Lund Day", "Maria Lund", "Lund Prize", "Nobel Prize"]) == ["Maria Lund"]


def test_call_this_thing_the_long_term_is_no_definition_cut_in_two(tmp_path):
    """Read u: "Biologists call this sequence the cardiac cycle." asked "What is the name for the sequence the
    cardiac?" (key: cycle)."""
    from studyapp.generator.stages.glosses import gloss

    text = ("The Water Cycle\n\nWater moves between the sea, the air and the land in a long loop. Geographers call this "
            "loop the water cycle. Geologists call the slow movement of water through the soil percolation.\n")
    corpus = run_texts(tmp_path, {"water.txt": text}, upto="parse")
    assert gloss(sentence_with(corpus, "call this loop")) is None
    assert gloss(sentence_with(corpus, "call the slow movement"))[1] == "percolation"


def test_a_person_named_by_role_is_accepted_by_that_role(tmp_path):
    """Read u: "the Head of Year 11" and "the conductor" were marked wrong for the person the text names so."""
    from studyapp.generator.stages.typed_names import _roles

    text = ("Band plays on\n\nConductor Ruth Adams said the band would tour in May. Mr Tom Hale, Head of Year 9, "
            "was more cautious about the cost. Music teacher Anna Bell said the teachers would help with transport.\n")
    doc = run_texts(tmp_path, {"band.txt": text}, upto="analyse").docs[0]
    assert _roles("Ruth Adams", doc) == ["the conductor", "conductor"]
    assert "the Head of Year 9" in _roles("Tom Hale", doc)
    assert _roles("Anna Bell", doc) == []  # "the teachers": a role others share
