"""In Chromium, with axe: a quiz built from two banks and reordered, the export page listing what each format
leaves out (the downloads read back by gift-pegjs), flashcards reviewed in the bank, the gradebook sorted."""
from __future__ import annotations

import copy
import os

from browser_support import check_accessible, log_in
from playwright.sync_api import expect
from factories import (
    MINI_BANK, commit, make_assignment, make_bank, make_classroom, make_student, make_submitted_attempt, make_teacher,
)

from studyapp.db import db
from studyapp.models import Flashcard, Quiz


def _second_bank() -> dict:
    """The mini bank retitled, its prompts marked, so its questions can be told apart."""
    data = copy.deepcopy(MINI_BANK)
    data["title"] = "Second bank"
    for q in data["questions"]:
        q["prompt"] = "Second: " + q["prompt"]
    return data


def test_a_quiz_from_two_banks_is_built_reordered_and_trimmed(page, server):
    make_teacher()
    first = make_bank()
    make_bank(_second_bank(), key="test:second")
    commit()
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/banks/{first.id}/quizzes/new")
    check_accessible(page, "quiz-builder-two-banks")
    page.get_by_label("Second bank").check()
    page.get_by_label("Time limit in minutes (empty: none)").fill("30")
    page.get_by_label("Show right answers").select_option("immediate")
    with page.expect_navigation():
        page.get_by_role("button", name="Create quiz").click()
    assert "/teacher/quizzes/" in page.url
    cards = page.locator("ol.questions > li .prompt")
    expect(cards).to_have_count(8)
    last = cards.nth(7).inner_text()
    assert last.startswith("Second: ")
    page.get_by_role("button", name="Move up question 8").click()
    expect(cards.nth(6)).to_have_text(last)
    page.get_by_role("button", name="Remove question 1").click()
    expect(cards).to_have_count(7)
    check_accessible(page, "quiz-reordered")
    prompts = cards.all_inner_texts()
    assert len(prompts) == 7 and prompts[5] == last
    db.session.expire_all()
    quiz = db.session.scalars(db.select(Quiz)).one()
    assert (quiz.time_limit_minutes, quiz.feedback_mode) == (30, "immediate")
    assert [s.question.prompt for s in quiz.slots] == prompts


def test_the_export_page_lists_what_a_format_leaves_out_and_flashcards_are_reviewed(page, server, tmp_path):
    from formats.test_gift import gift_pegjs

    make_teacher()
    data = copy.deepcopy(MINI_BANK)
    card = data["flashcards"][0]
    data["flashcards"] = [dict(card, id="f-1", front="Evaporation card", status="approved"),
                          dict(card, id="f-2", front="Draft card", status="draft")]
    bank = make_bank(data)
    commit()
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/banks/{bank.id}")
    page.get_by_text("Export this bank").click()
    page.get_by_role("link", name="Include drafts, or see what each format leaves out").click()
    page.wait_for_url("**/export")
    gift = page.locator("#format-gift")
    gift.get_by_text("Leaves out 0 questions and 1 flashcard").click()
    assert "Evaporation card" in gift.inner_text() and "GIFT for Moodle has no flashcards" in gift.inner_text()
    assert "Draft card" not in page.content()
    check_accessible(page, "export-page")
    with page.expect_download() as info:
        gift.get_by_role("link", name="Download GIFT for Moodle").click()
    parsed = gift_pegjs(info.value.path(), os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1")
    assert parsed["count"] == 4  # the four approved questions; the draft stays home
    page.get_by_label("Include drafts").check()
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/export?drafts=1")
    page.locator("#format-gift").get_by_text("Leaves out 0 questions and 2 flashcards").click()
    expect(page.locator("#format-gift")).to_contain_text("Draft card")
    with page.expect_download() as info:
        page.locator("#format-gift").get_by_role("link", name="Download GIFT for Moodle").click()
    assert gift_pegjs(info.value.path(), False)["count"] == 5

    page.goto(f"{server}/teacher/banks/{bank.id}")
    page.get_by_role("link", name="Review flashcards").click()
    check_accessible(page, "flashcards-review")
    page.get_by_role("button", name="Approve flashcard f-2").click()
    expect(page.get_by_text("1 of 1 flashcard approved.")).to_be_visible()
    db.session.expire_all()
    assert {c.key: c.status for c in db.session.scalars(db.select(Flashcard))} == {"f-1": "approved", "f-2": "approved"}


def test_the_gradebook_sorts_by_a_column_link(page, server):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    ana = make_student("ana", "Ana", classroom=classroom)
    make_student("zoe", "Zoe", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    make_submitted_attempt(assignment, ana, wrong_keys=("q-source",))
    commit()
    log_in(page, server, "teacher")
    page.goto(f"{server}/teacher/classes/{classroom.id}/gradebook")
    rows = page.locator("tbody th[scope=row]")
    assert rows.all_inner_texts() == ["Ana", "Zoe"]
    page.get_by_role("link", name="Student").click()  # sorted by name already: this reverses it
    page.wait_for_url("**sort=name&order=desc")
    assert rows.all_inner_texts() == ["Zoe", "Ana"]
    page.get_by_role("link", name="Average").click()
    page.wait_for_url("**sort=total&order=desc")
    assert rows.all_inner_texts() == ["Ana", "Zoe"]  # highest first; Zoe has no score yet
    check_accessible(page, "gradebook-sorted")
