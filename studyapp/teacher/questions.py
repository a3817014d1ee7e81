"""Teacher views for single questions: evidence in context, editing, review actions."""
from __future__ import annotations

from studyapp.teacher import bp  # noqa: F401
