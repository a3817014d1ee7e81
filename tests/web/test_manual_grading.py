"""Manual grading through the real stack (SQLite and PostgreSQL): essays marked from the grading queue, overrides of
automatic grades with a comment, the score completing once every essay is marked, and regrades keeping marks."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import commit, login, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.errors import NotAllowedError, ValidationError
from studyapp.models import Answer, Attempt, ManualGrade, Question
from studyapp.services import attempts, marking, practice, quizzes, scheduling

ESSAY_BANK = {
    "format": "studyapp.bank/1", "title": "Rivers", "sources": [],
    "questions": [
        {"id": "e1", "type": "essay", "prompt": "Why do rivers flood in spring?", "status": "approved",
         "answer": {"template": "Rivers flood because", "grader_info": "Snowmelt; rain on frozen ground."}},
        {"id": "t1", "type": "true_false", "prompt": "The Ural flows into the Caspian Sea.", "status": "approved",
         "answer": "True", "choices": ["True", "False"]},
    ],
}


@pytest.fixture
def world(app):
    """A teacher's class with two students, a quiz of an essay (3 points) and a true/false question, assigned."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    make_student("second", full_name="Ann Second", classroom=classroom)
    bank = make_bank(ESSAY_BANK, owner=teacher)
    quiz = quizzes.build_quiz(bank, owner=teacher, title="Floods")
    essay_slot = next(s for s in quiz.slots if s.question.type == "essay")
    essay_slot.points = 3.0
    assignment = quizzes.assign_quiz(quiz, classroom, due_at=utcnow() + timedelta(days=7),
                                     now=utcnow() - timedelta(minutes=1))
    commit()
    tf_slot = next(s for s in quiz.slots if s.question.type == "true_false")
    return {"teacher": teacher, "student": student, "classroom": classroom, "assignment": assignment,
            "essay": essay_slot, "tf": tf_slot}


def submit(world, essay: str | None, tf: str = "True") -> Attempt:
    """The student answers (the essay through the service, as autosave stores it) and submits."""
    now = utcnow()
    attempt = attempts.start_attempt(world["assignment"], world["student"], now=now)
    if essay is not None:
        attempts.save_answer(attempt, world["essay"], essay, now=now)
    attempts.save_answer(attempt, world["tf"], tf, now=now)
    attempts.submit_attempt(attempt, now=now)
    commit()
    return attempt


def test_an_essay_waits_for_its_mark_and_the_score_completes_once_marked(world):
    attempt = submit(world, "Snow melts and the ground is still frozen.")
    answer = db.session.scalar(db.select(Answer).where(Answer.slot_id == world["essay"].id))
    assert (answer.raw, answer.is_correct, answer.points) == ("Snow melts and the ground is still frozen.", None, 0.0)
    assert (attempt.score, attempt.max_score, attempt.ungraded_count) == (1.0, 4.0, 1)
    assert attempt.needs_grading and attempt.percent is None
    from studyapp.services.scores import build_score_table

    from datetime import timezone

    def mine():
        """The student's row of the score sheet: points, percentage, status, submitted."""
        table = build_score_table(world["classroom"], now=utcnow(), zone=timezone.utc)
        return next(r for r in table.records() if r[0] == "student")[2:5]

    assert mine() == ["", "", "needs grading"]  # no points or percentage until marked
    marking.mark_answer(attempt, world["essay"], "2,5", "  Good: snowmelt. Say why the ground matters.  ",
                        actor=world["teacher"], now=utcnow())
    commit()
    assert (attempt.score, attempt.ungraded_count, attempt.percent) == (3.5, 0, 87.5)
    assert mine()[:2] == [3.5, 87.5]
    mark = db.session.scalars(db.select(ManualGrade)).one()
    assert (mark.points, mark.comment, mark.grader_id) == (2.5, "Good: snowmelt. Say why the ground matters.",
                                                           world["teacher"].id)
    assert db.session.get(Answer, answer.id).raw == "Snow melts and the ground is still frozen."  # raw input kept


