"""What a sentence defines: "X is a/the N …" (and "X is any N …, such as …") with a short noun subject, read from
the parse; whether a subject is a term at all (`not_a_term`: the text itself, a stand-in phrase, "Her X"). The
ideas stage asks these forwards ("What is the name for …?"); glosses and forms read them too."""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Sentence
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.attrib import FIGURE_MEANING

CONTEXT_WORDS = re.compile(r"\b(above|below|following|this|these|those|such|former|latter)\b", re.I)
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
EXAMPLE_TAIL = re.compile(r",\s+(?:such as|for example|for instance|e\.g\.|like)\s")
MAX_TERM_WORDS = 4


def _span(s: Sentence, span: tuple[int, int] | None) -> str:
    """The text of a span of the sentence."""
    return s.text[span[0]:span[1]] if span else ""


def _clean_subject(s: Sentence) -> bool:
    """The sentence opens on its own subject (after any discourse marker), which needs no earlier sentence."""
    p = s.parse
    if not p or not p.subject or p.context_subject or p.fronted:
        return False
    _, cut = ph.statement(s)
    return p.subject[0] == cut


def _definition(s: Sentence) -> tuple[str, str] | None:
    """(term, meaning) when the sentence says what a term is: 'X is a/the N …' with a short noun subject."""
    p = s.parse
    if not _clean_subject(s) or not p.complement or p.subject_pos not in ("NOUN", "PROPN"):
        return None
    term, meaning = _span(s, p.subject).split(",")[0].strip(), _span(s, p.complement).rstrip(" .")
    # "An experiment is any action with an uncertain result, such as rolling a die.": the example is no part of what
    # the term is, and "any N" defines as "a N" does (read w: a probability chapter's key words gave no question)
    end = len(EXAMPLE_TAIL.split(s.text.rstrip(" ."))[0])
    meaning = EXAMPLE_TAIL.split(meaning)[0]
    if re.match(r"any\s", meaning):
        meaning = ("an " if meaning[4:5].lower() in "aeiou" else "a ") + meaning[4:]
    if CONTEXT_WORDS.search(meaning) or CONTEXT_WORDS.search(term) or FIGURE_MEANING.search(meaning):
        return None
    if re.search(r"\b(?:not|never|no longer)\b|n't\b", s.text[p.subject[1]:p.complement[0]]):
        return None  # "X is not a name used in the play" says what X is not
    if not (1 <= len(term.split()) <= MAX_TERM_WORDS and (re.match(r"(?:a|an|the)\s", meaning, re.I) or
                                                          _plural_kind(term, meaning))
            and len(meaning.split()) >= 4 and p.complement[1] >= end - 1):
        return None
    bad = fold(ARTICLE.sub("", term)) in fold(meaning) or not all(w[:1].isalpha() for w in term.split())
    return None if bad or not_a_term(term) else (term, meaning)


DOC_KINDS = set("""poem novel story play text article book chapter essay report film song passage speech guide ballad sonnet
tale fable myth legend epic novella drama comedy tragedy memoir diary biography interview speaker narrator title""".split())
DETERMINER = re.compile(r"^(?:his|her|its|their|our|my|your|some|many|every|each|no|any|another|other|both|all)\s", re.I)
PHRASE = re.compile(r"^(?:the\s+)?(?:\w+est|first|last|most\s+\w+)\b|\b(?:of|in|at|on|for|from|with|by)\b", re.I)


def not_a_term(term: str) -> bool:
    """The subject is the text itself ("The poem is …"), a stand-in phrase ("A jar of honey is …"), "Her X", read r."""
    bare = ARTICLE.sub("", term).strip()
    own = term.lower().startswith("the ") and bare.lower() in DOC_KINDS  # "A sonnet is …" defines the form
    return own or bool(DETERMINER.match(term)) or bare[:1].islower() and bool(PHRASE.search(term))


# words that open a plural complement without naming a kind: "Volcanoes are often …", "… are some of the …"
NOT_KIND = re.compile(r"^(?:some|many|most|all|few|several|often|usually|also|not|very|more|less|only|both|each|"
                      r"one|two|three|part|parts|examples?|kinds?|types?|signs?|among)\b", re.I)


def _plural_kind(term: str, meaning: str) -> bool:
    """A plural term said to be a bare plural kind: "Stratovolcanoes are steep cones built from layers of ash",
    "Pyroclastic flows are fast clouds of hot gas" (explanatory texts define this way: blind read 29q)."""
    first = meaning.split()[0]
    return (term.endswith("s") and not term.endswith("ss") and first.isalpha()
            and first.islower() and not NOT_KIND.match(meaning) and re.search(r"\w(?:s|ren|men|ia)\b",
                                                                               meaning.split(" that ")[0]) is not None)
