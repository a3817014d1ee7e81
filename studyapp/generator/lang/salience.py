"""The precision gate of a Russian or Kazakh gap-fill: is the blanked word salient in its document?

Blind reads of documents the rules were never fitted to (2026-11-29n/o) dropped most gap-fills on a word a pupil
fills without reading: a usual word the document writes once (агрегатных _____, _____ тебу, короткое _____), or
a word of the document's own title (Наурыз in a text on Nauryz, Казахстана under "Образование Казахского
ханства"). A term is a blank only when the document writes it in two or more sentences, defines it, or is rare;
no name or term whose first five letters a title word shares when the text writes it twice or more (its
subject; "В _____ открылась школа" under "В Астане открылась школа …" stays: the prompt does not show the
title). A document left short of questions takes such blanks back as its last resort (`generate.questions_for`),
so the density of questions per 100 words holds (3 is the floor).
"""
from __future__ import annotations

from studyapp.generator.lang import blanks
from studyapp.generator.lang.common import WORD
from studyapp.text import fold

PER_100_WORDS = 3.2  # below this many questions per 100 words a document takes back its reserve blanks
LONG_WORDS = 250  # a longer document takes back only what keeps it at the floor: readers dropped its weak blanks
MIN_WRONG = 3  # a name or term with fewer fitting wrong options is no multiple choice (read p: two of four fit)
FLOOR = 3.0  # (read p): fewer is better there, but never fewer than 3 questions per 100 words


def title_keys(title: str, doc_id: str) -> set[str]:
    """The five-letter keys of the title's words of four letters or more; none for a file name standing in for
    a missing title, or the first sentence of an untitled text (they tell nothing)."""
    title = title.strip()
    if not title or title == doc_id or " " not in title or title.endswith((".", "!", "?")) or \
            len(WORD.findall(title)) > 12:  # no title line: the first sentence stands in for it
        return set()
    return {fold(w)[:5] for w in WORD.findall(title) if len(w) >= 4}


def in_title(word: str, keys: set[str]) -> bool:
    """Any word of the (possibly two-word) answer shares its first five letters with a title word."""
    return any(len(w) >= 4 and fold(w)[:5] in keys for w in WORD.findall(word))


def title_name(answer: str, base: str, stats: blanks.DocStats, person: bool) -> bool:
    """A name the title gives, never a gap's key (not even the reserve of a short document): a person the title
    names (the title character, the author in "Мұхтар Әуезов. «Көксерек»": read r dropped 3 of 3) or any name the
    text writes again. A place a news title names once stays (its blank is the news: "В _____ открылась школа")."""
    if not (in_title(answer, stats.title) or in_title(base, stats.title)):
        return False
    return person or max(stats.spread.get(base, 0), stats.spread.get(fold(base), 0)) >= 2


def salient(kind: str, answer: str, base: str, stats: blanks.DocStats, number_words, rare: bool = False,
            person: bool = False) -> bool:
    """Whether a blank of this kind may be asked before the last resort: numbers and number words always (their
    own rules); a person always (the title's hero is the main figure, `blanks.name_tier`); other names
    unless in the title (`title_name`); terms when written in two or more sentences, defined or `rare` (a word
    the Russian dictionary does not know: меркитами, эпишура), and not in the title."""
    if kind == "number" or person or kind == "term" and base in number_words:
        return True
    spread = max(stats.spread.get(base, 0), stats.spread.get(fold(base), 0), stats.spread.get(blanks.group(base), 0))
    if (in_title(answer, stats.title) or in_title(base, stats.title)) and spread >= 2:
        return False  # the title's subject, written again in the text; a news item's place named once stays
    if kind == "name":
        return True
    return spread >= 2 or base in stats.defined or rare


def short(questions: int, words: int) -> bool:
    """The document has fewer than PER_100_WORDS questions per 100 of its words (FLOOR for a long one)."""
    return questions * 100 < (FLOOR if words > LONG_WORDS else PER_100_WORDS) * words
