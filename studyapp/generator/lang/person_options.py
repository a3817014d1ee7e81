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


def aliases(answer: str, base: str, lang, before: str, after: str, alone: dict[str, int] | None = None) -> list[str]:
    """What else a typed multi-word name is marked right for: its last word (the surname) unless that is a
    `fragment`, the first name when the document writes it alone (`alone`: "Маши", "Машу" for "Маша Миронова"),
    or, when the last word is a
    patronymic, the first name in the answer's case ("Кенесарының" for "Кенесары Қасымұлының": a reader fixed
    an item whose only alias was the patronymic), and the patronymic too when written bare: Kazakhs use it as the surname (Дулатұлы, read p)."""
    last = answer.split()[-1]
    if REGION.match(answer):
        return []  # "Орталық Қазақстанның": the last word alone is a larger place, no surname
    if not PATRONYMIC_END.search(last) or len(answer.split()) < 2:
        return [*_first_name(answer, alone or {}), *([] if fragment(last, lang, after) else [last])]
    first = lang.agree(base.split()[0], answer, base, before, after=after) if base else None
    surname = last if base and fold(last) == fold(base.split()[-1]) else None  # Дулатұлы, not "Дулатұлының"
    return list(dict.fromkeys(n for n in (first, answer.split()[0], surname) if n))


ROMAN = re.compile(r"[IVXLC]+")
# a part of the world named by a direction or a size before a place ("Орталық Қазақстан", "Средняя Азия")
REGION = re.compile(r"(?:Орталық|Солтүстік|Оңтүстік|Батыс|Шығыс|Кіші|Үлкен|Жоғарғы|Төменгі|Центральн|Северн|Южн|Западн|"
                    r"Восточн|Средн|Малая|Малой|Большая|Большой|Верхн|Нижн)\w*\s+\S", re.I)


def fragment(word: str, lang, after: str = "") -> bool:
    """(rukk9) A last word that is no name alone: a ruler's numeral ("II" of "Екатерина II") or, in Russian, an
    adjective before the common noun it goes with ("Казанской" of "село Бездна Казанской губернии"; not Пожарский)."""
    if ROMAN.fullmatch(word):
        return True
    noun = re.match(r"\s+([а-яё]+)", after)
    if lang.code != "ru" or not noun:
        return False
    from studyapp.generator.lang.ru_morph import analyses

    return analyses(word.lower())[0].tag.POS == "ADJF" and analyses(noun.group(1))[0].tag.POS == "NOUN"


CAPITAL = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?![\w-])(?!\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def written_alone(texts: list[str]) -> dict[str, int]:
    """How often the document writes each capitalised word with no capitalised word after it (a name used alone)."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in CAPITAL.finditer(text):
            counts[fold(m.group())] = counts.get(fold(m.group()), 0) + 1
    return counts


def _alone(word: str, alone: dict[str, int]) -> int:
    """How often any form of the word (its letters less the last, up to three more) is written alone."""
    stem = fold(word)[:-1]
    return sum(n for w, n in alone.items() if w.startswith(stem) and len(w) <= len(stem) + 3)


def _first_name(answer: str, alone: dict[str, int]) -> list[str]:
    """A person's first name, when the document calls them by it alone twice or more and no less often than by
    the surname alone ("Маши", "Машу" for "Маша Миронова"; not "Дмитрия", another Dmitry, for Пожарский)."""
    words = answer.split()
    if not alone or len(words) != 2 or len(words[0]) < 3 or ROMAN.fullmatch(words[1]):
        return []
    first = _alone(words[0], alone)
    return [words[0]] if first >= 2 and first >= _alone(words[1], alone) else []
