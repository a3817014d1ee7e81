"""Images in questions: storing bytes once per content hash, adding and removing a question's image, carrying images
through bank dicts (imports, exports, copies), who may see an image, and deleting the bytes no question shows."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from studyapp.db import db, utcnow
from studyapp.errors import ValidationError
from studyapp.image_types import (
    ALT_TOO_LONG, NO_ALT, PROMPT, choice_index, content_hash, entry_bytes, image_entry, image_problem, sniff_image,
)
from studyapp.limits import TEXT, too_long
from studyapp.models import (
    Assignment, Attempt, Enrolment, MediaFile, Question, QuestionImage, Quiz, QuizSlot, StudyCard, User,
)
from studyapp.services.history import record
from studyapp.translatable import N_

PRUNE_GRACE = timedelta(days=1)  # unused bytes younger than this stay: an upload or import may be about to use them


def store_media(data: bytes) -> MediaFile:
    """The stored file holding these bytes, added if new (the same bytes are kept once). ValidationError (field
    "image") when they are not an image StudyApp takes: too large, not PNG/JPEG/GIF/WebP, SVG or HTML."""
    problem = image_problem(data)
    if problem:
        raise ValidationError(problem, field="image")
    digest = content_hash(bytes(data))
    media = db.session.get(MediaFile, digest)
    if media is None:
        media = MediaFile(hash=digest, mime=sniff_image(data), size=len(data), data=bytes(data))
        db.session.add(media)
    else:  # stored again: young again, so prune_media leaves it to the question about to show it
        media.created_at = utcnow()
    db.session.flush()
    return media


def prune_media(*, now: datetime, grace: timedelta = PRUNE_GRACE) -> tuple[int, int]:
    """Delete the stored images no question shows any more (an edit replaced or removed them, their question or
    bank was deleted, an import was undone) that were stored before `now - grace`; how many went and their bytes.
    Old attempts show the question as it is now, so nothing else needs them. The caller commits."""
    unused = sa.and_(MediaFile.created_at < now - grace,
                     ~sa.exists().where(QuestionImage.media_hash == MediaFile.hash))
    gone = db.session.execute(sa.delete(MediaFile).where(unused).returning(MediaFile.size)).scalars().all()
    return len(gone), sum(gone)


def find_media(digest: str) -> MediaFile | None:
    """The stored file with that hash, or None."""
    return db.session.get(MediaFile, digest) if len(digest) == 64 else None


def set_question_image(question: Question, data: bytes, *, alt: str, name: str = "", place: str = PROMPT,
                       actor: User, now: datetime) -> QuestionImage:
    """Show this image at the question's prompt (or a choice), replacing the one there; the alt text is required.
    Recorded in the question's history. The caller commits."""
    from studyapp.services.questions import check_can_change

    check_can_change([question], actor)
    alt = " ".join((alt or "").split())
    if not alt:
        raise ValidationError(NO_ALT, field="alt")
    if too_long("alt", alt):
        raise ValidationError(ALT_TOO_LONG, field="alt")
    _check_place(question, place)
    media = store_media(data)
    old = question.image_at(place)
    if old is not None:
        question.images.remove(old)
        db.session.flush()
    image = QuestionImage(place=place, media=media, alt=alt, name=(name or "")[:TEXT["image_name"]])
    question.images.append(image)
    question.updated_at = now
    record(question, "edited", actor=actor, now=now, changes={"image": [old.alt if old else "", alt]})
    db.session.flush()
    return image


def remove_question_image(question: Question, *, place: str = PROMPT, actor: User, now: datetime) -> bool:
    """Take the image off the prompt (or a choice); False when there was none. The stored bytes stay (other
    questions and copies may show them) until prune_media finds none does. The caller commits."""
    from studyapp.services.questions import check_can_change

    check_can_change([question], actor)
    old = question.image_at(place)
    if old is None:
        return False
    question.images.remove(old)
    question.updated_at = now
    record(question, "edited", actor=actor, now=now, changes={"image": [old.alt, ""]})
    db.session.flush()
    return True


def _check_place(question: Question, place: str) -> None:
    """Refuse a place that is neither the prompt nor one of the choices of a type that shows choice images."""
    from studyapp.question_types import get_type

    index = choice_index(place)
    if place != PROMPT and (index is None or index >= len(question.choices or [])
                            or not get_type(question.type).shows_choice_images):
        raise ValidationError(N_("An image goes with the prompt or one of the choices."), field="image")


def prune_choice_images(question: Question, *, actor: User, now: datetime) -> bool:
    """Take off the images of choices the question no longer has (after an edit removed them); True if any."""
    count = len(question.choices or [])
    gone = [i for i in question.images if i.place != PROMPT and (choice_index(i.place) or 0) >= count]
    for image in gone:
        remove_question_image(question, place=image.place, actor=actor, now=now)
    return bool(gone)


def image_entries(question: Question) -> list[dict[str, Any]]:
    """The question's images as bank-dict entries (the bytes as base64), prompt first."""
    ordered = sorted(question.images, key=lambda i: (i.place != PROMPT, i.place))
    return [image_entry(i.media.data, alt=i.alt, name=i.name or f"{i.media_hash[:16]}.{i.suffix}", place=i.place)
            for i in ordered]


def attach_entries(question: Question, entries: list[dict[str, Any]] | None) -> None:
    """Give a question being stored from a checked bank dict the images of its `images` entries."""
    for entry in entries or []:
        media = store_media(entry_bytes(entry))
        question.images.append(QuestionImage(place=entry.get("place") or PROMPT, media=media,
                                             alt=entry.get("alt") or "", name=entry.get("name") or ""))


def copy_images(source: Question, target: Question) -> None:
    """The images of `source` on `target` too (same stored bytes: a copied bank adds no bytes)."""
    for image in source.images:
        target.images.append(QuestionImage(place=image.place, media_hash=image.media_hash,
                                           alt=image.alt, name=image.name))


def teacher_may_see(digest: str, teacher: User) -> bool:
    """True when some question the teacher may read (their banks, course packs, their quizzes) shows the image."""
    from studyapp.services.banks import can_view_question

    questions = db.session.scalars(sa.select(Question).join(QuestionImage, QuestionImage.question_id == Question.id)
                                   .where(QuestionImage.media_hash == digest))
    return any(can_view_question(q, teacher) for q in questions)


def student_may_see(digest: str, student: User) -> bool:
    """True when the image is on a question the student is shown: in a quiz they have an attempt at (their
    class's assignment, or their own practice, not archived, while they are in the class), or on a study card."""
    with_image = sa.select(QuestionImage.question_id).where(QuestionImage.media_hash == digest)
    in_attempt = (
        sa.select(Attempt.id).join(Assignment, Assignment.id == Attempt.assignment_id)
        .join(Quiz, Quiz.id == Assignment.quiz_id).join(QuizSlot, QuizSlot.quiz_id == Quiz.id)
        .join(Enrolment, sa.and_(Enrolment.classroom_id == Assignment.classroom_id,
                                 Enrolment.student_id == student.id))
        .where(Attempt.student_id == student.id, Assignment.archived_at.is_(None),
               sa.or_(Assignment.practice_for_id.is_(None), Assignment.practice_for_id == student.id),
               QuizSlot.question_id.in_(with_image)).limit(1))
    if db.session.scalar(in_attempt) is not None:
        return True
    on_card = sa.select(StudyCard.id).where(StudyCard.student_id == student.id,
                                            StudyCard.question_id.in_(with_image)).limit(1)
    return db.session.scalar(on_card) is not None
