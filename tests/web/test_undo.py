"""Undo and edit: move an assignment's dates, unassign and restore with grades, archive and restore banks,
documents, quizzes and classes; creating forms sent twice (Back and resubmit) make one thing."""
from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from factories import MINI_BANK, commit, login, make_assignment, make_classroom, make_student, make_submitted_attempt, \
    make_teacher

from studyapp.db import db, utcnow
from studyapp.errors import AlreadyAssignedError, AlreadySentError, NotAllowedError
from studyapp.models import Assignment, Attempt, Classroom, FormToken, QuestionBank, Quiz
from studyapp.services import archive, form_tokens, gradebook, quizzes
from studyapp.services.overview import list_student_standings


@pytest.fixture
def setup(client):
    """A signed-in teacher, a class of two students, an assignment one of them has submitted."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    done, fresh = make_student("done", classroom=classroom), make_student("fresh", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    attempt = make_submitted_attempt(assignment, done, wrong_keys=("q-evap",))
    commit()
    login(client, "teacher")
    return teacher, classroom, assignment, done, fresh, attempt


def test_new_dates_show_on_the_students_dashboard(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    response = client.post(f"/teacher/assignments/{assignment.id}/dates", data={
        "open_date": "2026-01-05", "open_time": "08:00", "due_date": "2031-03-14", "due_time": "15:30"})
    assert response.status_code == 302
    client.post("/logout")
    login(client, "fresh")
    assert "Fri 14 Mar 2031, 15:30" in client.get("/student/").data.decode()


def test_a_due_date_before_the_opening_is_refused_and_changes_nothing(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    before = assignment.due_at
    response = client.post(f"/teacher/assignments/{assignment.id}/dates", data={
        "open_date": "2031-03-14", "open_time": "", "due_date": "2031-03-01", "due_time": ""})
    assert response.status_code == 422 and "The due date must be after the opening date." in response.data.decode()
    db.session.expire_all()
    assert db.session.get(Assignment, assignment.id).due_at == before


def test_unassign_says_who_started_then_keeps_grades_for_a_restore(client, setup, app):
    _t, classroom, assignment, _d, _f, attempt = setup
    page = client.get(f"/teacher/assignments/{assignment.id}/unassign").data.decode()
    assert "1 student already started" in page and "(1 submitted)" in page
    client.post(f"/teacher/assignments/{assignment.id}/unassign")
    db.session.expire_all()
    assert db.session.get(Assignment, assignment.id).archived_at is not None
    assert db.session.get(Classroom, classroom.id).assignments == []  # off the class page and the gradebook
    assert "Water quiz" in client.get("/teacher/archived").data.decode()
    client.post("/logout")
    login(client, "done")
    assert "Water quiz" not in client.get("/student/").data.decode()
    assert client.get(f"/student/attempts/{attempt.id}/result").status_code == 404
    assert client.post(f"/student/assignments/{assignment.id}/start").status_code == 404
    client.post("/logout")
    login(client, "teacher")
    client.post(f"/teacher/assignments/{assignment.id}/restore")
    db.session.expire_all()
    book = gradebook.build_gradebook(db.session.get(Classroom, classroom.id), now=utcnow())
    assert [a.id for a in book.assignments] == [assignment.id]
    assert book.cells[(attempt.student_id, assignment.id)].best.id == attempt.id
    assert db.session.get(Attempt, attempt.id).score == 3.0


def test_an_unassigned_quiz_takes_no_answers(client, setup):
    _t, _c, assignment, _d, fresh, _a = setup
    client.post("/logout")
    login(client, "fresh")
    start = client.post(f"/student/assignments/{assignment.id}/start")
    attempt_url = start.headers["Location"]
    slot = assignment.quiz.slots[0]
    archive.archive(db.session.get(Assignment, assignment.id), actor=assignment.classroom.teacher, now=utcnow())
    commit()
    saved = client.post(f"{attempt_url}/answers", data={"slot_id": slot.id, f"slot_{slot.id}": "x"})
    assert saved.status_code == 404


def test_assigning_twice_by_back_and_resubmit_gives_one_assignment(client, setup):
    _t, classroom, assignment, _d, _f, _a = setup
    quiz = assignment.quiz
    form = {"classroom_ids": [classroom.id], "open_date": "", "open_time": "", "due_date": "2031-01-01",
            "due_time": "", "form_token": "token-one"}
    again = client.post(f"/teacher/quizzes/{quiz.id}/assign", data=form)
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/teacher/assignments/{assignment.id}")
    assert "already assigned to Class 9B" in client.get(again.headers["Location"]).data.decode()
    assert db.session.scalar(db.select(db.func.count()).select_from(Assignment)) == 1


def test_a_form_token_sent_twice_makes_one_quiz(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    bank = assignment.quiz.bank
    first = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                        data={"title": "Once", "selection": "all", "form_token": "tok-quiz-1"})
    # the same form resent (a reload, a double tap), even edited: the token says it was sent
    second = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                         data={"title": "Once more", "selection": "all", "form_token": "tok-quiz-1"})
    assert second.headers["Location"] == first.headers["Location"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Quiz).where(Quiz.title.like("Once%"))) == 1
    assert "sent already" in client.get(second.headers["Location"]).data.decode()


def test_back_and_create_quiz_again_finds_the_quiz_just_made(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    bank = assignment.quiz.bank
    first = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                        data={"title": "Twice", "selection": "all", "form_token": "a"})
    second = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                         data={"title": "Twice", "selection": "all", "form_token": "b"})  # Back fetched a new form
    assert second.headers["Location"] == first.headers["Location"]
    assert "a moment ago, so no second one was made" in client.get(second.headers["Location"]).data.decode()
    assert db.session.scalar(db.select(db.func.count()).select_from(Quiz).where(Quiz.title == "Twice")) == 1
    assert 'value="Mini bank: the water cycle: quiz"' in client.get(f"/teacher/banks/{bank.id}/quizzes/new").data.decode()


def test_picked_questions_sent_twice_make_one_quiz(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    bank = assignment.quiz.bank
    ids = [slot.question_id for slot in assignment.quiz.slots]
    form = {"action": "quiz", "ids": ids, "scope": "ticked", "form_token": "tok-pick"}
    first = client.post(f"/teacher/banks/{bank.id}/bulk", data=form)
    second = client.post(f"/teacher/banks/{bank.id}/bulk", data=form)
    assert first.headers["Location"] == second.headers["Location"] and "/teacher/quizzes/" in first.headers["Location"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Quiz).where(Quiz.title.like("%picked%"))) == 1


def test_a_class_form_sent_twice_makes_one_class(client, setup):
    first = client.post("/teacher/classes", data={"name": "10C", "form_token": "tok-class"})
    second = client.post("/teacher/classes", data={"name": "10C", "form_token": "tok-class-new"})
    assert first.headers["Location"] == second.headers["Location"]
    assert "You already have a class named 10C" in client.get(second.headers["Location"]).data.decode()
    assert db.session.scalar(db.select(db.func.count()).select_from(Classroom).where(Classroom.name == "10C")) == 1


def test_a_failed_creation_frees_its_token(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    bank = assignment.quiz.bank
    bad = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                      data={"title": "Later", "selection": "count", "count": "99", "form_token": "tok-2"})
    assert bad.status_code == 422 and "at most" in bad.data.decode()
    good = client.post(f"/teacher/banks/{bank.id}/quizzes/new",
                       data={"title": "Later", "selection": "count", "count": "2", "form_token": "tok-2"})
    assert good.status_code == 302
    assert db.session.get(FormToken, "tok-2") is not None


def test_another_users_token_never_leads_to_their_result(app, setup):
    teacher, *_ = setup
    other = make_teacher("other")
    claim = form_tokens.claim_form_token("shared", user=teacher, now=utcnow())
    claim.result_url = "/teacher/quizzes/1"
    commit()
    with pytest.raises(AlreadySentError) as caught:
        form_tokens.claim_form_token("shared", user=other, now=utcnow())
    assert caught.value.result_url == ""


def test_archiving_is_the_owners_alone_and_restore_brings_things_back(client, setup):
    teacher, classroom, assignment, _d, _f, _a = setup
    other = make_teacher("other")
    bank = assignment.quiz.bank
    with pytest.raises(NotAllowedError):
        archive.archive(bank, actor=other, now=utcnow())
    for kind, thing in [("bank", bank), ("quiz", assignment.quiz), ("class", classroom)]:
        assert client.post(f"/teacher/archive/{kind}/{thing.id}").status_code == 302
    db.session.expire_all()
    dashboard = client.get("/teacher/").data.decode()
    assert ">Water quiz</a>" not in dashboard and ">Class 9B</a>" not in dashboard
    assert ">Mini bank: the water cycle</a>" not in dashboard
    archived = client.get("/teacher/archived").data.decode()
    assert ">Water quiz</a>" in archived and ">Class 9B</a>" in archived and ">Mini bank: the water cycle</a>" in archived
    # an archived bank's questions stay in its quiz; the class's grades stay
    assert len(db.session.get(Quiz, assignment.quiz_id).slots) == 4
    client.post("/logout")
    login(client, "done")
    assert "Class 9B" not in client.get("/student/").data.decode() and "Water quiz" not in client.get("/student/").data.decode()
    client.post("/logout")
    login(client, "teacher")
    for kind, thing in [("bank", bank), ("quiz", assignment.quiz), ("class", classroom)]:
        assert client.post(f"/teacher/restore/{kind}/{thing.id}").status_code == 302
    dashboard = client.get("/teacher/").data.decode()
    assert ">Water quiz</a>" in dashboard and ">Class 9B</a>" in dashboard and ">Mini bank: the water cycle</a>" in dashboard


def test_an_archived_document_leaves_the_bank_page_and_new_quizzes(client, setup):
    _t, _c, assignment, _d, _f, _a = setup
    bank = assignment.quiz.bank
    before = quizzes.count_quiz_questions(bank)
    document = bank.sources[0]
    client.post(f"/teacher/archive/document/{document.id}")
    db.session.expire_all()
    assert quizzes.count_quiz_questions(bank) < before
    assert len(db.session.get(Quiz, assignment.quiz_id).slots) == 4  # the old quiz keeps them
    client.post(f"/teacher/restore/document/{document.id}")
    db.session.expire_all()
    assert quizzes.count_quiz_questions(bank) == before


def test_restoring_an_assignment_assigned_again_since_is_refused(app, setup):
    teacher, classroom, assignment, _d, _f, _a = setup
    archive.archive(assignment, actor=teacher, now=utcnow())
    again = quizzes.assign_quiz(assignment.quiz, classroom, due_at=utcnow() + timedelta(days=1), now=utcnow())
    with pytest.raises(AlreadyAssignedError) as caught:
        archive.restore(assignment, actor=teacher, now=utcnow())
    assert caught.value.assignment.id == again.id


def test_standings_leave_out_archived_assignments_and_classes(app, setup):
    teacher, classroom, assignment, done, _f, _a = setup
    assert len(list_student_standings(done, now=utcnow())) == 1
    archive.archive(classroom, actor=teacher, now=utcnow())
    assert list_student_standings(done, now=utcnow()) == []
    archive.restore(classroom, actor=teacher, now=utcnow())
    archive.archive(assignment, actor=teacher, now=utcnow())
    assert list_student_standings(done, now=utcnow()) == []
    assert archive.count_started(assignment) == archive.Started(started=1, submitted=1)


def test_an_import_sent_twice_makes_one_bank(client, setup):
    payload = json.dumps(MINI_BANK).encode()
    before = db.session.scalar(db.select(db.func.count()).select_from(QuestionBank))
    for _ in range(2):
        client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(payload), "mini.json"),
                                                   "form_token": "tok-import"}, content_type="multipart/form-data")
    assert db.session.scalar(db.select(db.func.count()).select_from(QuestionBank)) == before + 1


def _short_answer_form(prompt: str, answer: str) -> dict:
    """The hand-written short-answer editor's fields."""
    return {"prompt": prompt, "text_answer": answer, "aliases": "", "explanation": "", "topic": "Cycle", "kind": "fact",
            "difficulty": "", "tag_list": "", "notes": ""}


