"""A figure a sentence gives by arithmetic: one home for the English stages and the Russian/Kazakh layer.

A pupil fills such a blank from the stem without reading the text: the sum, difference, product or quotient of two
other figures (`made_of_two`), the per-cent share a count "240 of 286" makes (`share_of`) or the whole a share of a
count gives (`whole_of`), the share the sentence's other shares leave of 100 (`complement`), one of two
alternatives ("20 or 21 March", "в 1822 или 1823 году": `one_of_two`), a member of a plain series ("21, 22 and
23 March", "50, 100 и 200 г": `in_series`) and the count of a list the sentence then spells out ("three kinds: A,
B and C": `counts_list`)."""
from __future__ import annotations

import re


def made_of_two(key: float, others: list[float], tolerance: float, percent: bool = False) -> bool:
    """`key` is, within `tolerance` of its size, the sum, difference, product or quotient of two of `others` (with
    `percent`, also a per-cent share of one of them: 13 600 × 0,76): a pupil works it out from the stem."""
    near = lambda v: abs(v - key) <= tolerance * max(abs(key), 1)  # noqa: E731
    return any(near(v) for i, a in enumerate(others) for b in others[i + 1:]
               for v in (a + b, abs(a - b), a * b, a / b if b else -1, b / a if a else -1)
               + ((a * b / 100,) if percent else ()))


def share_of(key: float, others: list[float], half_unit: float = 0.5) -> bool:
    """`key`, a percentage, is one of `others` as a per-cent of another, rounded as the key is written (240 of 286
    is 84 %; `half_unit` is half the key's last digit): the stem gives the part and the whole."""
    return any(0 < a < b and abs(100 * a / b - key) <= half_unit + 1e-9 for a in others for b in others)


def whole_of(key: float, others: list[float], shares: list[float]) -> bool:
    """`key` is the whole that a count of the sentence is a stated per-cent of (240 pupils, 84 %: 286 asked)."""
    return any(s and abs(100 * o / s - key) <= 0.01 * max(abs(key), 1) for o in others for s in shares if o != s)


def complement(key: float, shares: list[float]) -> bool:
    """`key`, a percentage, is what the sentence's other shares leave of 100 ("62 % at home, and 38 % in a bank")."""
    return bool(shares) and abs(100 - sum(shares) - key) <= 0.01 * max(abs(key), 1)


# two figures joined by "or" ("20 немесе 21 наурызда", "в 1822 или 1823 году", "in 1822 or 1823"); a short
# ending may follow the first ("20-сы немесе 21-і")
OR = r"(?:или|либо|немесе|әлде|or)"
OR_BEFORE = re.compile(rf"\d(?:-?[^\W\d_]{{1,3}})?\s+{OR}\s+$", re.I)
OR_AFTER = re.compile(rf"^(?:-?[^\W\d_]{{1,3}})?\s+{OR}\s+\d", re.I)


def one_of_two(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is one of two alternatives the sentence offers: the other one stands beside
    it, and the question asks which of two right answers the text wrote first."""
    return bool(OR_BEFORE.search(text[:start]) or OR_AFTER.match(text[end:]))


def in_series(found: list[tuple[int, int, float]], start: int) -> bool:
    """The figure starting at `start` (in `found`: start, end and value of each figure of the sentence, in order)
    is a member of a run of three close figures (at most 25 characters apart) with one step or one ratio of 2 or
    10 ("_____, 22 және 23 наурыз": 21; "50, 100 и _____ г": 200): the other two give it."""
    at = next((i for i, f in enumerate(found) if f[0] == start), None)
    if at is None:
        return False
    for i in range(max(0, at - 2), min(at, len(found) - 3) + 1):
        run = found[i:i + 3]
        if any(b[0] - a[1] > 25 for a, b in zip(run, run[1:])):
            continue
        x, y, z = (f[2] for f in run)
        if y - x == z - y != 0 or x > 0 and y > 0 and y / x == z / y in (2, 10):  # "x = 2 … x = 0": no ratio
            return True
    return False


LIST_JOIN = re.compile(r"\s*[,;]\s*|\s+(?:и|а также|және|мен|пен|бен|and)\s+", re.I)


def counts_list(key: float, tail: str) -> bool:
    """`key` counts the items of the list that follows a colon after it ("_____ түрі бар: жылуөткізгіштік,
    конвекция және сәуле шығару": үш): a pupil counts them."""
    if ":" not in tail:
        return False
    items = [i for i in LIST_JOIN.split(re.split(r"[.!?]", tail.split(":", 1)[1])[0]) if i.strip()]
    return len(items) >= 2 and len(items) == key
