"""Which word of a Russian or Kazakh sentence may be an open (typed) blank, and which words a fixed phrase holds.

The 2026-11-29h blind read kept 25 of 28 Russian multiple-choice clozes but only 13 of 32 typed ones: a pupil who
understood writes "энергию солнца" for "энергию света", "движущая сила" for "движущая причина". A typed blank is
fair only on a word nobody can rephrase: a name, a number, a term the text itself defines ("Фотосинтез — это …",
"… деп аталады"), or a rare term (`Language.term_weight` 0: a word pymorphy3's Russian dictionary does not know; in
a Kazakh text a borrowed term of science: хлорофилл, хлоропластар). Any other word is asked with options when the
document repeats it (`forms.Pools.repeated`); a sentence nothing else asks gets options for a word named once
(`forms.cloze(widen=True)`), and only when there are none a typed usual word, the last resort that keeps every
sentence of the dev texts asked (`generate.questions_for`). Options drawn for every word from any same-form word
were measured nonsense (a reverted round); these come from the document's repeated nouns under the same rules.

A fixed phrase is no blank either: a pair the document writes twice or more in the same words ("тасу мен қайту":
either half gives the other; lifted only for the last resort), a noun after a Roman numeral ("XV ғасырдағы": the
numeral is the fact), and "other" and the class noun after it ("басқа да тілдерге", "и другие языки").
"""
from __future__ import annotations

import re

from studyapp.text import fold

from studyapp.generator.lang import furniture

# a definition: "X — (это) …" opening the sentence, "X деп аталады", "… называется X": X is a term of the text
DASH_DEFINITION = re.compile(r"^([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s+[—–-]\s+")
NAMED = re.compile(r"([^\W\d_][\w-]*)»?\s+(?:деп|dep)\s+ata(?:l|[iy]d)|([^\W\d_][\w-]*)»?\s+деп\s+ата(?:л|й[дт])|"
                   r"называ(?:ется|ются|ют|ли|лись)\s+«?([^\W\d_][\w-]*)", re.I)
# "X мен Y", "X и Y", "X және Y": a pair of words joined by "and"
PAIR = re.compile(r"(?<!\w)([^\W\d_][\w-]*)\s+(?:мен|пен|бен|және|и|men|pen|ben|jäne)\s+([^\W\d_][\w-]*)(?!\w)")
ROMAN_BEFORE = re.compile(r"(?<![\w-])[IVXLC]+\s+$")
# "басқа да тілдерге", "и другие языки": "other" and the class noun after it, which any reader completes
OTHER = r"басқа|өзге|basqa|özge|други[еимх]|других|прочи[еимх]|прочих"
OTHER_BEFORE = re.compile(rf"(?<!\w)(?:{OTHER})(?:\s+(?:да|де|da|de))?\s+$", re.I)


def defined_terms(texts: list[str], lang) -> set[str]:
    """The term bases a document defines: the subject of "X — …" (Фотосинтез — это …, Жасуша — …, Дыбыс
    дегеніміз — …) and the word named by "деп аталады" / "называется". A subject of two words defines the phrase,
    not its halves ("Ауыл адамдары — …" defines no "ауыл": "аңғал _____ баласы" was a set phrase to readers)."""
    out: set[str] = set()
    for text in texts:
        subject = [m.group(1).split() for m in [DASH_DEFINITION.match(text)] if m]
        found = [w[0] for w in subject if len([x for x in w if not furniture.filler(x)]) == 1]
        found += [w for m in NAMED.finditer(text) for w in m.groups() if w]
        out |= {b for words in found for b in (lang.term_form(w.lower()) for w in re.findall(r"[^\W\d_][\w-]*", words))
                if b}
    return out


def open_term(word: str, base: str, after: str, defined: set[str], lang) -> bool:
    """A term that may be typed: the document defines it (`defined_terms`), or it is rare (`Language.term_weight`
    0: no synonym to type instead). A word the document repeats is asked with options (`forms.Pools.repeated`) or
    not at all: typed, "В _____ растений", "опыт международных _____" (матчей, соревнований) were no better; nor is
    any word of a definition ("ең _____ тағамдарының бірі": танымал, белгілі)."""
    return base in defined or lang.term_weight(word, base, after=after) == 0