def test_marking_again_replaces_the_mark(world):
    attempt = submit(world, "Snow.")
    marking.mark_answer(attempt, world["essay"], "1", "Too short.", actor=world["teacher"], now=utcnow())
    marking.mark_answer(attempt, world["essay"], "3", "Rewritten: full marks.", actor=world["teacher"], now=utcnow())
    commit()
    assert [(m.points, m.comment) for m in db.session.scalars(db.select(ManualGrade))] == [(3.0, "Rewritten: full marks.")]
    assert attempt.score == 4.0


@pytest.mark.parametrize("points", ["4", "-1", "lots", "", "nan", "inf"])
def test_points_outside_the_slot_are_refused_with_the_range(world, points):
    attempt = submit(world, "Snow.")
    with pytest.raises(ValidationError, match="from 0 to 3"):
        marking.mark_answer(attempt, world["essay"], points, "", actor=world["teacher"], now=utcnow())
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count()).select_from(ManualGrade)) == 0


def test_only_the_class_teacher_marks_and_only_submitted_attempts(world):
    rival = make_teacher("rival")
    commit()
    attempt = attempts.start_attempt(world["assignment"], world["student"], now=utcnow())
    attempts.save_answer(attempt, world["essay"], "Draft", now=utcnow())
    with pytest.raises(ValidationError, match="once it is submitted"):
        marking.mark_answer(attempt, world["essay"], "1", "", actor=world["teacher"], now=utcnow())
    attempts.submit_attempt(attempt, now=utcnow())
    with pytest.raises(NotAllowedError):
        marking.mark_answer(attempt, world["essay"], "1", "", actor=rival, now=utcnow())


def test_an_unanswered_essay_needs_no_mark(world):
    attempt = submit(world, None)
    assert (attempt.needs_grading, attempt.percent) == (False, 25.0)


def test_the_queue_lists_unmarked_answers_first(world):
    first = submit(world, "Mine.")
    marking.mark_answer(first, world["essay"], "1", "", actor=world["teacher"], now=utcnow())
    second_student = db.session.scalar(db.select(type(world["student"])).where(
        type(world["student"]).username == "second"))
    other = attempts.start_attempt(world["assignment"], second_student, now=utcnow())
    attempts.save_answer(other, world["essay"], "Ann's essay.", now=utcnow())
    attempts.submit_attempt(other, now=utcnow())
    commit()
    queue = marking.list_grading_queue(world["assignment"])
    assert [(e.attempt.student.username, e.is_marked) for e in queue] == [("second", False), ("student", True)]


def test_student_writes_teacher_marks_from_the_queue_and_the_student_sees_points_and_comment(client, world):
    login(client, "student")
    start = client.post(f"/student/assignments/{world['assignment'].id}/start")
    attempt_id = int(start.headers["Location"].rsplit("/", 1)[1])
    page = client.get(f"/student/attempts/{attempt_id}").data.decode()
    assert f'<textarea id="slot_{world["essay"].id}"' in page and "Rivers flood because</textarea>" in page
    essay = "Rivers flood because snow melts,\nand the ground is frozen."
    saved = client.post(f"/student/attempts/{attempt_id}/answers",
                        data={"slot_id": str(world["essay"].id), f"slot_{world['essay'].id}": essay})
    assert saved.status_code == 200 and saved.get_json()["saved"]
    client.post(f"/student/attempts/{attempt_id}", data={f"slot_{world['tf'].id}": "False", "submit": "1"})
    client.post(f"/student/attempts/{attempt_id}/submit", data={"confirm": "1"})  # the summary's confirmation
    result = client.get(f"/student/attempts/{attempt_id}/result").data.decode()
    assert "Your teacher has 1 answer still to mark" in result and "Waiting for your teacher's mark" in result
    assert "Snowmelt; rain on frozen ground." not in result  # grader information is the teacher's
    client.post("/logout")

    login(client, "teacher")
    book = client.get(f"/teacher/classes/{world['classroom'].id}/gradebook").data.decode()
    assert "Needs grading" in book
    queue = client.get(f"/teacher/assignments/{world['assignment'].id}/grading").data.decode()
    assert "1 answer to mark" in queue and "snow melts,\nand the ground is frozen." in queue
    assert "Snowmelt; rain on frozen ground." in queue
    prefix = f"mark-{attempt_id}-{world['essay'].id}"
    refused = client.post(f"/teacher/attempts/{attempt_id}/slots/{world['essay'].id}/mark",
                          data={f"{prefix}-points": "5", f"{prefix}-comment": "Kept comment"})
    assert refused.status_code == 422 and "Give points from 0 to 3." in refused.data.decode()
    assert "Kept comment" in refused.data.decode()  # the comment typed is not lost
    marked = client.post(f"/teacher/attempts/{attempt_id}/slots/{world['essay'].id}/mark",
                         data={f"{prefix}-points": "2", f"{prefix}-comment": "Clear. Name the river next time."})
    assert marked.status_code == 302
    book = client.get(f"/teacher/classes/{world['classroom'].id}/gradebook").data.decode()
    assert "Needs grading" not in book and "50.0%" in book
    client.post("/logout")

    login(client, "student")
    result = client.get(f"/student/attempts/{attempt_id}/result").data.decode()
    assert "Your score: <strong>2.0 of 4.0</strong> (50.0%)" in result
    assert "Your teacher gave 2.0 of 3.0 points." in result and "Clear. Name the river next time." in result


