"""Alembic: `db upgrade` builds the schema the models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade

from studyapp.db import db
from studyapp.models.search_index import include_name


def empty_database() -> None:
    """Drop every table, including alembic_version, so migrations start from nothing."""
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            schema = conn.execute(sa.text("SELECT current_schema()")).scalar()
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        else:
            conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    if db.engine.dialect.name == "sqlite":
        db.drop_all()


def test_upgrade_on_an_empty_database_matches_the_models(app):
    empty_database()
    upgrade()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True,
                                                                      "include_name": include_name}), db.metadata)
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert diff == [] and version


def test_upgrade_keeps_data_written_under_the_first_schema(app):
    empty_database()
    upgrade(revision="333a41aec0f4")  # the first schema
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO users (id, username, full_name, role, password_hash, must_change_password, "
                             "created_at) VALUES (1, 'old.teacher', 'Old Teacher', 'teacher', 'x', false, "
                             "'2026-01-01 10:00:00')"))
        conn.execute(sa.text("INSERT INTO classrooms (id, name, teacher_id, join_code, created_at) "
                             "VALUES (1, 'Class from last year', 1, 'ABC234', '2026-01-01 10:00:00')"))
    upgrade()
    with db.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT name, desired_retention, new_cards_per_day FROM classrooms")).one()
    assert tuple(row) == ("Class from last year", 0.9, 20)


OLD_BANKS = [
    "INSERT INTO users (id, username, full_name, role, password_hash, must_change_password, created_at) VALUES "
    "(1, 'ana', 'Ana First', 'teacher', '{hash}', false, '2026-01-01 10:00:00'), "
    "(2, 'ben', 'Ben Second', 'teacher', '{hash}', false, '2026-01-01 10:00:00'), "
    "(3, 'sam', 'Sam Student', 'student', '{hash}', false, '2026-01-01 10:00:00')",
    "INSERT INTO classrooms (id, name, teacher_id, join_code, created_at) VALUES "
    "(1, 'Ana''s class', 1, 'AAA234', '2026-01-01 10:00:00'), (2, 'Ben''s class', 2, 'BBB234', '2026-01-01 10:00:00')",
    "INSERT INTO enrolments (id, classroom_id, student_id, created_at) VALUES (1, 2, 3, '2026-01-01 10:00:00')",
    "INSERT INTO question_banks (id, key, title, owner_id, origin, created_at) VALUES "
    "(1, 'content:mini', 'The course pack', NULL, 'mini.json', '2026-01-01 09:00:00'), "
    "(2, 'import:abc', 'Nobody uses this', NULL, 'x.json', '2026-01-01 09:00:00')",
    "INSERT INTO questions (id, bank_id, key, type, kind, prompt, answer, explanation, notes, topic, quote, status, "
    "created_at, updated_at) VALUES "
    "(10, 1, 'q1', 'true_false', 'fact', 'Clouds form by condensation.', '\"True\"', '', '', '', '', 'approved', "
    "'2026-01-01 09:00:00', '2026-01-01 09:00:00'), "
    "(11, 1, 'q2', 'true_false', 'fact', 'Rain is a gas.', '\"False\"', '', '', '', '', 'approved', "
    "'2026-01-01 09:00:00', '2026-01-01 09:00:00'), "
    "(20, 2, 'u1', 'true_false', 'fact', 'Unused.', '\"True\"', '', '', '', '', 'approved', "
    "'2026-01-01 09:00:00', '2026-01-01 09:00:00')",
    "INSERT INTO quizzes (id, owner_id, bank_id, title, shuffle_questions, shuffle_choices, attempts_allowed, "
    "feedback_mode, show_evidence, created_at) VALUES "
    "(1, 1, 1, 'Ana''s quiz', false, false, 1, 'after_submit', true, '2026-01-05 10:00:00'), "
    "(2, 2, 1, 'Ben''s quiz', false, false, 1, 'after_submit', true, '2026-02-01 10:00:00')",
    "INSERT INTO quiz_slots (id, quiz_id, position, question_id, points) VALUES "
    "(1, 1, 1, 10, 1.0), (2, 2, 1, 10, 1.0), (3, 2, 2, 11, 1.0)",
    "INSERT INTO assignments (id, quiz_id, classroom_id, open_at, due_at, created_at) VALUES "
    "(1, 2, 2, '2026-02-01 10:00:00', '2099-01-01 10:00:00', '2026-02-01 10:00:00')",
    "INSERT INTO attempts (id, assignment_id, student_id, number, started_at, submitted_at, score, max_score) VALUES "
    "(1, 1, 3, 1, '2026-02-02 10:00:00', '2026-02-02 10:05:00', 1.0, 2.0)",
    "INSERT INTO answers (id, attempt_id, slot_id, raw, is_correct, points, answered_at) VALUES "
    "(1, 1, 2, '\"True\"', true, 1.0, '2026-02-02 10:01:00'), (2, 1, 3, '\"True\"', false, 0.0, '2026-02-02 10:02:00')",
]


def test_upgrade_gives_each_shared_bank_an_owner_and_keeps_every_quiz_and_grade(app, runner):
    """Ana's quiz came first, so Ana gets the shared bank; Ben's quiz, attempt and grade stay as they were."""
    from factories import PASSWORD, login
    from werkzeug.security import generate_password_hash

    from studyapp.models import Attempt, Question, QuestionBank, Quiz

    empty_database()
    upgrade(revision="284b30b1e354")  # the schema before banks had owners
    with db.engine.begin() as conn:
        for statement in OLD_BANKS:
            conn.execute(sa.text(statement.replace("{hash}", generate_password_hash(PASSWORD))))
        if conn.dialect.name == "postgresql":  # rows were inserted with explicit ids: move the sequences on
            for table in ("users", "classrooms", "enrolments", "question_banks", "questions", "quizzes",
                          "quiz_slots", "assignments", "attempts", "answers"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"))
    upgrade()
    shared, unused = db.session.get(QuestionBank, 1), db.session.get(QuestionBank, 2)
    assert (shared.owner_id, shared.is_template) == (1, False) and shared.key != "content:mini"
    assert (unused.owner_id, unused.is_template) == (None, True)
    assert [s.question_id for s in db.session.get(Quiz, 2).slots] == [10, 11]
    assert db.session.get(Attempt, 1).score == 1.0

    assert runner.invoke(args=["content", "load"]).exit_code == 0  # makes a fresh course pack; Ana's bank stays hers
    pack = db.session.scalar(db.select(QuestionBank).where(QuestionBank.key == "content:mini"))
    assert pack.is_template and pack.id != 1 and len(db.session.get(QuestionBank, 1).questions) == 2

    client = app.test_client()
    login(client, "ben")
    assert client.get("/teacher/questions/10").status_code == 200  # in his own quiz: he may read it
    assert client.get("/teacher/banks/1").status_code == 404
    assert client.post("/teacher/questions/10/reject").status_code == 404
    client.post("/logout")
    login(client, "ana")
    edit = {"prompt": "Clouds form by condensation.", "tf_answer": "False", "explanation": "", "topic": "",
            "kind": "fact", "difficulty": "", "tag_list": "", "notes": ""}
    response = client.post("/teacher/questions/10", data=edit)
    assert response.status_code == 422 and b"another teacher" in response.data
    assert client.post("/teacher/questions/11/reject", follow_redirects=True).status_code == 200
    db.session.expire_all()
    assert db.session.get(Question, 10).answer == "True" and db.session.get(Question, 11).status == "approved"
    assert db.session.get(Attempt, 1).score == 1.0


def test_manual_grading_upgrade_keeps_attempts_graded_and_its_downgrade_drops_essays(app):
    """Attempts from before manual grading wait for no mark; essays and marks come with the schema and go with it."""
    from flask_migrate import downgrade

    empty_database()
    upgrade(revision="t4d2e8a1c9b7")  # the schema before essays and manual grades
    with db.engine.begin() as conn:
        for statement in OLD_BANKS:
            conn.execute(sa.text(statement.replace("{hash}", "x")))
    upgrade()
    with db.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT score, ungraded_count FROM attempts")).one() == (1.0, 0)
        conn.execute(sa.text(
            "INSERT INTO questions (id, bank_id, key, type, kind, prompt, answer, explanation, notes, topic, quote, "
            "status, warnings, search_text, created_at, updated_at) VALUES (30, 1, 'e1', 'essay', 'fact', 'Why?', "
            "'{\"template\": \"\", \"grader_info\": \"\"}', '', '', '', '', 'approved', '', '', "
            "'2026-01-01 09:00:00', '2026-01-01 09:00:00')"))
        conn.execute(sa.text("INSERT INTO manual_grades (id, attempt_id, slot_id, points, comment, graded_at) "
                             "VALUES (1, 1, 2, 1.0, 'Fine.', '2026-02-03 10:00:00')"))
    downgrade(revision="t4d2e8a1c9b7")
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM questions WHERE type = 'essay'")).scalar() == 0
        assert conn.execute(sa.text("SELECT score FROM attempts")).scalar() == 1.0
        assert "manual_grades" not in sa.inspect(conn).get_table_names()


def test_upgrade_clears_the_answer_warning_of_a_stem_that_names_every_option(app):
    empty_database()
    upgrade(revision="x5e9b2c7d1f3")
    insert = ("INSERT INTO questions (id, bank_id, key, type, kind, prompt, choices, answer, explanation, notes, topic, "
              "quote, status, warnings, created_at, updated_at) VALUES ({id}, 1, '{key}', 'multiple_choice', "
              "'perspective', '{prompt}', '{choices}', '{answer}', '', '', '', 'q', 'draft', ',answer_in_stem,', "
              "'2026-01-01 09:00:00', '2026-01-01 09:00:00')")
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO question_banks (id, key, title, owner_id, origin, created_at) VALUES "
                             "(1, 'content:mini', 'The course pack', NULL, 'mini.json', '2026-01-01 09:00:00')"))
        conn.execute(sa.text(insert.format(
            id=1, key="stance", prompt="Is this a fact, an opinion or a reported claim? “Buses are cheap.”",
            choices='["A fact", "An opinion", "A reported claim"]', answer='"An opinion"')))
        conn.execute(sa.text(insert.format(
            id=2, key="shown", prompt="Which river, the Ili, feeds the lake?", choices='["Ili", "Irtysh", "Ural"]',
            answer='"Ili"')))
    upgrade()
    with db.engine.connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT key, warnings FROM questions")).all())
    assert rows == {"stance": "", "shown": ",answer_in_stem,"}
