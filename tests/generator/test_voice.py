"""Fact, opinion or reported claim by voice and evaluation (issue 13, item 6): the labelled set and hand-made cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.generator.model import Sentence
from studyapp.generator.stages.parse import nlp, summarise
from studyapp.generator.stages.voice import classify

LABELS = Path(__file__).parent / "data" / "stance-labels.json"
NAMES = {"fact": "fact", "opinion": "opinion", "claim": "reported", "other": "fact"}


def label_of(text: str) -> str:
    """The classifier's label for one sentence parsed alone."""
    s = Sentence(doc_id="d", paragraph=1, start=0, end=len(text), text=text, role="body", section="")
    s.parse = summarise(nlp()(text))
    return NAMES[classify(s)]


def test_the_labelled_set_is_large_and_mixed():
    rows = json.loads(LABELS.read_text(encoding="utf-8"))
    assert len(rows) >= 150
    assert {r["label"] for r in rows} == {"fact", "opinion", "reported"}
    assert {r["source"].split("/")[0] for r in rows} >= {"seeds", "eval", "tests"}


def test_the_classifier_reaches_90_percent_on_the_labelled_set():
    rows = json.loads(LABELS.read_text(encoding="utf-8"))
    wrong = [(r["label"], label_of(r["text"]), r["text"]) for r in rows if label_of(r["text"]) != r["label"]]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= 0.90, f"{accuracy:.1%}: " + "\n".join(map(str, wrong))


@pytest.mark.parametrize("text, label", [
    # an obligation inside a clause that describes a noun is what the belief holds, not the writer's opinion
    ("Feudalism was the system in which every peasant should serve a lord.", "fact"),
    ("Militarism was the belief that a country should keep a strong army.", "fact"),
    # the writer's own verdict, with no cue word: a negated "help"
    ("Telling families to phone the school office does not help at 5 pm on a dark winter evening.", "opinion"),
    ("Our village should build a new bridge before the next flood.", "opinion"),
    ("I urge every council to try it for one year.", "opinion"),
    ("Critics say that the bridge should never have been built.", "reported"),
    ("Dr Anna Berg told me: \"Nobody has measured the river properly.\"", "reported"),
    ("Supporters claim that bridges bring trade, but there is no good evidence for that.", "opinion"),
    ("The evidence points to the miller himself.", "fact"),
    ("The jury finds the miller guilty.", "fact"),
    ("Historians still disagree about who started the fire.", "fact"),
])
def test_hand_made_sentences_get_their_voice(text, label):
    assert label_of(text) == label
