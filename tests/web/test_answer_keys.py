"""Answer keys of live graded quizzes stay out of practice quizzes, flashcards and practice results."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from factories import close_assignment, commit, login, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Assignment, Attempt, Flashcard, Question, StudyCard, User
from studyapp.services import attempts, banks, quizzes, scheduling

FEEDBACK_MODES = ["immediate", "after_submit", "after_due"]


def fact(n: int) -> str:
    """The source sentence of question n (also the evidence a practice result would show)."""
    return f"Fact {n}: the code of box {n} is K{n}Z."


def key_bank(size: int = 14) -> dict:
    """A bank of `size` approved questions, one sentence each, and two approved flashcards.

    Flashcard 'same' is made from the sentence of question 1; 'other' from a sentence no question uses.
    """
    text = "\n\n".join([fact(n) for n in range(1, size + 1)] + ["Boxes are blue."])
    questions = [{"id": f"q{n}", "type": "multiple_choice", "kind": "fact",
                  "prompt": f"Which code is in box {n}?", "choices": [f"A{n}Y", f"K{n}Z", f"M{n}X", f"P{n}W"],
                  "answer": f"K{n}Z", "explanation": f"Box {n} holds K{n}Z.", "topic": "Boxes",
                  "source": {"id": "boxes", "quote": fact(n), "paragraph": n}, "status": "approved"}
                 for n in range(1, size + 1)]
    cards = [{"id": "same", "front": "Box 1?", "back": "Holds K1Z.", "status": "approved",
              "source": {"id": "boxes", "quote": fact(1), "paragraph": 1}},
             {"id": "other", "front": "Colour of boxes?", "back": "Blue.", "status": "approved",
              "source": {"id": "boxes", "quote": "Boxes are blue.", "paragraph": size + 1}}]
    return {"format": "studyapp.bank/1", "title": "Boxes", "questions": questions, "flashcards": cards,
            "sources": [{"id": "boxes", "title": "Boxes", "text": text}]}


@pytest.fixture
def school(client):
    """A class studying the boxes bank: an old closed quiz of question 14, students 'student' and 'other'."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    make_student("other", "Olly Other", classroom=classroom)
    bank = banks.store_bank(key_bank(), key="test:boxes", owner=teacher)
    old = quizzes.build_quiz_from_questions([q for q in bank.questions if q.key == "q14"], owner=teacher, title="Old")
    close_assignment(quizzes.assign_quiz(old, classroom, due_at=utcnow() + timedelta(days=1), now=utcnow()))
    commit()
    login(client, "student")
    return teacher, classroom, student, bank


def graded_quiz(teacher, bank, mode: str = "after_due", attempts_allowed: int = 1):
    """A 10-question quiz of questions q1..q10 with the given feedback mode."""
    quiz = quizzes.build_quiz_from_questions([q for q in bank.questions if q.key in {f"q{n}" for n in range(1, 11)}],
                                             owner=teacher, title="Graded boxes")
    quiz.feedback_mode, quiz.attempts_allowed = mode, attempts_allowed
    return quiz


def assign(quiz, classroom, *, due_in=timedelta(days=2), open_in=timedelta(minutes=-1)) -> Assignment:
    """Assign `quiz` to `classroom`, opening `open_in` from now and due `due_in` from now."""
    now = utcnow()
    return quizzes.assign_quiz(quiz, classroom, due_at=now + due_in, now=now, open_at=now + open_in)


def practice_keys(client, classroom) -> set[str]:
    """Start a practice quiz of up to 50 questions on every topic; the keys of the questions it asks."""
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "count": "50"})
    assert "/student/attempts/" in response.headers["Location"], response.headers["Location"]
    attempt = db.session.get(Attempt, int(response.headers["Location"].rsplit("/", 1)[1]))
    return {slot.question.key for slot in attempt.assignment.quiz.slots}


QUIZ_KEYS = {f"q{n}" for n in range(1, 11)}


def test_practice_of_50_gives_none_of_an_open_after_due_quiz_and_all_once_it_is_due(client, school):
    teacher, classroom, _student, bank = school
    assignment = assign(graded_quiz(teacher, bank, "after_due"), classroom)
    commit()
    asked = practice_keys(client, classroom)
    assert asked == {"q11", "q12", "q13", "q14"}  # nothing of the live quiz
    close_assignment(assignment)
    commit()
    assert practice_keys(client, classroom) == {f"q{n}" for n in range(1, 15)}


