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
    rng = random.Random(seed)
    slots = list(quiz.slots)
    if quiz.shuffle_questions:
        rng.shuffle(slots)
    layout: dict[str, Any] = {"slots": [s.id for s in slots], "choices": {}, "items": {}, "rights": {}}
    for slot in slots:
        fixed = get_type(slot.question.type).lay_out(slot.question, rng, quiz.shuffle_choices)
        if fixed is not None:
            section, entries = fixed
            layout.setdefault(section, {})[str(slot.id)] = entries
    return layout
