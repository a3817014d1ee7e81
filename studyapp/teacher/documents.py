"""Teacher views for documents: upload or paste, then follow the generation job to its bank."""
from __future__ import annotations

from flask import current_app, flash, jsonify, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import AlreadySentError, StudyAppError
from studyapp.jobs.runner import start_job
from studyapp.services import jobs
from studyapp.services.banks import list_banks_for
from studyapp.teacher import bp
from studyapp.vocabulary import LANGUAGE_NAMES
from studyapp.teacher.access import get_own_bank, get_own_document, get_own_job
from studyapp.services.documents import set_document_language
from studyapp.teacher.forms import DocumentForm, DocumentLanguageForm, EmptyForm
from studyapp.teacher.once import claim_once, done, sent_again


def _document_form() -> DocumentForm:
    """The upload form with the teacher's own banks as targets (0: a new bank)."""
    form = DocumentForm()
    own = list_banks_for(current_user)
    form.bank_id.choices = [SelectChoice(0, _("A new bank"))] + [SelectChoice(b.id, b.title) for b in own]
    return form


@bp.route("/documents/new", methods=["GET", "POST"])
def upload_document():
    """Upload a file or paste text; generation runs in the background and this redirects to its progress."""
    form = _document_form()
    if form.validate_on_submit():
        upload = form.document.data
        if upload and upload.filename:
            filename, payload = upload.filename, upload.read()
        elif (form.text.data or "").strip():
            filename, payload = "pasted-text.txt", form.text.data.encode("utf-8")
            form.title.data = form.title.data or jobs.title_for_pasted(form.text.data)  # never "pasted-text"
        else:
            form.document.errors.append(_("Choose a file or paste some text."))
            return render_template("teacher/upload.html", form=form), 422
        bank = get_own_bank(form.bank_id.data) if form.bank_id.data else None
        if twin := jobs.find_recent_twin(current_user, payload, now=utcnow()):
            flash(_("You sent this document a moment ago, so it was not queued again: here it is."), "info")
            return redirect(url_for("teacher.show_job", job_id=twin.id))
        try:
            claim = claim_once()
            job = jobs.create_job(current_user, filename=filename, payload=payload, title=form.title.data,
                                  author=form.author.data, kind=form.kind.data, published=form.published.data,
                                  bank=bank, max_chars=current_app.config["MAX_DOCUMENT_CHARS"],
                                  max_active=current_app.config["JOBS_PER_TEACHER"], language=form.language.data)
        except AlreadySentError as exc:
            db.session.rollback()
            return sent_again(exc, url_for("teacher.dashboard"))
        except StudyAppError as exc:
            db.session.rollback()
            form.document.errors.append(tr(str(exc)))
            return render_template("teacher/upload.html", form=form), 422
        url = done(claim, url_for("teacher.show_job", job_id=job.id))
        db.session.commit()
        start_job(job.id)
        return redirect(url)
    return render_template("teacher/upload.html", form=form), (422 if form.errors else 200)


@bp.get("/jobs/<int:job_id>")
def show_job(job_id: int):
    """Progress of a generation job; the page refreshes itself until the job is finished."""
    job = get_own_job(job_id)
    stale = jobs.is_stale(job, utcnow())
    if stale:
        start_job(job.id)  # in thread mode nobody else would take it up; a worker takes it anyway
    return render_template("teacher/job.html", job=job, stale=stale, form=EmptyForm(), can_retry=jobs.can_retry(job),
                           documents=jobs.job_documents(job), language_names=LANGUAGE_NAMES)


@bp.get("/jobs/<int:job_id>.json")
def job_status(job_id: int):
    """The job's progress for the page's script to poll."""
    job = get_own_job(job_id)
    return jsonify(status=job.status, progress=job.progress, stage=tr(job.stage), finished=job.is_finished,
                   stale=jobs.is_stale(job, utcnow()))


@bp.post("/jobs/<int:job_id>/retry")
def retry_job(job_id: int):
    """Run a failed job again; refused while it waits or runs."""
    job = get_own_job(job_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; try again."), "error")
        return redirect(url_for("teacher.show_job", job_id=job.id))
    try:
        jobs.requeue(job, max_active=current_app.config["JOBS_PER_TEACHER"])
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(str(exc)), "error")
        return redirect(url_for("teacher.show_job", job_id=job.id))
    db.session.commit()
    start_job(job.id)
    return redirect(url_for("teacher.show_job", job_id=job.id))


@bp.post("/documents/<int:document_id>/language")
def set_language(document_id: int):
    """Correct the language StudyApp detected for a document (its questions follow)."""
    document = get_own_document(document_id)
    form = DocumentLanguageForm()
    if not form.validate_on_submit():
        flash(_("Choose English, Russian or Kazakh."), "error")
        return redirect(url_for("teacher.show_bank", bank_id=document.bank_id))
    try:
        changed = set_document_language(document, form.language.data, actor=current_user)
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(str(exc)), "error")
        return redirect(url_for("teacher.show_bank", bank_id=document.bank_id))
    db.session.commit()
    flash(ngettext("%(title)s is marked %(language)s (%(num)s question with it).",
                   "%(title)s is marked %(language)s (%(num)s questions with it).", changed,
                   title=document.title or document.filename, language=tr(LANGUAGE_NAMES[form.language.data])), "success")
    return redirect(url_for("teacher.show_bank", bank_id=document.bank_id))
