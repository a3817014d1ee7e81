"""Rules from the English blind read of 29 Nov (i), the sixth round: a typed person answer accepts the person's
other names; trivia (a figure or date that is not the point) is asked another way or not at all; multiple-choice
options that contradict a place the sentence names are out; prompts that open on an unresolved "it", "its", "the
problem" stand alone or go; an author's prediction is an opinion, a view set up to be rejected is no one's
opinion. Every text here is made by hand, not taken from the dev documents."""
from __future__ import annotations

import pytest

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate
from studyapp.generator.stages.aliases import person_names

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
    assert person_names(_typed(valley, "Felix Aldane", "person", "who_said"), valley.docs[0],
                        valley.entities) == ["Aldane"]


def test_a_surname_two_people_share_or_a_first_name_without_one_surname_is_not_enough(valley):
    assert "Harrow" not in person_names(_typed(valley, "Tom Harrow", "person"), valley.docs[0], valley.entities)
    assert person_names(_typed(valley, "Brindle Valley"), valley.docs[0], valley.entities) == []
