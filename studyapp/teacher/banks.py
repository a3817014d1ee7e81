"""Teacher views for question banks: the filtered bank page, bulk review actions, copying a course pack."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _, ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.limits import parse_id
from studyapp.models import QuestionStatus
from studyapp.services import bank_filters, banks, quizzes
from studyapp.services import questions as question_service
from studyapp.services.quality import WARNINGS
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_usable_bank
from studyapp.teacher.forms import BulkForm, EmptyForm
from studyapp.teacher.question_forms import TYPE_LABELS

PAGE_SIZE = 50


def _bulk_form(bank) -> BulkForm:
    """The bulk form with the teacher's other own banks as move targets."""
    form = BulkForm()
    form.target_bank.choices = [SelectChoice(b.id, b.title) for b in banks.list_banks_for(current_user)
                                if b.id != bank.id]
    return form


@bp.get("/banks/<int:bank_id>")
def show_bank(bank_id: int):
    """A bank's questions with filters, search and counts per filter value; bulk actions for its owner."""
    bank = get_usable_bank(bank_id)
    editable = banks.can_edit_bank(bank, current_user)
    filters = {name: request.args.get(name, "") for name in bank_filters.FILTERS}
    search = request.args.get("q", "")
    found = bank_filters.filter_bank(bank, filters, search, page=request.args.get("page", 1, type=int),
                                     page_size=PAGE_SIZE)
    size = bank_filters.bank_sizes([bank.id])[bank.id]
    return render_template(
        "teacher/bank.html", bank=bank, questions=found.questions, total=found.total, counts=found.counts,
        filters=filters, search=search, page=found.page, pages=found.pages, size=size,
        status_counts=banks.count_by_status(bank), usable=quizzes.count_quiz_questions(bank), form=EmptyForm(),
        bulk=_bulk_form(bank) if editable else None, sources=bank_filters.source_titles(bank),
        type_labels=TYPE_LABELS, warning_labels=WARNINGS, editable=editable,
        copy=banks.find_copy(bank, current_user) if bank.is_template else None)


@bp.post("/banks/<int:bank_id>/copy")
def copy_bank(bank_id: int):
    """Use the course pack (or copy an own bank): a new bank of the teacher's to review, edit and quiz from."""
    bank = get_usable_bank(bank_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    mine = banks.copy_bank(bank, owner=current_user, now=utcnow())
    db.session.commit()
    flash(_("This is your own copy of %(title)s: review it, approve questions and build quizzes from it.", title=bank.title), "success")
    return redirect(url_for("teacher.show_bank", bank_id=mine.id))


@bp.post("/banks/<int:bank_id>/approve")
def approve_bank(bank_id: int):
    """Approve every draft question of the bank."""
    bank = get_own_bank(bank_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    drafts = [q for q in bank.questions if q.status == QuestionStatus.DRAFT]
    try:
        changed = question_service.set_status(drafts, QuestionStatus.APPROVED, actor=current_user, now=utcnow())
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(str(exc)), "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    db.session.commit()
    flash(ngettext("%(num)s question approved.", "%(num)s questions approved.", changed), "success")
    return redirect(url_for("teacher.show_bank", bank_id=bank.id))


@bp.post("/banks/<int:bank_id>/bulk")
def bulk_questions(bank_id: int):
    """Approve, reject, restore, tag or move the ticked questions; back to the same filtered view."""
    bank = get_own_bank(bank_id)
    form = _bulk_form(bank)
    back = redirect(request.form.get("back") if (request.form.get("back") or "").startswith("/teacher/")
                    else url_for("teacher.show_bank", bank_id=bank.id))
    ids = [i for i in map(parse_id, request.form.getlist("ids")) if i is not None]
    if not form.validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return back
    selected = banks.list_bank_questions(bank, ids)
    if not selected:
        flash(_("Tick at least one question first."), "error")
        return back
    now, action = utcnow(), form.action.data
    try:
        if action in ("approve", "reject", "restore"):
            status = {"approve": QuestionStatus.APPROVED, "reject": QuestionStatus.REJECTED,
                      "restore": QuestionStatus.DRAFT}[action]
            changed = question_service.set_status(selected, status, actor=current_user, now=now)
        elif action == "quiz":
            quiz = quizzes.build_quiz_from_questions(selected, owner=current_user,
                                                     title=f"{bank.title}: picked questions")
            db.session.commit()
            flash(ngettext("Quiz created with %(num)s picked question: set it up and assign it.", "Quiz created with %(num)s picked questions: set it up and assign it.", len(quiz.slots)), "success")
            return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))
        elif action == "tag":
            changed = question_service.tag_questions(selected, form.tag.data, actor=current_user, now=now)
        else:
            target = get_own_bank(form.target_bank.data or 0)
            changed = question_service.move_questions(selected, target, actor=current_user, now=now)
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(str(exc)), "error")
        return back
    db.session.commit()
    flash(ngettext("%(changed)s of %(num)s selected question changed.", "%(changed)s of %(num)s selected questions changed.", len(selected), changed=changed), "success")
    return back
