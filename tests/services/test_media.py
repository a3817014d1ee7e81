"""Images in questions: type sniffing, the size limit, SVG and HTML refused, storage deduplicated by content hash,
unused bytes pruned after a grace period."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import commit, make_bank, make_teacher
from image_support import GIF, HTML_AS_PNG, JPEG_HEAD, SVG, WEBP_HEAD, tiny_png

from studyapp.db import db, utcnow
from studyapp.errors import NotAllowedError, ValidationError
from studyapp.image_types import (
    NO_ALT, NOT_IMAGE, SVG_REFUSED, TOO_LARGE, entries_problem, image_entry, image_problem, sniff_image,
)
from studyapp.limits import IMAGE_BYTES
from studyapp.models import MediaFile, Question, QuestionImage
from studyapp.services import media


@pytest.mark.parametrize(("data", "mime"), [(tiny_png(), "image/png"), (JPEG_HEAD, "image/jpeg"), (GIF, "image/gif"),
                                            (WEBP_HEAD, "image/webp"), (SVG, None), (HTML_AS_PNG, None),
                                            (b"%PDF-1.7", None), (b"", None)])
def test_the_type_is_read_from_the_bytes_never_the_name(data, mime):
    assert sniff_image(data) == mime


def test_svg_html_other_files_oversized_and_empty_are_refused_with_their_reason():
    assert image_problem(SVG) == SVG_REFUSED
    assert image_problem(b"\xef\xbb\xbf  " + SVG) == SVG_REFUSED
    assert image_problem(HTML_AS_PNG) == SVG_REFUSED  # an HTML page named cat.png
    assert image_problem(b"%PDF-1.7 not a picture") == NOT_IMAGE
    assert image_problem(tiny_png() + b"\x00" * IMAGE_BYTES) == TOO_LARGE
    assert image_problem(b"") is not None
    assert image_problem(tiny_png()) is None
    padded = tiny_png() + b"\x00" * (IMAGE_BYTES - len(tiny_png()))  # exactly at the limit: taken
    assert image_problem(padded) is None


def test_bank_dict_entries_are_checked_place_alt_base64_and_bytes():
    question = {"choices": ["a", "b"], "images": [image_entry(tiny_png(), alt="A red square")]}
    assert entries_problem(question) is None
    assert "SVG" in entries_problem({"images": [image_entry(SVG, alt="x")]})
    assert "base64" in entries_problem({"images": [{"place": "prompt", "alt": "", "name": "", "data": "@@@"}]})
    assert "place" in entries_problem({"choices": ["a"], "images": [image_entry(tiny_png(), alt="", place="choice:3")]})
    assert "second" in entries_problem({"images": [image_entry(tiny_png(), alt=""), image_entry(GIF, alt="")]})
    assert entries_problem({"choices": ["a", "b"], "images": [image_entry(GIF, alt="", place="choice:1")]}) is None


@pytest.fixture
def question(app):
    teacher = make_teacher()
    make_bank(owner=teacher)
    commit()
    return db.session.scalar(db.select(Question).order_by(Question.id)), teacher


def test_the_same_bytes_are_stored_once_whoever_adds_them(question):
    q, teacher = question
    other = db.session.scalar(db.select(Question).where(Question.id != q.id).order_by(Question.id))
    media.set_question_image(q, tiny_png(), alt="A red square", name="red.png", actor=teacher, now=utcnow())
    media.set_question_image(other, tiny_png(), alt="The same square", name="copy.png", actor=teacher, now=utcnow())
    media.set_question_image(other, tiny_png((0, 0, 255)), alt="A blue square", actor=teacher, now=utcnow())
    commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(MediaFile)) == 2
    assert db.session.scalar(db.select(db.func.count()).select_from(QuestionImage)) == 2  # replaced, not added
    stored = db.session.get(MediaFile, q.image_at().media_hash)
    assert (stored.mime, stored.size, stored.data) == ("image/png", len(tiny_png()), tiny_png())
    assert other.image_at().alt == "A blue square"
    assert q.events[0].changes == {"image": ["", "A red square"]}


def test_alt_text_is_required_and_a_bad_file_changes_nothing(question):
    q, teacher = question
    with pytest.raises(ValidationError) as missing:
        media.set_question_image(q, tiny_png(), alt="   ", actor=teacher, now=utcnow())
    assert (str(missing.value), missing.value.field) == (NO_ALT, "alt")
    with pytest.raises(ValidationError) as svg:
        media.set_question_image(q, SVG, alt="A drawing", actor=teacher, now=utcnow())
    assert svg.value.field == "image"
    db.session.rollback()
    assert q.images == [] and db.session.scalar(db.select(db.func.count()).select_from(MediaFile)) == 0


def test_only_the_bank_owner_adds_or_removes_an_image(question):
    q, teacher = question
    stranger = make_teacher("other", "Olga Other")
    with pytest.raises(NotAllowedError):
        media.set_question_image(q, tiny_png(), alt="A square", actor=stranger, now=utcnow())
    media.set_question_image(q, tiny_png(), alt="A square", actor=teacher, now=utcnow())
    with pytest.raises(NotAllowedError):
        media.remove_question_image(q, actor=stranger, now=utcnow())
    assert media.remove_question_image(q, actor=teacher, now=utcnow()) is True
    assert media.remove_question_image(q, actor=teacher, now=utcnow()) is False
    commit()
    assert q.images == [] and db.session.scalar(db.select(db.func.count()).select_from(MediaFile)) == 1


def test_the_messages_state_the_limits_the_code_holds():
    from studyapp.image_types import ALT_TOO_LONG
    from studyapp.limits import TEXT

    assert f"at most {TEXT['alt']} characters" in ALT_TOO_LONG
    assert f"larger than {IMAGE_BYTES // (1024 * 1024)} MB" in TOO_LARGE


def test_a_too_long_alt_text_is_refused(question):
    q, teacher = question
    with pytest.raises(ValidationError) as long_alt:
        media.set_question_image(q, tiny_png(), alt="x" * 301, actor=teacher, now=utcnow())
    assert long_alt.value.field == "alt"


def _stored(data: bytes, days_ago: float) -> str:
    """Store the bytes as stored `days_ago` days ago; their hash."""
    stored = media.store_media(data)
    stored.created_at = utcnow() - timedelta(days=days_ago)
    db.session.flush()
    return stored.hash


def test_prune_deletes_unused_images_past_the_grace_period_and_keeps_the_rest(question):
    q, teacher = question
    shown = media.set_question_image(q, tiny_png(), alt="A red square", actor=teacher, now=utcnow()).media_hash
    dropped = media.set_question_image(q, GIF, alt="Grey", place="prompt", actor=teacher, now=utcnow()).media_hash
    media.set_question_image(q, tiny_png(), alt="Red again", actor=teacher, now=utcnow())  # replaces the GIF
    young, old = _stored(tiny_png((0, 0, 255)), 0.5), _stored(tiny_png((0, 255, 0)), 3)
    for digest in (shown, dropped):
        db.session.get(MediaFile, digest).created_at = utcnow() - timedelta(days=2)
    gone_size = sum(db.session.get(MediaFile, d).size for d in (dropped, old))
    commit()
    assert media.prune_media(now=utcnow()) == (2, gone_size)
    commit()
    db.session.expire_all()
    assert {m.hash for m in db.session.scalars(db.select(MediaFile))} == {shown, young}
    young_size = db.session.get(MediaFile, young).size
    assert media.prune_media(now=utcnow() + timedelta(days=1)) == (1, young_size)
    assert media.prune_media(now=utcnow()) == (0, 0)


def test_bytes_stored_again_are_young_again_and_a_deleted_bank_leaves_its_images_to_prune(question):
    q, teacher = question
    old = _stored(GIF, 5)
    assert media.store_media(GIF).hash == old  # an upload in progress reuses them: kept
    assert media.prune_media(now=utcnow()) == (0, 0)
    media.set_question_image(q, tiny_png(), alt="A red square", actor=teacher, now=utcnow())
    commit()
    db.session.delete(q)
    commit()
    assert media.prune_media(now=utcnow() + timedelta(days=2)) == (2, len(GIF) + len(tiny_png()))


def test_the_cli_and_the_idle_worker_prune_and_the_cli_speaks_russian(question, runner):
    from studyapp.jobs.worker import work

    _stored(tiny_png((0, 255, 0)), 3)
    _stored(GIF, 2)
    commit()
    result = runner.invoke(args=["media", "prune"], env={"LANG": "ru_RU.UTF-8"})
    assert result.exit_code == 0, result.output
    assert "Удалено" in result.output and "2" in result.output and "unused" not in result.output
    assert runner.invoke(args=["media", "prune"]).output.startswith("Deleted 0 unused images (0 bytes).")
    _stored(tiny_png((9, 9, 9)), 1.5)
    commit()
    assert work(once=True) == 0
    assert db.session.scalars(db.select(MediaFile)).all() == []


def test_a_bank_files_image_problem_reads_in_russian(app):
    from studyapp.formats.bank_json import check_bank
    from studyapp.i18n import tr
    from studyapp.services.insight import NO_SOURCE

    bank = {"format": "studyapp.bank/1", "title": "T", "sources": [], "questions": [
        {"id": "q1", "type": "multiple_choice", "prompt": "Which?", "choices": ["a", "b"], "answer": "a",
         "images": [image_entry(tiny_png(), alt="x", place="choice:5")]}]}
    with pytest.raises(ValidationError) as error:
        check_bank(bank)
    with app.test_request_context(headers={"Accept-Language": "ru"}):
        assert tr(error.value) == ("вопрос 1 (q1): изображение 1: его место 'choice:5' — не текст вопроса и не один "
                                   "из вариантов.")
        assert tr(NO_SOURCE) == "Без источника"
    assert str(error.value) == "question 1 (q1): image 1: its place 'choice:5' is not the prompt or one of the choices."
