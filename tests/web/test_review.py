"""Teacher review: filters with counts, evidence in context, type-aware editing, statuses, bulk actions, history."""
from __future__ import annotations

import copy

from factories import MINI_BANK, commit, login, make_assignment, make_bank, make_classroom, make_student

from studyapp.db import db, utcnow
from studyapp.models import Question, User
from studyapp.services import demo



def q(bank, key) -> Question:
    """A question of the bank by key."""
    return db.session.scalar(db.select(Question).where(Question.bank_id == bank.id, Question.key == key))


def test_filters_combine_and_counts_show_what_each_value_would_give(client, bank):
    page = client.get(f"/teacher/banks/{bank.id}?type=true_false").data.decode()
    assert "2 questions match" in page
    assert '<option value="draft">draft (1)</option>' in page and '<option value="approved">approved (1)</option>' in page
    page = client.get(f"/teacher/banks/{bank.id}?q=evaporation&status=approved").data.decode()
    assert "2 questions match" in page and "Clouds form by evaporation" not in page


def test_question_page_highlights_the_evidence_inside_its_paragraph(client, bank):
    page = client.get(f"/teacher/questions/{q(bank, 'q-evap').id}").data.decode()
    assert "<mark>About 86% of global evaporation occurs over the oceans.</mark>" in page
    assert "paragraph 2" in page


def test_editing_choices_and_the_correct_one_is_saved_with_history(client, bank):
    question = q(bank, "q-source")
    form = {"prompt": "Where does most evaporation take place?", "choice_1": "Lakes", "choice_2": "Oceans",
            "choice_3": "Rivers", "choice_4": "Glaciers", "choice_5": "", "choice_6": "", "correct": "2",
            "explanation": "Oceans cover most of the planet.", "topic": "Evaporation", "kind": "fact",
            "difficulty": "0.3", "tag_list": "unit 1", "notes": ""}
    response = client.post(f"/teacher/questions/{question.id}", data=form)
    assert response.status_code == 302
    db.session.refresh(question)
    assert question.choices == ["Lakes", "Oceans", "Rivers", "Glaciers"] and question.answer == "Oceans"
    assert question.tags == ["unit 1"]
    event = question.events[0]
    assert event.action == "edited" and event.actor.username == "teacher"
    assert event.changes["prompt"] == ["Where does most evaporation happen?", "Where does most evaporation take place?"]
    assert "Glaciers" in client.get(f"/teacher/questions/{question.id}").data.decode()


def test_an_invalid_edit_names_the_problem_and_saves_nothing(client, bank):
    question = q(bank, "q-source")
    form = {"prompt": "Changed?", "choice_1": "Lakes", "choice_2": "Oceans", "choice_3": "", "choice_4": "",
            "choice_5": "", "choice_6": "", "correct": "", "explanation": "", "topic": "", "kind": "fact",
            "difficulty": "", "tag_list": "", "notes": ""}
    response = client.post(f"/teacher/questions/{question.id}", data=form)
    assert response.status_code == 422 and b"Mark which choice is correct" in response.data
    assert b'value="Changed?"' in response.data or b"Changed?" in response.data
    db.session.refresh(question)
    assert question.prompt == "Where does most evaporation happen?"


def test_difficulty_out_of_range_is_refused(client, bank):
    question = q(bank, "q-clouds")
    form = {"prompt": "Condensation forms clouds.", "tf_answer": "True", "explanation": "", "topic": "",
            "kind": "fact", "difficulty": "7", "tag_list": "", "notes": ""}
    response = client.post(f"/teacher/questions/{question.id}", data=form)
    assert response.status_code == 422 and b"Difficulty is a number from 0" in response.data


def test_approve_reject_restore_are_recorded(client, bank):
    question = q(bank, "q-draft")
    client.post(f"/teacher/questions/{question.id}/approve")
    client.post(f"/teacher/questions/{question.id}/reject")
    client.post(f"/teacher/questions/{question.id}/restore")
    db.session.refresh(question)
    assert question.status == "draft"
    assert [e.action for e in reversed(question.events)] == ["approved", "rejected", "restored"]


