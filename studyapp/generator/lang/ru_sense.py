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


def open_usual(before: str, after: str) -> bool:
    """A usual word may be typed in this context: not after "в / на" (a time or a place), not before a genitive
    noun it heads (a measure of it), not last in its sentence right after a verb (nothing tells who)."""
    if PLACE_OR_TIME.search(before):
        return False
    following = re.match(r"\s*([^\W\d_]+)", after)
    head = analyses(following.group(1))[0].tag if following and following.group(1)[:1].islower() else None
    if head is not None and head.POS == "NOUN" and head.case == "gent":
        return False
    last_word = re.search(r"([^\W\d_]+)\s*$", before)
    return not (re.match(r"\s*[.!?»]*\s*$", after) and last_word and
                analyses(last_word.group(1).lower())[0].tag.POS in ("VERB", "INFN"))
