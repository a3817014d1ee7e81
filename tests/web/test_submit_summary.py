"""A submit summary like Moodle's: "Finish attempt" shows answered and unanswered questions with a link to
each, and only the summary's confirmation submits; the player says how many are answered."""
from __future__ import annotations

from factories import commit, login, make_assignment, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import Attempt


def test_finishing_half_a_quiz_shows_the_summary_and_submits_only_on_confirmation(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "student")
    url = client.post(f"/student/assignments/{assignment.id}/start").headers["Location"]
    slot = assignment.quiz.slots[0]
    choice = slot.question.answer
    finish = client.post(url, data={f"slot_{slot.id}": choice, "submit": "1"})
    assert finish.headers["Location"].endswith("/summary")
    summary = client.get(finish.headers["Location"]).data.decode()
    assert "1 of 4 answered: 3 not answered yet." in summary
    assert summary.count("Not answered") == 3 and f'href="{url}#q2"' in summary
    db.session.expire_all()
    attempt = db.session.scalar(db.select(Attempt))
    assert attempt.submitted_at is None  # one tap on the player's button did not submit
    assert "<span data-answered>1</span> of 4 answered" in client.get(url).data.decode()
    refused = client.post(f"{url}/submit", data={})
    assert refused.headers["Location"].endswith("/summary")
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).submitted_at is None
    done = client.post(f"{url}/submit", data={"confirm": "1"})
    assert done.headers["Location"].endswith("/result")
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).score == 1.0
