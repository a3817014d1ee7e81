"""Teacher views for quizzes: build (all, N, rules, picks), settings, preview, print, assign, follow."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import ngettext
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from studyapp.db import db, utcnow
from studyapp.errors import AlreadyAssignedError, AlreadySentError, StudyAppError
from studyapp.i18n import tr
from studyapp.services import banks, classes, quizzes
from studyapp.services.grading import grade, key_of
from studyapp.services.layout import build_layout
from studyapp.student.player import preview_views, read_answer

from studyapp.teacher import bp
from studyapp.teacher.access import get_own_bank, get_own_classroom, get_own_quiz
from studyapp.teacher.forms import AssignForm, EmptyForm, QuizForm, QuizSettingsForm, SlotForm
from studyapp.teacher.once import claim_once, done, sent_again
from studyapp.teacher.question_forms import TYPE_LABELS


def _quiz_form(bank) -> QuizForm:
    """The build form with the bank's topics, sources and types as rule choices, and the teacher's other banks."""
    form = QuizForm()
    form.also_banks.choices = [SelectChoice(b.id, b.title) for b in banks.list_banks_for(current_user)
                               if b.id != bank.id]
    approved = quizzes.list_quiz_questions(bank)
    form.topics.choices = [SelectChoice(t, t) for t in sorted({q.topic for q in approved if q.topic})]
    form.sources.choices = [SelectChoice(s.id, s.title) for s in bank.sources]
    form.types.choices = [SelectChoice(t, tr(TYPE_LABELS[t])) for t in TYPE_LABELS if any(q.type == t for q in approved)]
    return form


@bp.route("/banks/<int:bank_id>/quizzes/new", methods=["GET", "POST"])
def new_quiz(bank_id: int):
    """Build a quiz from an own bank and any other own banks ticked: all matching approved questions, or N of them
    at random, with its settings."""
    bank = get_own_bank(bank_id)
    form = _quiz_form(bank)
    if request.method == "GET" and not form.title.data:
        form.title.data = quizzes.free_title(current_user, f"{bank.title}: quiz")
    if form.validate_on_submit():
        count = form.count.data if form.selection.data == "count" else None
        rules = quizzes.Rules(topics=form.topics.data or [], source_ids=form.sources.data or [],
                              types=form.types.data or [], kinds=form.kinds.data or [])
        if form.selection.data == "count" and not count:
            form.count.errors.append(_("Say how many questions."))
        elif twin := quizzes.find_recent_twin(bank, owner=current_user, title=form.title.data, now=utcnow()):
            flash(_("You made %(title)s from this bank a moment ago, so no second one was made: here it is. "
                    "To make another, give it another title.", title=twin.title), "info")
            return redirect(url_for("teacher.show_quiz", quiz_id=twin.id))
        else:
            try:
                claim = claim_once()
                quiz = quizzes.build_quiz(bank, owner=current_user, title=form.title.data, count=count, rules=rules,
                                          also=[get_own_bank(i) for i in form.also_banks.data or []])
                quizzes.update_settings(quiz, title=form.title.data, shuffle_questions=form.shuffle_questions.data,
                                        shuffle_choices=form.shuffle_choices.data,
                                        time_limit_minutes=form.time_limit_minutes.data,
                                        attempts_allowed=form.attempts_allowed.data or 1,
                                        feedback_mode=form.feedback_mode.data, show_evidence=form.show_evidence.data)
            except AlreadySentError as exc:
                db.session.rollback()
                return sent_again(exc, url_for("teacher.show_bank", bank_id=bank.id))
            except StudyAppError as exc:
                db.session.rollback()
                form.count.errors.append(tr(exc))
            else:
                url = done(claim, url_for("teacher.show_quiz", quiz_id=quiz.id))
                db.session.commit()
                flash(ngettext("Quiz created with %(num)s question. Preview it, reorder it, assign it.",
                               "Quiz created with %(num)s questions. Preview it, reorder it, assign it.", len(quiz.slots)),
                      "success")
                return redirect(url)
    return render_template("teacher/new_quiz.html", bank=bank, form=form,
                           usable=quizzes.count_quiz_questions(bank)), (422 if form.errors else 200)


@bp.post("/quizzes/<int:quiz_id>/slots/<int:slot_id>")
def change_slot(quiz_id: int, slot_id: int):
    """Move a question of the quiz up or down, or remove it, until students have started the quiz."""
    quiz = get_own_quiz(quiz_id)
    slot = next((s for s in quiz.slots if s.id == slot_id), None)
    if slot is None:
        abort(404)
    form = SlotForm()
    if not form.validate_on_submit():
        flash(_("The form expired; reload the page and try again."), "error")
        return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))
    try:
        if form.action.data == "remove":
            quizzes.remove_slot(quiz, slot)
        else:
            quizzes.move_slot(quiz, slot, -1 if form.action.data == "up" else 1)
    except StudyAppError as exc:
        db.session.rollback()
        flash(tr(exc), "error")
    else:
        db.session.commit()
        flash(_("Question removed.") if form.action.data == "remove" else _("Order saved."), "success")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor="questions"))


def _assign_form() -> AssignForm:
    """The assign form with the teacher's classes as choices."""
    form = AssignForm()
    form.classroom_ids.choices = [SelectChoice(c.id, c.name) for c in classes.list_teacher_classrooms(current_user)]
    if request.method == "GET":
        # Sensible defaults make assigning two clicks: the only class ticked, due in a week.
        if len(form.classroom_ids.choices) == 1:
            form.classroom_ids.data = [form.classroom_ids.choices[0].value]
        form.due_date.data = (utcnow() + timedelta(days=7)).astimezone(ZoneInfo(current_app.config["TIMEZONE"])).date()
    return form