def test_leaving_the_template_as_it_is_is_no_answer_and_an_overlong_essay_is_refused_by_name(client, world):
    login(client, "student")
    start = client.post(f"/student/assignments/{world['assignment'].id}/start")
    attempt_id = int(start.headers["Location"].rsplit("/", 1)[1])
    slot = world["essay"]
    client.post(f"/student/attempts/{attempt_id}/answers",
                data={"slot_id": str(slot.id), f"slot_{slot.id}": "Rivers flood because  "})
    assert db.session.scalar(db.select(Answer.raw).where(Answer.slot_id == slot.id)) is None
    reply = client.post(f"/student/attempts/{attempt_id}/answers",
                        data={"slot_id": str(slot.id), f"slot_{slot.id}": "x" * 20_001})
    assert reply.status_code == 422 and "at most 20,000 can be saved" in reply.get_json()["error"]


def test_an_override_is_shown_to_the_student_and_kept_by_a_regrade(client, world):
    attempt = submit(world, None, tf="False")  # wrong: 0 of 1
    login(client, "teacher")
    prefix = f"mark-{attempt.id}-{world['tf'].id}"
    reply = client.post(f"/teacher/attempts/{attempt.id}/slots/{world['tf'].id}/mark",
                        data={f"{prefix}-points": "1", f"{prefix}-comment": "The question was unclear: full marks.",
                              "back": "student"})
    assert reply.status_code == 302 and f"/students/{world['student'].id}" in reply.headers["Location"]
    page = client.get(reply.headers["Location"]).data.decode()
    assert "(your mark; automatic 0.0)" in page and "The question was unclear: full marks." in page
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).score == 1.0
    # The teacher fixes the key to False: the automatic grade becomes right, the override is still what counts.
    question = db.session.get(Question, world["tf"].question_id)
    form = {"prompt": question.prompt, "tf_answer": "False", "explanation": "", "notes": "", "topic": "",
            "difficulty": "", "kind": "fact", "tag_list": "", "aliases": ""}
    edited = client.post(f"/teacher/questions/{question.id}", data=form, follow_redirects=True).data.decode()
    assert "Regraded 1 answer: 1 grade changed. 1 manual override kept: your marks still count" in edited
    db.session.expire_all()
    answer = db.session.scalar(db.select(Answer).where(Answer.slot_id == world["tf"].id))
    assert (answer.raw, answer.is_correct, answer.points) == ("False", True, 1.0)
    event = next(e for e in question.events if e.action == "regraded")
    assert event.changes["overrides_kept"] == 1
    client.post("/logout")
    login(client, "student")
    result = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert "Your teacher gave 1.0 of 1.0 point." in result and "The question was unclear: full marks." in result


