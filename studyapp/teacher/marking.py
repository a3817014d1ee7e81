"""Teacher views for manual grading: an assignment's grading queue, and marking one answer (an essay's mark or an
override of an automatic grade) with points and a comment."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.i18n import tr
from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.models import QuizSlot
from studyapp.services import marking
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_assignment, get_own_attempt
from studyapp.teacher.forms import EmptyForm, MarkForm


def mark_form(attempt_id: int, slot_id: int, mark=None, *, formdata=None, label: str = "") -> MarkForm:
    """The mark form of one answer (its fields prefixed so a page holds many), filled with the mark so far;
    `label` names the answer in the points field's label where a page shows many."""
    form = MarkForm(prefix=f"mark-{attempt_id}-{slot_id}", formdata=formdata)
    if label:
        form.points.label.text = _("Points for %(what)s", what=label)
    if formdata is None and mark is not None:
        form.points.data, form.comment.data = f"{mark.points:g}", mark.comment
    return form


def _queue_page(assignment, errors=None, status=200):
    """The grading queue with a form per answer (`errors`: the form that failed, by (attempt id, slot id))."""
    errors = errors or {}
    entries = marking.list_grading_queue(assignment)
    forms = {(e.attempt.id, e.slot.id): errors.get((e.attempt.id, e.slot.id))
             or mark_form(e.attempt.id, e.slot.id, e.mark) for e in entries}
    return render_template("teacher/grading_queue.html", assignment=assignment, entries=entries, forms=forms,
                           waiting=sum(1 for e in entries if not e.is_marked and e.answer is not None)), status


@bp.get("/assignments/<int:assignment_id>/grading")
def grade_assignment(assignment_id: int):
    """Every essay answer of the assignment, unmarked first, each with its mark form."""
    return _queue_page(get_own_assignment(assignment_id))[0]


@bp.post("/attempts/<int:attempt_id>/slots/<int:slot_id>/mark")
def mark_answer(attempt_id: int, slot_id: int):
    """Save the points and comment of one answer; back to the queue, or to the student's page (`back=student`)."""
    attempt = get_own_attempt(attempt_id)
    slot = db.session.get(QuizSlot, slot_id)
    if slot is None or slot.quiz_id != attempt.assignment.quiz_id:
        abort(404)
    form = mark_form(attempt.id, slot.id, formdata=request.form)
    to_student = request.form.get("back") == "student"
    back = (url_for("teacher.show_student", classroom_id=attempt.assignment.classroom_id,
                    student_id=attempt.student_id, _anchor=f"attempt-{attempt.id}") if to_student
            else url_for("teacher.grade_assignment", assignment_id=attempt.assignment_id,
                         _anchor=f"mark-{attempt.id}-{slot.id}"))
    if form.validate_on_submit():
        try:
            marking.mark_answer(attempt, slot, form.points.data, form.comment.data, actor=current_user, now=utcnow())
        except StudyAppError as exc:
            db.session.rollback()
            form.points.errors = [*form.points.errors, tr(exc)]
        else:
            db.session.commit()
            flash(_("%(name)s, question %(number)s: %(points)s of %(max)s saved.", name=attempt.student.display_name,
                    number=slot.position, points=form.points.data, max=f"{slot.points:g}"), "success")
            return redirect(back)
    if to_student:  # the student's page has one small form per answer: say what was wrong there
        flash(_("The mark was not saved:") + " " + " ".join(map(str, form.points.errors + form.comment.errors)), "error")
        return redirect(back)
    return _queue_page(attempt.assignment, {(attempt.id, slot.id): form}, 422)


@bp.post("/attempts/<int:attempt_id>/slots/<int:slot_id>/unmark")
def clear_mark(attempt_id: int, slot_id: int):
    """Remove an override: the automatic grade counts again."""
    attempt = get_own_attempt(attempt_id)
    slot = db.session.get(QuizSlot, slot_id)
    if slot is None or slot.quiz_id != attempt.assignment.quiz_id:
        abort(404)
    back = url_for("teacher.show_student", classroom_id=attempt.assignment.classroom_id,
                   student_id=attempt.student_id, _anchor=f"attempt-{attempt.id}")
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; try again."), "error")
        return redirect(back)
    if marking.clear_mark(attempt, slot, actor=current_user):
        db.session.commit()
        flash(_("Your mark is removed: the automatic grade counts again."), "success")
    return redirect(back)
