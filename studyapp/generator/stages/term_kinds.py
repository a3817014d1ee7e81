"""Options of the key's kind among terms (blind read 29p: "herd immunity" and "phagocytosis" offered among molecules):
a term's kind is the noun its document names it by — "molecules … called antigens", "This process is called
phagocytosis", "A second group, the lymphocytes", "Antibodies are Y-shaped proteins that …" — and its number (a
plural count noun "antigens" against a mass noun "herd immunity"). `fits(doc, key, option)` says whether an option
fills the key's slot: the same number, and the same kind noun when the document names the key's kind (an option
whose kind the text does not give is then left out). Used by the "called" and term-gap forms (`generate.called_terms`,
`term_gaps.term_gap`), which ask a typed gap instead when fewer than three options fit.
"""
from __future__ import annotations

import re

from studyapp.generator.model import SourceDoc

KIND_STOP = set("""some most many few all both each one ones other others these those this that which who what it they
such several any none and or but the a an also sometimes often usually commonly around about""".split())
# nouns that name no kind ("A second group, the lymphocytes" may be cells, "one type, called …" anything)
GENERIC = set("""group groups type types kind kinds form forms sort sorts class classes category categories part parts
set sets thing things way ways example examples term terms name names word words""".split())
PREPOSITION = r"(?:on|in|of|at|from|with|inside|within|near|around|along|under|over)"
RELATIVE = re.compile(r"(?P<noun>[A-Za-z][a-z-]+)\s+(?:that|which|who)\s+(?:[\w'-]+\s+){1,4}(?:is|are|was|were)\s+$")
BEFORE_CALLED = re.compile(r"(?P<noun>[A-Za-z][a-z-]+)(?:\s+(?:underground|below|above|inside|outside|here|there))?"
                           r"(?:\s+" + PREPOSITION + r"(?:\s+[\w'-]+){1,3})?\s*,?\s*"
                           r"(?:(?:is|are|was|were|be|been)\s+)?(?:(?:often|also|sometimes|usually|commonly)\s+)?$")
IS_A = r"\s+(?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][a-z-]+)(?=\s+(?:that|which|who|of|in|with|made|found|produced)\b|[,.;])"
APPOSED = r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+)(?=\s+(?:that|which|who|of|made|found|produced)\b|[,.;])"
CALLED_WORDS = r"(?:called|known as|termed|referred to as|named)\s+(?:(?:the|a|an)\s+)?[\"“‘']?"


def singular(noun: str) -> str:
    """A rough lemma: 'molecules' -> 'molecule', 'bodies' -> 'body', 'process' -> 'process'."""
    n = noun.lower()
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("sses", "ches", "shes", "xes")):
        return n[:-2]
    if n.endswith("s") and not n.endswith(("ss", "us", "is")):
        return n[:-1]
    return n


def plural(term: str) -> bool:
    """The term's head reads as a plural count noun ('antigens', 'white blood cells'), not 'herd immunity' or
    'phagocytosis'."""
    head = term.split()[-1].lower()
    return singular(head) != head


def _kind_noun(noun: str) -> str:
    """The noun as a kind, or "" when it names none."""
    n = noun.lower()
    if n in KIND_STOP or n in GENERIC or len(n) < 3 or n.endswith(("est", "ly")):
        return ""  # "the strongest", "mostly": no noun
    return singular(n)


def term_kind(doc: SourceDoc, term: str) -> str:
    """The kind noun the document names the term by (singular), or "" when it names none (kept in doc.hints)."""
    kinds = doc.hints.setdefault("term_kinds", {})
    if term in kinds:
        return kinds[term]
    found = ""
    t = re.escape(term)
    for s in doc.sentences:
        text = s.text
        for m in re.finditer(CALLED_WORDS + t + r"(?![\w-])", text, re.I):
            before = RELATIVE.search(text[:m.start()]) or BEFORE_CALLED.search(text[:m.start()])
            if before:
                found = _kind_noun(before.group("noun"))
            if found:
                break
        if not found:  # "A second group, the lymphocytes, …"
            m = re.match(r"^(?:(?:a|an|the|one|another)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+),\s+(?:the\s+)?"
                         + t + r",", text, re.I)
            if m:
                found = _kind_noun(m.group("noun"))
        if not found:  # "Antibodies are Y-shaped proteins that …", "Antibodies, Y-shaped proteins that …"
            for pattern in (IS_A, APPOSED):
                m = re.search(r"(?:^|\b(?:the|a|an)\s+)" + t + pattern, text, re.I)
                if m:
                    found = _kind_noun(m.group("noun"))
                    if found:
                        break
        if found:
            break
    kinds[term] = found
    return found


def fits(doc: SourceDoc, key: str, option: str) -> bool:
    """The option fills the key's slot: the same number, and the same kind noun when the text names the key's."""
    if plural(key) != plural(option):
        return False
    kind = term_kind(doc, key)
    return not kind or term_kind(doc, option) == kind
