"""Seventeenth session (read w16 and reads t13 to z3): "Which document reports …?" with only one other document to
offer becomes a true/false naming one of two writers (an op-ed pair), never one of two titles ("True or false? “A
Travel Guide …” reports: “…”": readers dropped all seven False ones as a trick on titles). Real documents through the
real stages up to the distractors; the test fails without the rule."""
from __future__ import annotations

from studyapp.generator import run_pipeline
from studyapp.generator.stages.distractors import distractor_stage
from studyapp.generator.stages.perspective import _perspective

FISHERY = """The Lake Zaysan Fishery

Lake Zaysan lies in the east of Kazakhstan, between the Altai and the Tarbagatai ranges.
Fishing on Lake Zaysan began on a large scale in the 1880s, when settlers built the first fish-salting sheds.
The Bukhtarma dam, finished in 1960, raised the water level of Lake Zaysan by about six metres.
"""
BIRDS = """Birds of Lake Zaysan

Lake Zaysan is one of the richest places for birds in Kazakhstan. More than 250 species have been recorded there.
Dalmatian pelicans nest on the reed islands of Lake Zaysan in April and May.
"""
STAGES = ["read", "clean", "languages", "analyse", "parse", "voice"]


def _which_document(tmp_path, author: str = "") -> list:
    paths, writers = [], ("Aigerim Nurlanova", "Daniyar Serikov")
    for name, text, writer in (("fishery.txt", FISHERY, writers[0]), ("birds.txt", BIRDS, writers[1])):
        path = tmp_path / name
        path.write_text(text + (f"\nBy {writer}\n" if author else ""), encoding="utf-8")
        paths.append(path)
    corpus = run_pipeline(paths, names=STAGES)
    for doc, writer in zip(corpus.docs, writers):
        doc.author = writer if author else ""  # as a manifest gives it; the byline names it in the text
    doc = corpus.docs[0]
    s = doc.sentences[1]
    c = _perspective(doc, s, "multiple_choice", f"Which document reports: “{s.text}”?", doc.label, "which_source")
    c.pending = {"distractors": "source"}
    corpus.candidates = [c]
    distractor_stage(corpus)
    return corpus.candidates


def test_two_titles_make_no_true_false_on_which_document_reports(tmp_path):
    assert not [c for c in _which_document(tmp_path) if c.type == "true_false"]


def test_two_writers_still_make_one(tmp_path):
    made = _which_document(tmp_path, author="yes")
    assert made and made[0].type == "true_false", [c.prompt for c in made]
    assert made[0].prompt.startswith(("True or false? Aigerim Nurlanova reports", "True or false? Daniyar Serikov reports"))
