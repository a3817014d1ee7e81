"""A figure a sentence gives by arithmetic: one home for the English stages and the Russian/Kazakh layer."""
from __future__ import annotations


def made_of_two(key: float, others: list[float], tolerance: float, percent: bool = False) -> bool:
    """`key` is, within `tolerance` of its size, the sum, difference, product or quotient of two of `others` (with
    `percent`, also a per-cent share of one of them: 13 600 × 0,76): a pupil works it out from the stem."""
    near = lambda v: abs(v - key) <= tolerance * max(abs(key), 1)  # noqa: E731
    return any(near(v) for i, a in enumerate(others) for b in others[i + 1:]
               for v in (a + b, abs(a - b), a * b, a / b if b else -1, b / a if a else -1)
               + ((a * b / 100,) if percent else ()))
