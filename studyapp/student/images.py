"""The student's route that serves a question's image: only one of a question they are shown."""
from __future__ import annotations

from flask import abort
from flask_login import current_user

from studyapp.services import media as media_service
from studyapp.student import bp
from studyapp.web import image_response


@bp.get("/images/<string(length=64):digest>.<any(png, jpg, gif, webp):suffix>")
def show_image(digest: str, suffix: str):
    """An image on a question of the student's attempts or study cards, else 404 (never a hint that it exists)."""
    media = media_service.find_media(digest)
    if media is None or not media_service.student_may_see(digest, current_user):
        abort(404)
    return image_response(media)
