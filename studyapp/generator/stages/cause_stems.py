"""Why-stems: a stated clause turned into the question that asks its reason ("the sea began to shrink fast" ->
"Why did the sea begin to shrink fast?"), and the tense of a clause, so a key's options are clauses of its shape.

The clause is parsed with spaCy's lemmatizer (`objects.nlp`). Only plain clauses are turned: the subject opens the
clause and is a noun phrase (no pronoun anywhere in the clause, so the stem needs no sentence before it), the main
verb is finite; an auxiliary or a copula moves before the subject ("Why were books rare?"), any other verb takes
"do" ("Why did the sea begin …?"). Anything else gives no stem (None), and the cause stage asks nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.objects import _span_text, _subtree, nlp

DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
PAST, PRESENT = "past", "present"
TENSE = {"VBD": PAST, "VBZ": PRESENT, "VBP": PRESENT}
LEANING = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "this", "these", "those", "we",
           "us", "our", "i", "my", "you", "your", "itself", "themselves", "himself", "herself"}
MAX_STEM_WORDS = 20
INVERTED = {"be", "have", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do"}


POSSESSIVE = {"its": ("NN", "NNP"), "their": ("NNS", "NNPS"), "his": ("NN", "NNP"), "her": ("NN", "NNP")}


def leans(body: str, clause: str) -> bool:
    """The clause needs the sentence before: a pronoun, or a possessive that its own subject cannot own ("the
    first mills were built on its banks"; "many families sent their children" stands alone)."""
    tokens = _tokens(body, clause)
    subject = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"), None)
    for t in tokens:
        if t.lower_ in POSSESSIVE and t.tag_ == "PRP$":
            if subject is None or t.i < subject.i or subject.tag_ not in POSSESSIVE[t.lower_]:
                return True
        elif t.lower_ in LEANING:
            return True
    return not tokens


# verbs whose object does the infinitive ("asked her to stay", "allowed the boys to leave"): no purpose
CONTROL = {"ask", "tell", "persuade", "force", "allow", "encourage", "want", "order", "invite", "urge", "help",
           "cause", "expect", "require", "enable", "teach", "get", "lead", "permit", "forbid", "advise", "remind",
           "warn", "train", "need", "like", "prefer", "choose", "make", "let", "see", "hear", "leave"}


def purpose(body: str) -> tuple[str, str] | None:
    """(what is done, what for) of a sentence that ends on a purpose: "Russia began to mobilise its army | to defend
    Serbia", "The League was set up in 1920 | to settle future disputes", "… | in order to become a world power".
    A "to" right after its verb ("began to mobilise") or after an object the verb makes act ("asked her to stay")
    is no purpose."""
    doc = _parsed(body)
    words = [t for t in doc if not t.is_punct]
    if not words:
        return None
    end = words[-1].i
    for t in doc:
        verb = t.head
        if t.lower_ != "to" or t.dep_ != "aux" or verb.tag_ != "VB" or verb.i != t.i + 1 \
                or max(x.i for x in verb.subtree) != end:
            continue
        start = t.i - 2 if t.i >= 2 and doc[t.i - 2].lower_ == "in" and doc[t.i - 1].lower_ == "order" else t.i
        head = verb.head
        if head.pos_ == "ADJ" or doc[start - 1].pos_ == "ADJ":
            continue  # "crucial to save …", "able to call …": what the adjective takes, not a purpose
        if start < t.i or verb.dep_ == "advcl" or verb.dep_ == "xcomp" and head.pos_ == "VERB" \
                and head.lemma_.lower() not in CONTROL and any(c.dep_ == "dobj" and c.i < t.i for c in head.children):
            effect = body[:doc[start].idx].rstrip(" ,")
            return (effect, body[doc[start].idx:doc[end].idx + len(doc[end].text)]) if effect else None
    return None


def instruction(body: str, clause: str) -> bool:
    """The clause tells the reader what to do ("never judge the depth of water by eye", "check the label"): an
    imperative, not something the text states of a subject."""
    tokens = _tokens(body, clause)
    return not tokens or tokens[0].lower_ in ("never", "always", "don't", "do", "please") \
        or tokens[0].tag_ == "VB" and not any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens)


@lru_cache(maxsize=256)
def _parsed(body: str):
    """The sentence parsed with the lemmatizer, once per sentence (several clauses of it are read)."""
    return nlp()(body)


def _tokens(body: str, clause: str) -> list:
    """The tokens of `clause` as spaCy read them inside its whole sentence `body` (a clause parsed alone is often
    misread: "an acid reacts with a base" took "reacts" for a noun)."""
    start = body.find(clause)
    if start < 0:
        return []
    end = start + len(clause)
    return [t for t in _parsed(body) if start <= t.idx and t.idx + len(t.text) <= end]


def tense(body: str, clause: str) -> str:
    """'past' or 'present' by the clause's first finite verb ('' when it has none: "to keep warm")."""
    for t in _tokens(body, clause):
        if t.tag_ in TENSE:
            return TENSE[t.tag_]
        if t.tag_ == "MD":
            return PAST if t.lower_ in ("could", "would", "might") else PRESENT
    return ""


def why_stem(body: str, clause: str, mid_caps: set[str]) -> str | None:
    """'Why …?' asking the reason of `clause` (a clause of the sentence `body`), or None when the clause is not
    plain enough to turn."""
    clause = clause.strip().rstrip(".")
    if re.search(r"[\"“”:;()—–?!]|\s-\s", clause):
        return None
    doc = _tokens(body, clause)
    inside = {t.i for t in doc}
    roots = [t for t in doc if t.head.i not in inside or t.dep_ == "ROOT"]
    if len(roots) != 1 or leans(body, clause):
        return None
    root = roots[0]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    outside = [t for t in _subtree(subjects[0]) if t.i not in inside]  # "so" of "…, so many families …"
    subject = [t for t in _subtree(subjects[0]) if t.i in inside]
    if subject[0].i != doc[0].i or any(t.i > doc[0].i or t.dep_ not in ("advmod", "cc", "punct") for t in outside) \
            or any(t.dep_ in ("relcl", "acl") and t.tag_ in TENSE for t in subject):
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i > subject[-1].i]
    between = [t for t in doc if subject[-1].i < t.i < (auxes[0].i if auxes else root.i)]
    if any(t.dep_ not in ("advmod", "neg") for t in between):
        return None
    who = _span_text(subject)
    if subject[0].pos_ != "PROPN":
        who = ph.lower_first(who, mid_caps)
    after = [t for t in doc if t.i > subject[-1].i]
    if auxes or root.lemma_ == "be" and root.tag_ in TENSE:
        moved = auxes[0] if auxes else root
        if moved.lemma_.lower() not in INVERTED and moved.tag_ != "MD":
            return None
        rest = [t for t in after if t.i != moved.i]
        verb = moved.text.lower()
        if rest and rest[0].lower_ == "n't":
            verb, rest = verb + "n't", rest[1:]
        return _finish(f"Why {verb} {who} {_span_text(rest)}")
    if root.tag_ in DO and root.pos_ == "VERB":
        text_rest = " ".join(p for p in (_span_text([t for t in after if t.i < root.i]), root.lemma_.lower(),
                                         _span_text([t for t in after if t.i > root.i])) if p)
        return _finish(f"Why {DO[root.tag_]} {who} {text_rest}")
    return None


def _finish(question: str) -> str | None:
    """The question with single spaces and its mark, or None when it runs too long to read as one."""
    question = re.sub(r"\s+", " ", question).strip(" ,")
    if len(question.split()) > MAX_STEM_WORDS:
        return None
    return question + "?"
