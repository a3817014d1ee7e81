"""An attempt's layout: the order of its slots, choices, ordering items and matching options, fixed at start."""
from __future__ import annotations

import random
from typing import Any

from studyapp.question_types import get_type


def choices_of(question) -> list[str]:
    """The options of a choice question."""
    return get_type(question.type).choices_of(question)


def build_layout(quiz, *, seed: int) -> dict:
    """Fix an attempt's order once: slots, then each question type's own order (shuffled by seed)."""
    return lay_out_slots([(slot.id, slot.question) for slot in quiz.slots], seed=seed,
                         shuffle_questions=quiz.shuffle_questions, shuffle_choices=quiz.shuffle_choices)


def lay_out_slots(slots: list[tuple[int, Any]], *, seed: int, shuffle_questions: bool, shuffle_choices: bool) -> dict:
    """The layout of (slot id, question) pairs in quiz order; a question needs only type, choices and answer."""
    rng = random.Random(seed)
    slots = list(slots)
    if shuffle_questions:
        rng.shuffle(slots)
    layout: dict[str, Any] = {"slots": [slot_id for slot_id, _q in slots], "choices": {}, "items": {}, "rights": {}}
    for slot_id, question in slots:
        fixed = get_type(question.type).lay_out(question, rng, shuffle_choices)
        if fixed is not None:
            section, entries = fixed
            layout.setdefault(section, {})[str(slot_id)] = entries
    return layout
