"""Students in a real browser: every type by keyboard alone, offline answering, two tabs, study, at 360 px."""
from __future__ import annotations

import pytest
from browser_support import check_accessible, log_in
from factories import close_assignment, commit, make_all_types_assignment

from studyapp.db import db
from studyapp.models import Answer, Attempt, Review


@pytest.fixture
def quiz(live_app):
    """A class with one student and an assignment of one question of each type."""
    assignment = make_all_types_assignment()
    commit()
    return assignment


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has the focus (keyboard only, no clicks)."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def card(page, key):
    """The question card whose legend contains `key`."""
    return page.locator("fieldset.question-card").filter(has_text=key)


def wait_saved(page, key):
    """Wait until the card says its answer is saved."""
    card(page, key).locator(".save-status").filter(has_text="Saved").wait_for()


def open_quiz(page, server):
    """Log in as the student and start the quiz by keyboard."""
    log_in(page, server, "student")
    check_accessible(page, "student-dashboard-360" if page.viewport_size["width"] < 400 else "student-dashboard")
    tab_to(page, "form[action$='/start'] button")
    page.keyboard.press("Enter")
    page.locator("#attempt-form").wait_for()


def test_every_type_answered_by_keyboard_alone(server, new_page, quiz):
    page = new_page(width=360)
    open_quiz(page, server)
    check_accessible(page, "student-attempt-360")
    slot = {s.question.key: s.id for s in quiz.quiz.slots}

    tab_to(page, f"input[name=slot_{slot['mc']}]")  # multiple choice: arrows move through the options
    page.keyboard.press("Space")
    for _ in range(4):
        if page.evaluate("s => document.activeElement.value", None) == "Alfred Wegener":
            break
        page.keyboard.press("ArrowDown")
    wait_saved(page, "continental drift in 1912")
    tab_to(page, f"input[name=slot_{slot['tf']}]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # True -> False
    wait_saved(page, "convergent boundary")
    tab_to(page, f"#slot_{slot['cloze']}")
    page.keyboard.type("Divergent ")
    tab_to(page, f"#slot_{slot['num']}")
    page.keyboard.type("7.2")
    tab_to(page, f"#slot_{slot['short']}")
    page.keyboard.type("wegener")
    wait_saved(page, "Which scientist")
    # Ordering: the Up/Down buttons move the focused item (the help mentions them only where they exist).
    order = card(page, "Put these events in order")
    assert "or use the ↑ and ↓ buttons" in order.inner_text()
    for item in ["Pangaea broke up", "The Atlantic opened", "The Himalayas rose"]:
        for _ in range(3):
            texts = order.locator(".item-text").all_inner_texts()
            index = texts.index(item)
            target = ["Pangaea broke up", "The Atlantic opened", "The Himalayas rose"].index(item)
            if index <= target:
                break
            tab_to(page, f"button[aria-label='Move {item} up']")
            page.keyboard.press("Enter")
    assert order.locator(".item-text").all_inner_texts() == ["Pangaea broke up", "The Atlantic opened",
                                                             "The Himalayas rose"]
    wait_saved(page, "Put these events in order")
    # Matching: each select chosen with the arrow keys.
    for index, wanted in enumerate(["divergent", "convergent"]):
        tab_to(page, f"#slot_{slot['match']}_{index}")
        for _ in range(4):
            if page.evaluate("s => document.activeElement.value", None) == wanted:
                break
            page.keyboard.press("ArrowDown")
    wait_saved(page, "Match each feature")
    tab_to(page, "button[name=submit]")
    page.keyboard.press("Enter")
    page.locator("#summary-count").wait_for()
    assert "7 of 7 answered" in page.locator("#summary-count").inner_text()
    tab_to(page, "form[action$='/submit'] button")
    page.keyboard.press("Enter")
    page.locator(".score").wait_for()
    assert "7.0 of 7.0" in page.locator(".score").inner_text()
    check_accessible(page, "student-result-360")


def test_answers_given_offline_are_kept_and_sent_when_back(server, browser, quiz):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    open_quiz(page, server)
    mc = card(page, "continental drift in 1912")
    mc.get_by_label("Alfred Wegener").check()
    wait_saved(page, "continental drift in 1912")
    context.set_offline(True)
    card(page, "convergent boundary").get_by_label("False").check()
    card(page, "Which scientist").get_by_label("Your answer").fill("Wegener")
    page.locator(".connection").filter(has_text="offline").wait_for()
    assert "Not saved yet" in card(page, "convergent boundary").locator(".save-status").inner_text()
    context.set_offline(False)
    wait_saved(page, "convergent boundary")
    wait_saved(page, "Which scientist")
    # Offline again, then the tab is closed before the connection returns: the browser kept the answer.
    context.set_offline(True)
    card(page, "_____ boundary").get_by_label("Your answer").fill("divergent")
    card(page, "_____ boundary").locator(".save-status").filter(has_text="Not saved yet").wait_for()
    url = page.url
    page.close()
    context.set_offline(False)
    page = context.new_page()
    page.goto(url)
    wait_saved(page, "_____ boundary")
    with db.engine.connect() as conn:
        raws = {row[0] for row in conn.execute(db.select(Answer.raw))}
    assert {"Alfred Wegener", "False", "Wegener", "divergent"} <= raws
    context.close()


def test_two_tabs_submitting_give_one_attempt_with_every_answer(server, browser, quiz):
    context = browser.new_context()
    first = context.new_page()
    open_quiz(first, server)
    second = context.new_page()
    second.goto(first.url)
    card(first, "continental drift in 1912").get_by_label("Alfred Wegener").check()
    wait_saved(first, "continental drift in 1912")
    card(second, "convergent boundary").get_by_label("False").check()
    wait_saved(second, "convergent boundary")
    first.get_by_role("button", name="Finish attempt…").click()
    second.get_by_role("button", name="Finish attempt…").click()
    first.get_by_role("button", name="Submit all and finish").click()
    second.get_by_role("button", name="Submit all and finish").click()
    first.locator(".score").wait_for()
    second.locator(".score").wait_for()
    with db.engine.connect() as conn:
        attempts = conn.execute(db.select(Attempt.id, Attempt.score)).all()
        answers = conn.execute(db.select(Answer.raw)).scalars().all()
    assert len(attempts) == 1 and attempts[0].score == 2.0
    assert sorted(answers) == ["Alfred Wegener", "False"]
    context.close()


def test_flashcards_and_progress_by_keyboard_at_360px(server, new_page, quiz):
    close_assignment(quiz)  # a live quiz's questions stay out of the deck
    commit()
    page = new_page(width=360)
    log_in(page, server, "student")
    page.goto(f"{server}/student/classes/{quiz.classroom_id}/study")
    check_accessible(page, "student-study-360")
    assert page.locator("details.back, [data-rating-form]").count() == 0  # the answer is not in the page yet
    url = page.url
    page.keyboard.press("Space")
    page.locator("details.back[open]").wait_for()
    assert page.url == url  # fetched into the page, not a new page
    check_accessible(page, "student-study-back-360")
    assert "Good" in page.locator("button[data-key='3']").inner_text()
    front = page.locator("[data-flashcard] .front").inner_text()
    page.evaluate("window.stillHere = true")  # gone if the rating reloads the page
    page.keyboard.press("3")
    page.wait_for_function("f => document.querySelector('[data-flashcard] .front').innerText !== f", arg=front)
    assert page.evaluate("window.stillHere === true") and page.url == url
    with db.engine.connect() as conn:
        assert conn.execute(db.select(Review.rating)).scalars().all() == [3]
    assert page.locator("details.back").count() == 0  # the next card's answer is not in the page either
    page.keyboard.press("Space")
    page.locator("details.back[open]").wait_for()
    page.keyboard.press("1")
    page.wait_for_function("() => document.querySelectorAll('details.back').length === 0")
    with db.engine.connect() as conn:
        assert sorted(conn.execute(db.select(Review.rating)).scalars().all()) == [1, 3]
    check_accessible(page, "student-study-next-360")
    page.goto(f"{server}/student/progress")
    check_accessible(page, "student-progress-360")
    assert "<svg" in page.content()


def test_finish_goes_straight_to_the_summary_once_every_answer_is_saved(server, new_page, quiz):
    page = new_page()
    open_quiz(page, server)
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and not r.url.endswith("/answers") else None)
    card(page, "continental drift in 1912").get_by_label("Alfred Wegener").check()
    wait_saved(page, "continental drift in 1912")
    page.get_by_role("button", name="Finish attempt…").click()
    page.get_by_role("button", name="Submit all and finish").wait_for()
    assert posts == []  # the summary by GET: the form is not sent again
    assert "1 of" in page.locator("#summary-count").inner_text()


def test_finish_with_an_answer_not_yet_sent_posts_the_form_and_keeps_it(server, new_page, quiz):
    page = new_page()
    open_quiz(page, server)
    slot = {s.question.key: s.id for s in quiz.quiz.slots}
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and not r.url.endswith("/answers") else None)
    page.locator(f"#slot_{slot['short']}").fill("Wegener")  # sent after a pause the click does not wait for
    page.get_by_role("button", name="Finish attempt…").click()
    page.get_by_role("button", name="Submit all and finish").wait_for()
    assert len(posts) == 1 and "/student/attempts/" in posts[0]
    with db.engine.connect() as conn:
        assert "Wegener" in set(conn.execute(db.select(Answer.raw)).scalars())
