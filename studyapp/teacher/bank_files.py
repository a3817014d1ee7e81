"""Teacher views for moving banks in and out: downloads in every format, and importing a bank file."""
from __future__ import annotations

import re

from flask import Response, flash, redirect, render_template, url_for
from flask_babel import ngettext
from flask_login import current_user

from studyapp.db import db
from studyapp.errors import StudyAppError
from studyapp.formats.registry import FORMATS, export_bank
from studyapp.services.bank_export import bank_to_dict
from studyapp.services import bank_import
from studyapp.teacher import bp
from studyapp.teacher.access import get_usable_bank
from studyapp.teacher.forms import ImportBankForm


@bp.context_processor
def bank_formats() -> dict:
    """The format registry, for the bank page's list of downloads."""
    return {"bank_formats": list(FORMATS.values())}


@bp.get("/banks/<int:bank_id>/export/<fmt>")
def download_bank(bank_id: int, fmt: str):
    """The bank as a file in one of the exchange formats."""
    bank = get_usable_bank(bank_id)
    if fmt not in FORMATS:
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    data, suffix, _warnings = export_bank(bank_to_dict(bank), fmt)
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
            form.bank_file.errors.append("Choose a file to import.")
        else:
            try:
                bank = bank_import.import_bank(upload.read(), None, filename=upload.filename, owner=current_user)
            except StudyAppError as exc:
                db.session.rollback()
                form.bank_file.errors.append(f"Nothing was imported. {exc}")
            else:
                db.session.commit()
                flash(ngettext("Imported %(num)s question into “%(title)s”.", "Imported %(num)s questions into “%(title)s”.", len(bank.questions), title=bank.title), "success")
                return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    return render_template("teacher/import_bank.html", form=form), (422 if form.errors else 200)
