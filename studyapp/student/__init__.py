"""What students do: join classes, take quizzes, study flashcards, follow their progress."""
from __future__ import annotations

from flask import Blueprint

from studyapp.student.access import require_student

bp = Blueprint("student", __name__, url_prefix="/student")
bp.before_request(require_student)


def init_app(app) -> None:
    """Import the feature modules (they add routes to `bp`) and register the blueprint."""
    from studyapp.student import images, invitations, progress, quizzes, study  # noqa: F401

    app.register_blueprint(bp)
