"""Teacher views for insight: gradebook, a student's answers, item analysis, and every export of scores."""
from __future__ import annotations

from flask import Response, abort, render_template
from flask_babel import gettext

from studyapp.charts import histogram
from studyapp.db import db, utcnow
from studyapp.formats.scores_csv import iter_csv
from studyapp.formats.scores_xlsx import scores_to_xlsx
from studyapp.models import User
from studyapp.services import classes, scores
from studyapp.services.gradebook import build_gradebook, list_quiz_percents, list_student_work, score_bins
from studyapp.services.insight import answer_rows, item_rows, quiz_insight
from studyapp.teacher import bp
from studyapp.teacher.access import get_own_classroom, get_own_quiz


def _attachment(body, mimetype: str, filename: str) -> Response:
    """A download response."""
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/classes/<int:classroom_id>/gradebook")
def show_gradebook(classroom_id: int):
    """Students by assignments, each cell with its state (services/assignment_state.py) and best score."""
    classroom = get_own_classroom(classroom_id)
    return render_template("teacher/gradebook.html", classroom=classroom, book=build_gradebook(classroom, now=utcnow()))


@bp.get("/classes/<int:classroom_id>/students/<int:student_id>")
def show_student(classroom_id: int, student_id: int):
    """One student's every answer in the class's assignments."""
    classroom = get_own_classroom(classroom_id)
    student = db.session.get(User, student_id)
    if student is None or not classes.is_enrolled(classroom, student):
        abort(404)
    attempts, answers = list_student_work(classroom, student)
    return render_template("teacher/student.html", classroom=classroom, student=student, attempts=attempts,
                           answers=answers)


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
    header, records = item_rows(quiz_insight(quiz))
    return _attachment(iter_csv(header, records), "text/csv", f"item-statistics-quiz-{quiz.id}.csv")


@bp.get("/classes/<int:classroom_id>/scores.xlsx")
def download_scores_xlsx(classroom_id: int):
    """The scores table as an Excel workbook (same table as the CSV)."""
    classroom = get_own_classroom(classroom_id)
    table = scores.build_score_table(classroom)
    return _attachment(scores_to_xlsx(table.header(), table.records()),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       f"scores-class-{classroom.id}.xlsx")


@bp.get("/classes/<int:classroom_id>/answers.csv")
def download_answers(classroom_id: int):
    """Every answer of the class as CSV."""
    classroom = get_own_classroom(classroom_id)
    header, records = answer_rows(classroom)
    return _attachment(iter_csv(header, records), "text/csv", f"answers-class-{classroom.id}.csv")
