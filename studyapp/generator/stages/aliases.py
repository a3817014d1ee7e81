"""Merging spellings of one entity: surnames, initials, typos, acronyms and 'also known as' names (the other names
a typed person answer accepts are `typed_names`)."""
from __future__ import annotations

import re

# Near spellings are compared with rapidfuzz's OSA distance: Damerau-Levenshtein where swapping two neighbouring
# letters is one edit (a typo), with a cutoff so that far-apart keys cost little.
from rapidfuzz.distance import OSA

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Entity, Mention


class NearIndex:
    """Keys by what is left of their first characters after deleting up to two of them.

    Two keys within edit distance 2 (substitutions, insertions, deletions, swaps) become one string after at most
    two deletions from each, so they share the first WINDOW characters of such a string: looking a key's
    signatures up finds every key that near, and few others, instead of comparing it with every key. A signature
    more than CROWDED keys share (only in texts made of dozens of near-identical names) is not looked up, and a
    key is checked against at most CHECKED others, so that no text makes this slow.
    """

    WINDOW = 10
    CROWDED = 16
    CHECKED = 8

    def __init__(self, keys=()):
        """An index of `keys`."""
        self.by_signature: dict[str, list[str]] = {}
        for key in keys:
            for signature in self.signatures(key):
                self.by_signature.setdefault(signature, []).append(key)

    @classmethod
    def signatures(cls, key: str) -> set[str]:
        """The first WINDOW characters of every string made by deleting at most two of the key's first WINDOW + 2."""
        head = key[:cls.WINDOW + 2]
        found = {head[:cls.WINDOW]}
        for i in range(len(head)):
            one = head[:i] + head[i + 1:]
            found.add(one[:cls.WINDOW])
            for j in range(i, len(one)):
                found.add((one[:j] + one[j + 1:])[:cls.WINDOW])
        return found

    def near(self, key: str) -> set[str]:
        """The indexed keys that may be within edit distance 2 of `key` (to be checked)."""
        found: set[str] = set()
        for signature in self.signatures(key):
            keys = self.by_signature.get(signature, ())
            if len(keys) <= self.CROWDED:
                found.update(keys)
        return found

    @classmethod
    def first(cls, keys) -> list[str]:
        """The keys to check, in alphabetical order: at most CHECKED."""
        return sorted(keys)[:cls.CHECKED]


def merge_entities(entities: dict[str, Entity], acronyms: dict[str, str]) -> dict[str, str]:
    """Map every entity key to the key of the entity it is another spelling of (surname, typo, acronym).

    Each key is compared only with the keys an index says may match, and not with those already merged with
    it, so the work grows with the number of entities, not with its square. Which key names a merged group
    depends on the order of the merges: every merge of a key with its matches keeps that key's group name, so
    the outer orders below are kept as they are.
    """
    parent = {k: k for k in entities}

    def find(k: str) -> str:
        """Union-find root."""
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        """Merge b's group into a's."""
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    _merge_people(entities, find, union)
    for short, long in sorted(acronyms.items()):
        if short in entities and long in entities:
            union(long, short)
    _merge_typos(entities, find, union)
    orgs = sorted(k for k, e in entities.items() if e.kind == "org" and len(k.split()) >= 2)
    for a, b in zip(orgs, orgs[1:]):
        if b.startswith(a + " "):
            union(b, a)  # 'Cooperation Council' cut short from 'Cooperation Council of ...'
    named = [e for e in entities.values() if e.kind in ("person", "name") and len(e.key.split()) > 1
             and e.key.split()[0].lower().rstrip(".") not in SAINT]  # "St John" names no John
    by_last: dict[str, set[str]] = {}
    for e in named:
        by_last.setdefault(e.key.split()[-1], set()).add(find(e.key))
    for e in sorted(entities.values(), key=lambda x: x.key):
        roots = by_last.get(e.key, set())
        if len(e.key.split()) == 1 and e.kind in ("name", "person") and len(roots) == 1 and not lx.place(e.key):
            union(next(iter(roots)), e.key)
    return {k: find(k) for k in entities}