@pytest.mark.parametrize("mode", FEEDBACK_MODES)
def test_every_feedback_mode_holds_the_questions_back_while_the_quiz_is_open(client, school, mode):
    teacher, classroom, student, bank = school
    assignment = assign(graded_quiz(teacher, bank, mode, attempts_allowed=3), classroom)
    make_submitted = attempts.start_attempt(assignment, student, now=utcnow())
    attempts.submit_attempt(make_submitted, now=utcnow())  # the student has seen their own feedback: still live
    commit()
    assert not practice_keys(client, classroom) & QUIZ_KEYS
    close_assignment(assignment)
    commit()
    assert QUIZ_KEYS <= practice_keys(client, classroom)


def test_a_quiz_not_open_yet_holds_its_questions_back(client, school):
    teacher, classroom, _student, bank = school
    assign(graded_quiz(teacher, bank), classroom, open_in=timedelta(days=1), due_in=timedelta(days=3))
    commit()
    assert not practice_keys(client, classroom) & QUIZ_KEYS


def test_a_classmate_still_in_their_time_window_keeps_the_quiz_live(client, school):
    """Past the due date, one student's attempt window (extra time) still open: nobody practises its questions."""
    teacher, classroom, _student, bank = school
    quiz = graded_quiz(teacher, bank, "after_submit")
    quiz.time_limit_minutes = 30
    assignment = assign(quiz, classroom)
    classmate = db.session.scalar(db.select(User).where(User.username == "other"))
    quizzes.set_extra_time(assignment, classmate, 60)
    taking = attempts.start_attempt(assignment, classmate, now=utcnow())
    close_assignment(assignment)
    taking.deadline_at = utcnow() + timedelta(minutes=20)  # still answering
    commit()
    assert not practice_keys(client, classroom) & QUIZ_KEYS
    taking.deadline_at = utcnow() - timedelta(minutes=5)
    commit()
    assert QUIZ_KEYS <= practice_keys(client, classroom)


def test_a_quiz_live_in_another_class_of_the_student_holds_its_questions_back(client, school):
    teacher, classroom, student, bank = school
    second = make_classroom(teacher, "Class 9C")
    from studyapp.services.classes import enrol

    enrol(second, student)
    assign(graded_quiz(teacher, bank), second)
    commit()
    assert not practice_keys(client, classroom) & QUIZ_KEYS


def test_a_practice_result_hides_questions_that_went_live_after_it_started(client, school):
    teacher, classroom, _student, bank = school
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "count": "50"})
    attempt_id = int(response.headers["Location"].rsplit("/", 1)[1])
    assign(graded_quiz(teacher, bank, "after_due"), classroom)
    commit()
    client.post(f"/student/attempts/{attempt_id}", data={"submit": "1", "confirm": "1"})
    page = client.get(f"/student/attempts/{attempt_id}/result").data.decode()
    for n in range(1, 11):
        assert f"K{n}Z" not in page and fact(n) not in page
    assert "K12Z" in page  # questions of no live quiz keep their feedback
    assert "Your score" not in page


def deck_items(student, classroom) -> tuple[set[str], set[str]]:
    """Question keys and flashcard keys of the cards the due queue offers now."""
    queue = scheduling.due_queue(student, classroom, now=utcnow())
    cards = queue.due + queue.new
    return ({c.question.key for c in cards if c.question}, {c.flashcard.key for c in cards if c.flashcard})


def test_the_deck_leaves_out_a_live_quiz_and_flashcards_of_its_sentences(client, school):
    teacher, classroom, student, bank = school
    assignment = assign(graded_quiz(teacher, bank), classroom)
    commit()
    client.get(f"/student/classes/{classroom.id}/study")
    made = db.session.scalars(db.select(StudyCard).where(StudyCard.student_id == student.id)).all()
    assert {c.question.key for c in made if c.question} == {"q11", "q12", "q13", "q14"}
    assert {c.flashcard.key for c in made if c.flashcard} == {"other"}
    close_assignment(assignment)
    commit()
    client.get(f"/student/classes/{classroom.id}/study")
    assert deck_items(student, classroom) == ({f"q{n}" for n in range(1, 15)}, {"same", "other"})


