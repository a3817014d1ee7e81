"""Multiple response in a browser: written by hand, assigned, taken by keyboard alone at 360 px, exported, re-imported."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from browser_support import check_accessible, log_in
from factories import commit, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import Question

DRAFT_BANK = {
    "format": "studyapp.bank/1", "title": "Water by hand", "sources": [],
    "questions": [{"id": "q-draft", "type": "short_answer", "kind": "fact", "prompt": "Name the gas form of water.",
                   "answer": "Steam", "status": "draft"}],
    "flashcards": [],
}
CHOICES = ["Evaporation", "Photosynthesis", "Condensation", "Erosion"]


def tab_to(page, label: str, limit: int = 80) -> None:
    """Press Tab until the focused element is named `label` (its label, aria-label or text)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        name = page.evaluate("""() => { const el = document.activeElement;
            const own = el.labels && el.labels.length ? el.labels[0].innerText : '';
            return (el.getAttribute('aria-label') || own || el.innerText || '').trim(); }""")
        if name == label:
            return
    raise AssertionError(f"Tab never reached {label!r}")


def test_teacher_writes_assigns_student_ticks_by_keyboard_partial_credit_export_reimport(server, page, new_page,
                                                                                          tmp_path):
    teacher = make_teacher()
    classroom = make_classroom(teacher, "Year 9 Science")
    make_student(classroom=classroom)
    bank = make_bank(DRAFT_BANK, key="test:by-hand", owner=teacher)
    commit()
    base = server

    # Teacher: add a multiple-response question by hand, approve it, build a quiz and assign it.
    log_in(page, base, "teacher")
    page.goto(f"{base}/teacher/banks/{bank.id}")
    page.get_by_role("link", name="Add a question").click()
    page.get_by_role("link", name="Multiple response (tick all that apply)").click()
    page.get_by_label("Question", exact=True).fill("Which are stages of the water cycle?")
    for i, text in enumerate(CHOICES, start=1):
        page.get_by_label(f"Choice {i}", exact=True).fill(text)
    page.get_by_label("Choice 1 is correct").check()
    page.get_by_label("Choice 3 is correct").check()
    check_accessible(page, "teacher-new-multiple-response")
    page.get_by_role("button", name="Add question").click()
    check_accessible(page, "teacher-multiple-response-question")
    made = db.session.scalar(db.select(Question).where(Question.type == "multiple_response"))
    assert (made.choices, made.answer) == (CHOICES, ["Evaporation", "Condensation"])
    page.get_by_role("button", name="Approve", exact=True).click()
    page.goto(f"{base}/teacher/banks/{bank.id}")
    check_accessible(page, "teacher-bank-multiple-response")
    page.get_by_role("link", name="Build a quiz").first.click()
    page.get_by_label("Quiz title").fill("Tick all that apply")
    page.get_by_label("All approved questions").check()
    page.get_by_role("button", name="Create quiz").click()
    page.get_by_label("Due date").fill((date.today() + timedelta(days=7)).isoformat())
    page.get_by_role("button", name="Assign").click()
    assert "assigned to Year 9 Science" in page.content()

    # Student, on a 360 px phone, by keyboard alone: start, tick one right and no wrong option, submit.
    student = new_page(width=360)
    log_in(student, base, "student")
    tab_to(student, "Start quiz")
    student.keyboard.press("Enter")
    student.locator("fieldset.question-card").wait_for()
    check_accessible(student, "student-attempt-multiple-response")
    assert student.locator("input[type=checkbox]").count() == len(CHOICES)
    assert student.evaluate("document.documentElement.scrollWidth") <= 360
    tab_to(student, "Evaporation")
    student.keyboard.press("Space")
    student.locator(".save-status").filter(has_text="Saved").wait_for()
    student.reload()  # the ticked box is kept
    assert student.get_by_label("Evaporation").is_checked() and not student.get_by_label("Erosion").is_checked()
    tab_to(student, "Finish attempt…")
    student.keyboard.press("Enter")
    student.locator("#summary-count").wait_for()
    tab_to(student, "Submit all and finish")  # the summary's confirmation
    student.keyboard.press("Enter")
    student.locator(".score").wait_for()
    assert "0.5 of 1.0" in student.locator(".score").inner_text()
    assert "Partly right (0.5 of 1.0)" in student.content()
    assert "Evaporation, Condensation" in student.content()
    check_accessible(student, "student-result-multiple-response")

    # Teacher: export to GIFT and Moodle XML; each file imports back with the question intact.
    for fmt, label in (("gift", "GIFT for Moodle"), ("moodle-xml", "Moodle XML")):
        page.goto(f"{base}/teacher/banks/{bank.id}")
        page.get_by_text("Export this bank").click()
        with page.expect_download() as info:
            page.get_by_role("link", name=label).click()
        exported = tmp_path / info.value.suggested_filename
        exported.write_bytes(Path(info.value.path()).read_bytes())
        page.goto(f"{base}/teacher/banks/import")
        check_accessible(page, f"teacher-import-{fmt}")
        page.get_by_label("Bank file").set_input_files(str(exported))
        page.get_by_role("button", name="Import").click()
        check_accessible(page, f"teacher-imported-{fmt}")
        db.session.expire_all()
        copies = db.session.scalars(db.select(Question).where(Question.type == "multiple_response")).all()
        latest = max(copies, key=lambda q: q.id)
        assert latest.id != made.id and (latest.choices, latest.answer) == (CHOICES, ["Evaporation", "Condensation"])