def test_bulk_reject_tag_and_move(client, bank):
    other = make_bank(dict(format="studyapp.bank/1", title="Other", sources=[], questions=[]), key="test:other")
    commit()
    ids = [str(q(bank, "q-evap").id), str(q(bank, "q-clouds").id)]
    client.post(f"/teacher/banks/{bank.id}/bulk", data={"ids": ids, "action": "reject", "tag": "", "target_bank": ""})
    client.post(f"/teacher/banks/{bank.id}/bulk", data={"ids": ids, "action": "tag", "tag": "check", "target_bank": ""})
    assert {q(bank, "q-evap").status, q(bank, "q-clouds").status} == {"rejected"}
    assert q(bank, "q-evap").tags == ["check"]
    client.post(f"/teacher/banks/{bank.id}/bulk", data={"ids": ids[:1], "action": "move", "tag": "",
                                                        "target_bank": str(other.id)})
    moved = db.session.get(Question, int(ids[0]))
    assert moved.bank_id == other.id and moved.events[0].changes["bank"] == ["Mini bank: the water cycle", "Other"]


def test_bulk_with_nothing_ticked_says_so(client, bank):
    response = client.post(f"/teacher/banks/{bank.id}/bulk", data={"action": "approve", "tag": "", "target_bank": ""},
                           follow_redirects=True)
    assert b"Tick at least one question" in response.data


def test_a_teacher_writes_an_ordering_question_by_hand(client, bank):
    form = {"prompt": "Put the stages in order.", "items": "Evaporation\nCondensation\nPrecipitation",
            "explanation": "", "topic": "Cycle", "kind": "fact", "difficulty": "", "tag_list": "", "notes": ""}
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=ordering", data=form)
    assert response.status_code == 302
    made = db.session.scalar(db.select(Question).where(Question.type == "ordering"))
    assert made.answer == ["Evaporation", "Condensation", "Precipitation"] and made.status == "draft"
    assert made.events[0].action == "created"


def test_a_matching_line_without_equals_is_named(client, bank):
    form = {"prompt": "Match.", "pairs": "a = b\nc d", "explanation": "", "topic": "", "kind": "fact",
            "difficulty": "", "tag_list": "", "notes": ""}
    response = client.post(f"/teacher/banks/{bank.id}/questions/new?type=matching", data=form)
    assert response.status_code == 422 and b"Pair line 2 needs an =" in response.data


def test_students_never_see_a_question_rejected_after_it_was_assigned(client, bank):
    teacher = db.session.scalar(db.select(User).where(User.username == "teacher"))
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom, bank=bank)
    commit()
    client.post(f"/teacher/questions/{q(bank, 'q-evap').id}/reject")
    client.post("/logout")
    login(client, "student")
    start = client.post(f"/student/assignments/{assignment.id}/start")
    page = client.get(start.headers["Location"]).data.decode()
    assert "global evaporation" not in page and page.count('class="question-card') == 3
    client.post(start.headers["Location"], data={"submit": "1", "confirm": "1"})
    attempt_page = client.get(start.headers["Location"] + "/result").data.decode()
    assert "of 3.0" in attempt_page


def test_the_demo_teacher_approving_questions_leaves_the_same_history_as_the_review_page(app):
    data = copy.deepcopy(MINI_BANK)
    for question in data["questions"]:
        question["status"] = "draft"
    make_bank(data, key="content:drafts", template=True)
    commit()
    teacher = demo.create_demo("demo-pass-123", now=utcnow())["teacher"]
    commit()
    approved = db.session.scalars(db.select(Question).where(Question.status == "approved")).all()
    assert approved and all(question.bank.owner_id == teacher.id for question in approved)
    for question in approved:
        assert [(e.action, e.actor_id, e.changes) for e in question.events] == [
            ("approved", teacher.id, {"status": ["draft", "approved"]})]


def test_reviewing_says_what_was_done_and_the_last_draft_says_the_drafts_are_done(client, bank):
    drafts = db.session.scalars(db.select(Question).where(Question.bank_id == bank.id,
                                                          Question.status == "draft")).all()
    for question in drafts:
        reply = client.post(f"/teacher/questions/{question.id}/reject", data={"next": "draft"})
    assert reply.headers["Location"].endswith(f"/teacher/banks/{bank.id}")  # not left on the same question
    page = client.get(reply.headers["Location"]).text
    assert "Question rejected." in page and "every question of this bank is reviewed" in page
