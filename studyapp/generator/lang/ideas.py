"""Main-idea questions for Russian and Kazakh documents (round rukk8): what a term means ("Что такое X?", "X
дегеніміз не?"), what a thing the text describes is called ("Как называют …?", "… қалай аталады?") and why
something happens ("Почему …?", "Неліктен …?").

The language-neutral core: a per-language pattern set (`ru_ideas.py`, `kk_ideas.py`) reads one sentence (and the
one before it, for "Поэтому …" / "Сондықтан …") into a `Definition` or a `Cause`; this module gathers a document's
definitions and causes and asks a unit that states one, with the same document's other meanings, terms or causes as
options. A form is asked only when the document has enough of its kind for options (3 meanings for "what is X", 2
other causes for "why"); a term question without two other terms is typed, graded through the term's lemma.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from studyapp.generator.lang.common import Language, Unit, candidate, sentences
from studyapp.generator.lang.formulas import chemical_aliases
from studyapp.generator.model import Candidate
from studyapp.text import fold

MIN_MEANINGS = 3  # "what is X" only in a document that defines at least this many terms
MIN_OTHER_CAUSES = 2  # "why" only with at least two other causes of the same document as options


@dataclass
class Definition:
    """A term a sentence defines or names."""

    term: str  # the term as the sentence writes it ("эпицентром", "конвекция")
    key: str  # the term in its dictionary form, the answer ("эпицентр")
    meaning: str = ""  # what the term is: a clean noun phrase, verbatim from the sentence ("" when none)
    ask: str = ""  # the question whose answer is the term ("Как называют точку …?"; "" when none)
    person: str = ""  # the grammatical gender of a person's name ("masc", "femn", "plur"; "" for a thing)
    called: bool = False  # a naming sentence ("… называется X"): asked by what it describes, its meaning an option


@dataclass
class Cause:
    """A cause a sentence (or the one before it) gives for an effect."""

    ask: str  # the question on the effect ("Почему стальной корабль не тонет?"; "" when the effect is no question)
    cause: str  # the cause as the text writes it, shown as an option (first letter capitalised)
    effect: str = ""  # the effect as the text writes it: an option for another "why" when causes are few


@dataclass
class Ideas:
    """A document's definitions and causes, by the sentence that states each."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    causes: dict[str, Cause] = field(default_factory=dict)


def patterns(lang: Language):
    """The pattern set of a language (None for one without: Latin-script Kazakh)."""
    if lang.code == "ru":
        from studyapp.generator.lang import ru_ideas

        return ru_ideas
    if lang.code == "kk" and re.search("[а-яә]", lang.templates.get("cloze", "")):
        from studyapp.generator.lang import kk_ideas

        return kk_ideas
    return None


def _sentences(unit: Unit, lang: Language) -> list[tuple[str, str]]:
    """The sentences a unit states, each with the one before it: a merged unit's two, or the whole sentence of a unit
    that opens it (a later clause of a long sentence states nothing new) with the paragraph's sentence before it."""
    if unit.merged:
        spans = [unit.text[a:b] for a, b in sentences(unit.text, lang)]
        return [(s, spans[i - 1] if i else "") for i, s in enumerate(spans)]
    return [(unit.sentence, _before(unit, lang))] if unit.sentence.startswith(unit.text[:30]) else []


def _before(unit: Unit, lang: Language) -> str:
    """The sentence just before the unit's in its paragraph ("" for the first)."""
    para = next((p.text for p in unit.doc.paragraphs if p.index == unit.paragraph), "")
    at = para.find(unit.sentence)
    spans = [para[a:b] for a, b in sentences(para, lang) if b <= at] if at > 0 else []
    return spans[-1] if spans and para[para.find(spans[-1]) + len(spans[-1]):at].strip() == "" else ""


def _quote(unit: Unit, before: str, ask: str) -> Unit:
    """The unit a question quotes: its whole sentence, with the sentence before it when the question shows that one."""
    if unit.merged or not before or not ask.startswith(before.strip()):
        return replace(unit, text=unit.text if unit.merged else unit.sentence)
    para = next(p.text for p in unit.doc.paragraphs if p.index == unit.paragraph)
    start = para.find(before)
    return replace(unit, text=para[start:para.find(unit.sentence, start) + len(unit.sentence)])


def gather(units: list[Unit], lang: Language) -> Ideas:
    """The document's definitions and causes, read by the language's pattern set."""
    found, p = Ideas(), patterns(lang)
    if p is None:
        return found
    for unit in units:
        for sentence, before in _sentences(unit, lang):
            if lang.speech(sentence) or sentence.rstrip().endswith("?"):
                continue  # someone's words, or the text's own question: no definition of the author's
            d = p.definition(sentence, before)
            if d is not None and not d.called and _proper(d.term, unit.doc.text):
                d = _as_name(d, p)
            if d is not None and not any(_who(d) == _who(e) for e in found.definitions.values()):
                found.definitions.setdefault(sentence, d)  # a term once, a person once ("Алексей Швабрин", "Швабрин")
            c = p.cause(sentence, before)
            if c is not None:
                found.causes.setdefault(sentence, c)
    return found


def _proper(term: str, text: str) -> bool:
    """The term's first word is a name: the text also writes it with a capital inside a sentence (Байконур)."""
    word = term.split()[0]
    cap = re.escape(word[:1].upper() + word[1:])
    return bool(word) and re.search(rf"(?:[^\W\d_][^\S\n]+|[,;:«(][^\S\n]*){cap}(?!\w)", text) is not None


