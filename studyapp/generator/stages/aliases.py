"""Merging spellings of one entity: surnames, initials, typos, acronyms and 'also known as' names."""
from __future__ import annotations

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Entity


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance, stopping early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def merge_entities(entities: dict[str, Entity], acronyms: dict[str, str]) -> dict[str, str]:
    """Map every entity key to the key of the entity it is another spelling of (surname, typo, acronym)."""
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

    persons = [e for e in entities.values() if e.kind == "person" and len(e.key.split()) > 1]
    by_last: dict[str, list[str]] = {}
    for e in persons:
        by_last.setdefault(e.key.split()[-1], []).append(e.key)
    for e in sorted(persons, key=lambda x: (-sum(x.forms.values()), x.key)):
        for other in by_last.get(e.key.split()[-1], []):
            if other != e.key and (other.split()[0].rstrip(".") == e.key.split()[0][:1] or
                                   e.key.split()[0].rstrip(".") == other.split()[0][:1] or
                                   edit_distance(other, e.key, 2) <= 2):
                union(e.key, other)
    for short, long in sorted(acronyms.items()):
        if short in entities and long in entities:
            union(long, short)
    keys = sorted(entities)
    buckets: dict[tuple[str, int], list[str]] = {}
    for k in keys:
        if len(k) >= 6 and not lx.place(k):
            buckets.setdefault((k[0], len(k) // 3), []).append(k)
    for k in keys:
        if len(k) < 6:
            continue
        for bucket in {(k[0], len(k) // 3), (k[0], (len(k) - 1) // 3), (k[0], (len(k) + 1) // 3)}:
            for other in buckets.get(bucket, []):
                if other <= k or entities[other].kind != entities[k].kind and "name" not in (
                        entities[other].kind, entities[k].kind):
                    continue
                limit = 2 if min(len(k), len(other)) >= 9 else 1
                if edit_distance(k, other, limit) <= limit:
                    union(k, other)
    orgs = sorted(k for k, e in entities.items() if e.kind == "org" and len(k.split()) >= 2)
    for a, b in zip(orgs, orgs[1:]):
        if b.startswith(a + " "):
            union(b, a)  # 'Cooperation Council' cut short from 'Cooperation Council of ...'
    named = [e for e in entities.values() if e.kind in ("person", "name") and len(e.key.split()) > 1]
    by_last = {}
    for e in named:
        by_last.setdefault(e.key.split()[-1], set()).add(find(e.key))
    for e in sorted(entities.values(), key=lambda x: x.key):
        roots = by_last.get(e.key, set())
        if len(e.key.split()) == 1 and e.kind in ("name", "person") and len(roots) == 1 and not lx.place(e.key):
            union(next(iter(roots)), e.key)
    return {k: find(k) for k in entities}
