"""The bank page's covering index gains questions.language (the language filter came after the index), so its
grouped counts read the index again instead of every row (107 ms -> a few ms at 50,000 questions on SQLite).

Revision ID: p6c3e9a1d5b7
Revises: m3d1a7f2c9e4
Create Date: 2026-11-29 05:40:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 'p6c3e9a1d5b7'
down_revision = 'm3d1a7f2c9e4'
branch_labels = None
depends_on = None

OLD = ['bank_id', 'source_id', 'topic', 'type', 'kind', 'status', 'warnings']
NEW = ['bank_id', 'source_id', 'language', 'topic', 'type', 'kind', 'status', 'warnings']


def upgrade():
    op.drop_index('ix_questions_bank_filters', table_name='questions')
    op.create_index('ix_questions_bank_filters', 'questions', NEW, unique=False)


def downgrade():
    op.drop_index('ix_questions_bank_filters', table_name='questions')
    op.create_index('ix_questions_bank_filters', 'questions', OLD, unique=False)
