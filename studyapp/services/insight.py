"""Item analysis of a quiz from stored attempts: rows for the statistics, and groups per source and speaker."""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Answer, Assignment, Attempt, Classroom, ManualGrade, Quiz, QuizSlot
from studyapp.question_types import get_type
from studyapp.translatable import N_, Joined, Message
from studyapp.services.item_analysis import (
    AttemptRow, GroupStats, ItemKey, QuizAnalysis, analyse_quiz, summarise_groups,
)

NO_SOURCE = Message(N_("No source"))  # the group labels that are not a title or a name: translated when shown
UNATTRIBUTED = Message(N_("Unattributed"))


@dataclass
class QuizInsight:
    """The analysis of a quiz with its slots, and the same items grouped by source and by perspective."""

    analysis: QuizAnalysis
    slots: dict[int, QuizSlot]
    by_source: list[GroupStats]
    by_perspective: list[GroupStats]


def perspective_of(question) -> str | None:
    """Whose perspective a perspective question tests: the speaker it asks about, else its source's author."""
    if question.kind != "perspective":
        return None
    if question.prompt.lower().startswith("who ") and isinstance(question.answer, str):
        return question.answer
    if question.source is not None and question.source.author:
        return question.source.author
    return UNATTRIBUTED


def _teacher_marks(attempt_ids: list[int]) -> dict[tuple[int, int], float]:
    """The teacher's points per (attempt id, slot id) where a mark or override was given."""
    if not attempt_ids:
        return {}
    return {(m.attempt_id, m.slot_id): m.points for m in db.session.scalars(
        sa.select(ManualGrade).where(ManualGrade.attempt_id.in_(attempt_ids)))}


def attempt_rows(quiz: Quiz) -> list[AttemptRow]:
    """Every submitted attempt at the quiz's graded (non-practice) assignments, as plain rows.

    Unassigned assignments and archived classes are left out, as on the gradebook; a restore brings them back."""
    slots = {s.id: s for s in quiz.slots}
    attempts = list(db.session.scalars(
        sa.select(Attempt).join(Assignment, Assignment.id == Attempt.assignment_id)
        .join(Classroom, Classroom.id == Assignment.classroom_id)
        .where(Assignment.quiz_id == quiz.id, Assignment.practice_for_id.is_(None), Attempt.submitted_at.is_not(None),
               Assignment.archived_at.is_(None), Classroom.archived_at.is_(None))
        .order_by(Attempt.id)))
    answers: dict[int, dict[int, Answer]] = {}
    teacher_marks = _teacher_marks([a.id for a in attempts])
    if attempts:
        for answer in db.session.scalars(sa.select(Answer).where(Answer.attempt_id.in_([a.id for a in attempts]))):
            answers.setdefault(answer.attempt_id, {})[answer.slot_id] = answer
    rows = []
    for attempt in attempts:
        given = answers.get(attempt.id, {})
        marks = {}
        for slot_id, slot in slots.items():
            answer = given.get(slot_id)
            earned = teacher_marks.get((attempt.id, slot_id), answer.points if answer else 0.0)  # a mark wins
            fraction = (earned / slot.points) if slot.points else 0.0
            picks = get_type(slot.question.type).picked(answer.raw) if answer else ()
            chosen = picks[0] if len(picks) == 1 and isinstance(answer.raw, str) else (picks or None)
            marks[slot_id] = (fraction, slot.points, chosen)
        rows.append(AttemptRow(student_id=attempt.student_id, answers=marks, attempt_number=attempt.number))
    return rows