def _as_name(d: Definition, p) -> Definition:
    """A definition of a name: its key keeps the capital; a name whose meaning's head is a person ("Скалозуб —
    полковник, …") is asked "Кто такой …?", not "Что такое …?" or by its description."""
    term = d.term[:1].upper() + d.term[1:]
    person = d.person or (p.animate(d.meaning) if hasattr(p, "animate") and d.meaning else "")
    return replace(d, term=term, key=term, person=person, ask="" if person else d.ask)


def _who(d: Definition) -> str:
    """A definition's key: a person's, the first five letters of their name's last word; a term's, the term."""
    return fold(d.term.split()[-1])[:5] if d.person else fold(d.key)


def _near(answer: str, pool: list[str], n: int = 3) -> list[str]:
    """Up to n pool items unlike the answer and each other, the closest in length first (a key twice as long as
    its options gives itself away); ties in the pool's order, so the pick is deterministic."""
    out: list[str] = []
    for item in sorted(pool, key=lambda s: abs(len(s) - len(answer))):
        if fold(item) != fold(answer) and all(fold(item) != fold(o) for o in out):
            out.append(item)
        if len(out) == n:
            break
    return out


def questions(unit: Unit, lang: Language, ideas: Ideas) -> list[Candidate]:
    """The main-idea questions of a unit (a definition first, then a cause), quoting its whole sentence."""
    out: list[Candidate] = []
    t = patterns(lang).TEMPLATES if patterns(lang) else {}
    for sentence, before in _sentences(unit, lang):
        d = ideas.definitions.get(sentence)
        whole = _quote(unit, before, d.ask if d is not None else "")
        # a person's options are other people's descriptions, a term's other terms' meanings
        meanings = [e.meaning for e in ideas.definitions.values() if e.meaning and bool(e.person) == bool(d and d.person)
                    and (not e.person or _who(e) != _who(d) or e is d)]
        if d is not None and d.person:  # "Старый слуга Гринёва" is no option for "Кто такой Пётр Гринёв?"
            names = {fold(w)[:5] for w in d.term.split() if len(w) >= 4}
            meanings = [m for m in meanings if m == d.meaning or not names & {fold(w)[:5] for w in m.split()}]
            if hasattr(patterns(lang), "animate"):  # options of the asked one's gender (read x: "Кто такая барыня?" had
                want = patterns(lang).animate(d.meaning) or d.person  # the key's own gender ("Тихоня — дочь")
                meanings = [m for m in meanings if m == d.meaning or patterns(lang).animate(m) == want]  # one feminine)
        if d is not None and d.meaning and not d.called and len(set(meanings)) >= MIN_MEANINGS:
            wrong = _near(d.meaning, [m for m in meanings if m != d.meaning])
            prompt = t["who"].format(term=d.term, such=t["such"][d.person]) if d.person else \
                t["what"].format(term=d.key)
            out.append(candidate(whole, lang, "define", "multiple_choice", prompt, _cap(d.meaning),
                                 [_cap(d.meaning), *map(_cap, wrong)], answer_kind="meaning"))
            out[-1].pending["term"] = d.key  # one glossary term asked once (`generate.asked_once`)
        elif d is not None and d.ask and not _titled(d.key, unit.doc.title):
            keys = dict.fromkeys(e.key for e in ideas.definitions.values() if bool(e.person) == bool(d.person))
            wrong = [k for k in keys if fold(k) != fold(d.key) and fold(k) not in fold(d.ask)][:3]  # terms only
            if len(wrong) >= 2:
                found = candidate(whole, lang, "name_term", "multiple_choice", d.ask, d.key, [d.key, *wrong],
                                  answer_kind="term")
            else:
                found = candidate(whole, lang, "name_term", "short_answer", d.ask, d.key, answer_kind="term")
            found.aliases = ([d.term] if fold(d.term) != fold(d.key) else []) + chemical_aliases(whole.text)  # O3
            out.append(found)
        c = ideas.causes.get(sentence)
        others = [x.cause for s, x in ideas.causes.items() if s != sentence and c is not None and
                  fold(x.cause) != fold(c.cause)]
        if c is not None and len(set(others)) < MIN_OTHER_CAUSES:  # few causes: other relations' effects, none the asked one's
            others += [x.effect for s, x in ideas.causes.items() if s != sentence and x.effect and
                       len(x.effect.split()) >= 3 and fold(x.effect) not in fold(c.ask)]
        if c is not None and c.ask and len({fold(o) for o in others}) >= MIN_OTHER_CAUSES:
            wrong = [_cap(w) for w in _near(c.cause, others)]
            out.append(candidate(whole, lang, "why", "multiple_choice", c.ask, _cap(c.cause),
                                 [_cap(c.cause), *wrong], answer_kind="cause"))
    return out


def _titled(term: str, title: str) -> bool:
    """Every word of the term stands in the document's title (by its first five letters): "Как называется …?"
    would be answered by reading the headline ("Школьники собрали метеостанцию")."""
    stems = {fold(w)[:5] for w in re.findall(r"[^\W\d_]+", title or "")}
    words = [fold(w)[:5] for w in re.findall(r"[^\W\d_]+", term) if len(w) >= 3]
    return bool(words) and all(w in stems for w in words)


def _cap(text: str) -> str:
    """An option as a pupil reads it: its first letter capitalised, no full stop."""
    text = text.strip().rstrip(".;")
    return text[:1].upper() + text[1:]
