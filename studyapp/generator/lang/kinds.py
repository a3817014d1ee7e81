"""The kind of each name in a language's documents (person, place, name), from the language's guess and the votes
of the contexts a name stands in, so a question's options are names of one kind. A country is a kind of its own
among places: a city offered beside countries (Павлодара among Кыргызстана, Казахстана) gives the key away, and
the country a city lies in is often true too."""
from __future__ import annotations

import re

from studyapp.generator.lang.common import Language, Unit
from studyapp.text import fold


def name_kinds(units: list[Unit], lang: Language, seen: dict[str, str], speakers: list[str]) -> dict[str, str]:
    """Each name's kind (person, place or name) across the documents: the language's guess where it is sure, else
    the votes of its contexts ("в Газиантепе": a place; "Джамуха поддерживал": a person). A speaker is a person,
    and so is a name that ends a person's full name ("Ибрагим Бакрауи" → "Бакрауи")."""
    votes: dict[str, dict[str, int]] = {}
    bases: dict[str, str] = {}
    for unit in units:
        for name in lang.names(unit.text, seen):
            key = fold(name.base)
            bases[key] = name.base
            cue = lang.kind_cue(unit.text[:name.start], name.surface, unit.text[name.end:])
            if cue:
                votes.setdefault(key, {}).setdefault(cue, 0)
                votes[key][cue] += 1
    for speaker in speakers:
        votes.setdefault(fold(speaker), {}).setdefault("person", 0)
        votes[fold(speaker)]["person"] += 2
    kinds: dict[str, str] = {}
    for key, base in sorted(bases.items()):
        guess = lang.name_kind(base)
        tally = votes.get(key, {})
        if guess == "name" and tally:
            guess = max(sorted(tally), key=lambda k: tally[k])
        kinds[key] = guess
    for key, base in sorted(bases.items()):  # the last word of a person's full name is a person
        if kinds[key] == "name" and any(kinds.get(fold(b)) == "person" and b.endswith(" " + base)
                                        for b in bases.values()):
            kinds[key] = "person"
    for key, base in sorted(bases.items()):
        if kinds[key] == "place" and COUNTRY.search(base.split()[-1]):
            kinds[key] = "country"
        elif ADJECTIVE_NAME.search(base):  # "Улытауской области" read as a name "Улытауска": no city to offer
            kinds[key] = "adjective"
    return kinds


# a country's name by its ending (Казахстан, Бельгия, Түркия, Нидерланды) or one of the few that end otherwise
COUNTRY = re.compile(r"(?:стан|ия|ланды|ланд|lands?|stan|iia)$|^(?:Китай|Қытай|Ресей|Иран|Ирак|Египет|Франция|"
                     r"Германия|США|АҚШ|Израиль)$", re.I)
ADJECTIVE_NAME = re.compile(r"[сц]к(?:а|ая|ий|ой|ое)$")
