"""Generated flashcards reviewed like questions: listed by status, approved or rejected one by one or ticked, edited;
only approved ones reach students' decks."""
from __future__ import annotations

import copy

import pytest
from factories import (
    MINI_BANK, close_assignment, commit, login, make_assignment, make_bank, make_classroom, make_student, make_teacher,
)

from studyapp.db import db, utcnow
from studyapp.models import Flashcard, StudyCard
from studyapp.services import scheduling


def _mini_with_cards() -> dict:
    """The mini bank with three draft flashcards."""
    data = copy.deepcopy(MINI_BANK)
    card = data["flashcards"][0]
    data["flashcards"] = [dict(card, id=f"f-{i}", front=f"Card front {i}", status="draft") for i in (1, 2, 3)]
    return data


@pytest.fixture
def bank(client):
    """A signed-in teacher's bank with three draft flashcards."""
    make_teacher()
    bank = make_bank(_mini_with_cards())
    commit()
    login(client, "teacher")
    return bank


def _cards(bank) -> dict[str, Flashcard]:
    """The bank's flashcards by key, fresh from the database."""
    db.session.expire_all()
    return {c.key: c for c in db.session.scalars(db.select(Flashcard).where(Flashcard.bank_id == bank.id))}


def test_the_bank_lists_its_flashcards_and_approves_or_rejects_one_or_the_ticked(client, bank):
    assert f"/teacher/banks/{bank.id}/flashcards" in client.get(f"/teacher/banks/{bank.id}").data.decode()
    page = client.get(f"/teacher/banks/{bank.id}/flashcards").data.decode()
    assert all(f"Card front {i}" in page for i in (1, 2, 3)) and "3 draft, 0 approved, 0 rejected" in page
    ids = {key: card.id for key, card in _cards(bank).items()}
    response = client.post(f"/teacher/banks/{bank.id}/flashcards", data={"one": f"approve:{ids['f-1']}"})
    assert response.status_code == 302
    assert {k: c.status for k, c in _cards(bank).items()} == {"f-1": "approved", "f-2": "draft", "f-3": "draft"}
    client.post(f"/teacher/banks/{bank.id}/flashcards", data={"action": "reject", "ids": [ids["f-2"], ids["f-3"]]})
    assert {k: c.status for k, c in _cards(bank).items()} == {"f-1": "approved", "f-2": "rejected", "f-3": "rejected"}
    drafts = client.get(f"/teacher/banks/{bank.id}/flashcards?status=rejected").data.decode()
    assert "Card front 1" not in drafts and "Card front 2" in drafts
    message = client.post(f"/teacher/banks/{bank.id}/flashcards", data={"action": "approve"},
                          follow_redirects=True).data.decode()
    assert "Tick at least one flashcard first." in message


def test_editing_a_flashcard_saves_it_and_an_empty_back_loses_nothing(client, bank):
    card = _cards(bank)["f-1"]
    response = client.post(f"/teacher/flashcards/{card.id}", data={"front": "New front", "back": ""})
    assert response.status_code == 422 and "This field is required." in response.data.decode()
    assert "New front" in response.data.decode() and _cards(bank)["f-1"].front == "Card front 1"
    client.post(f"/teacher/flashcards/{card.id}", data={"front": "New front", "back": "New back"})
    saved = _cards(bank)["f-1"]
    assert (saved.front, saved.back, saved.status) == ("New front", "New back", "draft")


def test_another_teachers_flashcards_cannot_be_changed_and_a_course_pack_is_read_only(client, bank):
    card = _cards(bank)["f-1"]
    pack = make_bank(_mini_with_cards(), key="test:pack", template=True)
    make_teacher("other", "Other Teacher")
    commit()
    pack_page = client.get(f"/teacher/banks/{pack.id}/flashcards").data.decode()
    assert "Card front 1" in pack_page and "approve:" not in pack_page
    assert client.post(f"/teacher/banks/{pack.id}/flashcards", data={"action": "approve",
                                                                     "ids": [pack.flashcards[0].id]}).status_code == 404
    client.post("/logout")
    login(client, "other")
    assert client.get(f"/teacher/flashcards/{card.id}").status_code == 404
    assert client.post(f"/teacher/banks/{bank.id}/flashcards", data={"one": f"approve:{card.id}"}).status_code == 404
    assert _cards(bank)["f-1"].status == "draft"


def test_students_study_only_the_flashcards_the_teacher_approved(client, bank):
    teacher = bank.owner
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    close_assignment(make_assignment(teacher, classroom, bank=bank))
    commit()
    ids = {key: card.id for key, card in _cards(bank).items()}
    client.post(f"/teacher/banks/{bank.id}/flashcards", data={"one": f"approve:{ids['f-2']}"})
    client.post(f"/teacher/banks/{bank.id}/flashcards", data={"one": f"reject:{ids['f-3']}"})
    scheduling.sync_deck(student, classroom, now=utcnow())
    commit()
    studied = set(db.session.scalars(db.select(StudyCard.flashcard_id).where(
        StudyCard.student_id == student.id, StudyCard.flashcard_id.is_not(None))))
    assert studied == {ids["f-2"]}


def test_the_demo_teacher_approves_some_flashcards_of_the_course_pack_copy(runner, app):
    runner.invoke(args=["content", "load"])
    assert runner.invoke(args=["demo", "create"]).exit_code == 0
    rows = db.session.execute(db.select(Flashcard.status, db.func.count()).group_by(Flashcard.status)).all()
    assert dict(rows).get("approved", 0) >= 1
