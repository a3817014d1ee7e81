"""Alembic: `db upgrade` builds the schema the models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade

from studyapp.db import db


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
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
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
