"""Which document said it: which "Which document argues / says …?" items a bank keeps.

Only among documents on one subject (read t13 dropped "Which of the two reports …" across a biography and a history
of the Berlin Wall: the subject tells). Blind read s12 dropped half of the seed bank's fourteen such items: side remarks any of five articles on one
subject could have written ("Nazarbayev skillfully navigated …", "South Korea, the European Union and even the
United States have forged good relations with Kazakhstan."). Such an item is fair (`fair`) only on one of the
document's main ideas (`importance.centrality`, the top 40 %), and a document keeps PER_DOCUMENT (`cluster`, in the
select stage): its most central such sentences, then those naming most things no other document names (`rank`). A
bank of two documents, and a document that debates another (two opinion pieces, `debate.debated_with`), is asked
of each of its writer's opinions: there the question is which of the two writers argues it, the point of the pair.
"""
from __future__ import annotations

from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.debate import debated_with
from studyapp.generator.stages.importance import MAIN_SHARE, centrality
from studyapp.generator.stages.salience import title_words

NAMED = {"person", "country", "city", "region", "org", "event", "name", "acronym", "place"}
PER_DOCUMENT = 2


def fair(corpus: Corpus, doc: SourceDoc, position: int) -> bool:
    """"Which document …?" may be asked of this sentence: another document of the bank is on its subject
    (`on_one_subject`), and the bank holds two documents (the question is which of the two writers says it), the
    document debates another, or the sentence is one of its main ideas."""
    return on_one_subject(corpus, doc) and (paired(corpus, doc.id) or
                                            centrality(doc).get(position, 0.0) >= 1 - MAIN_SHARE)


def paired(corpus: Corpus, doc_id: str) -> bool:
    """The bank holds two documents, or this one debates another: "which document" is which of two writers."""
    return len(corpus.docs) == 2 or bool(debated_with(corpus, doc_id))


def named_elsewhere(corpus: Corpus, doc: SourceDoc) -> set[str]:
    """The keys of what the bank's other documents name (found once per document, kept in its hints)."""
    if "named_elsewhere" not in doc.hints:
        doc.hints["named_elsewhere"] = {m.key for other in corpus.docs if other is not doc for m in other.mentions}
    return doc.hints["named_elsewhere"]


def on_one_subject(corpus: Corpus, doc: SourceDoc) -> bool:
    """Another document of the bank shares a main topic or a word of the title with this one: else which of them
    says a sentence is told by its subject alone ("Lise Meitner" or "The Night the Berlin Wall Opened", read t13)."""
    if "one_subject" not in doc.hints:
        mine = set(doc.main_topics) | title_words(doc)
        doc.hints["one_subject"] = any(mine & (set(d.main_topics) | title_words(d)) for d in corpus.docs if d is not doc)
    return doc.hints["one_subject"]


def rank(c: Candidate, corpus: Corpus) -> float:
    """0 .. 1.15, added to a which-document item's score: the more central its sentence and the more it names that
    no other document names, the better."""
    doc = corpus.doc(c.doc_id)
    others = named_elsewhere(corpus, doc)
    own = {m.key for m in doc.mentions_in(c.sentence) if m.kind in NAMED and m.key
           and m.key not in others and m.key not in doc.main_topics}
    return centrality(doc).get(c.sentence, 0.0) + 0.05 * min(3, len(own))


def cluster(c: Candidate, corpus: Corpus) -> list[tuple]:
    """The select stage's limit on the which-document items of a document that debates none (`select._clusters`)."""
    if c.template != "which_source" or paired(corpus, c.doc_id):
        return []
    return [("which document", c.doc_id, "", PER_DOCUMENT)]
