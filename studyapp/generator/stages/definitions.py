"""What a sentence defines: "X is a/the N …" (and "X is any N …, such as …") with a short noun subject, read from
the parse; whether a subject is a term at all (`not_a_term`: the text itself, a stand-in phrase, "Her X"). The
ideas stage asks these forwards ("What is the name for …?"); glosses and forms read them too; `kin` gives the terms of the kind a definition names, its options."""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Sentence
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.attrib import FIGURE_MEANING
from studyapp.generator.stages.entities import np_head

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


# a qualified word that ranks or points rather than names: "A famous example is the peppered moth", "The key scene is
# …", "The region's most famous view is …" say what the example or the view is, not what a term means (read v15's set)
POINTING_HEADS = {"example", "instance", "illustration", "scene", "episode", "highlight", "feature", "sight",
                  "attraction", "view", "reason", "result", "consequence", "problem"}  # not "point": a pivot point


def not_a_term(term: str) -> bool:
    """The subject is the text itself ("The poem is …"), a stand-in phrase ("A jar of honey is …"), "Her X", read r;
    a qualified pointing word ("A famous example")."""
    bare = ARTICLE.sub("", term).strip()
    own = term.lower().startswith("the ") and bare.lower() in DOC_KINDS  # "A sonnet is …" defines the form
    pointing = len(bare.split()) >= 2 and bare.split()[-1].lower().rstrip("s") in POINTING_HEADS
    return own or pointing or bool(DETERMINER.match(term)) or bare[:1].islower() and bool(PHRASE.search(term))


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


PROCESS_WORD = re.compile(r"[a-z](?:tion|sion|sis|ment|ance|ence|ing)$")


def kin(doc, meaning: str, terms: list[str]) -> list[str]:
    """The terms of the kind a definition names, when the document gives several: the terms it also calls by that
    noun ("a bend", "an organ"); for "the process by which …" only processes (terms it calls a process, one-word
    names of processes such as "transpiration"), however few: options of other kinds give the key away (read v15:
    "Stomata", "Word equation" beside "Photosynthesis"). All terms when the noun is unknown or no other term has it."""
    head = np_head(meaning)
    if not head:
        return terms
    if "idea_heads" not in doc.hints:
        doc.hints["idea_heads"] = {fold(ARTICLE.sub("", d[0])): np_head(d[1]) for s in doc.sentences if (d := _definition(s))}
    heads, process = doc.hints["idea_heads"], head.startswith("process")
    same = [t for t in terms if heads.get(fold(ARTICLE.sub("", t))) == head or process and " " not in t and PROCESS_WORD.search(t)]
    return same if process or len(same) >= 3 else terms
