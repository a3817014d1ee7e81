"""Teacher views for archiving and restoring banks, documents, quizzes and classes, and the "Archived" page.

Assignments are unassigned and restored on their own page (`teacher/assignments.py`), after a confirmation.
"""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.services import archive
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_own_classroom, get_own_document, get_own_quiz
from studyapp.teacher.forms import EmptyForm

# kind in the URL -> (loader, what the page calls it, where the thing lives once restored)
KINDS = {
    "bank": (get_own_bank, "bank", lambda b: url_for("teacher.show_bank", bank_id=b.id)),
    "document": (get_own_document, "document", lambda d: url_for("teacher.show_bank", bank_id=d.bank_id)),
    "quiz": (get_own_quiz, "quiz", lambda q: url_for("teacher.show_quiz", quiz_id=q.id)),
    "class": (get_own_classroom, "class", lambda c: url_for("teacher.show_classroom", classroom_id=c.id)),
}


def _title(thing) -> str:
    """What the teacher calls `thing`."""
    return getattr(thing, "title", None) or getattr(thing, "name", "")


def _load(kind: str, object_id: int):
    """The teacher's own thing of that kind (404 for an unknown kind or someone else's)."""
    if kind not in KINDS:
        abort(404)
    return KINDS[kind][0](object_id)


@bp.get("/archived")
def show_archived():
    """Everything the teacher archived, with a Restore button each."""
    return render_template("teacher/archived.html", archived=archive.list_archived(current_user), form=EmptyForm())


@bp.post("/archive/<kind>/<int:object_id>")
def archive_thing(kind: str, object_id: int):
    """Archive an own bank, document, quiz or class: off the dashboard, nothing deleted."""
    thing = _load(kind, object_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(KINDS[kind][2](thing))
    archive.archive(thing, actor=current_user, now=utcnow())
    db.session.commit()
    flash(_("%(title)s is archived. It is under Archived, where you can restore it.", title=_title(thing)), "success")
    if kind == "document":
        return redirect(url_for("teacher.show_bank", bank_id=thing.bank_id))
    return redirect(url_for("teacher.dashboard"))


@bp.post("/restore/<kind>/<int:object_id>")
def restore_thing(kind: str, object_id: int):
    """Bring an archived bank, document, quiz or class back as it was."""
    thing = _load(kind, object_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_archived"))
    try:
        archive.restore(thing, actor=current_user, now=utcnow())
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
        return redirect(url_for("teacher.show_archived"))
    db.session.commit()
    flash(_("%(title)s is restored.", title=_title(thing)), "success")
    return redirect(KINDS[kind][2](thing))
