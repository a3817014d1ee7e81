"""The quiz player: each attempt's layout (order of slots, choices, items) and reading answers per type.

The question type decides how an answer is shown and read from a form; grading lives in services.grading.
Every type reads plain form fields, so answering works without JavaScript.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from studyapp.errors import ValidationError
from studyapp.limits import TEXT, parse_id
from studyapp.services.layout import build_layout, choices_of


@dataclass
class SlotView:
    """What the template needs to show, and the form reader to read, one slot of an attempt."""

    slot_id: int
    question: Any  # the Question, or only its grading Key when saving one answer
    number: int = 0
    slot: Any = None  # the QuizSlot, when shown on a page
    choices: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    lefts: list[str] = field(default_factory=list)
    rights: list[str] = field(default_factory=list)
    raw: Any = None
    error: str = ""

    @property
    def name(self) -> str:
        """The form field (prefix) of this slot."""
        return f"slot_{self.slot_id}"


def slot_views(attempt, answers: dict) -> list[SlotView]:
    """The attempt's slots in its layout's order, with saved answers filled in."""
    quiz = attempt.assignment.quiz
    return preview_views(quiz, attempt.layout or build_layout(quiz, seed=attempt.id), answers)


def preview_views(quiz, layout: dict, answers: dict | None = None) -> list[SlotView]:
    """A quiz's approved slots in `layout` order, with `answers` (by slot id) filled in."""
    answers = answers or {}
    by_id = {s.id: s for s in quiz.slots}
    order = [by_id[i] for i in layout["slots"] if i in by_id] or list(by_id.values())
    order = [slot for slot in order if slot.question.status == "approved"]  # students see approved only
    views = []
    for number, slot in enumerate(order, start=1):
        saved = answers.get(slot.id)
        views.append(view_for(slot.id, slot.question, layout, saved.raw if saved else None, number=number, slot=slot))
    return views


def view_for(slot_id: int, question, layout: dict | None, raw: Any = None, *, number: int = 0,
             slot: Any = None) -> SlotView:
    """One slot as the attempt's layout shows it: its choices, items or options in their fixed order.

    `question` needs only type, choices and answer: a Question or a grading Key.
    """
    layout = layout or {}
    view, key = SlotView(slot_id=slot_id, question=question, number=number, slot=slot, raw=raw), str(slot_id)
    if question.type in ("multiple_choice", "true_false"):
        view.choices = layout.get("choices", {}).get(key) or choices_of(question)
    elif question.type == "ordering":
        view.items = list(raw) if isinstance(raw, list) else layout.get("items", {}).get(key, [])
    elif question.type == "matching":
        view.lefts = [str(left) for left, _r in question.answer]
        view.rights = layout.get("rights", {}).get(key) or sorted({str(r) for _l, r in question.answer})
    return view


def _read_choice(view: SlotView, form) -> Any:
    """One option by its text; anything else is refused."""
    value = form.get(view.name, "")
    if value and value not in view.choices:
        raise ValidationError("That choice is not one of the question's options.")
    return value or None


def _read_text(view: SlotView, form) -> Any:
    """Typed text, kept as typed (grading normalises), up to the length of the longest key."""
    value = form.get(view.name, "")
    return value[:TEXT["answer"]] if value.strip() else None


def _read_ordering(view: SlotView, form) -> Any:
    """Each item's text and chosen position -> the items in the student's order.

    Items travel by text, not by index, so a page whose items were reordered meanwhile still reads right.
    Items left as first shown are no answer unless "This order is my answer" is ticked (the shown order may
    be the right one); the quiz script ticks it when the student moves an item.
    """
    expected = sorted(view.items)
    positions = []
    for index in range(len(view.items)):
        item, value = form.get(f"{view.name}_item_{index}", ""), form.get(f"{view.name}_pos_{index}", "")
        position = parse_id(value)
        if position is None or not 1 <= position <= len(view.items):
            raise ValidationError(f"Give every item a position from 1 to {len(view.items)}.")
        positions.append((position, item))
    if sorted(item for _p, item in positions) != expected:
        raise ValidationError("The items of this question changed; reload the page.")
    if len({p for p, _item in positions}) != len(positions):
        raise ValidationError("Use each position once.")
    order = [item for _p, item in sorted(positions)]
    if order == view.items and view.raw is None and form.get(f"{view.name}_keep", "") != "1":
        return None  # left as first shown: not answered yet
    return order


def _read_matching(view: SlotView, form) -> Any:
    """One option chosen per left item -> {left: right}; unchosen items are left out."""
    chosen = {}
    for index, left in enumerate(view.lefts):
        value = form.get(f"{view.name}_{index}", "")
        if value and value not in view.rights:
            raise ValidationError("That match is not one of the options.")
        if value:
            chosen[left] = value
    return chosen or None


READERS: dict[str, Callable[[SlotView, Any], Any]] = {
    "multiple_choice": _read_choice,
    "true_false": _read_choice,
    "cloze": _read_text,
    "short_answer": _read_text,
    "numeric": _read_text,
    "ordering": _read_ordering,
    "matching": _read_matching,
}


def read_answer(view: SlotView, form) -> Any:
    """The raw answer to one slot from form data (None when left blank); ValidationError when unreadable."""
    return READERS[view.question.type](view, form)
