"""Russian and Kazakh documents in a browser: a Russian .docx and a Kazakh .txt uploaded into one bank, their
languages shown and filtered, approved, quizzed and assigned; the student answers and sees the result."""
from __future__ import annotations

from pathlib import Path

import docx
from browser_support import check_accessible, log_in
from factories import commit, make_classroom, make_student, make_teacher

FIXTURES = Path(__file__).parents[1] / "generator" / "fixtures" / "languages"


def make_russian_docx(path: Path) -> Path:
    """A Word file of the Russian history text under its title."""
    document = docx.Document()
    document.add_heading("Абай Кунанбаев", level=1)
    document.add_paragraph((FIXTURES / "ru-history-abai.txt").read_text(encoding="utf-8").strip())
    document.save(path)
    return path


def upload(page, server, path: Path, bank: str | None = None) -> None:
    """Upload a document (into `bank`, by its title, when given) and wait for its job to finish."""
    page.goto(f"{server}/teacher/documents/new")
    page.get_by_label("Document (.txt").set_input_files(str(path))
    if bank:
        page.get_by_label("Add the questions to").select_option(label=bank)
    page.get_by_role("button", name="Make questions").click()
    page.get_by_role("link", name="Review the questions").wait_for(timeout=90_000)


def test_russian_docx_and_kazakh_txt_through_review_to_a_students_result(server, new_page, tmp_path):
    teacher = make_teacher()
    make_student(classroom=make_classroom(teacher, "10А"))
    commit()
    page = new_page()
    log_in(page, server, "teacher")

    upload(page, server, make_russian_docx(tmp_path / "abai.docx"))
    assert "Language of Абай Кунанбаев: Russian (detected)" in page.locator("main").inner_text()
    check_accessible(page, "teacher-job-language")
    upload(page, server, FIXTURES / "kk-news-mektep.txt", bank="Абай Кунанбаев")
    assert "Kazakh (detected)" in page.locator("main").inner_text()
    page.get_by_role("link", name="Review the questions").click()
    documents = page.locator("#documents").inner_text()
    assert "Russian" in documents and "Kazakh" in documents
    check_accessible(page, "teacher-bank-languages")

    page.locator("#f-language").select_option("kk")
    page.get_by_role("button", name="Filter").click()
    prompts = page.locator("ol.questions li p.prompt").all_inner_texts()
    assert prompts and all("Вставьте" not in p and "В каком году" not in p for p in prompts)

    page.get_by_role("link", name="Clear").click()
    page.get_by_role("button", name="Approve all").click()
    page.get_by_role("button", name="Approve").first.click()  # the confirmation page names the count
    page.get_by_role("link", name="Build a quiz").first.click()
    page.get_by_label("Quiz title").fill("Абай және мектеп")
    page.get_by_label("All approved questions").check()
    page.get_by_role("button", name="Create quiz").click()
    page.get_by_role("button", name="Assign").click()
    assert "assigned to 10А" in page.content()

    student = new_page(width=390)
    log_in(student, server, "student")
    student.get_by_role("button", name="Start quiz").click()
    cards = student.locator("fieldset.question-card")
    legends = " ".join(cards.locator("legend").all_inner_texts())
    assert "Бос орынды толтырыңыз" in legends and ("Вставьте" in legends or "В каком году" in legends)
    for i in range(cards.count()):
        card = cards.nth(i)
        if card.locator("input[type=radio]").count():
            card.locator("input[type=radio]").first.check()
        else:
            card.get_by_label("Your answer").fill("Абай")
        card.locator(".save-status").filter(has_text="Saved").wait_for()
    student.get_by_role("button", name="Finish attempt…").click()
    student.get_by_role("button", name="Submit all and finish").click()
    assert " of " in student.locator(".score").inner_text()
    check_accessible(student, "student-result-languages")
