"""Precision gate for English gap-fills (stages/salience.py): each rule on an invented text, a blank it drops and
one of the same form it keeps."""
from __future__ import annotations

import pytest

from studyapp.generator.model import Candidate
from studyapp.generator.stages import salience

from .conftest import make_doc, run_stages

BEES = ("Honey bees live in colonies of many thousands. A colony is ruled by a single queen, and the workers gather "
        "nectar from flowers. Nectar becomes honey inside the hive. The beekeeper Tomas Vell keeps forty hives. His "
        "grandmother was born in the village of Orrin. Each hive gives around 20 kilograms of honey a year. Vell sells honey, wax, pollen "
        "and propolis at the market. In the sixteenth century the Ottoman Empire bought wax from the valley. "
        "“Our bees found the lime trees first,” said Mira Vell. A swarm is a colony that leaves its hive with a "
        "new queen. Vell catches every swarm before it reaches the forest. Some 3,000 colonies now live in the "
        "valley, and Vell says the bees need more wild flowers.")


@pytest.fixture(scope="module")
def bees():
    """The invented beekeeping text, analysed and parsed."""
    return run_stages(["clean", "analyse", "parse"], make_doc(BEES, "bees", "The Alder Valley Beekeepers"))


def _probe(corpus, words: str, answer, qtype: str = "cloze", template: str = "cloze", kind: str = "",
           tolerance=None) -> Candidate:
    """A gap-fill of `answer` in the sentence holding `words`."""
    doc = corpus.docs[0]
    s = next(s for s in doc.sentences if words in s.text)
    m = next((m for m in doc.mentions if m.sentence == s.position and m.text == str(answer)), None)
    return Candidate(type=qtype, kind="fact", prompt=s.text.replace(str(answer), "_____", 1), answer=answer,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position, template=template,
                     answer_kind=kind or (m.kind if m else ""), answer_key=m.key if m else "", tolerance=tolerance)


def _reasons(corpus, c: Candidate) -> str:
    return " ".join(salience.reasons(c, corpus))


def test_a_one_word_aside_named_once_is_dropped_a_name_the_text_repeats_is_kept(bees):
    assert "side detail" in _reasons(bees, _probe(bees, "village of Orrin", "Orrin"))
    assert _reasons(bees, _probe(bees, "catches every swarm", "Vell")) == ""


def test_a_word_of_the_title_is_never_the_blank(bees):
    c = _probe(bees, "keeps forty hives", "beekeeper", "multiple_choice", "complete")
    assert "title" in _reasons(bees, c)


def test_one_member_of_a_list_is_not_blanked(bees):
    assert "list" in _reasons(bees, _probe(bees, "propolis", "pollen", "multiple_choice", "complete"))


def test_a_blank_inside_direct_speech_is_dropped(bees):
    assert "direct speech" in _reasons(bees, _probe(bees, "lime trees", "lime", "multiple_choice", "complete"))


def test_the_second_half_of_a_name_is_not_blanked_after_its_first(bees):
    assert "name" in _reasons(bees, _probe(bees, "Ottoman", "Empire"))


def test_a_typed_blank_of_a_common_word_is_dropped_but_a_choice_of_it_is_not(bees):
    assert "typed" in _reasons(bees, _probe(bees, "workers gather", "nectar"))
    assert _reasons(bees, _probe(bees, "workers gather", "nectar", "multiple_choice", "complete")) == ""


def test_an_approximate_figure_is_not_asked_exactly_a_figure_in_the_subject_is(bees):
    c = _probe(bees, "Each hive gives", 20, "numeric", "numeric", "count", tolerance=0.0)
    assert "approximate" in _reasons(bees, c)
    c.tolerance = 2.0
    assert "approximate" not in _reasons(bees, c)
    c = _probe(bees, "colonies now live", "3,000", "multiple_choice", "complete", "count")
    assert "approximate" in _reasons(bees, c)


def test_other_forms_and_languages_are_left_alone(bees):
    c = _probe(bees, "village of Orrin", "Orrin", "short_answer", "wh_subject")
    assert _reasons(bees, c) == ""
    c = _probe(bees, "village of Orrin", "Orrin")
    c.language = "ru"
    assert _reasons(bees, c) == ""


LIGHTHOUSE = ("The Skerry Point lighthouse guided ships past the reef for two hundred years. Its lamp was first lit "
              "in 1820 and burned whale oil until the keepers changed to paraffin. A keeper, Duncan Ure, kept the "
              "log during the great storm of 1881. The lamp was made in London and shipped north by sea. "
              "The lens works as Isaac Newton described light bending through glass. Supplies came from the "
              "harbour on Quarry Lane every month. The keepers sent their reports to the Northern Lighthouse "
              "Board. The light was powered by the Ardmore Tidal scheme after 1960. The lighthouse became "
              "automatic in 1998, and the keepers left the rock.")


@pytest.fixture(scope="module")
def lighthouse():
    """The invented lighthouse text, analysed and parsed."""
    return run_stages(["clean", "analyse", "parse"], make_doc(LIGHTHOUSE, "light", "Keepers of the Reef"))


def test_a_private_person_named_once_is_never_the_key_even_by_full_name(lighthouse):
    assert "private person" in _reasons(lighthouse, _probe(lighthouse, "kept the log", "Duncan Ure", kind="person"))


def test_a_name_known_to_the_world_named_once_is_answered_without_reading(lighthouse):
    assert "known to the world" in _reasons(lighthouse, _probe(lighthouse, "made in London", "London"))
    assert "known to the world" in _reasons(lighthouse, _probe(lighthouse, "bending", "Isaac Newton"))


def test_a_full_name_named_once_after_a_preposition_is_a_setting_unless_it_names_the_thing(lighthouse):
    assert "setting" in _reasons(lighthouse, _probe(lighthouse, "Quarry Lane", "Quarry Lane"))
    assert _reasons(lighthouse, _probe(lighthouse, "Tidal scheme", "Ardmore Tidal")) == ""
    assert _reasons(lighthouse, _probe(lighthouse, "Skerry Point lighthouse guided", "Skerry Point")) == ""


def test_a_known_place_named_once_in_the_subject_is_what_the_sentence_is_about(lighthouse):
    text = "The city of Samarkand grew rich on the trade in silk. Merchants brought paper and glass from the east."
    corpus = run_stages(["clean", "analyse", "parse"], make_doc(text, "silk", "Roads of Trade"))
    assert _reasons(corpus, _probe(corpus, "grew rich", "Samarkand")) == ""


def test_a_place_after_a_noun_and_preposition_is_not_taken_for_a_person():
    text = ("The library was designed by an architect from Lisbon. A pupil, Ana Ruiz, opened it. "
            "Its roof collects rain for the garden.")
    corpus = run_stages(["clean", "analyse", "parse"], make_doc(text, "lib", "A New Library"))
    assert "private person" not in _reasons(corpus, _probe(corpus, "architect", "Lisbon"))
    assert "private person" in _reasons(corpus, _probe(corpus, "opened it", "Ana Ruiz", kind="person"))


def test_a_name_that_says_whose_the_subject_is_is_a_setting_even_in_the_subject():
    text = ("The governors of Fernhill College voted to close the pool. Parents said the pool was safe. "
            "Swimming lessons will move to the sports centre.")
    corpus = run_stages(["clean", "analyse", "parse"], make_doc(text, "pool", "The Pool Vote"))
    assert "setting" in _reasons(corpus, _probe(corpus, "governors", "Fernhill College"))
