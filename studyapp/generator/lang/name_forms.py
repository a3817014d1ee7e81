"""What else a pupil may type for a Russian name or word blanked in an oblique case (round rukk15, reads t and v15).

Readers fixed good items whose key was a name in the sentence's case with no plain form accepted: "при Касым-хане"
(Касым, Касым-хан), "императрицу Екатерину II" (Екатерина II, Екатерина Вторая, Екатерину), "дочь капитана, Марью
Ивановну" (Марья Ивановна, Маша, Машу; not the patronymic "Ивановну" alone), "учёный Эратосфен Киренский" (Эратосфен:
an epithet the text never writes alone is no name of its own). The nominative is made word by word from the
dictionary's name reading; a pet name (Маша) only when the document writes it.
"""
from __future__ import annotations

import re

from studyapp.text import fold

ROMAN = re.compile(r"[IVX]+")
ORDINALS = {"I": "первый", "II": "второй", "III": "третий", "IV": "четвёртый", "V": "пятый", "VI": "шестой",
            "VII": "седьмой", "VIII": "восьмой"}
TITLED = re.compile(r"^([А-ЯЁ][а-яё]+)-(хан|бек|би|батыр|шах|паша)[а-яё]*$")
PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ичн|овн|евн)[а-яё]*$", re.I)
# a full first name and the pet name a text of literature calls the same person by
PET = {"мария": "маша", "марья": "маша", "александр": "саша", "александра": "саша", "екатерина": "катя",
       "иван": "ваня", "пётр": "петя", "петр": "петя", "алексей": "алёша", "дмитрий": "митя", "николай": "коля",
       "михаил": "миша", "анна": "аня", "елена": "лена", "наталья": "наташа", "татьяна": "таня", "софья": "соня",
       "евгений": "женя", "владимир": "володя", "сергей": "серёжа", "павел": "паша", "ольга": "оля", "ирина": "ира"}


def _parse(word: str, gender: str = ""):
    """The dictionary's reading of a word as a first name, patronymic or surname (of `gender`, when given), else its
    first reading."""
    from studyapp.generator.lang.ru_morph import analyses

    found = analyses(word.lower())
    return next((p for p in found if {"Name", "Patr", "Surn"} & set(p.tag.grammemes) and
                 (not gender or p.tag.gender == gender)), found[0])


def _readings(word: str):
    """The dictionary's readings of a word."""
    from studyapp.generator.lang.ru_morph import analyses

    return analyses(word.lower())


def _cap(word: str) -> str:
    """The word with a capital first letter."""
    return word[:1].upper() + word[1:]


def _nominative(word: str, gender: str, text: str, cases: set[str] = frozenset()) -> str:
    """The word in the nominative (a surname in the gender of the first name) when the dictionary knows the word or
    the document writes that form (Керею: Керей; not a guess, Зурину: Зурина), or when the first name's case
    (`cases`) tells it (Эдварда Эриксена: Эриксен; read v15 had accepted «Эдвард Эриксена»); else as written."""
    from studyapp.generator.lang.ru_morph import analyses, morph

    parse = _parse(word, gender)
    if ROMAN.fullmatch(word) or "-" in word or parse.tag.case == "nomn" and not cases - {"nomn"}:
        return word  # Дешт-и-Кипчака: a compound keeps its capitals as written
    form = parse.inflect({"nomn", gender} if gender and "Surn" in parse.tag.grammemes else {"nomn"})
    plain = _cap(form.word) if form else word
    known = morph().word_is_known(word.lower()) or re.search(rf"(?<![\w-]){re.escape(plain)}(?![\w-])", text)
    if not known and cases - {"nomn"}:
        guess = next((p for p in analyses(word.lower()) if p.tag.case in cases and p.tag.number == "sing"
                      and (not gender or p.tag.gender == gender)), None)
        form = guess.inflect({"nomn"}) if guess else None
        return _cap(form.word) if form else word
    return plain if known else word


def _like(word: str, model: str, case: str = "") -> str:
    """`word` (a dictionary form) in the case (or `case`) and gender of the name `model`, capitalised; "" for none."""
    from studyapp.generator.lang.ru_morph import analyses

    tag = _parse(model).tag
    form = analyses(word)[0].inflect({g for g in (case or tag.case, tag.gender, "sing") if g})
    return _cap(form.word) if form else ""


