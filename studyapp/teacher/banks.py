"""Teacher views for question banks: the bank page and bulk review."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for

from studyapp.db import db
from studyapp.services import banks, quizzes
from studyapp.teacher import bp
from studyapp.teacher.access import get_usable_bank
from studyapp.teacher.forms import EmptyForm


@bp.get("/banks/<int:bank_id>")
def show_bank(bank_id: int):
    """A bank's questions with their evidence and status."""
    bank = get_usable_bank(bank_id)
    return render_template("teacher/bank.html", bank=bank, counts=banks.count_by_status(bank),
                           usable=len(quizzes.list_quiz_questions(bank)), form=EmptyForm())


@bp.post("/banks/<int:bank_id>/approve")
def approve_bank(bank_id: int):
    """Approve every draft question of the bank."""
    bank = get_usable_bank(bank_id)
    if not EmptyForm().validate_on_submit():
        flash("The form expired; reload the page and try again.", "error")
        return redirect(url_for("teacher.show_bank", bank_id=bank.id))
    changed = banks.approve_questions(list(bank.questions))
    db.session.commit()
    flash(f"{changed} questions approved.", "success")
    return redirect(url_for("teacher.show_bank", bank_id=bank.id))


