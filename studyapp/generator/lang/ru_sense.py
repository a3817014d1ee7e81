"""Which Russian term options are of the key's sense class, and in which context a usual word may be typed.

The 2026-11-29j blind read dropped or fixed items whose options made no phrase the document could have written
("врожденной стрелой" for "врожденной склонностью", "осмысление земли силы"): an option a pupil rules out by sense.
Without word senses, pymorphy3's tags give a class: the part of speech, animacy (a person for a person), the tags of
a proper noun (Geox, Name, Surn, Patr, Orgn, Abbr) and whether the lemma is an abstract noun by its suffix
(склонность, концепция, осмысление: a quality or an action, never a thing). An option of another class is none;
a key pymorphy3 does not know has no class, so no options at all (it is typed, a rare term).

A usual word typed as the last resort (`forms.cloze(last=True)`) was right for the reader only where its context
admits one kind of word: after "в / на" a time fits as well as a place ("Финал начнётся в _____": воскресенье,
Ташкенте); a noun heading a genitive names a measure of it, and any measure fits ("_____ воды поднялся": уровень,
чистота, прозрачность); a subject after its verb at the sentence's end has nothing after it to tell it ("чем
ожидали _____": инженеры, учёные, экологи).
"""
from __future__ import annotations

import re

from studyapp.generator.lang.ru_morph import analyses

PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})
ABSTRACT = re.compile(r"(?:ость|есть|ние|тие|ция|сия|изм|ство|ота)$")
PLACE_OR_TIME = re.compile(r"(?<!\w)(?:в|во|на)\s+$", re.I)


def sense_class(word: str, base: str = "") -> tuple | None:
    """The class of a word (the parse whose lemma is `base` when given): part of speech, animacy, proper-noun tags
    and abstractness; None for a word the dictionary does not know."""
    parses = [p for p in analyses(word.lower()) if p.is_known]
    parses = [p for p in parses if base and p.normal_form == base.lower()] or parses
    if not parses:
        return None
    tag = parses[0].tag
    abstract = tag.POS == "NOUN" and bool(ABSTRACT.search(parses[0].normal_form))
    return tag.POS, tag.animacy, frozenset(PROPER & set(tag.grammemes)), abstract


def same_sense(option: str, key: str, key_base: str = "") -> bool:
    """The option (a term base) is of the key's class; never when the key has none."""
    mine = sense_class(key, key_base)
    return mine is not None and sense_class(option, option) == mine


def open_usual(before: str, after: str, word: str = "", stem: str = "") -> bool:
    """A usual word may be typed in this context: not after "в / на" (a time or a place), not before a genitive
    noun it heads (a measure of it), not a genitive right after the noun it qualifies (of anything: "Хозяйки
    _____", "фактором _____", "опыт международных _____"), not last in its sentence right after a verb."""
    if PLACE_OR_TIME.search(before) or word and genitive_of_noun(before, word) and not subject_of(word, after):
        return False
    following = re.match(r"\s*([^\W\d_]+)", after)
    head = analyses(following.group(1))[0].tag if following and following.group(1)[:1].islower() else None
    if head is not None and head.POS == "NOUN" and head.case == "gent":
        return False
    last_word = re.search(r"([^\W\d_]+)\s*$", before)
    return not (re.match(r"\s*[.!?»]*\s*$", after) and last_word and
                analyses(last_word.group(1).lower())[0].tag.POS in ("VERB", "INFN"))


def genitive_of_noun(before: str, word: str) -> bool:
    """The word may be a genitive and the noun it would qualify stands right before it ("хозяйки площадки",
    "фактором победы", "производства снарядов"): a pupil who understood writes another noun the head
    takes ("хозяйки турнира", "фактором успеха"). A noun with an adjective between ("аристотелевской космологии")
    is left: the adjective narrows it."""
    if not any(p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" for p in analyses(word.lower())):
        return False
    words = re.findall(r"[^\W\d_]+", before[-60:])
    if not words or not re.search(r"[^\W\d_]\s+$", before):
        return False
    if len(words) >= 2 and f"{words[-2]} {words[-1]}".lower() in COMPOUND_PREPOSITIONS:
        return False  # "в случае падения": a preposition made of a noun heads nothing
    tag = _tag(words[-1])
    return tag is not None and tag.POS == "NOUN" and not PROPER & set(tag.grammemes)


def subject_of(word: str, after: str) -> bool:
    """The word, read as a genitive, is rather a person noun in the nominative that the verb right after it agrees
    with ("Во второй партии казахстанки сделали …", "В финале школьники решили …"): the subject, a fine blank. An
    word that may name a thing stays a genitive ("Хозяйки площадки вели": the head is the subject)."""
    following = re.match(r"\s*([^\W\d_]+)", after)
    verb = _tag(following.group(1)) if following else None
    if verb is None or verb.POS != "VERB" or verb.number is None:
        return False
    known = [p for p in analyses(word.lower()) if p.is_known]
    return bool(known) and all(p.tag.animacy == "anim" for p in known) and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == verb.number for p in known)


# prepositions made of a preposition and a noun: the noun heads no genitive of its own
COMPOUND_PREPOSITIONS = frozenset({"в случае", "в результате", "в течение", "в ходе", "в качестве", "в виде",
                                   "в целях", "в области", "в сфере", "в отличие", "с помощью", "при помощи",
                                   "в связи", "в роли", "в пределах", "по причине", "за счёт", "за счет"})


def _tag(word: str):
    """The first known parse's tag of a word, or None."""
    known = [p for p in analyses(word.lower()) if p.is_known]
    return known[0].tag if known else None
