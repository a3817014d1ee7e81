"""Numbers from forms, URLs and request fields are bounded: a tampered value is a clear refusal, never a 500."""
from __future__ import annotations

import inspect

import pytest
from factories import (commit, login, make_all_types_assignment, make_assignment, make_bank, make_classroom,
                       make_student, make_teacher)
from wtforms import DecimalField, FloatField, IntegerField
from wtforms.validators import NumberRange

from studyapp.auth import forms as auth_forms
from studyapp.db import db
from studyapp.models import Attempt, Question
from studyapp.student import forms as student_forms
from studyapp.teacher import forms as teacher_forms

HUGE = "9" * 25  # beyond any database integer
NUMBER_FIELDS = (IntegerField, FloatField, DecimalField)


def _number_fields():
    """(form name, field name, unbound field) of every number field in the teacher, student and auth forms."""
    for module in (teacher_forms, student_forms, auth_forms):
        for form_name, form in inspect.getmembers(module, inspect.isclass):
            for name, unbound in vars(form).items():
                if getattr(unbound, "field_class", None) and issubclass(unbound.field_class, NUMBER_FIELDS):
                    yield form_name, name, unbound


@pytest.mark.parametrize("form_name, name, unbound", list(_number_fields()), ids=lambda v: str(v)[:40])
def test_every_number_field_has_bounds_and_a_clear_message(form_name, name, unbound):
    ranges = [v for v in unbound.kwargs.get("validators", []) if isinstance(v, NumberRange)]
    assert ranges and ranges[0].min is not None and ranges[0].max is not None, f"{form_name}.{name} is unbounded"
    if (form_name, name) == ("PracticeForm", "count"):
        return  # bounded; its wording belongs to the practice rules (issue 12, finding 1)
    assert ranges[0].message and "umber must be" not in ranges[0].message, f"{form_name}.{name}: say what it is"


@pytest.fixture
def teacher_setup(client):
    """A signed-in teacher with a class of one student, the mini bank and an assignment."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    bank = make_bank()
    assignment = make_assignment(teacher, classroom, bank=bank)
    commit()
    login(client, "teacher")
    return classroom, bank, assignment


@pytest.mark.parametrize("value", ["sNaN", "NaN", "-Infinity", HUGE])
def test_flashcard_settings_refuse_values_that_are_no_number_in_range(client, teacher_setup, value):
    classroom, _bank, _assignment = teacher_setup
    response = client.post(f"/teacher/classes/{classroom.id}/study-settings",
                           data={"desired_retention": value, "new_cards_per_day": "5"}, follow_redirects=True)
    assert response.status_code == 200 and "Desired retention is between" in response.get_data(as_text=True)
    db.session.refresh(classroom)
    assert classroom.desired_retention == 0.9


@pytest.mark.parametrize("ids", [["²"], [HUGE], ["٣"]])
def test_bulk_actions_ignore_ticked_ids_that_are_no_question_id(client, teacher_setup, ids):
    _classroom, bank, _assignment = teacher_setup
    response = client.post(f"/teacher/banks/{bank.id}/bulk",
                           data={"ids": ids, "action": "approve", "tag": "", "target_bank": ""}, follow_redirects=True)
    assert response.status_code == 200 and "Tick at least one question" in response.get_data(as_text=True)


def test_moving_to_a_bank_id_beyond_any_row_is_refused(client, teacher_setup):
    _classroom, bank, _assignment = teacher_setup
    question = db.session.scalar(db.select(Question).where(Question.bank_id == bank.id))
    response = client.post(f"/teacher/banks/{bank.id}/bulk",
                           data={"ids": [str(question.id)], "action": "move", "tag": "", "target_bank": HUGE})
    assert response.status_code in (302, 404)
    db.session.refresh(question)
    assert question.bank_id == bank.id


@pytest.mark.parametrize("path", ["/teacher/classes/{huge}", "/teacher/banks/{huge}", "/teacher/quizzes/{huge}",
                                  "/student/classes/{huge}/study", "/student/attempts/{huge}/result"])
def test_ids_in_addresses_beyond_any_row_are_a_404(client, teacher_setup, path):
    assert client.get(path.format(huge=HUGE)).status_code == 404


def test_a_student_posting_tampered_numbers_gets_a_refusal_not_an_error(client, app):
    assignment = make_all_types_assignment()
    commit()
    login(client, "student")
    attempt_id = int(client.post(f"/student/assignments/{assignment.id}/start").headers["Location"].rsplit("/", 1)[1])
    attempt = db.session.get(Attempt, attempt_id)
    for slot_id in ("²", HUGE):
        response = client.post(f"/student/attempts/{attempt.id}/answers", data={"slot_id": slot_id})
        assert response.status_code == 422
    assert client.post(f"/student/cards/{HUGE}/rate", data={"rating": "3"}).status_code == 404
    practice = client.post("/student/practice", data={"classroom_id": HUGE, "count": "5"})
    assert practice.status_code in (302, 404)
    order = next(s for s in attempt.assignment.quiz.slots if s.question.type == "ordering")
    items = order.question.answer
    fields = {f"slot_{order.id}_item_{i}": item for i, item in enumerate(items)}
    fields.update({f"slot_{order.id}_pos_{i}": "²" if i == 0 else str(i + 1) for i in range(len(items))})
    response = client.post(f"/student/attempts/{attempt.id}", data=fields)
    assert response.status_code == 422 and "Give every item a position" in response.get_data(as_text=True)
