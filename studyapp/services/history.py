"""A question's history: who changed what, and when."""
from __future__ import annotations

from datetime import datetime

from studyapp.db import db
from studyapp.models import Question, QuestionEvent, User


def record(question: Question, action: str, *, actor: User | None, now: datetime, changes: dict | None = None) -> None:
    """Append an entry to the question's history."""
    db.session.add(QuestionEvent(question=question, actor=actor, action=action, changes=changes, created_at=now))
