"""Flashcards in the browser without JavaScript: the queue, the answer with its evidence, rating once."""
from __future__ import annotations

import re

import pytest
from factories import (close_assignment, commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_teacher)

from studyapp.db import db
from studyapp.models import Review, StudyCard


@pytest.fixture
def classroom(client):
    """A student in a class with a closed assignment from the mini bank, signed in."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    close_assignment(make_assignment(teacher, classroom, bank=make_bank()))
    commit()
    login(client, "student")
    return classroom


def revealed(client, classroom) -> str:
    """The study page after following its "Show answer" link (as a browser without JavaScript does)."""
    page = client.get(f"/student/classes/{classroom.id}/study").data.decode()
    link = re.search(r'<a [^>]*href="([^"]+)"[^>]*>Show answer', page).group(1).replace("&amp;", "&")
    return client.get(link).data.decode()


def test_the_study_page_shows_a_card_with_answer_evidence_and_four_intervals(client, classroom):
    page = revealed(client, classroom)
    assert "4 new left today" in page or "new left today" in page
    assert "“About 86% of global evaporation occurs over the oceans.”" in page  # after "Show answer"
    labels = re.findall(r'<span class="interval">([^<]+)</span>', page)
    assert labels[:3] == ["1 min", "6 min", "10 min"]  # new card: Hard (5.5 min) sits between the 1- and 10-minute steps
    assert labels[3].endswith(("day", "days"))


def test_rating_moves_to_the_next_card_and_a_repeat_post_is_ignored(client, classroom):
    page = revealed(client, classroom)
    card_id = re.search(r"/student/cards/(\d+)/rate", page).group(1)
    form = {"rating": "4", "seq": "0", "duration_ms": "4200"}
    assert client.post(f"/student/cards/{card_id}/rate", data=form).status_code == 302
    client.post(f"/student/cards/{card_id}/rate", data=form)  # the same click sent twice
    reviews = db.session.scalars(db.select(Review)).all()
    assert [(r.rating, r.duration_ms) for r in reviews] == [(4, 4200)]
    assert db.session.get(StudyCard, int(card_id)).review_count == 1
    next_page = client.get(f"/student/classes/{classroom.id}/study").data.decode()
    assert f"/student/cards/{card_id}/rate" not in next_page


def test_a_class_the_student_is_not_in_is_a_404(client, classroom):
    other = make_classroom(make_teacher("t2"), "Other")
    commit()
    assert client.get(f"/student/classes/{other.id}/study").status_code == 404


def first_card(client, classroom) -> int:
    """The id of the first card of the student's deck (the study page makes the deck)."""
    client.get(f"/student/classes/{classroom.id}/study")
    return db.session.scalar(db.select(StudyCard.id).order_by(StudyCard.id))


@pytest.mark.parametrize("duration, stored", [("9" * 25, None), (str(2 * 86_400_000), None), ("-5", None),
                                               ("٣", None), ("86400000", 86_400_000), ("0", 0)])
def test_an_absurd_duration_is_ignored_not_a_500(client, classroom, duration, stored):
    card_id = first_card(client, classroom)
    response = client.post(f"/student/cards/{card_id}/rate", data={"rating": "3", "seq": "0", "duration_ms": duration})
    assert response.status_code == 302
    assert [(r.rating, r.duration_ms) for r in db.session.scalars(db.select(Review))] == [(3, stored)]


@pytest.mark.parametrize("rating", ["9" * 25, "٣", "x", ""])
def test_an_unreadable_rating_gets_a_clear_message(client, classroom, rating):
    card_id = first_card(client, classroom)
    response = client.post(f"/student/cards/{card_id}/rate", data={"rating": rating, "seq": "0"},
                           follow_redirects=True)
    assert response.status_code == 200 and b"Rate the card Again (1), Hard (2), Good (3) or Easy (4)." in response.data
    assert db.session.scalar(db.select(db.func.count()).select_from(Review)) == 0


def test_the_rating_service_drops_a_duration_over_a_day(client, classroom):
    from studyapp.db import utcnow
    from studyapp.services import scheduling
    from studyapp.models import User

    first_card(client, classroom)
    student = db.session.scalar(db.select(User).where(User.username == "student"))
    card = scheduling.due_queue(student, classroom, now=utcnow()).next_card
    review = scheduling.rate_card(card, 3, scheduling.make_scheduler(classroom, fuzz=False), now=utcnow(),
                                  duration_ms=10 ** 24)
    assert review.duration_ms is None


def test_an_archived_class_is_gone_from_the_students_flashcards_and_practice(client, classroom):
    """Archiving a class takes it off the student's dashboard; its deck, cards and practice are closed by URL too."""
    from studyapp.db import utcnow
    from studyapp.services import archive

    revealed(client, classroom)  # the deck exists and a card was shown
    card = db.session.scalars(db.select(StudyCard)).first()
    archive.archive(classroom, actor=classroom.teacher, now=utcnow())
    commit()
    assert client.get(f"/student/classes/{classroom.id}/study").status_code == 404
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/student/progress").data.decode())
    rated = client.post(f"/student/cards/{card.id}/rate", data={"rating": "3", "seq": "0",
                                                                "csrf_token": token.group(1) if token else ""})
    assert rated.status_code == 404
    practice = client.post("/student/practice", data={"classroom_id": classroom.id, "count": 5,
                                                      "csrf_token": token.group(1) if token else ""})
    assert practice.status_code == 404
    assert db.session.scalar(db.select(db.func.count()).select_from(Review)) == 0
