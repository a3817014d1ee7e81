"""When a student may see which answers were right: the quiz's feedback mode read against the assignment's state."""
from __future__ import annotations

from datetime import datetime

from studyapp.models import Attempt, FeedbackMode, Quiz
from studyapp.services.assignment_state import is_closed


def is_final(quiz: Quiz) -> bool:
    """True when each answer is checked, and fixed, as it is given: feedback after each question."""
    return quiz.feedback_mode == FeedbackMode.IMMEDIATE


def may_show_feedback(attempt: Attempt, *, now: datetime) -> bool:
    """True when the student may see right answers, explanations and evidence of `attempt` at `now`.

    After each question: as each answer is checked. After submitting: once this attempt is submitted. After the
    due date: once the assignment is closed for everyone, the due date and its grace passed and no classmate with
    extra time still answering (the same closing that frees a graded quiz for practice, `services/locks.py`).
    """
    mode = attempt.assignment.quiz.feedback_mode
    if not attempt.is_finished:
        return mode == FeedbackMode.IMMEDIATE
    if mode == FeedbackMode.AFTER_DUE:
        return is_closed(attempt.assignment, now=now)
    return True
