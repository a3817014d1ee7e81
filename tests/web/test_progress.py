"""Progress: mastery from answers and recalls, the SVG history, due counts, practice quizzes kept out of grades."""
from __future__ import annotations

from datetime import timezone

import pytest
from factories import (
    close_assignment, commit, login, make_assignment, make_bank, make_classroom, make_student, make_submitted_attempt,
    make_teacher,
)

from studyapp.db import db, utcnow
from studyapp.models import Assignment, Attempt
from studyapp.services import scores


@pytest.fixture
def student_with_history(client):
    """A student who submitted the mini quiz with one wrong answer (Evaporation 1 of 2, Condensation 2 of 2)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom, bank=make_bank())
    make_submitted_attempt(assignment, student, wrong_keys=("q-source",))
    close_assignment(assignment)  # closed: its questions may be practised
    commit()
    login(client, "student")
    return classroom, student


def test_progress_shows_mastery_per_topic_and_source_and_a_chart(client, student_with_history):
    page = client.get("/student/progress").data.decode()
    assert "<svg" in page and "Your daily results" in page
    evaporation = page.index(">Evaporation<")
    assert "50.0%" in page[evaporation:evaporation + 400]
    condensation = page.index(">Condensation<")
    assert "100.0%" in page[condensation:condensation + 400]
    assert "The Water Cycle" in page
    assert "cards due today" in page


def test_practice_quiz_starts_on_a_topic_and_stays_out_of_the_gradebook(client, student_with_history):
    classroom, student = student_with_history
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "topics": ["Condensation"],
                                                      "count": "10"})
    assert "/student/attempts/" in response.headers["Location"]
    practice = db.session.scalar(db.select(Assignment).where(Assignment.practice_for_id == student.id))
    assert {s.question.topic for s in practice.quiz.slots} == {"Condensation"}
    attempt = db.session.scalar(db.select(Attempt).where(Attempt.assignment_id == practice.id))
    client.post(f"/student/attempts/{attempt.id}", data={"submit": "1", "confirm": "1"})
    table = scores.build_score_table(classroom, now=utcnow(), zone=timezone.utc)
    assert len(table.assignments) == 1 and "Practice" not in " ".join(table.header())
    assert "Practice" not in client.get("/student/").data.decode()


def test_practice_on_a_topic_with_no_questions_says_so(client, student_with_history):
    classroom, _ = student_with_history
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "topics": ["Volcanoes"],
                                                      "count": "5"}, follow_redirects=True)
    assert b"no questions to practise" in response.data


@pytest.mark.parametrize("count", ["0", "51", "9" * 25, "-3", "ten", ""])
def test_a_practice_count_out_of_range_gets_a_clear_message(client, student_with_history, count):
    classroom, _ = student_with_history
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "count": count},
                           follow_redirects=True)
    assert response.status_code == 200 and b"Choose how many questions (1 to 50)." in response.data
    assert db.session.scalar(db.select(Assignment).where(Assignment.practice_for_id.is_not(None))) is None


@pytest.mark.parametrize("count", [0, 51, 10 ** 25])
def test_the_practice_service_refuses_a_count_out_of_range(client, student_with_history, count):
    from studyapp.db import utcnow
    from studyapp.errors import ValidationError
    from studyapp.services import practice

    classroom, student = student_with_history
    with pytest.raises(ValidationError, match="1 to 50"):
        practice.start_practice(student, classroom, [], count=count, now=utcnow())
