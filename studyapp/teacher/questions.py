"""Teacher views for single questions: evidence in context, type-aware editing, review actions, adding by hand."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _, ngettext
from flask_login import current_user

from studyapp.i18n import tr, term
from studyapp.db import db, utcnow
from studyapp.errors import AlreadySentError, StudyAppError, ValidationError
from studyapp.models import QuestionStatus
from studyapp.services import questions as question_service
from studyapp.services.banks import can_edit_bank, can_use_bank, find_next_draft
from studyapp.services.documents import evidence_context
from studyapp.services.quality import WARNINGS, question_warnings
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_own_question, get_viewable_question
from studyapp.teacher.forms import EmptyForm
from studyapp.teacher.once import claim_once, done, sent_again
from studyapp.teacher.question_images import apply_image, check_image_fields, uploaded_image
from studyapp.teacher.question_forms import TYPE_LABELS, QuestionForm, attach_error, fill_form, form_data

STATUS_ACTIONS = {"approve": QuestionStatus.APPROVED, "reject": QuestionStatus.REJECTED,
                  "restore": QuestionStatus.DRAFT}


def regrade_message(regrade) -> str:
    """What a regrade did, in a teacher's words: answers regraded, and the manual marks it kept."""
    text = ngettext("Regraded %(num)s answer:", "Regraded %(num)s answers:", regrade.answers_checked) + " " + ngettext(
        "%(num)s grade changed.", "%(num)s grades changed.", len(regrade.changes))
    if regrade.overrides_kept:
        text += " " + ngettext("%(num)s manual override kept: your marks still count.",
                               "%(num)s manual overrides kept: your marks still count.", regrade.overrides_kept)
    return text


def _render(question, form, status=200):
    """The question page: evidence in its paragraph, the editor and review buttons (owner only), history."""
    return render_template(
        "teacher/question.html", q=question, form=form, evidence=evidence_context(question),
        warnings=[WARNINGS[w] for w in question_warnings(question)], type_label=TYPE_LABELS[question.type],
        button_form=EmptyForm(), editable=can_edit_bank(question.bank, current_user),
        bank_visible=can_use_bank(question.bank, current_user)), status


@bp.get("/questions/<int:question_id>")
def show_question(question_id: int):
    """A question with its evidence highlighted and, for the bank's owner, its editor."""
    question = get_viewable_question(question_id)
    form = QuestionForm(formdata=None)
    fill_form(form, question)
    return _render(question, form)


@bp.post("/questions/<int:question_id>")
def edit_question(question_id: int):
    """Save the editor; problems are shown beside their field and nothing is saved."""
    question = get_own_question(question_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return _render(question, form, 422)
    upload = uploaded_image()
    try:
        check_image_fields(form, upload)
        changes, regrade = question_service.update_question(question, form_data(form, question.type),
                                                            actor=current_user, now=utcnow())
        if apply_image(question, form, upload):
            changes = {**changes, "image": None}
    except ValidationError as exc:
        db.session.rollback()
        attach_error(form, question.type, exc)
        return _render(question, form, 422)
    db.session.commit()
    flash(_("Saved (%(fields)s changed).", fields=", ".join(str(term(c)) for c in changes)) if changes
          else _("No changes to save."), "success")
    if regrade is not None and regrade.answers_checked:
        flash(regrade_message(regrade), "info")
    return redirect(url_for("teacher.show_question", question_id=question.id))


@bp.post("/questions/<int:question_id>/<any(approve, reject, restore):action>")
def review_question(question_id: int, action: str):
    """Approve, reject or restore one question, then go to the next draft if asked."""
    question = get_own_question(question_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; try again."), "error")
        return redirect(url_for("teacher.show_question", question_id=question.id))
    try:
        question_service.set_status([question], STATUS_ACTIONS[action], actor=current_user, now=utcnow())
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return redirect(url_for("teacher.show_question", question_id=question.id))
    db.session.commit()
    flash({"approve": _("Question approved."), "reject": _("Question rejected.")}.get(action, _("Question restored to draft.")),
          "success")
    if request.form.get("next") == "draft":
        following = find_next_draft(question)
        if following is not None:
            return redirect(url_for("teacher.show_question", question_id=following.id))
        flash(_("That was the last draft: every question of this bank is reviewed."), "info")
        return redirect(url_for("teacher.show_bank", bank_id=question.bank_id))
    return redirect(url_for("teacher.show_question", question_id=question.id))


@bp.route("/banks/<int:bank_id>/questions/new", methods=["GET", "POST"])
def new_question(bank_id: int):
    """Write a question by hand: pick a type, fill its fields."""
    bank = get_own_bank(bank_id)
    qtype = request.values.get("type", next(iter(TYPE_LABELS)))
    if qtype not in TYPE_LABELS:
        abort(404)
    form = QuestionForm() if request.method == "POST" else QuestionForm(formdata=None)
    if request.method == "POST" and form.validate_on_submit():
        now = utcnow()
        try:
            upload = uploaded_image()
            check_image_fields(form, upload)
            claim = claim_once()
            question = question_service.create_question(bank, qtype, form_data(form, qtype),
                                                        actor=current_user, now=now)
            if question.created_at >= now:  # not the question made a moment ago (sent twice): that one has its image
                apply_image(question, form, upload)
        except AlreadySentError as exc:
            db.session.rollback()
            return sent_again(exc, url_for("teacher.show_bank", bank_id=bank.id))
        except ValidationError as exc:
            db.session.rollback()
            attach_error(form, qtype, exc)
        else:
            url = done(claim, url_for("teacher.show_question", question_id=question.id))
            db.session.commit()
            if question.created_at < now:
                flash(_("You added this question a moment ago, so no second one was made: here it is."), "info")
            else:
                flash(_("Question added as a draft."), "success")
            return redirect(url)
    return render_template("teacher/new_question.html", bank=bank, form=form, qtype=qtype,
                           type_labels=TYPE_LABELS), (422 if request.method == "POST" else 200)
