"""Teacher views for moving banks in and out: the export page (what each format carries and leaves out), downloads
in every format (approved only, or with drafts), and importing a bank file."""
from __future__ import annotations

import re

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import ngettext
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db
from studyapp.errors import AlreadySentError, StudyAppError
from studyapp.formats.registry import FORMATS
from studyapp.services.bank_export import export_bank_file, plan_exports
from studyapp.services import bank_import
from studyapp.teacher import bp
from studyapp.teacher.access import get_usable_bank
from studyapp.teacher.forms import ImportBankForm
from studyapp.teacher.once import claim_once, done, sent_again


@bp.context_processor
def bank_formats() -> dict:
    """The format registry, for the bank page's list of downloads."""
    return {"bank_formats": list(FORMATS.values())}


def _include_drafts() -> bool:
    """True when the teacher ticked "include drafts" (?drafts=1)."""
    return request.args.get("drafts") == "1"


@bp.get("/banks/<int:bank_id>/export")
def show_export(bank_id: int):
    """Every format with what it carries of the bank and, listed one by one, what it leaves out."""
    bank = get_usable_bank(bank_id)
    include_drafts = _include_drafts()
    return render_template("teacher/export.html", bank=bank, include_drafts=include_drafts,
                           plans=plan_exports(bank, include_drafts=include_drafts))


@bp.get("/banks/<int:bank_id>/export/<fmt>")
def download_bank(bank_id: int, fmt: str):
    """The bank's approved questions and flashcards (with drafts if ?drafts=1) as a file in one format."""
    bank = get_usable_bank(bank_id)
    if fmt not in FORMATS:
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    data, suffix, _warnings = export_bank_file(bank, fmt, include_drafts=_include_drafts())
    stem = re.sub(r"[^A-Za-z0-9]+", "-", bank.title).strip("-")[:60] or f"bank-{bank.id}"
    return Response(data, mimetype=FORMATS[fmt].mime_type,
                    headers={"Content-Disposition": f'attachment; filename="{stem}{suffix}"'})


@bp.route("/banks/import", methods=["GET", "POST"])
def import_bank():
    """Import a bank file as a new bank of the teacher's; a broken file imports nothing and says why."""
    form = ImportBankForm()
    if form.validate_on_submit():
        upload = form.bank_file.data
        if not upload or not upload.filename:
            form.bank_file.errors.append(_("Choose a file to import."))
        else:
            try:
                claim = claim_once()
                result = bank_import.import_bank(upload.read(), None, filename=upload.filename, owner=current_user,
                                                 all_or_nothing=form.all_or_nothing.data)
            except AlreadySentError as exc:
                db.session.rollback()
                return sent_again(exc, url_for("teacher.dashboard"))
            except StudyAppError as exc:
                db.session.rollback()
                form.bank_file.errors.append(_("Nothing was imported.") + " " + tr(exc))
            else:
                bank = result.bank
                url = done(claim, url_for("teacher.show_bank", bank_id=bank.id))
                db.session.commit()
                if result.skipped:  # the report stays on screen: each question left out, with its line and why
                    return render_template("teacher/import_report.html", bank=bank, skipped=result.skipped,
                                           filename=upload.filename)
                flash(ngettext("Imported %(num)s question into “%(title)s”.", "Imported %(num)s questions into “%(title)s”.", len(bank.questions), title=bank.title), "success")
                return redirect(url)
    return render_template("teacher/import_bank.html", form=form), (422 if form.errors else 200)
