"""Term gaps (blind read 29q, issue 13: explanatory texts yield too little): a sentence that uses one of the terms
its document defines or names ("magma", "inflation") but gives no other idea question is asked as a gap-fill of that
term, the document's other terms as options: "Explosive eruptions happen when gas is trapped in thick, sticky
_____." The ideas stage calls `term_gap` for each such sentence; `select` ranks these below every other form.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Sentence, SourceDoc
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages import term_kinds
from studyapp.generator.stages.generate import base, digest

TEMPLATE = "term_gap"
MIN_REPEATS = 2  # a noun phrase the text uses this often is one of its terms
MAX_VOICES = 2  # attributions ("X said …") a text that explains may hold
# a definition or naming of the term itself: asked by the define and "called" forms
ADJECTIVE = re.compile(r"(?:al|ic|ary|ous|ive|ful|less|able|ible)$", re.I)
NAMES_IT = re.compile(r"\b(?:is|are|was|were)\s+(?:called|known as|named|termed)\b", re.I)


def repeated_terms(doc: SourceDoc) -> list[str]:
    """The noun phrases of two or more words (`Parse.terms`) the document uses at least twice, in either number
    ("the left ventricle" … "left ventricles"), as first written: what a chapter keeps coming back to is a term
    even when it never defines it (the cardiac cycle's valves). Only in a text that explains: where a text argues or
    reports what people say, its repeated phrases are its jargon ("potential benefits", "key role": the seeds)."""
    if doc.argued or len(doc.attributions) > MAX_VOICES:
        return []
    seen: dict[str, list[str]] = {}
    for s in doc.sentences:
        for start, end in (s.parse.terms if s.parse else []):
            text = s.text[start:end]
            text = text[:1].lower() + text[1:] if start == 0 else text
            words = text.split()
            seen.setdefault(fold(" ".join(words[:-1] + [term_kinds.singular(words[-1])])), []).append(text)
    return [forms[0] for forms in seen.values() if len(forms) >= MIN_REPEATS]


def _found(body: str, term: str) -> tuple[int, int] | None:
    """Where the term stands once in the body as whole words, in any case."""
    hits = [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", body, re.I)]
    return hits[0] if len(hits) == 1 else None


def term_gap(doc: SourceDoc, s: Sentence, pool: dict[str, str], defined: str) -> Candidate | None:
    """A gap-fill of the longest of the document's terms the sentence uses (not the one it defines, nor a word of
    the document's title: "Most _____ form along plate boundaries" in "Volcano" is a give-away), multiple choice
    when three other terms of its kind are there to offer (`term_kinds.fits`)."""
    body, _cut = ph.statement(s)
    if NAMES_IT.search(body) or not body.endswith("."):
        return None
    title = fold(doc.title)
    if "term_gap_index" not in doc.hints:  # once per document: the usable terms by their first word
        index: dict[str, list[str]] = {}
        for key, t in pool.items():
            if len(t) >= 4 and not re.search(r"(?<!\w)" + re.escape(key.rstrip("s")), title) and not any(
                    fold(w).rstrip("s") in title for w in t.split()):
                index.setdefault(fold(t.split()[0]), []).append(t)
        doc.hints["term_gap_index"] = index
    index = doc.hints["term_gap_index"]
    words = dict.fromkeys(fold(w) for w in re.findall(r"[\w'’-]+", body))
    usable = sorted((t for w in words for t in index.get(w, ()) if fold(t) != fold(defined)),
                    key=lambda t: (-len(t), t))
    for term in usable:
        span = _found(body, term)
        if not span or span[0] == 0:
            continue  # the subject opening the sentence is asked by the "what does" form
        start, end = span
        if " " not in term and ADJECTIVE.search(term):
            continue  # "Strong _____ relations": political, economic or military is a guess, not a term
        if re.search(r"\w-\w+\s$", body[:start]):
            continue  # "demand-pull _____": the head of a compound term, a different term
        shown = ph.window(body, start, end)
        if not shown:
            continue
        key = body[start:end]
        prompt = ph.blank(shown, start, end)
        others = [t for t in pool.values() if fold(t) != fold(key) and fold(t) not in fold(prompt)
                  and fold(t) not in title and (" " in t) == (" " in key)  # the prompt will name the title
                  and term_kinds.fits(doc, key, t)]  # of the key's kind and number (blind read 29p)
        h = digest(doc.id, s.text, TEMPLATE)
        picked = sorted(others, key=lambda t: digest(t, str(h)))[:3]
        if len(picked) >= 3:
            c = base(doc, s, "multiple_choice", f"Complete the sentence: “{prompt}”", key, None, TEMPLATE)
            c.choices = sorted([key] + picked, key=lambda t: digest(t, str(h)))
        else:
            c = base(doc, s, "cloze", prompt, key, None, TEMPLATE)
        c.answer_kind = "term"
        return c
    return None
