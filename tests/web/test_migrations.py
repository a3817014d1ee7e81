"""Alembic: `db upgrade` builds the schema the models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade

from studyapp.db import db


def test_upgrade_on_an_empty_database_matches_the_models(app):
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    if db.engine.dialect.name == "sqlite":
        db.drop_all()
    upgrade()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert diff == [] and version