def russian(answer: str, text: str) -> list[str]:
    """The other typed forms of a Russian name key (`answer`, as the sentence writes it) of the document `text`."""
    words, out = answer.split(), []
    titled = TITLED.match(answer)
    if titled:
        return [f"{titled.group(1)}-{titled.group(2)}", titled.group(1)]
    if not words or not all(w[:1].isupper() for w in words):
        return []
    if len(words) == 1 and "Name" in _parse(answer).tag.grammemes:  # Маша: Маша Миронова, as the text writes it
        plain = _nominative(answer, "", text)
        out += [m.group() for m in re.finditer(rf"(?<![\w-]){re.escape(plain)}\s+[А-ЯЁ][а-яё]+(?:ов|ев|ин|ий|ая|ова|ева|ина)\b",
                                               text)]
    first, last = words[0], words[-1]
    gender = _parse(first).tag.gender or ""
    cases = {p.tag.case for p in _readings(first) if "Name" in p.tag.grammemes} if len(words) > 1 else set()
    out.append(" ".join([_nominative(first, gender, text)] + [_nominative(w, gender, text, cases) for w in words[1:]]))
    if len(words) == 2 and (ROMAN.fullmatch(last) or PATRONYMIC.search(last)):
        out += [first, _nominative(first, gender, text)]  # Екатерину, Екатерина; Марью, Марья
        if last in ORDINALS:  # Екатерина Вторая, Екатерину Вторую
            out += [f"{_nominative(first, gender, text)} {_like(ORDINALS[last], first, 'nomn')}", f"{first} {_like(ORDINALS[last], first)}"]
    pet = PET.get(fold(_nominative(first, gender, text)))
    if pet and re.search(rf"(?<![\w-]){_cap(pet[:-1])}[аеиоуюяё]\w{{0,2}}(?![\w-])", text.replace("ё", "е")):
        out += [_cap(pet), _like(pet, first)]  # Маша, Машу
    if len(words) == 2 and not PATRONYMIC.search(last) and _alone(first, text) and not _alone(last, text, True):
        out.append(first)  # "Эратосфен Киренский": the epithet is never written alone, the name is
    return [o for o in dict.fromkeys(out) if o and o != answer]


def _alone(word: str, text: str, as_last: bool = False) -> bool:
    """The text writes a form of the word (its letters less the last two) alone: with no capitalised word after it,
    or, `as_last`, none before it."""
    stem = re.escape(word[:max(3, len(word) - 2)])
    for m in re.finditer(rf"(?<![\w-]){stem}[\w-]*", text):
        if not (re.search(r"[А-ЯЁ][\w-]*\s+$", text[:m.start()]) if as_last else re.match(r"\s+[А-ЯЁ]", text[m.end():])):
            return True
    return False


def patronymic_alone(alias: str) -> bool:
    """A patronymic typed alone ("Ивановну"): no name a pupil would give."""
    return len(alias.split()) == 1 and PATRONYMIC.search(alias) is not None and not TITLED.match(alias)


def term_nominative(answer: str) -> list[str]:
    """The nominative of a one-word common key in an oblique case, in its number (аммонификацией: аммонификация,
    меркитами: меркиты), when the dictionary knows the word: grading takes it through the lemma already, and the
    teacher reviewing the bank sees it (read v15 fixed three such keys for want of it)."""
    if " " in answer or not answer.isalpha() or not answer.islower():
        return []
    readings = _readings(answer)
    if readings[0].is_known:
        readings = readings[:1]
    forms = set()
    for reading in readings:  # a word the dictionary does not know: every guess must agree (денитрификацией)
        if reading.tag.POS != "NOUN" or reading.tag.case in (None, "nomn"):
            return []
        form = reading.inflect({"nomn", reading.tag.number} if reading.tag.number else {"nomn"})
        forms.add(form.word if form else "")
    return list(forms) if len(forms) == 1 and "" not in forms and answer not in forms else []


def extend(found, text: str) -> None:
    """A typed Russian blank: a name's plain forms (none the prompt shows) or a word's nominative added to what it
    accepts, a bare patronymic taken off."""
    if found.type == "cloze" and found.answer_kind != "name":
        found.aliases += [f for f in term_nominative(str(found.answer)) if f not in found.aliases]
    if found.type != "cloze" or found.answer_kind != "name":
        return
    prompt = fold(found.prompt)
    kept = [a for a in found.aliases if not patronymic_alone(a)]
    found.aliases = kept + [f for f in russian(str(found.answer), text) if f not in kept and fold(f) not in prompt]
