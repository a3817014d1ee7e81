"""A question's images in the teacher's editor (add one to the prompt or a choice with alt text, change the
prompt's alt text, remove) and the teacher's route that serves images."""
from __future__ import annotations

from flask import abort, request
from flask_login import current_user

from studyapp.db import utcnow
from studyapp.errors import ValidationError
from studyapp.image_types import NO_ALT, PROMPT, image_problem
from studyapp.models import Question
from studyapp.services import media as media_service
from studyapp.teacher import bp
from studyapp.web import image_response


def uploaded_image() -> tuple[bytes, str] | None:
    """The bytes and file name of the editor's image upload, or None when no file was chosen."""
    upload = request.files.get("image")
    if upload is None or not upload.filename:
        return None
    return upload.read(), upload.filename


def check_image_fields(form, upload: tuple[bytes, str] | None) -> None:
    """Refuse a bad file or a missing alt text before anything is saved (ValidationError names the field)."""
    if upload is None:
        return
    problem = image_problem(upload[0])
    if problem:
        raise ValidationError(problem, field="image")
    if not (form.image_alt.data or "").strip():
        raise ValidationError(NO_ALT, field="alt")


def apply_image(question: Question, form, upload: tuple[bytes, str] | None) -> bool:
    """Add or replace an image (at the prompt or a choice), re-describe the prompt's, remove the ticked ones, and
    drop those of choices the edit removed, as the editor asks; True when any image changed."""
    now, place = utcnow(), form.image_place.data or PROMPT
    changed = media_service.prune_choice_images(question, actor=current_user, now=now)
    for ticked in request.form.getlist("remove_image"):
        if upload is None or ticked != place:
            changed = media_service.remove_question_image(question, place=ticked, actor=current_user, now=now) \
                or changed
    if upload is not None:
        media_service.set_question_image(question, upload[0], alt=form.image_alt.data or "", name=upload[1],
                                         place=place, actor=current_user, now=now)
        return True
    current = question.image_at()
    alt = " ".join((form.image_alt.data or "").split())
    if place == PROMPT and current is not None and alt and alt != current.alt:
        media_service.set_question_image(question, current.media.data, alt=alt, name=current.name,
                                         actor=current_user, now=now)
        return True
    return changed


@bp.get("/images/<string(length=64):digest>.<any(png, jpg, gif, webp):suffix>")
def show_image(digest: str, suffix: str):
    """An image of a question the teacher may read (their banks, course packs, their quizzes), else 404."""
    media = media_service.find_media(digest)
    if media is None or not media_service.teacher_may_see(digest, current_user):
        abort(404)
    return image_response(media)