def last_typed(last, lang, text: str, start: int, end: int, base: str, stats, named: bool, unit=None) -> bool:
    """A usual word may be typed as the last resort (`forms.cloze(last=…)`) where its context admits one word
    (`Language.open_usual`; `last == "any"`: a sentence defining a term) and only when it is the document's own
    term: one it defines (`defined_terms`) or one the sentence names or affirms (`point`, `named`), or in a sentence
    on what the document is about (`central`), which would go unasked otherwise. Read r kept 2 of 11 typed gaps on
    other common words (аңғал _____ баласы, почтовой _____, успех, тексты); a word the document merely repeats was
    no better (рассказчик, антилопы, книгам)."""
    if not (last == "any" or lang.open_usual(text[:start], text[end:], text[start:end], base)):
        return False
    return base in stats.defined or named or central(text, stats, unit)


def central(text: str, stats, unit=None) -> bool:
    """The sentence is on what the document is about: its subject is the text's main figure (`DocStats.main`; "Он"
    standing for them, `Unit.lead`), or it defines the term its title names ("Тасу және қайту — …" under that
    title), or, in a text without a title or titled by that one word ("ВОЛГА", rukk17), it writes the term the
    text opens by defining."""
    lead = unit.lead if unit is not None else None
    subject = lead[1] if lead and text.startswith(lead[0] + " ") else text
    first = re.match(r"[^\W\d_][\w-]*", subject)
    if first and any(fold(first.group()) == key.split()[-1] or fold(first.group()) == key for key in stats.main):
        return True
    defined = DASH_DEFINITION.match(text)
    first = next((p.text for p in unit.doc.paragraphs if p.text.strip() != unit.doc.title.strip()), "") if unit else ""
    opening = DASH_DEFINITION.match(first)
    keys = {fold(w)[:5] for w in re.findall(r"[^\W\d_][\w-]*", opening.group(1)) if len(w) >= 4} if opening else set()
    if opening and (not stats.title or len(stats.title) == 1 and stats.title <= keys):  # untitled, or titled by the term
        return any(fold(w)[:5] in keys for w in re.findall(r"[^\W\d_][\w-]*", text) if len(w) >= 4)
    return defined is not None and bool(stats.title) and all(
        fold(w)[:5] in stats.title for w in re.findall(r"[^\W\d_][\w-]*", defined.group(1)) if len(w) >= 4)


def term_pool(base: str, defined: set[str], repeated: list[str]) -> list[str]:
    """The options of a term: for one the document defines, its other defined terms first (a sentence naming a
    term, "… называют _____", is asked as "what is X" with the document's other terms as options, the form read r
    kept), then the words it repeats; for any other term the repeated words (`forms.Pools.repeated`)."""
    return [*sorted(defined - {base}), *repeated] if base in defined else repeated


def equated(texts: list[str], lang) -> dict[str, set[str]]:
    """Terms the text gives as one thing ("очагом, или гипоцентром", "эпицентр (центр)"): never each other's wrong option."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in EQUATED.finditer(text):
            a, b = (lang.term_form(w.lower()) for w in m.groups())
            if a and b:
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return out


EQUATED = re.compile(r"([^\W\d_][\w-]*)(?:,\s+(?:или|яғни|немесе)\s+|\s+\()([^\W\d_][\w-]*)")


def fixed_pairs(texts: list[str], lang) -> set[str]:
    """The term bases of the "X мен Y" pairs a document writes twice or more in the same words."""
    seen: dict[tuple[str, str], int] = {}
    for text in texts:
        for m in PAIR.finditer(text):
            pair = (lang.term_form(m.group(1)) or m.group(1).lower(), lang.term_form(m.group(2)) or m.group(2).lower())
            seen[pair] = seen.get(pair, 0) + 1
    return {w for pair, n in seen.items() if n >= 2 for w in pair}


def fixed(text: str, start: int, end: int, base: str, pairs: set[str]) -> bool:
    """The word at `start:end` (term base `base`) belongs to a fixed phrase: half of a pair the document repeats (a
    sentence with nothing else to ask passes no `pairs`), a noun after a Roman numeral, or one after "other"."""
    return base in pairs or bool(ROMAN_BEFORE.search(text[:start]) or OTHER_BEFORE.search(text[:start])) or \
        re.fullmatch(OTHER, text[start:end], re.I) is not None

