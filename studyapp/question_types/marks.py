"""Marks: the partial credit and per-answer feedback a question carries beyond its key (Moodle's answer fractions).

A question's `marks` is a list of `{"answer", "fraction", "feedback", "tolerance"}`: an answer (a typed text, a
choice or a number; `*` matches anything), the fraction of the points it earns (-1 to 1; negative marks only
where Moodle has them, multiple choice and multiple response), the feedback a student sees after choosing or
typing it, and for numbers the tolerance around it. The key itself still earns full marks; a mark adds partial
credit or feedback. The question types grade with these helpers; the formats read and write them.
"""
from __future__ import annotations

import math
from typing import Any

from studyapp.limits import COUNT, TEXT
from studyapp.translatable import N_, Grouped

ANY = "*"  # Moodle's catch-all answer (short answer and numerical)


def mark(answer: Any, fraction: float, feedback: str = "", tolerance: float | None = None) -> dict[str, Any]:
    """One mark in the stored shape (fraction rounded as Moodle stores it, to 7 places)."""
    entry = {"answer": answer, "fraction": round(float(fraction), 7), "feedback": feedback or ""}
    if tolerance:  # none and zero are the same: the number itself
        entry["tolerance"] = tolerance
    return entry


def marks_problem(marks: Any) -> str | None:
    """What is wrong with a bank file's `marks`, or None (absent is fine)."""
    if marks is None:
        return None
    if not isinstance(marks, list) or len(marks) > COUNT["marks"]:
        return N_("'marks' must be a list of at most %(max)s entries.", max=COUNT["marks"])
    for n, entry in enumerate(marks, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("answer"), (str, int, float)) \
                or isinstance(entry.get("answer"), bool):
            return N_("mark %(number)s needs an 'answer' (text or number).", number=n)
        fraction = entry.get("fraction")
        if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) or not math.isfinite(fraction) \
                or not -1 <= fraction <= 1:
            return N_("mark %(number)s: the fraction must be a number from -1 to 1.", number=n)
        if not isinstance(entry.get("feedback", ""), str) or len(entry.get("feedback", "")) > TEXT["feedback"]:
            return N_("mark %(number)s: the feedback must be text of at most %(max)s characters.", number=n,
                      max=Grouped(TEXT["feedback"]))
        if len(str(entry["answer"])) > TEXT["answer"]:
            return N_("mark %(number)s: the answer has more than %(max)s characters.", number=n, max=Grouped(TEXT["answer"]))
        tolerance = entry.get("tolerance")
        if tolerance is not None and (isinstance(tolerance, bool) or not isinstance(tolerance, (int, float))
                                      or not math.isfinite(tolerance) or tolerance < 0):
            return N_("mark %(number)s: the tolerance must be a number, zero or more.", number=n)
    return None


def marks_of(key_or_question) -> tuple[dict[str, Any], ...]:
    """The marks of a grading Key, a Question model or a bank-file question dict, as a tuple."""
    marks = key_or_question.get("marks") if isinstance(key_or_question, dict) else getattr(key_or_question, "marks", None)
    return tuple(m for m in marks or () if isinstance(m, dict))


def fraction_text(entry: dict[str, Any]) -> str:
    """A mark's fraction as Moodle's percentage (50, -33.33333, 100)."""
    from studyapp.formats.common import number_text  # formats import the types, not the reverse

    return number_text(round(entry["fraction"] * 100, 5)).removesuffix(".0")


def best(matching: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Of the marks an answer matches, the one worth most (Moodle takes the first; the most is kinder and stable)."""
    return max(matching, key=lambda m: m["fraction"]) if matching else None


def feedback_lines(entries: list[dict[str, Any] | None]) -> list[str]:
    """The non-empty feedback of the given marks, in order, once each."""
    return list(dict.fromkeys(e["feedback"] for e in entries if e and e.get("feedback")))


def marks_beyond(answers: list[tuple[Any, float, str]], key: list[Any]) -> list[dict[str, Any]]:
    """Marks for the (answer, fraction, feedback) a file gives that the key alone does not say: an answer outside
    the key worth something (or costing something), and any answer with feedback."""
    out = []
    for answer, fraction, feedback in answers:
        in_key = answer in key
        if feedback or (not in_key and fraction != 0) or (in_key and fraction < 1):
            out.append(mark(answer, 1.0 if in_key and fraction >= 1 else fraction, feedback))
    return out[:COUNT["marks"]]


def mark_for(question: dict[str, Any], answer: Any) -> dict[str, Any] | None:
    """The mark of a bank-file question for `answer` (exported beside that answer), or None."""
    return next((m for m in marks_of(question) if m["answer"] == answer), None)
