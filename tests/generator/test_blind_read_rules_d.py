"""Rules from the fourth English blind read (2026-11-30c): in a bank of several documents every question names its
document; a when-question shows no year; two questions of a bank do not overlap (same evidence and key, or the
same options)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.checks import GateContext, check_question
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.naming import named, names_document
from studyapp.generator.stages.select import select_stage

from .test_phrasing import ask_year

GENRES = Path(__file__).parent / "fixtures" / "genres"
ABOUT_DOCUMENTS = re.compile(r"^(Which document|Two writers|Both writers|Two documents)")


def names_its_document(q: dict, sources: list[dict]) -> bool:
    """The prompt names a document of the bank: its title, short title or writer, or asks which document."""
    if ABOUT_DOCUMENTS.match(q["prompt"]):
        return True
    for s in sources:
        short = s["title"].split(":")[0].strip()
        names = [s["title"], short] + ([s["author"].split()[-1]] if s.get("author") else [])
        if any(n and n in q["prompt"] for n in names):
            return True
    return False


def test_every_seed_question_names_its_document(seed_bank):
    questions = seed_bank["questions"]
    assert [q["prompt"] for q in questions if not names_its_document(q, seed_bank["sources"])] == []
    prompts = [q["prompt"] for q in questions]
    assert any(p.startswith("According to “Strategic alliances”, ") for p in prompts)
    assert any(p.startswith("True or false? According to the text by ") for p in prompts)
    assert any(p.startswith("Complete the sentence from the text by ") for p in prompts)
    assert all(len(p) <= 300 for p in prompts)


def test_a_single_document_bank_names_nothing(tmp_path):
    (tmp_path / "silk.txt").write_text(
        "The Silk Road\n\nThe Silk Road linked China with the Mediterranean. In 130 BC the Han dynasty opened "
        "trade with the West. Caravans carried silk, spices and paper to Samarkand and Baghdad. Marco Polo "
        "travelled along the road in the 13th century.\n", encoding="utf-8")
    bank = generate_bank([tmp_path / "silk.txt"])
    assert bank["questions"]
    assert not any(re.match(r"(True or false\? )?According to|Complete the sentence from", q["prompt"])
                   for q in bank["questions"])


def seeds_doc(title: str = "Strategic alliances: Türkiye's subtle cooperation with Kazakhstan") -> SourceDoc:
    """A seed-like document whose text does not name its writer."""
    return SourceDoc(id="demir", file="demir.txt", title=title, author="Hüseyin Demir")


def candidate(prompt: str, **more) -> Candidate:
    """A candidate of the document above."""
    return Candidate(type=more.pop("type", "cloze"), kind=more.pop("kind", "fact"), prompt=prompt,
                     answer=more.pop("answer", "Astana"), doc_id="demir", quote="q", paragraph=1, **more)


def test_the_naming_keeps_to_the_gate_s_length_by_shortening_the_quote_not_the_name():
    doc, corpus = seeds_doc(), Corpus(docs=[seeds_doc()])
    long = ("Complete the sentence: “Since the war in Ukraine, Kazakh oil has been diverted increasingly to Türkiye, "
            "with significant quantities moved in _____, while the overall external trade, influenced by a decline "
            "in Türkiye’s imports, showed a more balanced trend with a significant increase in Türkiye’s exports, "
            "as per the September data from the Statistical Institute of the Republic.”")
    prompt = named(candidate(long, type="multiple_choice", answer="2023"), doc, corpus)
    assert prompt.startswith("Complete the sentence from “Strategic alliances”: “Since the war in Ukraine")
    assert len(prompt) <= 300 and "_____" in prompt and prompt.endswith("…”")
    said = named(candidate("Who said: “one nation and two states”?", kind="perspective"), doc, corpus)
    assert said == "In “Strategic alliances”, who said: “one nation and two states”?"
    tf = named(candidate("True or false? The first president of Kazakhstan invited a Turkish delegation.",
                         type="true_false", answer="True"), doc, corpus)
    assert tf == ("True or false? According to “Strategic alliances”, the first president of Kazakhstan invited a "
                  "Turkish delegation.")


def test_a_prompt_that_already_names_a_document_or_its_writer_is_left_alone():
    docs = [seeds_doc(), SourceDoc(id="okafor", file="no.txt", title="Banning Phones", author="Daniel Okafor")]
    assert names_document("Who told Daniel Okafor: “There is no strong evidence.”?", docs)
    assert names_document("Which document argues: “One pillar of the OTS is obviously Türkiye.”?", docs)
    assert names_document("Match each person with their role, according to “Strategic alliances”.", docs)
    assert not names_document("Which country actively supported Kazakhstan during periods of change?", docs)


def test_a_when_question_does_not_ask_a_year_beside_another_year_of_its_clause(en_dev_bank):
    sentence = "Harper Lee's novel To Kill a Mockingbird was published in 1960 and won the Pulitzer Prize in 1961."
    assert ask_year(sentence, "1961") == ""
    assert ask_year("The treaty was signed in 1992 by twelve states.", "1992") != ""
    q = {"type": "multiple_choice", "kind": "fact", "answer": "1961", "choices": ["1958", "1961", "1963", "1966"],
         "prompt": "In which year was Harper Lee's novel published in 1960 and won the Pulitzer Prize for Fiction?",
         "source": {"id": "m", "quote": sentence, "paragraph": 1}}
    ctx = GateContext(texts={"m": sentence}, paragraphs={"m": [sentence]})
    assert "a when-question that shows a year" in check_question(q, ctx)
    whens = [q["prompt"] for q in en_dev_bank["questions"] if re.search(r"\b(In|On|By) which (year|date)\b", q["prompt"])]
    assert [p for p in whens if re.search(r"\b1\d{3}\b|\b20\d{2}\b", p)] == []


@pytest.fixture(scope="module")
def en_dev_bank(shared_dir) -> dict:
    """The bank of the English development texts (WW1, Mockingbird, two op-eds on phones)."""
    return generate_bank([shared_dir / "eval" / "en-dev"])


@pytest.fixture(scope="module")
def genres_bank() -> dict:
    """The bank of our two genre texts (Ada Lovelace, vaccines)."""
    return generate_bank([GENRES / "lovelace.txt", GENRES / "vaccines.txt"])


def option_sets(bank: dict) -> list[tuple[frozenset, str]]:
    """(options, key) of the multiple-choice questions whose options are not fact/opinion labels or documents."""
    return [(frozenset(q["choices"]), str(q["answer"])) for q in bank["questions"]
            if q["type"] == "multiple_choice" and len(q["choices"]) >= 3 and not ABOUT_DOCUMENTS.match(q["prompt"])
            and not re.search(r"is this a fact, an opinion", q["prompt"])]


def test_no_two_questions_share_their_options_and_key(seed_bank, genres_bank):
    for bank in (seed_bank, genres_bank):
        pairs = option_sets(bank)
        assert len(pairs) == len(set(pairs))
    nazerke = [q for q in seed_bank["questions"] if q["answer"] == "M. Nazerke"]
    assert len({frozenset(q["choices"]) for q in nazerke}) == len(nazerke)
    # options that are phrases (causes, results) are not shared at all: each item would give the other away
    vaccines = [options for options, _ in option_sets(genres_bank) if any(len(o.split()) > 3 for o in options)]
    assert len(vaccines) == len(set(vaccines))


def test_of_two_questions_on_one_sentence_with_one_key_the_better_ranked_is_kept():
    doc = SourceDoc(id="demir", file="demir.txt", title="Strategic alliances")
    first = Candidate(type="short_answer", kind="fact", prompt="Which city became the capital of Kazakhstan in 1997?",
                      answer="Astana", doc_id="demir", quote="Astana became the capital in 1997.", paragraph=2,
                      sentence=5, template="wh_subject")
    second = Candidate(type="cloze", kind="fact", prompt="Kazakhstan moved its capital. _____ became the capital in "
                       "1997.", answer="Astana", doc_id="demir", paragraph=2, sentence=5, template="complete_pair",
                       quote="Kazakhstan moved its capital. Astana became the capital in 1997.")
    corpus = Corpus(docs=[doc], candidates=[second, first])
    kept = select_stage(corpus).questions
    assert kept == [first]
    assert "another question has the same evidence and answer, or the same options" in second.reasons
