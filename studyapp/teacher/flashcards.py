"""Teacher views for a bank's flashcards: listed by status, approved or rejected one by one or ticked, edited."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _, ngettext
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.limits import parse_id
from studyapp.models import QuestionStatus
from studyapp.services import banks
from studyapp.services import flashcards as flashcard_service
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_own_flashcard, get_usable_bank
from studyapp.teacher.forms import EmptyForm, FlashcardForm

PAGE_SIZE = 50
ACTIONS = {"approve": QuestionStatus.APPROVED, "reject": QuestionStatus.REJECTED, "restore": QuestionStatus.DRAFT}


@bp.get("/banks/<int:bank_id>/flashcards")
def show_flashcards(bank_id: int):
    """The bank's flashcards, filtered by status, with review buttons for its owner."""
    bank = get_usable_bank(bank_id)
    status = request.args.get("status", "")
    status = status if status in ACTIONS.values() else ""
    page = request.args.get("page", 1, type=int)
    cards, total = flashcard_service.list_bank_flashcards(bank, status=status, page=page, page_size=PAGE_SIZE)
    return render_template("teacher/flashcards.html", bank=bank, cards=cards, total=total, status=status,
                           page=max(1, page), pages=(total + PAGE_SIZE - 1) // PAGE_SIZE,
                           counts=flashcard_service.count_flashcards_by_status(bank),
                           editable=banks.can_edit_bank(bank, current_user), form=EmptyForm())


@bp.post("/banks/<int:bank_id>/flashcards")
def review_flashcards(bank_id: int):
    """Approve, reject or restore one flashcard (its row's button) or every ticked one; back to the same list."""
    bank = get_own_bank(bank_id)
    back = redirect(url_for("teacher.show_flashcards", bank_id=bank.id, status=request.form.get("status") or None,
                            page=request.form.get("page", type=int) or None))
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return back
    action, _sep, one = (request.form.get("one") or "").partition(":")
    if not one:
        action = request.form.get("action", "")
    ids = [parse_id(one)] if one else [parse_id(i) for i in request.form.getlist("ids")]
    cards = flashcard_service.list_picked_flashcards(bank, [i for i in ids if i is not None])
    if action not in ACTIONS:
        flash(_("Choose approve, reject or back to draft."), "error")
        return back
    if not cards:
        flash(_("Tick at least one flashcard first."), "error")
        return back
    changed = flashcard_service.set_flashcard_status(cards, ACTIONS[action], actor=current_user, now=utcnow())
    db.session.commit()
    done = {"approve": lambda: ngettext("%(changed)s of %(num)s flashcard approved.",
                                        "%(changed)s of %(num)s flashcards approved.", len(cards), changed=changed),
            "reject": lambda: ngettext("%(changed)s of %(num)s flashcard rejected.",
                                       "%(changed)s of %(num)s flashcards rejected.", len(cards), changed=changed),
            "restore": lambda: ngettext("%(changed)s of %(num)s flashcard back to draft.",
                                        "%(changed)s of %(num)s flashcards back to draft.", len(cards), changed=changed)}
    flash(done[action](), "success")
    return back


@bp.route("/flashcards/<int:flashcard_id>", methods=["GET", "POST"])
def edit_flashcard(flashcard_id: int):
    """Edit a flashcard's front and back; problems are shown beside their field and nothing is saved."""
    card = get_own_flashcard(flashcard_id)
    form = FlashcardForm(obj=card) if request.method == "GET" else FlashcardForm()
    if form.validate_on_submit():
        try:
            changed = flashcard_service.update_flashcard(card, front=form.front.data, back=form.back.data,
                                                         actor=current_user, now=utcnow())
        except StudyAppError as exc:
            db.session.rollback()
            getattr(form, getattr(exc, "field", None) or "front").errors.append(tr(exc))
        else:
            db.session.commit()
            flash(_("Flashcard saved.") if changed else _("Nothing changed."), "success")
            return redirect(url_for("teacher.show_flashcards", bank_id=card.bank_id))
    return render_template("teacher/flashcard.html", card=card, form=form), (422 if form.errors else 200)
