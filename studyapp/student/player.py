"""The quiz player: each attempt's slots as the page shows them, and reading answers from a form.

The question type (studyapp.question_types) decides how an answer is shown and read from a form.
Every type reads plain form fields, so answering works without JavaScript.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studyapp.question_types import get_type
from studyapp.services.layout import build_layout


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
    view = SlotView(slot_id=slot_id, question=question, number=number, slot=slot, raw=raw)
    get_type(question.type).show(view, question, layout or {}, raw)
    return view


def read_answer(view: SlotView, form) -> Any:
    """The raw answer to one slot from form data (None when left blank); ValidationError when unreadable."""
    return get_type(view.question.type).read(view, form)
