"""Bank ownership: the course pack is a read-only template teachers copy; only a bank's owner changes its questions."""
from __future__ import annotations

import pytest
from factories import close_assignment, commit, login, make_assignment, make_bank, make_classroom, make_student, make_teacher

from studyapp.db import db, utcnow
from studyapp.errors import NotAllowedError
from studyapp.models import Question, QuestionBank, Quiz, QuizSlot
from studyapp.services import questions as question_service
from studyapp.services import quizzes, scheduling

EDIT_TF = {"prompt": "Clouds form by condensation.", "tf_answer": "False", "explanation": "", "topic": "",
           "kind": "fact", "difficulty": "", "tag_list": "", "notes": ""}


def course_pack(runner) -> QuestionBank:
    """The mini bank loaded as the course pack, the way `make run` loads content/."""
    result = runner.invoke(args=["content", "load"])
    assert result.exit_code == 0, result.output
    return db.session.scalar(db.select(QuestionBank).where(QuestionBank.key == "content:mini"))


def snapshot(bank) -> list[tuple]:
    """Every question of the bank as (id, bank, status, answer, prompt, tags)."""
    return [(q.id, q.bank_id, q.status, q.answer, q.prompt, q.tags) for q in db.session.scalars(
        db.select(Question).where(Question.bank_id == bank.id).order_by(Question.id))]


def test_the_course_pack_is_read_only_for_every_teacher(client, runner):
    make_teacher()
    make_bank(dict(format="studyapp.bank/1", title="Mine", sources=[], questions=[]), key="test:mine")
    commit()
    pack = course_pack(runner)
    clouds = next(q for q in pack.questions if q.key == "q-clouds")
    before = snapshot(pack)
    login(client, "teacher")
    assert client.get(f"/teacher/banks/{pack.id}").status_code == 200
    assert client.get(f"/teacher/questions/{clouds.id}").status_code == 200
    assert client.get(f"/teacher/banks/{pack.id}/export/json").status_code == 200
    mine = db.session.scalar(db.select(QuestionBank).where(QuestionBank.key == "test:mine"))
    writes = [
        (f"/teacher/questions/{clouds.id}", EDIT_TF),
        (f"/teacher/questions/{clouds.id}/reject", {}),
        (f"/teacher/banks/{pack.id}/approve", {}),
        (f"/teacher/banks/{pack.id}/bulk", {"ids": [str(clouds.id)], "action": "reject", "tag": "", "target_bank": ""}),
        (f"/teacher/banks/{pack.id}/bulk", {"ids": [str(clouds.id)], "action": "tag", "tag": "x", "target_bank": ""}),
        (f"/teacher/banks/{pack.id}/bulk", {"ids": [str(clouds.id)], "action": "move", "tag": "",
                                            "target_bank": str(mine.id)}),
        (f"/teacher/banks/{pack.id}/bulk", {"ids": [str(clouds.id)], "action": "quiz", "tag": "", "target_bank": ""}),
        (f"/teacher/banks/{pack.id}/questions/new?type=true_false", EDIT_TF),
        (f"/teacher/banks/{pack.id}/quizzes/new", {"title": "From the pack", "selection": "all"}),
    ]
    for url, data in writes:
        assert client.post(url, data=data).status_code == 404, url
    db.session.expire_all()
    assert snapshot(pack) == before
    assert db.session.scalar(db.select(db.func.count(Quiz.id))) == 0