def quiz_insight(quiz: Quiz) -> QuizInsight:
    """Item statistics on first attempts, with per-source and per-perspective summaries."""
    slots = {s.id: s for s in quiz.slots}
    keys = []
    for slot in quiz.slots:
        q = slot.question
        options = tuple(q.choices or ()) if get_type(q.type).offers_choices else ()
        qtype = get_type(q.type)
        correct = q.answer if isinstance(q.answer, str) else tuple(q.answer) if options and q.answer else None
        if correct is None and q.answer and qtype.picked(q.answer):  # an order or a set of matches: the whole key
            correct = qtype.picked(q.answer)[0]
        keys.append(ItemKey(slot=slot.id, options=options, correct=correct))
    analysis = analyse_quiz(attempt_rows(quiz), keys)
    by_source = {s.id: (s.question.source.title if s.question.source else NO_SOURCE) for s in quiz.slots}
    by_view = {s.id: label for s in quiz.slots if (label := perspective_of(s.question))}
    return QuizInsight(analysis, slots, summarise_groups(analysis.items, by_source),
                       summarise_groups(analysis.items, by_view))


def item_rows(insight: QuizInsight) -> tuple[list[str], list[list]]:
    """Item statistics as a table for CSV export."""
    header = [Message(title) for title in (
        N_("position"), N_("question_id"), N_("type"), N_("prompt"), N_("n"), N_("facility_percent"),
        N_("sd_percent"), N_("discrimination_index"), N_("discriminative_efficiency"), N_("flags"))]
    records = []
    for item in insight.analysis.items:
        slot = insight.slots[item.slot]

        def num(value):
            """Two decimals, or empty."""
            return "" if value is None else round(value, 2)

        records.append([slot.position, slot.question.key, slot.question.type, slot.question.prompt, item.n,
                        num(item.facility), num(item.sd), num(item.discrimination_index),
                        num(item.discriminative_efficiency), Joined([Message(f.name) for f in item.flags], "; ")])
    return header, records


def answer_rows(classroom) -> tuple[list[str], list[list]]:
    """Every answer of every submitted attempt in the class's graded assignments, for CSV export."""
    header = [Message(title) for title in (
        N_("username"), N_("full_name"), N_("assignment_id"), N_("quiz"), N_("attempt"), N_("position"),
        N_("question_id"), N_("type"), N_("prompt"), N_("answer"), N_("correct"), N_("points"), N_("max_points"),
        N_("answered_at"))]
    ids = [a.id for a in classroom.assignments]
    if not ids:
        return header, []
    rows = db.session.execute(
        sa.select(Answer, Attempt, QuizSlot).join(Attempt, Attempt.id == Answer.attempt_id)
        .join(QuizSlot, QuizSlot.id == Answer.slot_id)
        .where(Attempt.assignment_id.in_(ids), Attempt.submitted_at.is_not(None))
        .order_by(Attempt.student_id, Attempt.assignment_id, Attempt.number, QuizSlot.position)).all()
    records = []
    teacher_marks = _teacher_marks(list({attempt.id for _answer, attempt, _slot in rows}))
    for answer, attempt, slot in rows:
        marked = teacher_marks.get((attempt.id, slot.id))
        raw = answer.raw
        if isinstance(raw, list):
            raw = " | ".join(str(x) for x in raw)
        elif isinstance(raw, dict):
            raw = "; ".join(f"{k} = {v}" for k, v in raw.items())
        records.append([attempt.student.username, attempt.student.full_name, attempt.assignment_id,
                        attempt.assignment.quiz.title, attempt.number, slot.position, slot.question.key,
                        slot.question.type, slot.question.prompt, "" if raw is None else str(raw),
                        _verdict(answer, marked, slot.points), answer.points if marked is None else marked,
                        slot.points,
                        answer.answered_at.isoformat()])
    return header, records


def _verdict(answer: Answer, marked: float | None, worth: float) -> str:
    """yes or no: right, by the teacher's mark when there is one; empty while an essay waits for its mark."""
    if marked is not None:
        return _YES if marked >= worth else _NO
    if answer.is_correct is None:
        return ""
    return _YES if answer.is_correct else _NO


_YES, _NO = Message(N_("yes")), Message(N_("no"))  # a cell of the answers sheet, in the teacher's language
