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
SCAN = 64  # names looked at per option search
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")


def _name_words(doc) -> dict[str, set[int]]:
    """Each capitalised word of the document (and its form without "'s") -> the sentences that write it, -1 for the
    title; built once per document so that asking it stays linear in the text."""
    if "name_words" not in doc.hints:
        at: dict[str, set[int]] = {}
        for position, text in [(-1, doc.title)] + [(s.position, s.text) for s in doc.sentences]:
            for w in NAME_WORD.findall(text):
                for form in {w, re.sub(r"['’]s$", "", w)}:
                    at.setdefault(form, set()).add(position)
        doc.hints["name_words"] = at
    return doc.hints["name_words"]


def once_named(corpus: Corpus, c: Candidate) -> bool:
    """The item is a typed gap on a name that only its own sentence of the document writes."""
    if c.language != "en" or c.type != "cloze" or c.template != "cloze" or c.sentence < 0:
        return False
    entity = corpus.entities.get(c.answer_key)
    if entity is None or entity.kind not in NAME_KINDS or c.doc_id not in {d.id for d in corpus.docs} or \
            lx.place(str(c.answer)):
        return False  # a country or city a pupil knows ("Britain", "Moscow") is no spelling test
    return written_once(corpus.doc(c.doc_id), set(entity.forms) | {entity.name, str(c.answer)}, c.sentence)


def written_once(doc, forms: set[str], sentence: int) -> bool:
    """No capitalised word of the name's `forms` stands in another sentence of the document or in its title."""
    at = _name_words(doc)
    words = {w for form in forms for w in NAME_WORD.findall(form)}
    return bool(words) and all(at.get(w, set()) <= {sentence} for w in words)


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


def _pool(corpus: Corpus, doc) -> dict[str, list[tuple[str, str, int]]]:
    """The document's names that may be options, by spaCy label: (name as fully written, folded, sentence), each
    name once, sorted; built once per document."""
    if "option_names" not in doc.hints:
        seen: dict[tuple[str, str], tuple[str, str, int]] = {}
        for s in doc.sentences:
            for start, end, label in (s.parse.ents if s.parse else []):
                entity = corpus.entity_for(s.text[start:end].strip())
                if label not in OPTION_KINDS or entity is None or entity.kind not in OPTION_KINDS[label]:
                    continue
                name = max(entity.forms, key=len) if entity.forms else s.text[start:end].strip()
                if _plain_name(corpus, name):
                    seen.setdefault((label, fold(name)), (name, fold(name), s.position))
        pool: dict[str, list[tuple[str, str, int]]] = {}
        for (label, _), item in sorted(seen.items()):
            pool.setdefault(label, []).append(item)
        doc.hints["option_names"] = pool
    return doc.hints["option_names"]


def name_options(corpus: Corpus, c: Candidate, found: list[str], n: int = 3) -> list[str]:
    """Options for a once-written name beyond `found`: the document's other people (or places) as spaCy labels the
    key, written as fully as the key ("Johannes Gutenberg" for "William Caxton"), never one the sentence writes or
    writes a word of ("Bob Ewell" beside "… that Ewell fell …", read v15), one that contains the key or is inside it, another spelling of it, or a name with a common word ("Ada Lovelace Day").
    At most SCAN names are looked at, from a place the prompt picks, so that a text of thousands of names stays fast."""
    doc = corpus.doc(c.doc_id)
    s = doc.sentences[c.sentence]
    label, key = _label(s, str(c.answer)), fold(str(c.answer))
    own = corpus.entities.get(c.answer_key)
    if label not in OPTION_LABELS or len(found) >= n or label != "PERSON" and (own is None or own.kind not in PLACES):
        return []
    names = _pool(corpus, doc).get(label, [])
    full, taken, shown, picked = len(str(c.answer).split()) >= 2, {fold(o) for o in found} | {key}, fold(s.text), []
    words = set(NAME_WORD.findall(s.text))
    start = digest(c.prompt) % max(1, len(names))
    for name, folded, position in (names[(start + k) % len(names)] for k in range(min(SCAN, len(names)))):
        if position == c.sentence or folded in taken or key in folded or folded in key or folded in shown or \
                words.intersection(NAME_WORD.findall(name)) or \
                (len(name.split()) >= 2) != full or corpus.alias_keys.get(folded) == c.answer_key:
            continue
        picked.append(name)
        taken.add(folded)
        if len(picked) + len(found) >= n:
            break
    return picked