def _merge_people(entities: dict[str, Entity], find, union) -> None:
    """People with one surname whose first names are an initial of each other or nearly the same spelling."""
    persons = [e for e in entities.values() if e.kind == "person" and len(e.key.split()) > 1]
    by_last: dict[str, list[str]] = {}
    by_first: dict[tuple[str, str], list[str]] = {}  # (surname, first name without dots)
    by_letter: dict[tuple[str, str], list[str]] = {}  # (surname, first letter)
    for e in persons:
        first, last = e.key.split()[0], e.key.split()[-1]
        by_last.setdefault(last, []).append(e.key)
        by_first.setdefault((last, first.rstrip(".")), []).append(e.key)
        by_letter.setdefault((last, first[:1]), []).append(e.key)
    near = {last: NearIndex(keys) for last, keys in by_last.items() if len(keys) > 1}  # alone: no one to match
    initials_done: set[tuple[str, str]] = set()
    for e in sorted(persons, key=lambda x: (-sum(x.forms.values()), x.key)):
        first, last = e.key.split()[0], e.key.split()[-1]
        found = set(by_first.get((last, first[:1]), ()))  # 'a. smith' for 'anna smith'
        if (last, first.rstrip(".")) not in initials_done:
            # 'anna smith', 'alan smith' for 'a. smith': all merged with the first initial, once is enough
            initials_done.add((last, first.rstrip(".")))
            found.update(by_letter.get((last, first.rstrip(".")), ()))
        root = find(e.key)
        unmerged = NearIndex.first(k for k in near[last].near(e.key) if find(k) != root) if last in near else []
        found.update(k for k in unmerged if OSA.distance(k, e.key, score_cutoff=2) <= 2)
        found.discard(e.key)
        for other in found:
            union(e.key, other)


def _merge_typos(entities: dict[str, Entity], find, union) -> None:
    """Names of six letters or more one or two edits apart ('Nazarbayev', 'Nazarbaev'), of compatible kinds."""
    keys = sorted(entities)
    members = [k for k in keys if len(k) >= 6 and not lx.place(k)]
    index = NearIndex(members)
    for k in keys:
        if len(k) < 6:
            continue
        classes = {len(k) // 3, (len(k) - 1) // 3, (len(k) + 1) // 3}
        kind = entities[k].kind
        # after k, the same first letter, a close length and a compatible kind, and not merged with it yet
        others = NearIndex.first(o for o in index.near(k) if o > k and o[0] == k[0] and len(o) // 3 in classes and (
            entities[o].kind == kind or "name" in (entities[o].kind, kind)) and find(o) != find(k))
        for other in others:
            limit = 2 if min(len(k), len(other)) >= 9 else 1
            if find(other) != find(k) and OSA.distance(k, other, score_cutoff=limit) <= limit \
                    and not _people_of(k, other):
                union(k, other)


def _people_of(a: str, b: str) -> bool:
    """One key is the other's people, not its misspelling: "east germany" and "east germans" (set 9: "East Germans"
    accepted for "communist rule in _____")."""
    return a[:-1] == b[:-1] and "s" in (a[-1], b[-1]) and "y" in (a[-1], b[-1])


# "St John" is one first name, not a first name and a surname: a bare "John" is someone else (read x)
SAINT = {"st", "saint"}


ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def own_acronym(text: str, m: Mention, ms: list[Mention]) -> int:
    """How far the name's own acronym in brackets runs after it ("the Eurasian Union of States (EAU)"), 0 for none or
    another's: a gap that leaves it shown gives the answer away, so the gap covers both."""
    after = ACRONYM_AFTER.match(text[m.end:])
    at = m.end + after.start(1) if after else -1
    return after.end() if after and any(o.start == at and o.key == m.key for o in ms) else 0
