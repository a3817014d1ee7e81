"""What teachers do in the browser: classes, rosters, banks, questions, quizzes, assignments and scores."""
from __future__ import annotations

from flask import Blueprint

from studyapp.teacher.access import require_teacher

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
bp.before_request(require_teacher)


def init_app(app) -> None:
    """Import the feature modules (they add routes to `bp`) and register the blueprint."""
    from studyapp.teacher import (  # noqa: F401
        archived, assignments, bank_files, banks, classes, documents, flashcards, gradebook, marking, question_images,
        questions,
        quizzes,
    )

    app.register_blueprint(bp)
