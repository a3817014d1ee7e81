"""The database handle, the declarative base with a naming convention, and aware-UTC datetimes."""
from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import orm

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.types.TypeDecorator):
    """Store aware datetimes as UTC; hand back aware UTC ones even from SQLite."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        """Refuse naive datetimes; normalise aware ones to UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        """Attach UTC to naive values (SQLite) and convert aware ones."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


registry = orm.registry(
    metadata=sa.MetaData(naming_convention=NAMING_CONVENTION),
    type_annotation_map={datetime: UTCDateTime()},
)


class Base(orm.DeclarativeBase):
    """Declarative base bound to the registry above."""

    registry = registry


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def autocommit_on_postgresql() -> None:
    """Run this request's statements each as its own transaction on PostgreSQL; call before any query.

    For a view whose one write is a single atomic statement this saves the BEGIN and COMMIT round trips.
    SQLite gains nothing from it (its BEGIN costs no round trip), so there it changes nothing; nor does it
    when the session is already in a transaction (a test sharing its session with the request).
    """
    if db.session.get_bind().dialect.name == "postgresql" and db.session().get_transaction() is None:
        db.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def init_app(app) -> None:
    """Bind the database to the app; on SQLite turn on WAL, foreign keys, a busy timeout and the sync mode."""
    db.init_app(app)
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            synchronous = app.config.get("SQLITE_SYNCHRONOUS", "FULL")  # one of two checked words

            @sa.event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_connection, _record):
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA busy_timeout=10000")
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute(f"PRAGMA synchronous={synchronous}")
                cursor.close()