def test_cards_made_before_the_quiz_was_set_are_held_back_while_it_is_live(client, school):
    teacher, classroom, student, bank = school
    client.get(f"/student/classes/{classroom.id}/study")  # every card made
    assert deck_items(student, classroom) == ({f"q{n}" for n in range(1, 15)}, {"same", "other"})
    card = db.session.scalar(db.select(StudyCard).join(Question).where(Question.key == "q1"))
    scheduling.rate_card(card, 3, scheduling.make_scheduler(classroom, fuzz=False), now=utcnow() - timedelta(days=1))
    assignment = assign(graded_quiz(teacher, bank), classroom)
    commit()
    assert deck_items(student, classroom) == ({"q11", "q12", "q13", "q14"}, {"other"})
    queue = scheduling.due_queue(student, classroom, now=utcnow())
    assert queue.due_today == 5  # held-back cards are not counted as due either
    for _ in range(8):  # rate every card shown: none of the live quiz ever comes up
        page = client.get(f"/student/classes/{classroom.id}/study").data.decode()
        assert not re.search(r"box (10|[1-9])\?", page) and "Box 1?" not in page
        shown = re.search(r'\?show=(\d+)', page)
        if not shown:
            break
        revealed = client.get(f"/student/classes/{classroom.id}/study?show={shown.group(1)}").data.decode()
        seq = re.search(r'name="seq" value="(\d+)"', revealed).group(1)
        client.post(f"/student/cards/{shown.group(1)}/rate", data={"rating": "4", "seq": seq, "duration_ms": ""})
    close_assignment(assignment)
    commit()
    assert "q1" in deck_items(student, classroom)[0]


def test_the_flashcard_page_holds_no_answer_until_it_is_revealed(client, school):
    _teacher, classroom, student, _bank = school
    for front, back, quote in (("Box 1?", "Holds K1Z.", fact(1)), ("Colour of boxes?", "Blue.", "Boxes are blue."),
                               ("Which code is in box 1?", "<strong>K1Z</strong>", fact(1))):
        page = client.get(f"/student/classes/{classroom.id}/study").data.decode()
        card = scheduling.due_queue(student, classroom, now=utcnow()).next_card
        assert front in page
        assert back not in page and quote not in page and "Box 1 holds K1Z." not in page
        assert "Show answer" in page and "/rate" not in page
        link = re.search(r'href="([^"]*\?show=\d+[^"]*)"', page).group(1).replace("&amp;", "&")
        revealed = client.get(link).data.decode()
        assert back in revealed and quote in revealed and f"/student/cards/{card.id}/rate" in revealed
        client.post(f"/student/cards/{card.id}/rate", data={"rating": "4", "seq": "0", "duration_ms": "1500"})
        db.session.refresh(card)
        card.last_review_at -= timedelta(days=1)  # studied yesterday: its sibling on fact(1) is not buried today
        commit()


def test_revealing_a_card_that_is_not_the_one_due_shows_no_answer(client, school):
    teacher, classroom, student, bank = school
    client.get(f"/student/classes/{classroom.id}/study")
    assign(graded_quiz(teacher, bank), classroom)
    commit()
    locked = db.session.scalar(db.select(StudyCard).join(Question).where(Question.key == "q3"))
    page = client.get(f"/student/classes/{classroom.id}/study?show={locked.id}").data.decode()
    assert "K3Z" not in page and fact(3) not in page and "/rate" not in page
    flashcard = db.session.scalar(db.select(Flashcard).where(Flashcard.key == "same"))
    same = db.session.scalar(db.select(StudyCard).where(StudyCard.flashcard_id == flashcard.id))
    page = client.get(f"/student/classes/{classroom.id}/study?show={same.id}").data.decode()
    assert "Holds K1Z." not in page


def test_practice_on_topics_all_in_a_live_quiz_says_why_there_is_none(client, school):
    teacher, classroom, _student, bank = school
    every = quizzes.build_quiz(bank, owner=teacher, title="Everything")
    assign(every, classroom)
    commit()
    response = client.post("/student/practice", data={"classroom_id": str(classroom.id), "count": "10"},
                           follow_redirects=True)
    assert b"in a quiz your class is taking now" in response.data
    assert db.session.scalar(db.select(Assignment).where(Assignment.practice_for_id.is_not(None))) is None
