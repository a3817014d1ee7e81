"""'Which document says …?' only where the sentence names something no other document of the set names, and
(stages/which_document.py, read s12, which dropped half of the course pack's fourteen such items) only on a
document's main ideas, two per document at most; no blank on a member of a list that ends "and even …". Each test of
the thirteenth session fails without its rule."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.generator import run_pipeline
from studyapp.generator.model import Corpus, Mention, SourceDoc
from studyapp.generator.stages.importance import MAIN_SHARE, centrality
from studyapp.generator.stages.perspective import _distinctive_sentences
from studyapp.generator.stages.which_document import PER_DOCUMENT


def doc(doc_id: str, mentions: list[tuple[int, str]]) -> SourceDoc:
    """A document whose sentence `n` mentions `key`, for each (n, key); 'reefs' is its main topic."""
    made = SourceDoc(id=doc_id, file=f"{doc_id}.txt")
    made.mentions = [Mention(sentence=n, start=0, end=len(key), text=key, kind="org", key=key) for n, key in mentions]
    made.main_topics = ["reefs"]
    return made


def test_only_sentences_naming_something_of_their_own_document_are_distinctive():
    a = doc("a", [(0, "reefs"), (1, "unesco"), (2, "great barrier reef marine park authority"), (3, "unesco")])
    b = doc("b", [(0, "unesco"), (1, "reefs")])
    c = doc("c", [(0, "noaa")])
    corpus = Corpus(docs=[a, b, c])
    # sentence 0 names only the shared main topic, 1 and 3 only what document b names too
    assert _distinctive_sentences(corpus, a) == {2}
    assert _distinctive_sentences(corpus, b) == set()
    assert _distinctive_sentences(corpus, c) == {0}


ETHIOPIA = """Coffee and the Ethiopian highlands

Ethiopia grows coffee on small family farms in the highlands of Sidamo and Yirgacheffe. Coffee is the country's most
valuable export, and about fifteen million Ethiopians depend on it for their living.

The coffee trade between Ethiopia and Germany is a remarkable success for small farmers. German roasters buy washed
Yirgacheffe beans at prices well above the world market. The Ethiopia Commodity Exchange, founded in 2008, sets a daily
price for every grade of bean.

Climate change is the greatest danger to Ethiopian coffee. Warmer nights have already pushed wild coffee forests higher
up the mountains. Scientists at Kew Gardens warn that half of the land used for coffee could be lost by 2080.

Frankly, the old auction hall in Addis Ababa was a wonderful place to watch buyers argue over samples.

Brazil, the United States and even Japan buy large amounts of Ethiopian coffee.
"""

BRAZIL = """Brazil and the price of coffee

Brazil produces about a third of the world's coffee, most of it on large farms in Minas Gerais. Machines pick the
beans, and the harvest runs from May to September.

Brazilian growers sell mostly to roasters in Germany and the United States. A frost in July 2021 damaged many farms in
Minas Gerais, and world prices rose sharply within weeks.

Cheap Brazilian coffee is a serious threat to small farmers in Africa. When a big harvest in Minas Gerais floods the
market, the price paid to growers in Ethiopia and Uganda falls. Farmers then have little money left to replant their
trees.
"""

FAIR_TRADE = """Fair trade coffee: does it help?

Fair trade labels promise coffee farmers a minimum price and an extra premium for their community. The Fairtrade
minimum price for washed arabica is set by Fairtrade International in Bonn.

Fair trade is a good idea that helps too few farmers. Only a small share of the coffee grown to fair trade rules is
actually sold under the label, so most certified farmers earn the normal market price for most of their beans.

Cooperatives in Uganda have used the premium to build schools and clean water points. Critics say the fees for
certification are too high for the poorest farmers.
"""


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(re.sub(r"(?<!\n)\n(?!\n)", " ", text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def coffee(tmp_path_factory):
    folder = tmp_path_factory.mktemp("which_document")
    return run_pipeline([_write(folder, "ethiopia.txt", ETHIOPIA), _write(folder, "brazil.txt", BRAZIL),
                         _write(folder, "fair.txt", FAIR_TRADE)])


def _which_document(corpus) -> list:
    return [c for c in corpus.questions if c.template == "which_source"]


def test_a_side_remark_is_not_asked_which_document_said_it(coffee):
    """"Frankly, the old auction hall in Addis Ababa was a wonderful place …" is the least central sentence of its
    text: which of three coffee articles said it is memory, not reading."""
    assert not [c.prompt for c in _which_document(coffee) if "auction hall" in c.quote]


def test_which_document_is_asked_only_of_a_documents_main_ideas(coffee):
    for c in _which_document(coffee):
        assert centrality(coffee.doc(c.doc_id))[c.sentence] >= 1 - MAIN_SHARE, c.prompt


def test_no_blank_on_a_member_of_a_list_ending_and_even(coffee):
    """"Brazil, the _____ and even Japan buy …": any of the three countries could stand in the blank."""
    blanks = [c.prompt for c in coffee.questions if "Japan" in c.quote and "_____" in c.prompt]
    assert not blanks


def test_a_document_that_debates_none_keeps_two_which_document_items_at_most(seed_bank):
    """The course pack's five articles agree on much: two "Which document …?" each at most (read s12 dropped half of
    its fourteen)."""
    per_doc: dict[str, int] = {}
    for q in seed_bank["questions"]:
        if q["prompt"].startswith("Which document"):
            per_doc[q["source"]["id"]] = per_doc.get(q["source"]["id"], 0) + 1
    assert per_doc and max(per_doc.values()) <= PER_DOCUMENT, per_doc


HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def test_documents_on_different_subjects_are_not_asked_which_of_them_says_it():
    """A biography of Lise Meitner and a history of the Berlin Wall in one bank (held-out set 13, after its read):
    which of them says a sentence is told by its subject (read t13 dropped three such items)."""
    corpus = run_pipeline([HELDOUT / "en-biography-lise-meitner.txt", HELDOUT / "en-history-berlin-wall.txt"])
    assert not [c.prompt for c in corpus.questions if c.template == "which_source"]
