"""Teacher views for insight: gradebook, a student's answers, item analysis, and every export of scores."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import Response, abort, current_app, render_template, request
from flask_babel import gettext

from studyapp.charts import histogram
from studyapp.db import db, utcnow
from studyapp.formats.scores_csv import iter_csv
from studyapp.formats.scores_xlsx import scores_to_xlsx
from studyapp.i18n import tr
from studyapp.models import User
from studyapp.services import classes, scores
from studyapp.services.gradebook import build_gradebook, list_quiz_percents, list_student_work, score_bins
from studyapp.services.insight import answer_rows, item_rows, quiz_insight
from studyapp.services.marking import marks_by_slot
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_classroom, get_own_quiz
from studyapp.teacher.marking import mark_form
from studyapp.translatable import Joined, Message


def _attachment(body, mimetype: str, filename: str) -> Response:
    """A download response."""
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _in_language(header: list, records: list[list]) -> tuple[list[str], list[list]]:
    """A sheet's column titles and its words (statuses, yes/no) in the teacher's interface language; names, titles
    and numbers as they are. Teachers open these in Excel: there is no importer of score sheets to keep English for."""
    return ([tr(title) for title in header],
            [[tr(value) if isinstance(value, Message | Joined) else value for value in row] for row in records])


def _score_table(classroom):
    """The class's score table now, times in the school's time zone."""
    return scores.build_score_table(classroom, now=utcnow(), zone=ZoneInfo(current_app.config["TIMEZONE"]))


@bp.get("/classes/<int:classroom_id>/gradebook")
def show_gradebook(classroom_id: int):
    """Students by assignments, each cell with its state (services/assignment_state.py) and best score; sorted on
    the server by ?sort=name|total|a<assignment id>&order=asc|desc, so the column links work without JavaScript."""
    classroom = get_own_classroom(classroom_id)
    book = build_gradebook(classroom, now=utcnow())
    sort = request.args.get("sort", "name")
    sort = sort if sort in book.sort_keys() else "name"
    descending = request.args.get("order") == "desc"
    return render_template("teacher/gradebook.html", classroom=classroom, book=book, sort=sort, descending=descending,
                           students=book.sorted_students(sort, descending=descending))


@bp.get("/classes/<int:classroom_id>/scores.csv")
def download_scores(classroom_id: int):
    """The class's scores as CSV with a BOM (Excel reads it as UTF-8): a row per student; per assignment its points,
    percentage, status and submission time."""
    classroom = get_own_classroom(classroom_id)
    table = _score_table(classroom)
    return _attachment(iter_csv(*_in_language(table.header(), table.records()), bom=True), "text/csv",
                       f"scores-class-{classroom.id}.csv")


@bp.get("/classes/<int:classroom_id>/students/<int:student_id>")
def show_student(classroom_id: int, student_id: int):
    """One student's every answer in the class's assignments."""
    classroom = get_own_classroom(classroom_id)
    student = db.session.get(User, student_id)
    if student is None or not classes.is_enrolled(classroom, student):
        abort(404)
    attempts, answers = list_student_work(classroom, student)
    marks = {a.id: marks_by_slot(a) for a in attempts}
    forms = {(a.id, slot.id): mark_form(a.id, slot.id, marks[a.id].get(slot.id),
                                        label=gettext("question %(number)s", number=slot.position))
             for a in attempts if a.is_finished for slot in a.assignment.quiz.slots}
    return render_template("teacher/student.html", classroom=classroom, student=student, attempts=attempts,
                           answers=answers, marks=marks, forms=forms)


@bp.get("/quizzes/<int:quiz_id>/analysis")
def show_item_analysis(quiz_id: int):
    """Item statistics on first attempts, flags linking to each question's editor, per-source and speaker."""
    quiz = get_own_quiz(quiz_id)
    insight = quiz_insight(quiz)
    chart = histogram(score_bins(list_quiz_percents(quiz)), title=gettext("Score distribution of %(title)s", title=quiz.title))
    return render_template("teacher/item_analysis.html", quiz=quiz, insight=insight, chart=chart)


@bp.get("/quizzes/<int:quiz_id>/items.csv")
def download_item_stats(quiz_id: int):
    """Item statistics as CSV."""
    quiz = get_own_quiz(quiz_id)
    header, records = _in_language(*item_rows(quiz_insight(quiz)))
    return _attachment(iter_csv(header, records, bom=True), "text/csv", f"item-statistics-quiz-{quiz.id}.csv")


@bp.get("/classes/<int:classroom_id>/scores.xlsx")
def download_scores_xlsx(classroom_id: int):
    """The scores table as an Excel workbook (same table as the CSV)."""
    classroom = get_own_classroom(classroom_id)
    table = _score_table(classroom)
    return _attachment(scores_to_xlsx(*_in_language(table.header(), table.records())),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       f"scores-class-{classroom.id}.xlsx")


@bp.get("/classes/<int:classroom_id>/answers.csv")
def download_answers(classroom_id: int):
    """Every answer of the class as CSV."""
    classroom = get_own_classroom(classroom_id)
    header, records = _in_language(*answer_rows(classroom))
    return _attachment(iter_csv(header, records, bom=True), "text/csv", f"answers-class-{classroom.id}.csv")