def _settings_form(quiz) -> QuizSettingsForm:
    """The settings form, filled from the quiz on first display."""
    if request.method == "GET":
        return QuizSettingsForm(formdata=None, obj=quiz)
    return QuizSettingsForm()


def _render_quiz(quiz, settings=None, assign=None, status=200):
    """The quiz page: settings, assign, questions."""
    return render_template("teacher/quiz.html", quiz=quiz, settings=settings or _settings_form(quiz),
                           form=assign or _assign_form(), type_labels=TYPE_LABELS, slot_form=SlotForm()), status


@bp.get("/quizzes/<int:quiz_id>")
def show_quiz(quiz_id: int):
    """A quiz's settings, questions and the form to assign it."""
    return _render_quiz(get_own_quiz(quiz_id))


@bp.post("/quizzes/<int:quiz_id>/settings")
def edit_quiz_settings(quiz_id: int):
    """Save shuffle, time limit, attempts, feedback mode and evidence settings."""
    quiz = get_own_quiz(quiz_id)
    form = QuizSettingsForm()
    if form.validate_on_submit():
        try:
            quizzes.update_settings(quiz, title=form.title.data, shuffle_questions=form.shuffle_questions.data,
                                    shuffle_choices=form.shuffle_choices.data,
                                    time_limit_minutes=form.time_limit_minutes.data,
                                    attempts_allowed=form.attempts_allowed.data,
                                    feedback_mode=form.feedback_mode.data, show_evidence=form.show_evidence.data)
        except StudyAppError as exc:
            form.title.errors.append(tr(exc))
        else:
            db.session.commit()
            flash(_("Quiz settings saved."), "success")
            return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))
    return _render_quiz(quiz, settings=form, status=422)


def school_time(day, clock, default: time) -> datetime:
    """A date and time in the school's time zone, as an aware datetime."""
    return datetime.combine(day, clock or default, tzinfo=ZoneInfo(current_app.config["TIMEZONE"]))


@bp.post("/quizzes/<int:quiz_id>/assign")
def assign_quiz(quiz_id: int):
    """Assign the quiz to every ticked class, open from the given time until the due time."""
    quiz = get_own_quiz(quiz_id)
    form = _assign_form()
    if form.validate_on_submit():
        now = utcnow()
        open_at = school_time(form.open_date.data, form.open_time.data, time(0, 0)) if form.open_date.data else None
        due_at = school_time(form.due_date.data, form.due_time.data, time(23, 59))
        try:
            claim = claim_once()
            made = [quizzes.assign_quiz(quiz, get_own_classroom(cid), due_at=due_at, now=now, open_at=open_at)
                    for cid in form.classroom_ids.data]
        except AlreadySentError as exc:
            db.session.rollback()
            return sent_again(exc, url_for("teacher.show_quiz", quiz_id=quiz.id))
        except AlreadyAssignedError as exc:
            db.session.rollback()
            if len(form.classroom_ids.data) == 1:  # the same assignment again (Back and Assign): show the one there is
                flash(tr(exc), "info")
                return redirect(url_for("teacher.show_assignment", assignment_id=exc.assignment.id))
            form.classroom_ids.errors.append(tr(exc))
        except StudyAppError as exc:
            db.session.rollback()
            form.due_date.errors.append(tr(exc))
        else:
            names = ", ".join(a.classroom.name for a in made)
            url = done(claim, url_for("teacher.show_assignment", assignment_id=made[0].id) if len(made) == 1
                       else url_for("teacher.show_quiz", quiz_id=quiz.id))
            db.session.commit()
            flash(_("%(title)s assigned to %(names)s.", title=quiz.title, names=names), "success")
            return redirect(url)
    return _render_quiz(quiz, assign=form, status=422)


@bp.route("/quizzes/<int:quiz_id>/preview", methods=["GET", "POST"])
def preview_quiz(quiz_id: int):
    """The quiz as a student sees it; answers are checked here and never saved."""
    quiz = get_own_quiz(quiz_id)
    views = preview_views(quiz, build_layout(quiz, seed=quiz.id))
    checked = {}
    if request.method == "POST" and EmptyForm().validate_on_submit():
        for view in views:
            try:
                view.raw = read_answer(view, request.form)
            except StudyAppError as exc:
                view.error = tr(exc)
                continue
            checked[view.slot.id] = grade(key_of(view.question), view.raw)[0]
    return render_template("teacher/preview.html", quiz=quiz, views=views, checked=checked, form=EmptyForm())


@bp.get("/quizzes/<int:quiz_id>/print")
def print_quiz(quiz_id: int):
    """A printable quiz, or with ?key=1 its answer key; readable in black and white."""
    quiz = get_own_quiz(quiz_id)
    views = preview_views(quiz, build_layout(quiz, seed=quiz.id))
    return render_template("teacher/print.html", quiz=quiz, views=views, answer_key=request.args.get("key") == "1")
