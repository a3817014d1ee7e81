"""Teacher pages: classes, rosters, quizzes from banks, assignments and the scores CSV."""
from __future__ import annotations

import csv
import io

from factories import (login, commit, make_all_types_assignment, make_assignment, make_bank, make_classroom,
                       make_student, make_teacher)

from studyapp.db import db, utcnow
from studyapp.models import Classroom, Quiz, User


def test_teacher_creates_a_class_and_sees_its_join_code(client):
    make_teacher()
    commit()
    login(client, "teacher")
    response = client.post("/teacher/classes", data={"name": "History 10A"}, follow_redirects=True)
    classroom = db.session.scalar(db.select(Classroom))
    assert classroom.name == "History 10A" and len(classroom.join_code) == 8
    assert classroom.join_code.encode() in response.data


def test_empty_class_name_is_refused(client):
    make_teacher()
    commit()
    login(client, "teacher")
    response = client.post("/teacher/classes", data={"name": ""}, follow_redirects=True)
    assert b"Give the class a name" in response.data
    assert db.session.scalar(db.select(db.func.count(Classroom.id))) == 0


def test_a_bad_roster_line_is_named_and_nothing_is_added(client):
    classroom = make_classroom(make_teacher())
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/classes/{classroom.id}/roster",
                           data={"roster": "ana, Ana\nb@d name, Bad\n"})
    assert response.status_code == 422
    assert b"Line 2" in response.data and b"Nothing was added" in response.data
    assert db.session.scalar(db.select(db.func.count(User.id)).where(User.role == "student")) == 0


def test_roster_file_upload_enrols_everyone(client):
    classroom = make_classroom(make_teacher())
    commit()
    login(client, "teacher")
    data = {"roster": "", "roster_file": (io.BytesIO("username,full name\nana,Ana Ó\nbo,Bo\n".encode("utf-8-sig")), "r.csv")}
    response = client.post(f"/teacher/classes/{classroom.id}/roster", data=data, content_type="multipart/form-data")
    assert response.status_code == 200 and b"One-time passwords" in response.data
    assert [s.full_name for s in classroom.students] == ["Ana Ó", "Bo"]


def test_another_teachers_class_is_a_404(client):
    classroom = make_classroom(make_teacher("owner"))
    make_teacher("other")
    commit()
    login(client, "other")
    assert client.get(f"/teacher/classes/{classroom.id}").status_code == 404
    assert client.get(f"/teacher/classes/{classroom.id}/scores.csv").status_code == 404


def test_students_cannot_open_teacher_pages(client):
    make_student()
    commit()
    login(client, "student")
    assert client.get("/teacher/").status_code == 403


def test_build_a_quiz_of_a_chosen_number_then_assign_it(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    bank = make_bank()
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                           data={"title": "Short quiz", "selection": "count", "count": "2"})
    quiz = db.session.scalar(db.select(Quiz))
    assert response.headers["Location"].endswith(f"/teacher/quizzes/{quiz.id}")
    assert len(quiz.slots) == 2
    assert all(s.question.status == "approved" for s in quiz.slots)
    response = client.post(f"/teacher/quizzes/{quiz.id}/assign",
                           data={"classroom_ids": str(classroom.id), "due_date": "2099-01-31", "due_time": ""})
    assert response.status_code == 302
    assignment = classroom.assignments[0]
    assert (assignment.due_at.year, assignment.due_at.month, assignment.due_at.day) == (2099, 1, 31)


def test_asking_for_more_questions_than_the_bank_has_is_explained(client):
    make_teacher()
    bank = make_bank()
    commit()
    login(client, "teacher")
    response = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                           data={"title": "Too big", "selection": "count", "count": "50"})
    assert b"only 4 usable questions" in response.data


def test_approve_all_makes_drafts_usable(client):
    make_teacher()
    bank = make_bank()
    commit()
    login(client, "teacher")
    asked = client.post(f"/teacher/banks/{bank.id}/approve")
    assert "Approve the 1 draft question?" in asked.data.decode()
    client.post(f"/teacher/banks/{bank.id}/approve", data={"confirm": "1", "expected": "1"})
    db.session.expire_all()
    assert {q.status for q in bank.questions} == {"approved"}


def test_scores_csv_has_a_row_per_student_and_escapes_formulas(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student("ana", "=HYPERLINK(1)", classroom=classroom)
    make_student("bo", "Bo", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "teacher")
    response = client.get(f"/teacher/classes/{classroom.id}/scores.csv")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["username", "full_name"] and f"[#{assignment.id}]" in rows[0][2]
    assert rows[1] == ["ana", "'=HYPERLINK(1)", "", "", "not started", ""]
    assert rows[2] == ["bo", "Bo", "", "", "not started", ""]


def test_flashcard_settings_of_a_class_are_validated_and_saved(client):
    classroom = make_classroom(make_teacher())
    commit()
    login(client, "teacher")
    client.post(f"/teacher/classes/{classroom.id}/study-settings", data={"desired_retention": "0.85",
                                                                       "new_cards_per_day": "15"})
    db.session.refresh(classroom)
    assert (classroom.desired_retention, classroom.new_cards_per_day) == (0.85, 15)
    response = client.post(f"/teacher/classes/{classroom.id}/study-settings",
                           data={"desired_retention": "0.5", "new_cards_per_day": "15"}, follow_redirects=True)
    assert b"between 0.70 and 0.97" in response.data
    db.session.refresh(classroom)
    assert classroom.desired_retention == 0.85


def test_every_answer_csv_escapes_formulas_hidden_behind_spaces_and_control_characters(client):
    from studyapp.models import Attempt
    from studyapp.services import attempts

    assignment = make_all_types_assignment()
    commit()
    student = db.session.scalar(db.select(User).where(User.username == "student"))
    attempt = attempts.start_attempt(assignment, student, now=utcnow())
    typed = {"short": " =1+1", "cloze": "\n=HYPERLINK(\"x\")", "num": "\u00a0=2+2"}
    for slot in assignment.quiz.slots:
        if slot.question.key in typed:
            attempts.save_answer(attempt, slot, typed[slot.question.key], now=utcnow())
    attempts.submit_attempt(attempt, now=utcnow())
    commit()
    assert db.session.get(Attempt, attempt.id).submitted_at is not None
    login(client, "teacher")
    rows = list(csv.DictReader(io.StringIO(
        client.get(f"/teacher/classes/{assignment.classroom_id}/answers.csv").data.decode("utf-8-sig"))))
    answers = {row["answer"] for row in rows}
    assert {"' =1+1", "'\n=HYPERLINK(\"x\")", "'\u00a0=2+2"} <= answers, answers
