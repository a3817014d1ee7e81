"""Teacher views for question banks: the filtered bank page, bulk review actions, copying a course pack."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _, ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import AlreadySentError, StudyAppError
from studyapp.limits import parse_id
from studyapp.models import QuestionStatus
from studyapp.services import bank_filters, banks, disagreements, quizzes
from studyapp.services import questions as question_service
from studyapp.services.quality import WARNINGS
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_usable_bank
from studyapp.teacher.forms import BulkForm, DocumentLanguageForm, EmptyForm
from studyapp.teacher.once import claim_once, done, sent_again
from studyapp.teacher.question_forms import TYPE_LABELS
from studyapp.vocabulary import LANGUAGE_NAMES

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
        "teacher/bank.html", bank=bank, questions=found.questions, total=found.total, more=found.more, counts=found.counts,
        filters=filters, search=search, page=found.page, pages=found.pages, size=size,
        status_counts=banks.count_by_status(bank), usable=quizzes.count_quiz_questions(bank), form=EmptyForm(),
        bulk=_bulk_form(bank) if editable else None, sources=bank_filters.source_titles(bank),
        type_labels=TYPE_LABELS, warning_labels=WARNINGS, editable=editable,
        documents=bank_filters.list_documents(bank), language_names=LANGUAGE_NAMES,
        language_form=DocumentLanguageForm(),
        copy=banks.find_copy(bank, current_user) if bank.is_template else None,
        disagreements=disagreements.bank_disagreements(bank))


@bp.post("/banks/<int:bank_id>/copy")
def copy_bank(bank_id: int):
    """Use the course pack (or copy an own bank): a new bank of the teacher's to review, edit and quiz from."""
    bank = get_usable_bank(bank_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    twin = banks.find_recent_copy(bank, owner=current_user, now=utcnow())
    if twin is not None and request.form.get("confirm") != "1":
        return _confirm(bank, title=_("Make a second copy?"), message=_(
            "You made your own copy of %(title)s a moment ago. Open that copy, or make a second one.",
            title=bank.title), fields={}, button=_("Make a second copy"),
            back=url_for("teacher.show_bank", bank_id=bank.id), mine=url_for("teacher.show_bank", bank_id=twin.id))
    try:
        claim = claim_once()
    except AlreadySentError as exc:
        db.session.rollback()
        return sent_again(exc, url_for("teacher.show_bank", bank_id=bank.id))
    mine = banks.copy_bank(bank, owner=current_user, now=utcnow())
    url = done(claim, url_for("teacher.show_bank", bank_id=mine.id))
    db.session.commit()
    flash(_("This is your own copy of %(title)s: review it, approve questions and build quizzes from it.", title=bank.title), "success")
    return redirect(url)


def _confirm(bank, *, title: str, message: str, fields: dict, button: str, back: str, status: int = 200,
             mine: str = ""):
    """The confirmation page of a bulk change: its count said in words, the same form sent again with confirm=1
    (`mine`: the teacher's copy made a moment ago, offered as the other way out)."""
    return render_template("teacher/confirm_bulk.html", bank=bank, title=title, message=message, fields=fields,
                           button=button, back=back, mine=mine, form=EmptyForm()), status


@bp.post("/banks/<int:bank_id>/approve")
def approve_bank(bank_id: int):
    """Approve every draft question of the bank, after a confirmation page that says how many."""
    bank = get_own_bank(bank_id)
    back = url_for("teacher.show_bank", bank_id=bank.id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(back)
    drafts = banks.list_drafts(bank)
    if not drafts:
        flash(_("There are no draft questions left to approve."), "info")
        return redirect(back)
    expected = parse_id(request.form.get("expected", ""))
    if request.form.get("confirm") != "1" or expected != len(drafts):
        changed = "" if expected in (None, len(drafts)) else _("The number of drafts changed since: now %(num)s.", num=len(drafts)) + " "
        n = len(drafts)
        return _confirm(bank, title=ngettext("Approve the %(num)s draft question?", "Approve all %(num)s draft questions?", n),
                        message=changed + ngettext(
                            "Students will be able to see it in quizzes and flashcards. You can reject or restore it later.",
                            "Students will be able to see all %(num)s of them in quizzes and flashcards. You can reject or "
                            "restore any of them later.", n),
                        fields={"expected": n}, button=ngettext("Approve %(num)s question", "Approve %(num)s questions", n),
                        back=back)
    try:
        changed = question_service.set_status(drafts, QuestionStatus.APPROVED, actor=current_user, now=utcnow())
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return redirect(back)
    db.session.commit()
    flash(ngettext("%(num)s question approved.", "%(num)s questions approved.", changed), "success")
    return redirect(back)


def _act(bank, selected, form):
    """Apply the bulk form's action to `selected`; the message to flash, or a redirect for a new quiz."""
    now, action = utcnow(), form.action.data
    if action in ("approve", "reject", "restore"):
        status = {"approve": QuestionStatus.APPROVED, "reject": QuestionStatus.REJECTED,
                  "restore": QuestionStatus.DRAFT}[action]
        changed = question_service.set_status(selected, status, actor=current_user, now=now)
    elif action == "quiz":
        claim = claim_once()
        quiz = quizzes.build_quiz_from_questions(selected, owner=current_user,
                                                 title=_("%(title)s: picked questions", title=bank.title))
        url = done(claim, url_for("teacher.show_quiz", quiz_id=quiz.id))
        db.session.commit()
        flash(ngettext("Quiz created with %(num)s picked question: set it up and assign it.",
                       "Quiz created with %(num)s picked questions: set it up and assign it.", len(quiz.slots)), "success")
        return redirect(url)
    elif action == "tag":
        changed = question_service.tag_questions(selected, form.tag.data, actor=current_user, now=now)
    else:
        target = get_own_bank(form.target_bank.data or 0)
        changed = question_service.move_questions(selected, target, actor=current_user, now=now)
    return ngettext("%(changed)s of %(num)s selected question changed.",
                    "%(changed)s of %(num)s selected questions changed.", len(selected), changed=changed)


def _matching_title(action: str, n: int) -> str:
    """The confirmation page's question for an action on every question matching the filters."""
    titles = {
        "approve": lambda: ngettext("Approve the %(num)s question matching these filters?",
                                    "Approve all %(num)s questions matching these filters?", n),
        "reject": lambda: ngettext("Reject the %(num)s question matching these filters?",
                                   "Reject all %(num)s questions matching these filters?", n),
        "restore": lambda: ngettext("Restore to draft the %(num)s question matching these filters?",
                                    "Restore to draft all %(num)s questions matching these filters?", n),
        "tag": lambda: ngettext("Tag the %(num)s question matching these filters?",
                                "Tag all %(num)s questions matching these filters?", n),
        "move": lambda: ngettext("Move the %(num)s question matching these filters?",
                                 "Move all %(num)s questions matching these filters?", n),
        "quiz": lambda: ngettext("Make a quiz of the %(num)s question matching these filters?",
                                 "Make a quiz of all %(num)s questions matching these filters?", n),
    }
    return titles.get(action, titles["approve"])()


def _matching_button(action: str, n: int) -> str:
    """The confirmation page's button for an action on `n` questions."""
    buttons = {
        "approve": lambda: ngettext("Approve %(num)s question", "Approve %(num)s questions", n),
        "reject": lambda: ngettext("Reject %(num)s question", "Reject %(num)s questions", n),
        "restore": lambda: ngettext("Restore %(num)s question to draft", "Restore %(num)s questions to draft", n),
        "tag": lambda: ngettext("Tag %(num)s question", "Tag %(num)s questions", n),
        "move": lambda: ngettext("Move %(num)s question", "Move %(num)s questions", n),
        "quiz": lambda: ngettext("Make a quiz of %(num)s question", "Make a quiz of %(num)s questions", n),
    }
    return buttons.get(action, buttons["approve"])()


@bp.post("/banks/<int:bank_id>/bulk")
def bulk_questions(bank_id: int):
    """Approve or reject one question, or act on the ticked ones or on all matching the filter (after a
    confirmation page with their count); back to the same filtered view."""
    bank = get_own_bank(bank_id)
    form = _bulk_form(bank)
    back_url = request.form.get("back") if (request.form.get("back") or "").startswith("/teacher/") \
        else url_for("teacher.show_bank", bank_id=bank.id)
    back = redirect(back_url)
    if not form.validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return back
    one = request.form.get("one", "")
    if one:  # a row's own Approve or Reject button
        verb, _sep, given = one.partition(":")
        selected = banks.list_bank_questions(bank, [i for i in [parse_id(given)] if i is not None])
        if verb not in ("approve", "reject") or not selected:
            flash(_("That question is not in this bank."), "error")
            return back
        status = QuestionStatus.APPROVED if verb == "approve" else QuestionStatus.REJECTED
        try:
            question_service.set_status(selected, status, actor=current_user, now=utcnow())
        except StudyAppError as exc:
            db.session.rollback()
            flash(tr(exc), "error")
            return back
        db.session.commit()
        flash((_("Question approved: %(prompt)s", prompt=selected[0].prompt[:80]) if verb == "approve"
               else _("Question rejected: %(prompt)s", prompt=selected[0].prompt[:80])), "success")
        return back
    if request.form.get("scope") == "all":
        filters = {name: request.form.get(f"f_{name}", "") for name in bank_filters.FILTERS}
        ids = bank_filters.list_matching_ids(bank, filters, request.form.get("f_q", ""))
        expected = parse_id(request.form.get("expected", ""))
        if not ids:
            flash(_("No question matches these filters."), "error")
            return back
        if request.form.get("confirm") != "1" or expected != len(ids):
            changed = "" if expected in (None, len(ids)) else _("The number of matching questions changed: now %(num)s.", num=len(ids)) + " "
            fields = {k: v for k, v in request.form.items(multi=True) if k not in ("csrf_token", "confirm", "expected", "ids")}
            fields["expected"] = len(ids)
            return _confirm(bank, title=_matching_title(form.action.data, len(ids)),
                            message=changed + ngettext(
                                "This changes %(num)s question, on every page of the filtered list, not only the ones you see.",
                                "This changes %(num)s questions, on every page of the filtered list, not only the ones you see.",
                                len(ids)),
                            fields=fields, button=_matching_button(form.action.data, len(ids)), back=back_url)
    else:
        ids = [i for i in map(parse_id, request.form.getlist("ids")) if i is not None]
    selected = banks.list_bank_questions(bank, ids)
    if not selected:
        flash(_("Tick at least one question first."), "error")
        return back
    try:
        outcome = _act(bank, selected, form)
    except AlreadySentError as exc:
        db.session.rollback()
        return sent_again(exc, back_url)
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return back
    if not isinstance(outcome, str):
        return outcome
    db.session.commit()
    flash(outcome, "success")
    return back
