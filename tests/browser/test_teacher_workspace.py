"""The teacher workspace in a browser: upload a .docx and a .pdf, review, edit, approve, quiz by rules, preview,
assign; the student then sees only approved questions."""
from __future__ import annotations

import html
from pathlib import Path

import docx
from browser_support import check_accessible, log_in
from factories import commit, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import Question

DOCS = Path(__file__).parents[1] / "generator" / "documents"


def make_docx(path: Path) -> Path:
    """A Word file of the printing-press history text, headed by its title."""
    document = docx.Document()
    document.add_heading("The Printing Press", level=1)
    for paragraph in (DOCS / "printing_press.txt").read_text().split("\n\n")[1:]:
        document.add_paragraph(" ".join(paragraph.split()))
    document.save(path)
    return path


def make_pdf(browser, path: Path) -> Path:
    """A real PDF of the photosynthesis text, printed by Chromium."""
    body = "".join(f"<p>{html.escape(' '.join(p.split()))}</p>"
                   for p in (DOCS / "photosynthesis.md").read_text().split("\n\n") if not p.startswith("#"))
    page = browser.new_page()
    page.set_content(f"<html><body><h1>Photosynthesis</h1>{body}</body></html>")
    page.pdf(path=str(path))
    page.close()
    return path


def upload(page, server, path: Path, title: str) -> None:
    """Upload a document through the form and wait for its job to finish."""
    page.goto(f"{server}/teacher/")
    page.get_by_role("link", name="Make questions from a document").click()
    check_accessible(page, "teacher-upload")
    page.get_by_label("Document (.txt").set_input_files(str(path))
    page.get_by_label("Title").fill(title)
    page.get_by_label("Author").fill("Ms Rivera")
    page.get_by_role("button", name="Make questions").click()
    check_accessible(page, "teacher-job")
    page.get_by_role("link", name="Review the questions").wait_for(timeout=90_000)
    assert "draft questions made" in page.content()


def test_upload_review_edit_approve_quiz_by_rules_preview_assign(server, browser, new_page, tmp_path):
    teacher = make_teacher()
    classroom = make_classroom(teacher, "History 8")
    make_student(classroom=classroom)
    commit()
    page = new_page()
    log_in(page, server, "teacher")

    upload(page, server, make_pdf(browser, tmp_path / "photosynthesis.pdf"), "Photosynthesis")
    upload(page, server, make_docx(tmp_path / "press.docx"), "The Printing Press")
    page.get_by_role("link", name="Review the questions").click()
    check_accessible(page, "teacher-bank-drafts")
    assert "The Printing Press" in page.locator("h1").inner_text()

    # Edit one draft and approve it from its page.
    page.locator("ol.questions li").first.locator("p.prompt a").click()
    check_accessible(page, "teacher-question")
    assert page.locator("mark").count() == 1  # the evidence, highlighted in its paragraph
    prompt = page.get_by_label("Question", exact=True)
    prompt.fill(prompt.input_value().rstrip("?") + " (edited)?")
    page.get_by_role("button", name="Save changes").click()
    assert "Saved (question text changed)" in page.content()
    page.get_by_role("button", name="Approve", exact=True).click()
    assert "Question approved" in page.content()
    edited_id = int(page.url.rsplit("/", 1)[1])

    # Bulk-approve five multiple-choice drafts.
    bank_id = db.session.get(Question, edited_id).bank_id
    page.goto(f"{server}/teacher/banks/{bank_id}?type=multiple_choice&status=draft")
    boxes = page.locator("input[name=ids]")
    for i in range(min(5, boxes.count())):
        boxes.nth(i).check()
    page.get_by_label("With the selected questions").select_option("approve")
    page.get_by_role("button", name="Apply", exact=True).click()
    assert "selected questions changed" in page.content()

    # Quiz by rules: multiple choice only; preview; assign to the class.
    page.goto(f"{server}/teacher/banks/{bank_id}/quizzes/new")
    page.get_by_label("Quiz title").fill("Printing press check")
    page.get_by_label("Multiple choice", exact=True).check()
    check_accessible(page, "teacher-quiz-rules")
    page.get_by_role("button", name="Create quiz").click()
    assert "Quiz created with" in page.content()
    page.get_by_role("link", name="Preview as a student").click()
    check_accessible(page, "teacher-preview")
    page.locator("fieldset.question-card").first.locator("input[type=radio]").first.check()
    page.get_by_role("button", name="Check answers").click()
    assert page.locator(".verdict").count() >= 1
    page.go_back()
    page.go_back()
    assert page.get_by_label("History 8").is_checked()
    page.get_by_role("button", name="Assign").click()
    assert "assigned to History 8" in page.content()

    # The student sees exactly the approved multiple-choice questions of that bank.
    approved = {q.prompt for q in db.session.scalars(db.select(Question).where(
        Question.bank_id == bank_id, Question.status == "approved", Question.type == "multiple_choice"))}
    student = new_page(width=390)
    log_in(student, server, "student")
    student.get_by_role("button", name="Start quiz").click()
    shown = {text.split(". ", 1)[1] for text in student.locator("legend").all_inner_texts()}
    assert shown == approved and len(shown) >= 2
