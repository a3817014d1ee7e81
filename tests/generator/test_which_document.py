"""'Which document says …?' only where the sentence names something no other document of the set names."""
from __future__ import annotations

from studyapp.generator.model import Corpus, Mention, SourceDoc
from studyapp.generator.stages.perspective import _distinctive_sentences


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