def test_use_the_course_pack_gives_the_teacher_an_own_copy_to_edit(client, runner):
    make_teacher()
    commit()
    pack = course_pack(runner)
    login(client, "teacher")
    dashboard = client.get("/teacher/").data.decode()
    assert "Use the course pack" in dashboard and f"/teacher/banks/{pack.id}/copy" in dashboard
    response = client.post(f"/teacher/banks/{pack.id}/copy")
    copy = db.session.scalar(db.select(QuestionBank).where(QuestionBank.id != pack.id))
    assert response.headers["Location"].endswith(f"/teacher/banks/{copy.id}")
    assert copy.owner.username == "teacher" and not copy.is_template and copy.copied_from_id == pack.id
    assert [(q.key, q.status, q.answer, q.quote) for q in copy.questions] == [
        (q.key, q.status, q.answer, q.quote) for q in pack.questions]
    assert [s.text for s in copy.sources] == [s.text for s in pack.sources]
    assert len(copy.flashcards) == len(pack.flashcards) == 1
    assert {q.source.bank_id for q in copy.questions if q.source} == {copy.id}
    clouds = next(q for q in copy.questions if q.key == "q-clouds")
    assert client.post(f"/teacher/questions/{clouds.id}", data=EDIT_TF).status_code == 302
    assert client.post(f"/teacher/banks/{copy.id}/quizzes/new",
                       data={"title": "Mine", "selection": "all"}).status_code == 302
    db.session.expire_all()
    assert clouds.answer == "False"
    assert next(q for q in pack.questions if q.key == "q-clouds").answer == "True"


def test_another_teachers_bank_and_its_questions_are_404(client):
    owner = make_teacher("owner")
    make_teacher("rival")
    bank = make_bank(owner=owner)
    commit()
    clouds = next(q for q in bank.questions if q.key == "q-clouds")
    before = snapshot(bank)
    login(client, "rival")
    assert client.get(f"/teacher/banks/{bank.id}").status_code == 404
    assert client.get(f"/teacher/questions/{clouds.id}").status_code == 404
    assert client.post(f"/teacher/questions/{clouds.id}", data=EDIT_TF).status_code == 404
    assert client.post(f"/teacher/banks/{bank.id}/copy").status_code == 404
    db.session.expire_all()
    assert snapshot(bank) == before


def test_services_refuse_changes_by_anyone_but_the_owner(app, runner):
    owner = make_teacher("owner")
    rival = make_teacher("rival")
    bank = make_bank(owner=owner)
    commit()
    pack = course_pack(runner)
    now = utcnow()
    for who, target in ((rival, bank), (owner, pack), (rival, pack)):
        question = target.questions[0]
        with pytest.raises(NotAllowedError):
            question_service.set_status([question], "rejected", actor=who, now=now)
        with pytest.raises(NotAllowedError):
            question_service.tag_questions([question], "x", actor=who, now=now)
        with pytest.raises(NotAllowedError):
            question_service.create_question(target, "true_false", EDIT_TF, actor=who, now=now)
        with pytest.raises(NotAllowedError):
            quizzes.build_quiz(target, owner=who, title="Not mine")
        with pytest.raises(NotAllowedError):
            quizzes.build_quiz_from_questions([q for q in target.questions if q.status == "approved"], owner=who,
                                              title="Not mine")
    with pytest.raises(NotAllowedError):
        question_service.move_questions([bank.questions[0]], pack, actor=owner, now=now)


def test_a_class_studies_only_from_banks_its_teacher_owns(app):
    """A quiz of teacher B on teacher A's bank (possible before banks had owners) feeds B's class nothing new."""
    owner = make_teacher("owner")
    rival = make_teacher("rival")
    bank = make_bank(owner=owner)
    rival_class = make_classroom(rival, "B")
    make_student("sam", classroom=rival_class)
    own = make_assignment(rival, rival_class, bank=make_bank(owner=rival, key="test:rival"))
    legacy = Quiz(owner=rival, bank=bank, title="Made before banks had owners")
    legacy.slots.append(QuizSlot(position=1, question=bank.questions[0], points=1.0))
    db.session.add(legacy)
    quizzes.assign_quiz(legacy, rival_class, due_at=None, now=utcnow())
    commit()
    assert scheduling.class_bank_ids(rival_class) == [own.quiz.bank_id]


def test_a_teachers_own_class_still_studies_from_their_bank(app):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = close_assignment(make_assignment(teacher, classroom))  # a live quiz's questions are held back
    commit()
    assert scheduling.class_bank_ids(classroom) == [assignment.quiz.bank_id]
    assert scheduling.sync_deck(student, classroom, now=utcnow()) > 0
