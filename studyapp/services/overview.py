"""A student's assignments across their classes, soonest due first, each with its standing."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Assignment, Classroom, Enrolment, User
from studyapp.services.assignment_state import Standing, list_standings


def list_student_standings(student: User, *, now: datetime) -> list[Standing]:
    """Every graded assignment of the student's classes (no practice quizzes, nothing archived), soonest due first, with its standing."""
    assignments = list(db.session.scalars(
        sa.select(Assignment).join(Enrolment, Enrolment.classroom_id == Assignment.classroom_id)
        .join(Classroom, Classroom.id == Assignment.classroom_id)
        .where(Enrolment.student_id == student.id, Assignment.practice_for_id.is_(None),
               Assignment.archived_at.is_(None), Classroom.archived_at.is_(None))
        .order_by(Assignment.due_at.is_(None), Assignment.due_at, Assignment.id)
    ))
    standings = list_standings(assignments, [student.id], now=now)
    return [standings[(student.id, a.id)] for a in assignments]
