"""What the distractor stage looks up: which sentences name what, entities by kind, and who said what.

Everything here is built once per corpus (or once per document or answer, then kept), so finding the options of
one question costs about the same in a long text as in a short one.
"""
from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, groupby, islice

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Corpus, Entity
from studyapp.generator.stages.debate import debated_with
from studyapp.generator.stages.generate import digest
from studyapp.generator.stages.segment import content_words

NUMBER_KINDS = {"year", "date", "percent", "money", "count", "ordinal", "range", "decade", "century", "count_word"}
POOL_LIMIT = 100  # entities of one kind weighed as options; beyond, the most frequent and the closest in time
SIMILAR_LIMIT = 1000  # sentences read to find those that say the same as one sentence (the first in the text)


@dataclass
class Known:
    """An entity with what the option rules compare, worked out once."""

    entity: Entity
    folded: str
    forms: tuple[str, ...]
    containers: frozenset[str]
    count: int
    digest: int

    @cached_property
    def long_words(self) -> list[re.Pattern]:
        """Its name's words of five letters or more, as patterns that find them starting a word."""
        return [re.compile(rf"\b{re.escape(t)}") for t in self.folded.split() if len(t) >= 5]


def unique_justseen(items):
    """The items of a sorted iterable, each once."""
    return (key for key, _ in groupby(items))


def subject_docs(corpus: Corpus, doc_id: str) -> set[str]:
    """The document and those sharing at least three named things with it (its subject), found once per corpus and
    kept in each document's hints: options, the precision gate and 'which document' all ask it."""
    doc = corpus.doc(doc_id)
    if "subject_docs" not in doc.hints:
        keys = {d.id: {m.key for m in d.mentions if m.kind not in NUMBER_KINDS} for d in corpus.docs}
        for d in corpus.docs:
            d.hints["subject_docs"] = {o.id for o in corpus.docs if o.id == d.id or len(keys[o.id] & keys[d.id]) >= 3}
    return doc.hints["subject_docs"]


