"""A name the document writes only once is never a typed gap (reads n-s, and u and v).

Readers kept 13% of the typed gaps on a name the document writes once ("the Italian engineer _____", "the _____
Pumping Station, on the south bank"), and 60% of those on a name it repeats: a name met once is a side detail,
and typing it is a spelling test. Such a gap is asked as "Complete the sentence" with other names of its kind as
options (`distractors.entity_options`, then `name_options`: the document's other names that spaCy labels as it
labels the key: a person among people, a place among places). When the documents give too few it stays a typed
gap: dropping those lost 4 points of the seed bank's coverage (round en10), and a later round may find them options.

A country, city or region of the gazetteer (`lexicon.place`) is no minor name. A name counts as repeated when one of its capitalised words stands in another sentence of the document or in its
title ("Bazalgette" after "Joseph Bazalgette", "the Board" after "the Metropolitan Board of Works").
`as_options(corpus, c)` and `name_options(corpus, c, found)` are the distractor stage's calls into this module.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.stages.generate import digest

NAME_KINDS = {"person", "country", "city", "region", "org", "event", "place", "name"}
OPTION_LABELS = {"PERSON", "GPE", "LOC"}  # spaCy's organisation and facility labels mix too much to offer as options
# the analyse stage's kind must agree with spaCy's label ("the Iron Curtain" is no person), when it knows one
OPTION_KINDS = {"PERSON": {"person", "name"}, "GPE": {"country", "city", "region", "place"},
                "LOC": {"country", "city", "region", "place"}}
NOT_PEOPLE = lx.PLACE_WORDS | lx.ORG_WORDS | lx.EVENT_WORDS  # "Crossness Pumping Station" is no name of a person
PLACES = OPTION_KINDS["GPE"]  # a key spaCy calls a place that the analyse stage does not ("Nakshibendi"): no options
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")


def once_named(corpus: Corpus, c: Candidate) -> bool:
    """The item is a typed gap on a name that only its own sentence of the document writes."""
    if c.language != "en" or c.type != "cloze" or c.template != "cloze" or c.sentence < 0:
        return False
    entity = corpus.entities.get(c.answer_key)
    if entity is None or entity.kind not in NAME_KINDS or c.doc_id not in {d.id for d in corpus.docs} or \
            lx.place(str(c.answer)):
        return False  # a country or city a pupil knows ("Britain", "Moscow") is no spelling test
    doc = corpus.doc(c.doc_id)
    words = {w for form in set(entity.forms) | {entity.name, str(c.answer)} for w in NAME_WORD.findall(form)}
    if not words:
        return False
    found = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")
    if found.search(doc.title):
        return False
    return not any(found.search(s.text) for s in doc.sentences if s.position != c.sentence)


def as_options(corpus: Corpus, c: Candidate) -> None:
    """Turn a typed gap on a once-written name into a sentence to complete from names of its kind (the distractor
    stage turns it back into the typed gap when it finds too few; "once_named" lets it look for spaCy's names)."""
    if once_named(corpus, c):
        c.type, c.prompt, c.template = "multiple_choice", f"Complete the sentence: “{c.prompt}”", "complete"
        c.pending["distractors"] = "entity"
        c.pending["once_named"] = True


def _label(s, answer: str) -> str:
    """spaCy's label of the key in its sentence ("" when no entity spans it)."""
    at = s.text.find(answer)
    if at < 0 or s.parse is None:
        return ""
    return next((label for start, end, label in s.parse.ents if start <= at and end >= at + len(answer)), "")


def _plain_name(corpus: Corpus, name: str) -> bool:
    """Every word is capitalised, never seen in lower case, and no place, body or event word ("Pumping Station")."""
    return all(w[:1].isupper() and w.lower() not in corpus.lower_vocab and w not in NOT_PEOPLE for w in name.split())


def name_options(corpus: Corpus, c: Candidate, found: list[str], n: int = 3) -> list[str]:
    """Options for a once-written name beyond `found`: the document's other people (or places) as spaCy labels the
    key, written as fully as the key ("Johannes Gutenberg" for "William Caxton"), never one the sentence writes, one
    that contains the key or is inside it, another spelling of it, or a name with a common word ("Ada Lovelace Day")."""
    doc = corpus.doc(c.doc_id)
    s = doc.sentences[c.sentence]
    label, key = _label(s, str(c.answer)), fold(str(c.answer))
    own = corpus.entities.get(c.answer_key)
    if label not in OPTION_LABELS or len(found) >= n or label != "PERSON" and (own is None or own.kind not in PLACES):
        return []
    full = len(str(c.answer).split()) >= 2
    taken = {fold(o) for o in found} | {key}
    pool = {}
    for other in doc.sentences:
        if other.position == c.sentence or other.parse is None:
            continue
        for start, end, other_label in other.parse.ents:
            entity = corpus.entity_for(other.text[start:end].strip())
            if other_label != label or entity is None or entity.kind not in OPTION_KINDS[label]:
                continue
            name = max(entity.forms, key=len) if entity.forms else other.text[start:end].strip()
            folded = fold(name)
            if folded in taken or key in folded or folded in key or folded in fold(s.text) or \
                    (len(name.split()) >= 2) != full or corpus.alias_keys.get(folded) == c.answer_key or \
                    not _plain_name(corpus, name):
                continue
            pool.setdefault(folded, name)
    picked = sorted(pool.values(), key=lambda name: digest(c.prompt, name))
    return picked[:n - len(found)]