def test_a_regrade_under_an_override_keeps_the_teachers_points(world):
    attempt = submit(world, None, tf="False")
    marking.mark_answer(attempt, world["tf"], "0.5", "Half: you named the sea.", actor=world["teacher"], now=utcnow())
    question = world["tf"].question
    from studyapp.services.questions import update_question

    _changes, regrade = update_question(question, {"prompt": question.prompt, "answer": "False"},
                                        actor=world["teacher"], now=utcnow())
    commit()
    assert (regrade.answers_checked, len(regrade.changes), regrade.overrides_kept) == (1, 1, 1)
    assert db.session.get(Attempt, attempt.id).score == 0.5  # the mark, not the new automatic 1.0


def test_removing_an_override_lets_the_automatic_grade_count_again(client, world):
    attempt = submit(world, None, tf="False")
    marking.mark_answer(attempt, world["tf"], "1", "", actor=world["teacher"], now=utcnow())
    commit()
    login(client, "teacher")
    assert client.post(f"/teacher/attempts/{attempt.id}/slots/{world['tf'].id}/unmark").status_code == 302
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).score == 0.0


def test_another_teacher_cannot_open_the_queue_or_mark(client, world):
    attempt = submit(world, "Snow.")
    make_teacher("rival")
    commit()
    login(client, "rival")
    assert client.get(f"/teacher/assignments/{world['assignment'].id}/grading").status_code == 404
    prefix = f"mark-{attempt.id}-{world['essay'].id}"
    reply = client.post(f"/teacher/attempts/{attempt.id}/slots/{world['essay'].id}/mark",
                        data={f"{prefix}-points": "3", f"{prefix}-comment": ""})
    assert reply.status_code == 404
    assert db.session.scalar(db.select(db.func.count()).select_from(ManualGrade)) == 0


def test_the_right_answer_shows_beside_a_wrong_one_as_the_feedback_mode_allows(client, world):
    attempt = submit(world, None, tf="False")
    login(client, "student")
    result = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert "✗ Wrong" in result and "Right answer: <strong>True</strong>" in result
    world["assignment"].quiz.feedback_mode = "after_due"
    commit()
    result = client.get(f"/student/attempts/{attempt.id}/result").data.decode()
    assert "Right answer" not in result and "after the due date" in result


def test_practice_and_flashcards_never_ask_an_essay(world):
    now = utcnow()
    world["assignment"].due_at = now - timedelta(days=1)  # closed: its questions are free to study
    world["assignment"].open_at = now - timedelta(days=8)
    commit()
    practice_assignment = practice.start_practice(world["student"], world["classroom"], [], count=10, now=now, seed=1)
    assert [s.question.type for s in practice_assignment.quiz.slots] == ["true_false"]
    scheduling.sync_deck(world["student"], world["classroom"], now=now)
    deck = scheduling.due_queue(world["student"], world["classroom"], now=now)
    assert deck.next_card is not None and deck.next_card.question.type == "true_false"


def test_item_analysis_and_the_answers_sheet_count_the_teachers_marks(world):
    from studyapp.services.insight import answer_rows, attempt_rows

    attempt = submit(world, "Snow.", tf="False")
    header, records = answer_rows(world["classroom"])
    by_type = {r[header.index("type")]: r for r in records}
    assert [by_type["essay"][header.index(c)] for c in ("correct", "points")] == ["", 0.0]  # waiting for a mark
    marking.mark_answer(attempt, world["essay"], "3", "", actor=world["teacher"], now=utcnow())
    marking.mark_answer(attempt, world["tf"], "1", "Unclear question.", actor=world["teacher"], now=utcnow())
    commit()
    header, records = answer_rows(world["classroom"])
    assert {r[header.index("type")]: (r[header.index("correct")], r[header.index("points")]) for r in records} == {
        "essay": ("yes", 3.0), "true_false": ("yes", 1.0)}
    row = attempt_rows(world["assignment"].quiz)[0]
    assert row.answers[world["essay"].id][:2] == (1.0, 3.0) and row.answers[world["tf"].id][:2] == (1.0, 1.0)


def test_the_teachers_preview_says_an_essay_is_marked_by_hand(client, world):
    login(client, "teacher")
    page = client.post(f"/teacher/quizzes/{world['assignment'].quiz_id}/preview",
                       data={f"slot_{world['essay'].id}": "A preview essay."}).data.decode()
    assert "You mark this answer by hand" in page and "Snowmelt; rain on frozen ground." in page
