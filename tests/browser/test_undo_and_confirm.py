"""Undo, edit and confirm in a real browser: a moved due date on the student's phone, unassign and restore with
grades, Back and resubmit, the submit summary at 360 px, and "approve all N" only after its confirmation."""
from __future__ import annotations

import copy

import pytest
from browser_support import check_accessible, log_in
from factories import MINI_BANK, commit, make_assignment, make_bank, make_classroom, make_student, \
    make_submitted_attempt, make_teacher

from studyapp.db import db
from studyapp.models import Assignment, Attempt, GenerationJob, Question, Quiz


@pytest.fixture
def course(live_app):
    """A teacher, a class with two students, an assignment one of them submitted (3 of 4)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    done = make_student("done", "Dana Done", classroom=classroom)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    make_submitted_attempt(assignment, done, wrong_keys=("q-evap",))
    commit()
    return assignment


def count(model, *where) -> int:
    """Rows of `model` (matching `where`), read on a fresh connection."""
    with db.engine.connect() as conn:
        return conn.execute(db.select(db.func.count()).select_from(model).where(*where)).scalar()


def test_a_moved_due_date_shows_on_the_students_dashboard(server, page, new_page, course):
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/assignments/{course.id}")
    page.get_by_label("Due date").fill("2031-03-14")
    page.locator("#due_time").fill("15:30")
    page.get_by_role("button", name="Save dates").click()
    page.get_by_text("Dates saved").wait_for()
    check_accessible(page, "teacher-assignment-dates")
    phone = new_page(width=360)
    log_in(phone, server, "student")
    assert "due Fri 14 Mar 2031, 15:30" in phone.locator(".assignment-card").inner_text()
    check_accessible(phone, "student-dashboard-moved-360")


def test_unassign_then_restore_keeps_the_grades(server, page, new_page, course):
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/assignments/{course.id}")
    page.get_by_role("link", name="Unassign…").click()
    assert "1 student already started" in page.locator("#unassign-count").inner_text()
    check_accessible(page, "teacher-unassign-confirm")
    page.get_by_role("button", name="Unassign (1 student started)").click()
    page.get_by_text("is unassigned from Class 9B").wait_for()
    phone = new_page(width=360)
    log_in(phone, server, "done")
    assert "Water quiz" not in phone.content()
    page.goto(f"{server}/teacher/")
    page.get_by_role("link", name="Archived").click()
    check_accessible(page, "teacher-archived")
    page.locator("li", has_text="Water quiz").get_by_role("button", name="Restore").click()
    page.get_by_text("assigned to Class 9B again, with its grades").wait_for()
    row = page.locator("tr", has_text="Dana Done")
    assert "3.0 / 4.0 (75.0%)" in row.inner_text()
    phone.reload()
    assert "75.0%" in phone.locator(".assignment-card").inner_text()
    check_accessible(phone, "student-dashboard-restored-360")


def test_back_and_resubmit_gives_one_assignment_and_one_quiz(server, page, course):
    log_in(page, server, "teacher")
    classroom = make_classroom(course.classroom.teacher, "Class 10A")
    commit()
    bank_id = course.quiz.bank_id
    page.goto(f"{server}/teacher/banks/{bank_id}/quizzes/new")
    page.get_by_label("Quiz title").fill("Resubmitted quiz")
    page.get_by_role("button", name="Create quiz").click()
    page.get_by_text("Quiz created").wait_for()
    page.go_back()
    page.get_by_role("button", name="Create quiz").click()
    page.locator("h1").wait_for()
    assert count(Quiz, Quiz.title == "Resubmitted quiz") == 1
    page.goto(f"{server}/teacher/quizzes/{course.quiz_id}")
    page.get_by_label("Class 10A").check()
    page.get_by_label("Class 9B").uncheck()
    page.get_by_role("button", name="Assign").click()
    page.get_by_text("assigned to Class 10A").wait_for()
    page.go_back()
    page.get_by_role("button", name="Assign").click()
    page.locator(".flash").first.wait_for()
    check_accessible(page, "teacher-assigned-again")
    print("second send:", page.locator(".flash").first.inner_text())
    assert "already" in page.locator(".flash").first.inner_text()
    assert count(Assignment, Assignment.classroom_id == classroom.id) == 1


def test_back_and_send_a_pasted_text_again_makes_one_job(server, page, course):
    """Chromium restores the pasted text on Back and fetches the form afresh; sending it again makes nothing new."""
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/documents/new")
    page.locator("textarea[name=text]").fill("The Nile is the longest river in Africa. It flows north into the "
                                             "Mediterranean Sea through Egypt. " * 4)
    page.get_by_role("button", name="Make questions").click()
    page.wait_for_url("**/teacher/jobs/*")
    first = page.url
    page.go_back()
    assert page.locator("textarea[name=text]").input_value().startswith("The Nile")  # what makes a resend easy
    page.get_by_role("button", name="Make questions").click()
    page.get_by_text("You sent this document a moment ago").wait_for()
    assert page.url == first and count(GenerationJob) == 1


def test_a_half_answered_quiz_shows_the_summary_and_submits_only_on_confirmation(server, new_page, course):
    phone = new_page(width=360)
    log_in(phone, server, "student")
    phone.get_by_role("button", name="Start quiz").click()
    counter = phone.locator("#answered-count")
    assert counter.inner_text() == "0 of 4 answered"
    first = phone.locator("fieldset.question-card").first
    first.locator("input[type=radio]").first.check()
    assert counter.inner_text() == "1 of 4 answered"  # counted as the student answers, before any reload
    first.locator(".save-status").filter(has_text="Saved").wait_for()
    check_accessible(phone, "student-attempt-count-360")
    phone.get_by_role("button", name="Finish attempt…").click()
    assert "1 of 4 answered: 3 not answered yet" in phone.locator("#summary-count").inner_text()
    assert phone.locator("td.unanswered").count() == 3
    check_accessible(phone, "student-summary-360")
    assert count(Attempt, Attempt.submitted_at.is_not(None)) == 1  # only Dana's: nothing submitted by one tap
    phone.get_by_role("link", name="Question 2").click()
    assert phone.url.endswith("#q2")
    phone.get_by_role("button", name="Finish attempt…").click()
    phone.get_by_role("button", name="Submit all and finish").click()
    phone.locator(".score").wait_for()
    assert count(Attempt, Attempt.submitted_at.is_not(None)) == 2


def test_approve_all_asks_with_the_count_first(server, page, live_app):
    make_teacher()
    data = copy.deepcopy(MINI_BANK)
    draft = next(q for q in data["questions"] if q["id"] == "q-draft")
    data["questions"] += [{**copy.deepcopy(draft), "id": f"q-more-{i}", "prompt": f"Statement {i}."} for i in range(11)]
    bank = make_bank(data)
    commit()
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/banks/{bank.id}?status=draft")
    check_accessible(page, "teacher-bank-bulk")
    page.locator("li.question-card", has_text="Statement 0.").get_by_role("button", name="Reject").click()
    page.get_by_text("Question rejected").wait_for()
    page.get_by_label("Tick all 11 on this page").check()  # the script ticks every box of the page
    assert page.locator("input[name=ids]:checked").count() == 11
    page.get_by_role("button", name="Approve all 11 drafts").click()
    assert "Approve all 11 draft questions?" in page.locator("h1").inner_text()
    check_accessible(page, "teacher-approve-all-confirm")
    assert count(Question, Question.status == "draft") == 11  # nothing yet
    page.get_by_role("button", name="Approve 11 questions").click()
    page.get_by_text("11 questions approved").wait_for()
    assert count(Question, Question.status == "draft") == 0
    assert count(Question, Question.status == "rejected") == 1
