"""An attempt's layout: the order of its slots, choices, ordering items and matching options, fixed at start."""
from __future__ import annotations

import random
from typing import Any


def choices_of(question) -> list[str]:
    """The options of a choice question."""
    return list(question.choices or (["True", "False"] if question.type == "true_false" else []))


def build_layout(quiz, *, seed: int) -> dict:
    """Fix an attempt's order once: slots, choices, ordering items and matching options (shuffled by seed)."""
    rng = random.Random(seed)
    slots = list(quiz.slots)
    if quiz.shuffle_questions:
        rng.shuffle(slots)
    layout: dict[str, Any] = {"slots": [s.id for s in slots], "choices": {}, "items": {}, "rights": {}}
    for slot in slots:
        q = slot.question
        key = str(slot.id)
        if q.type == "multiple_choice":
            choices = choices_of(q)
            if quiz.shuffle_choices:
                rng.shuffle(choices)
            layout["choices"][key] = choices
        elif q.type == "ordering":
            items = [str(x) for x in q.answer]
            # Uniform over every order, the right one included: ruling it out would make guessing pay
            # (two items: "swap them" would always be right).
            rng.shuffle(items)
            layout["items"][key] = items
        elif q.type == "matching":
            rights = sorted({str(r) for _l, r in q.answer})
            rng.shuffle(rights)
            layout["rights"][key] = rights
    return layout
