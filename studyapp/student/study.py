"""Student views for flashcards: the due queue of a class's deck, one card at a time, rated on FSRS.

A card's answer is not in the page until it is revealed: "Show answer" is a link (`?show=<card id>`) that
renders the back of the card due now, and only of that card; the script fetches that page.
"""
from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.question_types import get_type
from studyapp.services import scheduling
from studyapp.student import bp
from studyapp.student.access import get_my_card, get_my_classroom
from studyapp.student.forms import EmptyForm


def card_faces(card) -> dict:
    """Front, back, choices and evidence of a card, whether it comes from a flashcard or a question."""
    if card.flashcard is not None:
        item = card.flashcard
        return {"front": item.front, "back": item.back, "choices": [], "explanation": "", "item": item}
    q = card.question
    qtype = get_type(q.type)
    return {"front": q.prompt, "back": qtype.answer_text(q.answer), "choices": qtype.card_choices(q),
            "explanation": q.explanation, "item": q}


@bp.get("/classes/<int:classroom_id>/study")
def study(classroom_id: int):
    """The next due card of the class's deck (its back with `?show=<its id>`), or what is due later."""
    classroom = get_my_classroom(classroom_id)
    now = utcnow()
    if scheduling.sync_deck(current_user, classroom, now=now):
        db.session.commit()
    queue = scheduling.due_queue(current_user, classroom, now=now)
    card = queue.next_card
    revealed = card is not None and request.args.get("show", "") == str(card.id)
    intervals = {}
    if revealed:
        scheduler = scheduling.make_scheduler(classroom, fuzz=current_app.config["FSRS_FUZZ"])
        intervals = {r: scheduling.describe_interval(d)
                     for r, d in scheduling.next_intervals(card, scheduler, now=now).items()}
    return render_template("student/study.html", classroom=classroom, queue=queue, card=card,
                           faces=card_faces(card) if card else None, revealed=revealed, intervals=intervals,
                           ratings=scheduling.RATINGS, form=EmptyForm())


def _small_number(text: str, digits: int) -> int | None:
    """`text` as a whole number of at most `digits` ASCII digits, else None."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None


@bp.post("/cards/<int:card_id>/rate")
def rate_card(card_id: int):
    """Rate the shown card; a repeated or stale post (same card, already rated) changes nothing."""
    card = get_my_card(card_id)
    back = redirect(url_for("student.study", classroom_id=card.classroom_id))
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; here is your next card."), "info")
        return back
    if request.form.get("seq", "") != str(card.review_count):
        return back  # this rating was already counted (double click, or the page was resent)
    try:
        scheduler = scheduling.make_scheduler(card.classroom, fuzz=current_app.config["FSRS_FUZZ"])
        scheduling.rate_card(card, _small_number(request.form.get("rating", ""), 1) or 0, scheduler, now=utcnow(),
                             duration_ms=_small_number(request.form.get("duration_ms", ""), 12))
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return back
    db.session.commit()
    return back