class Index:
    """Which sentences mention which entity or number, to test quickly whether a distractor is true elsewhere."""

    def __init__(self, corpus: Corpus):
        """Build word postings, entity and number postings, and the names written after 'the'."""
        self.corpus = corpus
        self.texts: list[str] = []
        self.words: list[frozenset[str]] = []
        self.postings: dict[str, list[int]] = {}
        self.by_key: dict[str, set[int]] = {}
        self.the_names: set[str] = set()
        self.claims: list[tuple[str, frozenset[str]]] = []
        for doc in corpus.docs:
            base = len(self.texts)
            for s in doc.sentences:
                words = frozenset(content_words(s.text))
                for w in words:
                    self.postings.setdefault(w, []).append(len(self.texts))
                self.texts.append(s.text)
                self.words.append(words)
            for m in doc.mentions:
                key = m.key if m.kind not in NUMBER_KINDS else "#" + m.text
                self.by_key.setdefault(key, set()).add(base + m.sentence)
            for p in doc.paragraphs:
                self.the_names.update(fold(n) for n in re.findall(r"\b[Tt]he ((?:[A-Z][\w’'-]*\s?)+)", p.text))
            self.claims.extend((a.speaker_key, frozenset(content_words(a.content))) for a in doc.attributions)
        self.years = sorted({int(k[1:]) for k in self.by_key if re.fullmatch(r"#\d{3,4}", k)})
        self.era = self._eras(corpus)
        self._similar: dict[frozenset[str], dict[int, str]] = {}
        self._shortlists: dict[tuple[str, str], list[Known]] = {}

    @staticmethod
    def _eras(corpus: Corpus) -> dict[str, float]:
        """Each entity's mean year: the years named in the paragraphs that mention it (a sum and a count each)."""
        sums: dict[str, list[float]] = {}
        for doc in corpus.docs:
            years: dict[int, list[float]] = {}
            for m in doc.mentions:
                if m.kind in ("year", "date") and m.value is not None and abs(m.value) > 31:
                    years.setdefault(doc.sentences[m.sentence].paragraph, [0.0, 0])
                    years[doc.sentences[m.sentence].paragraph][0] += m.value
                    years[doc.sentences[m.sentence].paragraph][1] += 1
            for m in doc.mentions:
                if m.kind not in NUMBER_KINDS:
                    total, n = years.get(doc.sentences[m.sentence].paragraph, (0.0, 0))
                    entry = sums.setdefault(m.key, [0.0, 0])
                    entry[0] += total
                    entry[1] += n
        return {k: total / n for k, (total, n) in sums.items() if n}

    def true_elsewhere(self, sentence: str, answer: str, key: str) -> bool:
        """Some other sentence naming `key` says at least half of what `sentence` says."""
        holders = self.by_key.get(key)
        words = content_words(sentence) - content_words(answer)
        if not holders or not words:
            return False
        similar = self.similar(frozenset(words))
        if len(holders) < len(similar):
            return any(i in similar and similar[i] != sentence for i in holders)
        return any(i in holders and text != sentence for i, text in similar.items())

    def similar(self, words: frozenset[str]) -> dict[int, str]:
        """The sentences holding at least half of `words` (kept per set of words).

        Such a sentence holds one of the rarer half of the words, so only their postings are read.
        """
        if words not in self._similar:
            rare = sorted(words, key=lambda w: (len(self.postings.get(w, ())), w))[:len(words) // 2 + 1]
            lists = [self.postings.get(w, ()) for w in rare]
            if sum(len(found) for found in lists) <= SIMILAR_LIMIT:
                found = set().union(*lists)
            else:  # words this common say little: read the first sentences that hold them
                found = set(islice(unique_justseen(heapq.merge(*lists)), SIMILAR_LIMIT))
            self._similar[words] = {i: self.texts[i] for i in found if len(words & self.words[i]) >= 0.5 * len(words)}
        return self._similar[words]

    def written_with_the(self, corpus: Corpus, name: str) -> bool:
        """The documents write this name after 'the' ('the USSR', 'the Caucasus'), or English does ('the United
        Kingdom' swapped in for 'Britain', read v15)."""
        entity = corpus.entity_for(name)
        forms = entity.forms if entity else [name]
        return any(fold(f) in self.the_names for f in forms) or bool(lx.THE_NAME.match(name))

    @cached_property
    def known(self) -> dict[str, list[Known]]:
        """The entities of each kind, in the corpus's order, with what the option rules compare."""
        by_kind: dict[str, list[Known]] = {}
        for e in self.corpus.entities.values():
            by_kind.setdefault(e.kind, []).append(Known(
                e, fold(e.name), tuple(fold(f) for f in e.forms), frozenset(lx.containers(e.name)),
                e.count, digest(e.key)))
        return by_kind

    def shortlist(self, kind: str, doc_id: str, answer_key: str) -> list[Known]:
        """The entities of a kind to weigh as options, in the corpus's order: all of them, or (in a text naming
        more than POOL_LIMIT) the most frequent ones (those the document names first) and those closest in time."""
        every = self.known.get(kind, [])
        if len(every) <= POOL_LIMIT:
            return every
        if (kind, doc_id) not in self._shortlists:
            order = sorted(range(len(every)), key=lambda i: (-(doc_id in every[i].entity.docs), -every[i].count,
                                                             every[i].digest, i))
            dated = sorted((self.era[k.entity.key], i) for i, k in enumerate(every) if k.entity.key in self.era)
            self._shortlists[(kind, doc_id)] = (order[:POOL_LIMIT // 2], dated)
        frequent, dated = self._shortlists[(kind, doc_id)]
        picked = set(frequent)
        if answer_key in self.era:
            at = bisect.bisect_left(dated, (self.era[answer_key], -1))
            before, after = dated[max(0, at - POOL_LIMIT // 2):at], dated[at:at + POOL_LIMIT // 2]
            closest = sorted(before + after, key=lambda d: (abs(d[0] - self.era[answer_key]), d[1]))
            picked.update(i for _, i in closest[:POOL_LIMIT // 2])
        return [every[i] for i in sorted(picked)]

    def related_docs(self, doc_id: str) -> list:
        """The other documents on this one's subject (`subject_docs`), in the corpus's order."""
        same = subject_docs(self.corpus, doc_id)
        return [d for d in self.corpus.docs if d.id != doc_id and d.id in same]

    def same_subject(self, doc_id: str) -> set[str]:
        """The documents options may come from: the question's own, those sharing its subject and those it debates;
        never an unrelated document that only shares the bank (blind read 29o)."""
        return subject_docs(self.corpus, doc_id) | debated_with(self.corpus, doc_id)

    @cached_property
    def speakers(self) -> Speakers:
        """The people the documents quote or name, in the order options are offered."""
        return Speakers(self)


class Speakers:
    """Who could have said something: quoted people first (of the question's document first), then named ones."""

    def __init__(self, index: Index):
        """Order the quoted and the named people once."""
        corpus = index.corpus
        self.claims: dict[str, list[frozenset[str]]] = {}
        for key, words in index.claims:
            self.claims.setdefault(key, []).append(words)
        first: dict[str, tuple[str, int, str]] = {}  # speaker key -> (document of the first quote, digest, name)
        for doc in corpus.docs:
            for a in doc.attributions:
                first.setdefault(a.speaker_key, (doc.id, digest(a.speaker_key), a.speaker))
        self.first = first
        self.quoted = sorted(((d, name), key) for key, (_, d, name) in first.items())
        self.entity_docs = {e.key: set(e.docs) for e in corpus.entities.values() if e.kind == "person"}
        self.named = sorted(((-e.count, digest(e.key), e.name), e.key)
                            for e in corpus.entities.values()
                            if e.kind == "person" and " " in e.name and e.key not in first)
        self._by_doc: dict[str, tuple[list, list]] = {}

    def in_order(self, doc_id: str):
        """(name, key) of every speaker: those quoted in `doc_id`, then those it names, then other documents' quoted
        and named people (a document's own people first, issue 13 blind read: no names from another text)."""
        if doc_id not in self._by_doc:
            here = [item for item in self.quoted if self.first[item[1]][0] == doc_id]
            elsewhere = [item for item in self.quoted if self.first[item[1]][0] != doc_id]
            named_here = [item for item in self.named if doc_id in self.entity_docs[item[1]]]
            named_elsewhere = [item for item in self.named if doc_id not in self.entity_docs[item[1]]]
            self._by_doc[doc_id] = (here + named_here, elsewhere + named_elsewhere)
        here, elsewhere = self._by_doc[doc_id]
        for (*_, name), key in chain(here, elsewhere):
            yield name, key

    def said_similar(self, key: str, content: frozenset[str]) -> bool:
        """The speaker said at least half of `content` somewhere."""
        return bool(content) and any(len(content & words) >= 0.5 * len(content) for words in self.claims.get(key, ()))