def test_back_and_add_the_same_question_again_opens_the_first(client, setup):
    """Chromium fetches the editor afresh on Back (a new form token); the same question sent again is found."""
    bank = setup[2].quiz.bank
    before = len(bank.questions)
    url = f"/teacher/banks/{bank.id}/questions/new?type=short_answer"
    first = client.post(url, data=_short_answer_form("Where does most evaporation happen?", "Over the oceans"))
    again = client.post(url, data=_short_answer_form("Where does most evaporation happen?", "Over the oceans"))
    assert first.status_code == again.status_code == 302 and again.headers["Location"] == first.headers["Location"]
    assert "You added this question a moment ago" in client.get(again.headers["Location"]).data.decode()
    other = client.post(url, data=_short_answer_form("Where does most evaporation happen?", "Over the sea"))
    assert other.headers["Location"] != first.headers["Location"]  # another answer is another question
    db.session.expire_all()
    assert len(db.session.get(QuestionBank, bank.id).questions) == before + 2


def test_back_and_use_the_course_pack_again_asks_before_a_second_copy(client, setup, runner):
    assert runner.invoke(args=["content", "load"]).exit_code == 0
    pack = db.session.scalar(db.select(QuestionBank).where(QuestionBank.key == "content:mini"))
    first = client.post(f"/teacher/banks/{pack.id}/copy")
    copies = lambda: db.session.scalar(db.select(db.func.count()).select_from(QuestionBank)  # noqa: E731
                                       .where(QuestionBank.copied_from_id == pack.id))
    again = client.post(f"/teacher/banks/{pack.id}/copy")
    page = again.data.decode()
    assert again.status_code == 200 and "You made your own copy of" in page and copies() == 1
    assert first.headers["Location"].split("localhost")[-1] in page  # a link to the copy already made
    client.post(f"/teacher/banks/{pack.id}/copy", data={"confirm": "1"})
    assert copies() == 2
    dashboard = client.get("/teacher/").data.decode()  # "Make another copy" is asked for in so many words
    form = dashboard[dashboard.index(f'action="/teacher/banks/{pack.id}/copy"'):]
    assert 'name="confirm" value="1"' in form[:form.index("</form>")]
