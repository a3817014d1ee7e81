"""Options of another kind than the key, finer than the analyse stage's kinds (blind read 29n, issue 13): an
organisation of states among companies and armed forces ("OTS" beside "Turkish Aerospace Industries"), a council
among universities; the writer of a work or a critic among a novel's characters ("Mayella Ewell and Harper Lee").

`org_kind(corpus, name)` reads an organisation's kind from the last telling word of its name or of its longest
spelling ("OTS": "Organization of Turkic States"); `writers(doc)` are the people the document names as writers of
works (the document's own author, "the critic X", "X's novel", "X published …", cited authors). `mixed_kinds(c,
corpus)` is the gate's reason.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.citations import cited_authors

ORG_KINDS = {
    "states": "organization organisation union alliance community league commonwealth pact bloc nations cooperation "
              "council treaty federation",
    "company": "industries industry company corporation corp inc ltd plc group holding holdings airlines airways bank "
               "motors systems technologies petroleum",
    "military": "forces army navy guard command militia",
    "school": "university college school institute academy lyceum",
    "agency": "agency ministry department bureau service commission office committee",
    "media": "times news post journal gazette magazine tribune yorker radio television broadcasting",
    "party": "party movement",
    "foundation": "foundation fund center centre trust charity",
    "meeting": "congress conference summit forum assembly",
}
SPEAKERS = {"who_said", "tf_speaker", "debate_who", "debate_evidence", "which_source"}
HEAD_KIND = {w: kind for kind, words in ORG_KINDS.items() for w in words.split()}
CALLING = r"(?:writer|critic|author|novelist|poet|playwright|journalist|reviewer|scholar|historian|columnist)"
WORK = r"(?:novel|novels|book|books|play|plays|poem|poems|memoir|biography)"  # not "article": politicians write them
NAME = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
WRITER = re.compile(rf"\b(?:the\s+)?{CALLING}s?\s+{NAME}|{NAME}['’]s\s+(?:\w+\s+)?{WORK}\b"
                    rf"|{NAME}\s+published\s+(?=[A-Z])"
                    rf"|{NAME}\s+(?:wrote|published)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?{WORK}\b"
                    rf"|\b{WORK}\s+by\s+{NAME}")


def other_org(corpus: Corpus, key: str, option: str) -> bool:
    """The option is not an organisation of the key's kind where the key's kind is known (`distractors.entity_options`:
    a union of states takes unions of states; with too few the item is typed)."""
    kind = org_kind(corpus, key)
    return bool(kind) and org_kind(corpus, option) != kind


def org_kind(corpus: Corpus, name: str) -> str:
    """The kind of an organisation by the last telling word of its name or longest spelling, or ""."""
    entity = corpus.entity_for(name)
    spellings = [name] + sorted((entity.forms if entity else {}), key=lambda f: (-len(f), f))
    for spelling in spellings:
        words = re.findall(r"[a-z]+", fold(spelling))
        head = next((w for w in reversed(words[:words.index("of")] if "of" in words else words) if w in HEAD_KIND),
                    None)
        if head:
            return HEAD_KIND[head]
    return ""


def writers(doc: SourceDoc) -> set[str]:
    """Folded words of the names of the people the document names as writers of works (once per document)."""
    if "writers" not in doc.hints:
        found = set(fold(doc.author).split()) if doc.author else set()
        for m in WRITER.finditer(doc.text):
            name = next(g for g in m.groups() if g)
            found |= {w for w in fold(name).split() if len(w) > 2 and w not in ("the", "this", "his", "her")}
        doc.hints["writers"] = found | cited_authors(doc)
    return doc.hints["writers"]


def _people(option: str) -> list[str]:
    """The names of a pair option ("Tom Robinson and Boo Radley") or the option itself."""
    return [p.strip() for p in re.split(r"\s+and\s+|,\s*", option) if p.strip()]


def _names(option: str) -> bool:
    """Every part of the option is a name of one to four capitalised words ("Tom Robinson and Boo Radley")."""
    parts = _people(option)
    return bool(parts) and all(1 <= len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split()) for p in parts)


def a_writer(doc: SourceDoc, option: str) -> bool:
    """Some person of the option is one of the document's writers (by surname)."""
    return any(fold(p).split()[-1] in writers(doc) for p in _people(option) if p.split())


def mixed_kinds(c: Candidate, corpus: Corpus) -> str:
    """A reason when an option is another kind of organisation than the key, or names a writer where the key names
    none (characters, historical figures)."""
    if c.type != "multiple_choice" or len(c.choices) < 3 or c.template in SPEAKERS:
        return ""  # who said it: the speakers are the options, writers or not
    others = [str(o) for o in c.choices if fold(str(o)) != fold(str(c.answer))]
    if c.answer_kind == "org":
        key = org_kind(corpus, str(c.answer))
        if key and any(org_kind(corpus, o) not in ("", key) for o in others):
            return "an option of another kind than the key"
    if c.answer_kind == "person" or all(_names(o) for o in [str(c.answer)] + others):
        doc = corpus.doc(c.doc_id)
        if not a_writer(doc, str(c.answer)) and any(a_writer(doc, o) for o in others):
            return "an option names a writer among people of another kind"
    return ""
