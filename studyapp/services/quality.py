"""Quality warnings a reviewer sees beside a question: cheap checks that need no generator."""
from __future__ import annotations

import re

from studyapp.text import fold
from studyapp.translatable import N_

LEFTOVER = re.compile(r"https?://|www\.|\[\d+\]|\^\d+|\(\d+\)\s*$")
PRONOUN_START = re.compile(r"^(he|she|it|they|this|these|those|his|her|its|their)\b", re.IGNORECASE)
WARNINGS = {
    "answer_in_stem": N_("The answer appears in the question"),
    "long_stem": N_("The question is over 300 characters"),
    "leftover": N_("Leftover link or footnote marker"),
    "no_evidence": N_("No evidence quote"),
    "answer_not_in_quote": N_("The answer is not in its evidence quote"),
    "dangling_pronoun": N_("Starts with a pronoun that may lack an antecedent"),
    "duplicate_choices": N_("Two choices are the same"),
    "reader_comment": N_("Evidence is a reader's comment"),
}


def question_warnings(q) -> list[str]:
    """Codes (keys of WARNINGS) of the problems found in a Question."""
    found = []
    prompt, answer = q.prompt or "", q.answer
    answer_text = answer if isinstance(answer, str) else ""
    if q.type in ("multiple_choice", "cloze", "short_answer") and len(fold(answer_text)) > 2 \
            and _in(answer_text, prompt) and not _names_every_option(q, prompt):
        found.append("answer_in_stem")
    if len(prompt) > 300:
        found.append("long_stem")
    if LEFTOVER.search(prompt) or any(LEFTOVER.search(c or "") for c in q.choices or []):
        found.append("leftover")
    if not (q.quote or "").strip():
        found.append("no_evidence")
    elif q.kind == "fact" and q.type in ("multiple_choice", "cloze", "short_answer", "numeric") and answer_text \
            and fold(answer_text) not in fold(q.quote):
        found.append("answer_not_in_quote")
    if PRONOUN_START.match(prompt.strip()):
        found.append("dangling_pronoun")
    if q.choices and len({fold(c) for c in q.choices}) != len(q.choices):
        found.append("duplicate_choices")
    if re.search(r"reader'?s? comment", q.quote or "", re.IGNORECASE):
        found.append("reader_comment")
    return found


def _in(text: str, prompt: str) -> bool:
    """`text` stands in `prompt` as whole words, case and accents aside."""
    return re.search(r"\b" + re.escape(fold(text)) + r"\b", fold(prompt)) is not None


def _names_every_option(q, prompt: str) -> bool:
    """A stem that names all its options ("Is this a fact, an opinion or a reported claim?", «Что это — факт, мнение
    автора или мнение другого человека?») shows its key as one of them, not as the answer: no warning (every
    fact/opinion item of the bank carried one)."""
    choices = [c for c in (q.choices or []) if isinstance(c, str) and c.strip()]
    return q.type == "multiple_choice" and len(choices) >= 2 and all(_in(c, prompt) for c in choices)
