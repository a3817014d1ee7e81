"""A Moodle file in a browser: the teacher imports a GIFT file with questions StudyApp cannot take, reads the report
(line, type, why), opens the bank, and sees all or nothing refuse the same file; axe finds nothing on each page."""
from __future__ import annotations

from pathlib import Path

from browser_support import check_accessible, log_in
from factories import commit, make_teacher

from studyapp.db import db
from studyapp.models import QuestionBank

GIFT = Path(__file__).parent.parent / "fixtures" / "moodle" / "every_feature.gift"


def test_a_partial_import_shows_its_report_and_all_or_nothing_refuses(server, page):
    make_teacher()
    commit()
    base = server
    log_in(page, base, "teacher")
    page.goto(f"{base}/teacher/banks/import")
    check_accessible(page, "teacher-import-bank")
    page.get_by_label("Bank file (.json, .gift/.txt, Moodle .xml, QTI .zip, .csv, Anki .apkg)").set_input_files(str(GIFT))
    page.get_by_role("button", name="Import").click()
    page.get_by_role("heading", name="Import report").wait_for()
    check_accessible(page, "teacher-import-report")
    assert "Imported 15 questions from every_feature.gift" in page.get_by_role("status").inner_text()
    rows = page.locator("#skipped tbody tr")
    assert rows.count() == 3 - ("essay" not in page.locator("#skipped").inner_text())
    assert rows.last.inner_text().split("\t")[:2] == ["60", "multianswer"]
    assert "embedded multi-gap (cloze) questions are not supported" in rows.last.inner_text()
    page.get_by_role("link", name="Open the bank").click()
    assert "Lambda" in page.locator("h1").inner_text()

    page.goto(f"{base}/teacher/banks/import")
    page.get_by_label("Bank file (.json, .gift/.txt, Moodle .xml, QTI .zip, .csv, Anki .apkg)").set_input_files(str(GIFT))
    page.get_by_label("All or nothing: import nothing if any question cannot be read").check()
    page.get_by_role("button", name="Import").click()
    error = page.locator(".error").inner_text()
    assert "Nothing was imported" in error and "Line 60 (multianswer)" in error
    check_accessible(page, "teacher-import-all-or-nothing")
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 1
