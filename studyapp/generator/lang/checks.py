"""The gate for a question in Russian or Kazakh: the language-neutral checks of checks.py (verbatim quote in its
paragraph, key inside its quote, sound choices, no answer or distractor in the stem), without the English ones
(pronouns, "the X", Cyrillic left over in an English stem)."""
from __future__ import annotations

import re

from studyapp.generator.checks import family_in_stem
from studyapp.generator.lang.common import PRONOUNS
from studyapp.limits import question_problem
from studyapp.text import fold

SPAN_TYPES = ("multiple_choice", "cloze", "short_answer", "numeric")


def _words(text: str) -> str:
    """The folded words of a text, space-separated and padded, for whole-word search."""
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


def check_other_language(q: dict, ctx) -> list[str]:
    """Every reason a non-English question fails the gate."""
    reasons = []
    prompt, qtype, answer = q.get("prompt", ""), q.get("type"), q.get("answer")
    src = q.get("source") or {}
    if not prompt.strip() or len(prompt) > 300:
        reasons.append("stem empty or over 300 characters")
    if prompt[:1].islower():
        reasons.append("fragment")
    over = question_problem(q)
    if over:
        reasons.append(f"over the editor's limit: {over[1]}")
    words = _words(prompt)
    if qtype in SPAN_TYPES and q.get("kind") == "fact" and len(fold(str(answer))) >= 2 and \
            _words(str(answer)) in words:
        reasons.append("answer visible in the stem")
    if qtype in SPAN_TYPES and q.get("kind") == "fact" and family_in_stem(prompt, answer):
        reasons.append("the answer's word family in the stem")
    if qtype in SPAN_TYPES and str(answer).lower() in PRONOUNS:
        reasons.append("a pronoun blanked")  # "_____ — … ірі құм төбе" keyed "Бұл": no content (read v15)
    if re.search(r"°\s*_____", prompt):
        reasons.append("a unit symbol blanked")  # "+40 °_____ дейін": the C of °C, with its case ending (read v)
    if re.search(r"[^\W_]_____|_____[^\W_]", prompt):
        reasons.append("a blank splits a word")  # "на 3_____" for "3D-принтере" (rukk16): a token cut in two
    if re.search(r"[=×·*/+−^]\s*_____|_____\s*[=×·*/+−^]|\(\s*_____\s*[+−-]\s*\w", prompt):
        reasons.append("a blank inside a formula")  # "S = P × (_____ + r)ⁿ": a constant of the formula (read w)
    quote = src.get("quote", "")
    paras = ctx.paragraphs.get(src.get("id"), [])
    if len(quote) < 20 or not (1 <= (src.get("paragraph") or 0) <= len(paras)
                               and quote in paras[src["paragraph"] - 1]):
        reasons.append("quote not in the cited paragraph")
    keys = [str(answer), *(q.get("aliases") or [])]  # the key, or a form of it the pupil may type, up to letter case
    if q.get("kind") == "fact" and qtype in SPAN_TYPES and not any(k in quote or fold(k) in fold(quote) for k in keys):
        reasons.append("answer not in its quote")
    if qtype == "multiple_choice":
        choices = [str(c) for c in q.get("choices") or []]
        labels = all(_words(c) in words for c in choices)
        if len(choices) < 3 or len({fold(c) for c in choices}) != len(choices) or answer not in choices:
            reasons.append("bad choices")
        elif not labels and any(fold(c) != fold(str(answer)) and len(fold(c)) >= 4
                                and _words(c) in words for c in choices):
            reasons.append("a distractor stands in the prompt")
    return reasons
