"""The bank page's search index: FTS5 trigram table on SQLite, pg_trgm GIN index on PostgreSQL

The statements are studyapp/models/search_index.py's, which `db.create_all()` runs too.

Revision ID: x5e9b2c7d1f3
Revises: r8a4c6e2b9d1
Create Date: 2026-11-28 22:40:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 'x5e9b2c7d1f3'
down_revision = 'r8a4c6e2b9d1'
branch_labels = None
depends_on = None


def upgrade():
    from studyapp.models.search_index import create_search_index

    create_search_index(op.get_bind())


def downgrade():
    from studyapp.models.search_index import drop_search_index

    drop_search_index(op.get_bind())
