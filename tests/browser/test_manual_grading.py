"""Manual grading in a browser: an essay written in the editor, answered on a phone, marked from the grading queue with
a comment, the gradebook moving from "Needs grading" to the score; an override shown to the student and kept by a
regrade. axe-core finds no violations on any page."""
from __future__ import annotations

from datetime import date, timedelta

from browser_support import check_accessible, log_in
from factories import commit, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import Answer, Attempt, ManualGrade, Question

BANK = {
    "format": "studyapp.bank/1", "title": "Rivers of Kazakhstan", "sources": [],
    "questions": [{"id": "q-ural", "type": "true_false", "kind": "fact", "prompt": "The Ural flows into the Aral Sea.",
                   "answer": "True", "choices": ["True", "False"], "status": "approved"}],
    "flashcards": [],
}
ESSAY = "The Syr Darya floods in spring because snow melts in the Tian Shan.\nThe ground is still frozen."


def test_essay_written_marked_from_the_queue_and_an_override_kept_by_a_regrade(server, page, new_page):
    teacher = make_teacher()
    classroom = make_classroom(teacher, "Year 9 Geography")
    make_student(classroom=classroom)
    bank = make_bank(BANK, key="test:rivers", owner=teacher)
    commit()
    base = server

    # Teacher: write an essay in the editor (template and grader information), approve it, assign a quiz.
    log_in(page, base, "teacher")
    page.goto(f"{base}/teacher/banks/{bank.id}")
    page.get_by_role("link", name="Add a question").click()
    page.get_by_role("link", name="Essay (marked by the teacher)").click()
    page.get_by_label("Question", exact=True).fill("Why do rivers in Kazakhstan flood in spring?")
    page.get_by_label("Response template (the answer box starts with it; optional)").fill("Rivers flood because")
    page.get_by_label("Information for graders (students never see it; optional)").fill("Snowmelt; frozen ground.")
    check_accessible(page, "teacher-new-essay")
    page.get_by_role("button", name="Add question").click()
    check_accessible(page, "teacher-essay-question")
    essay_question = db.session.scalar(db.select(Question).where(Question.type == "essay"))
    assert essay_question.answer == {"template": "Rivers flood because", "grader_info": "Snowmelt; frozen ground."}
    page.get_by_role("button", name="Approve", exact=True).click()
    page.goto(f"{base}/teacher/banks/{bank.id}")
    page.get_by_role("link", name="Build a quiz").first.click()
    page.get_by_label("Quiz title").fill("Spring floods")
    page.get_by_label("All approved questions").check()
    page.get_by_role("button", name="Create quiz").click()
    page.get_by_label("Due date").fill((date.today() + timedelta(days=7)).isoformat())
    page.get_by_role("button", name="Assign").click()
    assert "assigned to Year 9 Geography" in page.content()

    # Student on a 360 px phone: the essay box starts with the template; the essay is autosaved and kept.
    student = new_page(width=360)
    log_in(student, base, "student")
    student.get_by_role("button", name="Start quiz").click()
    student.locator("textarea.essay").wait_for()
    check_accessible(student, "student-attempt-essay")
    assert student.evaluate("document.documentElement.scrollWidth") <= 360
    box = student.get_by_label("Your answer")
    assert box.input_value() == "Rivers flood because"
    box.fill("")
    box.press_sequentially(ESSAY[:40])
    box.fill(ESSAY)  # the rest pasted
    student.locator(".type-essay .save-status").filter(has_text="Saved").wait_for()
    student.reload()
    assert student.get_by_label("Your answer").input_value() == ESSAY
    student.get_by_label("False").check()  # wrong: the Ural flows into the Caspian... the key says True
    student.locator(".type-true_false .save-status").filter(has_text="Saved").wait_for()
    student.get_by_role("button", name="Finish attempt…").click()
    student.get_by_role("button", name="Submit all and finish").click()
    student.locator(".score").wait_for()
    assert "Your teacher has 1 answer still to mark" in student.locator(".score").inner_text()
    assert "Waiting for your teacher's mark" in student.content()
    assert "Snowmelt; frozen ground." not in student.content()
    check_accessible(student, "student-result-essay-waiting")
    student.goto(f"{base}/student/")
    assert "Needs grading" in student.content()
    check_accessible(student, "student-dashboard-needs-grading")

    # Teacher: the gradebook says "Needs grading"; the queue shows the essay; mark it with a comment.
    page.goto(f"{base}/teacher/classes/{classroom.id}/gradebook")
    check_accessible(page, "teacher-gradebook-needs-grading")
    page.get_by_role("link", name="Needs grading").click()
    page.locator(".queue-item").wait_for()
    check_accessible(page, "teacher-grading-queue")
    assert "1 answer to mark" in page.content() and "Tian Shan" in page.content()
    page.get_by_label("Points").fill("4")
    page.get_by_label("Comment for the student (optional)").fill("Clear cause and effect. Name the months next time.")
    page.get_by_role("button", name="Save mark").click()
    assert "Give points from 0 to 1." in page.content()  # the slot is worth 1 point: nothing saved, text kept
    assert page.get_by_label("Comment for the student (optional)").input_value().startswith("Clear cause")
    check_accessible(page, "teacher-grading-queue-refused")
    page.get_by_label("Points").fill("0.75")
    page.get_by_role("button", name="Save mark").click()
    assert "0 answers to mark" in page.content()
    page.goto(f"{base}/teacher/classes/{classroom.id}/gradebook")
    assert "Needs grading" not in page.content() and "37.5%" in page.content()

    # Student: the points and the comment on the result page.
    student.goto(f"{base}/student/")
    student.get_by_role("link", name="See your answers").click()
    assert "Your score: 0.8 of 2.0 (37.5%)" in student.locator(".score").inner_text()
    assert "Your teacher gave 0.75 of 1.0 point." in student.content()
    assert "Name the months next time." in student.content()
    check_accessible(student, "student-result-essay-marked")

    # Teacher: override the true/false answer with a comment, then fix its key: the regrade keeps the override.
    page.goto(f"{base}/teacher/classes/{classroom.id}/gradebook")
    page.get_by_role("link", name="Sam Student").click()
    page.get_by_text("Override the points").click()
    opened = page.locator("details[open]")
    opened.get_by_label("Points for question 1").fill("1")
    opened.get_by_label("Comment for the student (optional)").fill("The map in class was wrong: full marks.")
    opened.get_by_role("button", name="Save points").click()
    assert "(your mark; automatic 0.0)" in page.content()
    check_accessible(page, "teacher-student-override")
    tf_question = db.session.scalar(db.select(Question).where(Question.type == "true_false"))
    page.goto(f"{base}/teacher/questions/{tf_question.id}")
    page.get_by_label("False").check()
    page.get_by_role("button", name="Save changes").click()
    assert "1 manual override kept: your marks still count" in page.content()
    db.session.expire_all()
    answer = next(a for a in db.session.scalars(db.select(Answer)) if a.raw == "False")
    assert (answer.points, db.session.scalar(db.select(db.func.count()).select_from(ManualGrade))) == (1.0, 2)
    assert db.session.scalars(db.select(Attempt)).one().score == 1.75

    student.reload()
    assert "Your teacher gave 1.0 of 1.0 point." in student.content()
    assert "The map in class was wrong: full marks." in student.content()
    check_accessible(student, "student-result-override")
