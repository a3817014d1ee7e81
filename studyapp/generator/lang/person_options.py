"""Person options of one kind and one format for Russian and Kazakh questions (after the 2026-11-29h blind read).

A reader dropped "_____ хан" offered with a literary scholar among khans, and fixed who-said options that mixed
surnames with a full name ("Жақыпов / Әбенов / Айгерім Сейітова") or offered one person twice in two genders
("Касымов" beside "Динара Касымова"). So: a blank before a title (хан, сұлтан, батыр, султан) offers only names
the document writes with that title; a person the document quotes (a speaker, a commentator) is no option for
one it does not; and options are shown the way the answer is (a surname answer gets surnames), one per person.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.blanks import stem_key
from studyapp.text import fold

# a person's full name whose last word is a surname by its ending (Динара Касымова, Серік Әбдірахманов)
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|ұлы|қызы|ov|ev|in|ova|eva|ina|uly|ūly|qyzy)$", re.I)
# a title right after a name: "Кенесары хан", "Барақ ханның", "хан Тохтамыш" is not one (the title goes after)
# a title after a person (Жәнібек хан) or the kind noun after a name (Ақпан төңкерісі, Ұлт кеңесі, Крымской войне,
# Қарағанды облысы): an option is a name the document writes with the same word (no person among councils)
TITLE_AFTER = re.compile(r"^\s+(хан|сұлтан|султан|батыр|би|khan|sūltan|batyr|кеңес|төңкеріс|империя|облыс|өзен|"
                         r"соғыс|совет|революци|импери|област|войн|ханств)(?:\w{0,4})(?!\w)", re.I)


def title_after(text: str, end: int) -> str:
    """The title written right after the name ending at `end` (its first three letters, lower case), or ''."""
    m = TITLE_AFTER.match(text[end:])
    return fold(m.group(1))[:3] if m else ""


def titled(texts: list[str], lang, names: dict[str, str]) -> dict[str, set[str]]:
    """For each title, the folded bases of the names a document writes with it."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for name in lang.names(text, names):
            title = title_after(text, name.end)
            if title:
                out.setdefault(title, set()).add(fold(name.base))
    return out


def voices_of(texts: list[str], lang, names: dict[str, str], pools) -> set[str]:
    """The folded names of the people a document quotes or reports: the first person named in a sentence that
    says what someone said or thinks (Әдебиеттанушы Серік Әбдірахманов … атап өтті; Эрдоган заявил …)."""
    out = set()
    for text in texts:
        if lang.speech(text) or lang.stance(text) in ("claim", "report"):
            first = next((n for n in lang.names(text, names) if pools.kind_of(n.base, lang) == "person"), None)
            out |= {fold(first.base)} if first else set()
    return out


def fits(option: str, key: str, title: str, titles: dict[str, set[str]], voices: set[str]) -> bool:
    """An option of the key's kind: written with the key's title when the blank has one, and a quoted voice only
    for a quoted voice."""
    if title and fold(option) not in titles.get(title, set()):
        return False
    return (fold(option) in voices) == (fold(key) in voices) or not voices


def shown_like(answer: str, options: list[str], same_count: bool = False) -> list[str]:
    """The options in the answer's format, one per person: when the answer is one word, a full name is shown as
    its surname (not "Тимурид Абу Саид": no surname to show); an option whose surname shares its stem with the answer's or an earlier option's (Касымов,
    Касымова) is left out. With `same_count` (a cloze's options) so is one of another number of words than the
    answer: a patronymic only on the key ("Кенесары Қасымұлының" among "Бөгенбайдың") or one multi-word name
    among single ones gives the key away."""
    seen = {stem_key(answer.split()[-1])}
    out = []
    for option in options:
        short = len(answer.split()) == 1 and len(option.split()) > 1 and SURNAME_END.search(option.split()[-1])
        shown = option.split()[-1] if short else option
        stem = stem_key(shown.split()[-1])
        if stem not in seen and (not same_count or len(shown.split()) == len(answer.split())):
            seen.add(stem)
            out.append(shown)
    return out


# a patronymic as the last word of a name (Кенесары Қасымұлының, Абай Құнанбайұлы, Нұрсұлтан Әбішұлы)
PATRONYMIC_END = re.compile(r"(?:ұлы|қызы|ūly|qyzy)\w{0,5}$", re.I)


def aliases(answer: str, base: str, lang, before: str, after: str) -> list[str]:
    """What else a typed multi-word name is marked right for: its last word (the surname), or, when that is a
    patronymic, the first name in the answer's case ("Кенесарының" for "Кенесары Қасымұлының": a reader fixed
    an item whose only alias was the patronymic), and the patronymic too when written bare: Kazakhs use it as the surname (Дулатұлы, read p)."""
    last = answer.split()[-1]
    if not PATRONYMIC_END.search(last) or len(answer.split()) < 2:
        return [last]
    first = lang.agree(base.split()[0], answer, base, before, after=after) if base else None
    surname = last if base and fold(last) == fold(base.split()[-1]) else None  # Дулатұлы, not "Дулатұлының"
    return list(dict.fromkeys(n for n in (first, answer.split()[0], surname) if n))
