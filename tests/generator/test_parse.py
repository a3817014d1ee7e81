"""Parse stage: spaCy with the lexicon as entity rules; stems that stand alone; true/false items that are not
copies. Every sentence here is made up for the test (a science club, a harbour town), not taken from the dev texts."""
from __future__ import annotations

from studyapp.generator import generate_bank, run_pipeline
from studyapp.generator.stages.generate import usable
from studyapp.generator.stages.parse import nlp, reordered

TEXT = """The Harbour Science Club

The Harbour Science Club was founded by Amara Osei in Portsmouth in 1987. In 1994, the club opened a small \
observatory beside the lighthouse. In 2003 it moved the telescope to Brighton. Even so, they kept the old dome for \
visitors. The club paid 4,000 pounds for a new mirror in 2011. Turkic and Kazakh students visited the club in 2015.
"""


def parsed(tmp_path):
    path = tmp_path / "club.txt"
    path.write_text(TEXT, encoding="utf-8")
    corpus = run_pipeline([path], names=["read", "clean", "analyse", "parse"])
    return {s.text: s for s in corpus.docs[0].sentences}, corpus


def test_the_lexicon_labels_demonyms_and_places_before_the_statistical_model():
    doc = nlp()("Turkic and Kazakh students visited Astana.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Turkic"] == "NORP" and labels["Kazakh"] == "NORP" and labels["Astana"] == "GPE"
    assert nlp() is nlp()  # loaded once per process


def test_a_pronoun_subject_anywhere_makes_the_sentence_unusable(tmp_path):
    sentences, _ = parsed(tmp_path)
    assert sentences["In 2003 it moved the telescope to Brighton."].parse.context_subject
    assert not usable(sentences["In 2003 it moved the telescope to Brighton."], blanks=True)
    assert sentences["Even so, they kept the old dome for visitors."].parse.context_subject
    assert not sentences["The club paid 4,000 pounds for a new mirror in 2011."].parse.context_subject
    assert usable(sentences["The club paid 4,000 pounds for a new mirror in 2011."], blanks=True)


def test_a_fronted_phrase_moves_to_the_end(tmp_path):
    sentences, corpus = parsed(tmp_path)
    s = sentences["In 1994, the club opened a small observatory beside the lighthouse."]
    assert reordered(s.text, s.parse, corpus.mid_caps) == \
        "The club opened a small observatory beside the lighthouse in 1994."
    s = sentences["The club paid 4,000 pounds for a new mirror in 2011."]
    assert reordered(s.text, s.parse, corpus.mid_caps) == ""


def test_the_bank_asks_each_sentence_once_and_never_copies_a_true_statement(tmp_path):
    path = tmp_path / "club.txt"
    path.write_text(TEXT, encoding="utf-8")
    bank = generate_bank([path])
    quotes = [q["source"]["quote"] for q in bank["questions"] if q["type"] not in ("ordering", "matching")]
    assert len(quotes) == len(set(quotes))
    for q in bank["questions"]:
        assert q["prompt"] != f"True or false? {q['source']['quote']}"
        assert not q["prompt"].startswith(("It ", "Even so", "They ", "True or false? It ", "True or false? Even"))
    assert bank == generate_bank([path])  # deterministic


def test_a_term_named_by_apposition_is_asked(tmp_path):
    path = tmp_path / "bones.txt"
    path.write_text("The Human Skeleton\n\nThe largest bone of the leg, the femur, carries most of the weight of "
                    "the body when a person stands. Adults have 206 bones in their skeleton.\n", encoding="utf-8")
    bank = generate_bank([path])
    assert any(q["answer"] == "femur" and "the _____," in q["prompt"] for q in bank["questions"]), bank["questions"]
