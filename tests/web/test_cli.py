"""CLI: user create, content load (idempotent), demo create, scores export matching the download."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from factories import commit, login, make_assignment, make_classroom, make_student, make_submitted_attempt, make_teacher

from studyapp.db import db, utcnow
from studyapp.models import Assignment, Classroom, Question, QuestionBank, User


def test_user_create_makes_a_teacher(runner):
    result = runner.invoke(args=["user", "create", "--role", "teacher", "--username", "Mr.Ng",
                                 "--password", "longpass1", "--full-name", "Mr Ng"])
    assert result.exit_code == 0, result.output
    assert db.session.scalar(db.select(User).where(User.username == "mr.ng")).is_teacher


def test_user_create_refuses_a_short_password(runner):
    result = runner.invoke(args=["user", "create", "--role", "teacher", "--username", "x1", "--password", "short"])
    assert result.exit_code == 1 and "at least 8" in result.output


def test_content_load_is_idempotent(runner):
    first = runner.invoke(args=["content", "load"])
    second = runner.invoke(args=["content", "load"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 1
    assert db.session.scalar(db.select(db.func.count(Question.id))) == 5
    pack = db.session.scalar(db.select(QuestionBank))
    assert pack.is_template and pack.owner_id is None


def test_content_load_names_a_broken_file_and_imports_nothing(runner, tmp_path):
    shutil.copy("tests/fixtures/banks/mini.json", tmp_path / "a.json")
    (tmp_path / "b.json").write_text('{"format": "studyapp.bank/1", "questions": [{"id": "x"}]}')
    result = runner.invoke(args=["content", "load", str(tmp_path)])
    assert result.exit_code == 1 and "b.json: question 1: missing 'type'" in result.output
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 0


def test_demo_create_makes_teacher_class_25_students_and_an_assignment(runner, app):
    runner.invoke(args=["content", "load"])
    result = runner.invoke(args=["demo", "create"])
    assert result.exit_code == 0, result.output
    assert "demo-teacher" in result.output and "demo-pass" in result.output
    classroom = db.session.scalar(db.select(Classroom).where(Classroom.name == "Demo class"))
    assert len(classroom.students) == 25 and len(classroom.assignments) == 1
    assert runner.invoke(args=["demo", "create"]).exit_code == 0
    assert db.session.scalar(db.select(db.func.count(Assignment.id))) == 1
    pack, copy = db.session.scalars(db.select(QuestionBank).order_by(QuestionBank.id))  # one copy, made once
    quiz_bank = classroom.assignments[0].quiz.bank
    assert quiz_bank == copy and copy.owner.username == "demo-teacher" and copy.copied_from_id == pack.id
    assert pack.is_template and [q.status for q in pack.questions] == ["approved"] * 3 + ["draft", "approved"]
    client = app.test_client()
    assert login(client, "student1", "demo-pass").headers["Location"].endswith("/student/")
    assert b"Demo class" in client.get("/student/").data
    client.post("/logout")
    assert login(client, "demo-admin", "demo-pass").headers["Location"].endswith("/admin/")


def test_demo_create_is_refused_in_production(runner, app):
    app.config["STUDYAPP_ENV"] = "production"
    result = runner.invoke(args=["demo", "create"])
    assert result.exit_code == 1 and "production" in result.output


def test_scores_export_equals_the_web_download(runner, app, tmp_path):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    make_student("zed", classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    make_submitted_attempt(assignment, student)
    commit()
    out = tmp_path / "scores.csv"
    result = runner.invoke(args=["scores", "export", "--class", str(classroom.id), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    client = app.test_client()
    login(client, "teacher")
    web = client.get(f"/teacher/classes/{classroom.id}/scores.csv").data.decode()
    assert out.read_bytes().decode("utf-8") == web
    assert web.split("\r\n")[1].startswith("student,Sam Student,4.0,100.0,done,")


def test_scores_export_of_an_unknown_class_fails_clearly(runner):
    result = runner.invoke(args=["scores", "export", "--class", "999"])
    assert result.exit_code == 1 and "no class with id 999" in result.output


def test_content_load_refreshes_the_course_pack_and_never_a_teachers_copy(runner, tmp_path):
    from studyapp.services import banks

    data = json.loads(Path("tests/fixtures/banks/mini.json").read_text(encoding="utf-8"))
    (tmp_path / "mini.json").write_text(json.dumps(data), encoding="utf-8")
    assert runner.invoke(args=["content", "load", str(tmp_path)]).exit_code == 0
    pack = db.session.scalar(db.select(QuestionBank))
    copy = banks.copy_bank(pack, owner=make_teacher(), now=utcnow())
    commit()
    data["questions"][1]["answer"] = "False"  # q-clouds: a key fixed in the file
    data["questions"].append({**data["questions"][1], "id": "q-new", "prompt": "Rain falls from clouds.",
                              "answer": "True"})
    (tmp_path / "mini.json").write_text(json.dumps(data), encoding="utf-8")
    assert runner.invoke(args=["content", "load", str(tmp_path)]).exit_code == 0
    db.session.expire_all()
    assert [(q.key, q.answer) for q in pack.questions][1:2] == [("q-clouds", "False")] and len(pack.questions) == 6
    assert [(q.key, q.answer) for q in copy.questions][1:2] == [("q-clouds", "True")] and len(copy.questions) == 5


def test_commands_print_in_the_shells_language(runner):
    loaded = runner.invoke(args=["content", "load"], env={"LANG": "ru_RU.UTF-8"})
    assert loaded.exit_code == 0 and "(5 вопросов)" in loaded.output, loaded.output
    listed = {lang: runner.invoke(args=["bank", "list"], env={"LANG": lang}).output
              for lang in ("ru_RU.UTF-8", "kk_KZ.UTF-8", "C")}
    assert "5 вопросов (одобрено: 4)\tMini bank: the water cycle\tготовый курс" in listed["ru_RU.UTF-8"]
    assert "5 сұрақ (бекітілгені: 4)" in listed["kk_KZ.UTF-8"] and "дайын курс" in listed["kk_KZ.UTF-8"]
    assert "5 questions (4 approved)\tMini bank: the water cycle\tcourse pack" in listed["C"]
    failed = runner.invoke(args=["scores", "export", "--class", "999"], env={"LANG": "ru_RU.UTF-8"})
    assert failed.exit_code == 1 and "Ошибка: нет класса с id 999." in failed.output
    # LC_ALL, then LC_MESSAGES, then LANG (POSIX): an English LC_ALL wins over a Russian LANG
    english = runner.invoke(args=["scores", "export", "--class", "999"], env={"LANG": "ru_RU.UTF-8", "LC_ALL": "C"})
    assert "Error: no class with id 999." in english.output
    kazakh = runner.invoke(args=["scores", "export", "--class", "999"], env={"LANG": "C", "LC_MESSAGES": "kk_KZ"})
    assert "Қате: мұндай сынып жоқ: id 999." in kazakh.output


def test_commands_are_wrapped_in_the_shell_language_once_however_many_apps_are_made(app):
    """Each create_app registers the same command objects again: wrapping them each time nested one wrapper per app
    until a long test run hit Python's recursion limit in `content load`."""
    from studyapp import create_app
    from studyapp.cli.commands import content_cli

    for _ in range(3):
        create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    callback = content_cli.commands["load"].callback
    assert getattr(callback, "in_environment_language", False)
    assert not getattr(callback.__wrapped__, "in_environment_language", False)
