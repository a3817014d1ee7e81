"""The first real-class loop in a browser: teacher sets a quiz, a student joins and takes it, the CSV matches."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

from browser_support import check_accessible, log_in
from factories import commit, make_bank, make_teacher


def test_teacher_assigns_student_joins_takes_quiz_and_csv_matches(server, page, new_page):
    make_teacher()
    bank = make_bank()
    commit()
    base = server

    # Teacher: create a class, build a quiz from the bank, assign it.
    log_in(page, base, "teacher")
    check_accessible(page, "teacher-dashboard")
    page.get_by_label("Class name").fill("Year 9 Geography")
    page.get_by_role("button", name="Create class").click()
    check_accessible(page, "teacher-class")
    code = page.locator(".join-code code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    page.goto(f"{base}/teacher/banks/{bank.id}")
    check_accessible(page, "teacher-bank")
    page.get_by_role("link", name="Build a quiz").first.click()
    page.get_by_label("Quiz title").fill("Water cycle check")
    page.get_by_label("All approved questions").check()
    check_accessible(page, "teacher-new-quiz")
    page.get_by_role("button", name="Create quiz").click()
    assert page.get_by_label("Year 9 Geography").is_checked()  # the only class is ticked already
    page.get_by_label("Due date").fill((date.today() + timedelta(days=7)).isoformat())
    check_accessible(page, "teacher-quiz")
    page.get_by_role("button", name="Assign").click()
    assert "assigned to Year 9 Geography" in page.content()

    # Student: join with the code, take the quiz (JavaScript autosave), submit, see the score.
    student = new_page(width=390)
    student.goto(f"{base}/join")
    check_accessible(student, "student-join")
    student.get_by_label("Class join code").fill(code.lower())
    student.get_by_label("Your full name").fill("Ana Kowalska")
    student.get_by_label("Choose a username").fill("ana")
    student.get_by_label("Password", exact=True).fill("ana-password")
    student.get_by_label("Repeat the password").fill("ana-password")
    student.get_by_role("button", name="Join the class").click()
    check_accessible(student, "student-dashboard")
    student.get_by_role("button", name="Start quiz").click()
    check_accessible(student, "student-attempt")
    cards = student.locator("fieldset.question-card")
    assert cards.count() == 4
    answers = {"About what share": "86%", "Condensation forms clouds": "True", "Where does most": "Lakes"}
    for i in range(cards.count()):
        card = cards.nth(i)
        legend = card.locator("legend").inner_text()
        if "_____" in legend:
            card.get_by_label("Your answer").fill("condensaton")  # a typo close enough to the key
        else:
            choice = next(v for k, v in answers.items() if k in legend)
            card.get_by_label(choice, exact=True).check()
        card.locator(".save-status").filter(has_text="Saved").wait_for()
    student.reload()  # leaving and coming back keeps every answer
    assert student.locator("input[type=radio]:checked").count() == 3
    assert student.get_by_label("Your answer").input_value() == "condensaton"
    student.get_by_role("button", name="Finish attempt…").click()
    student.get_by_role("button", name="Submit all and finish").click()
    assert "3.0 of 4.0" in student.locator(".score").inner_text()
    check_accessible(student, "student-result")

    # Teacher: the class page counts the finished student; the CSV row matches.
    page.goto(f"{base}/teacher/")
    page.get_by_role("link", name="Year 9 Geography").click()
    assert "1 of 1" in page.content()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download scores (CSV)").click()
    rows = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:2] == ["username", "full_name"] and rows[0][2].startswith("Water cycle check")
    assert [row[:5] for row in rows[1:]] == [["ana", "Ana Kowalska", "3.0", "75.0", "done"]]
