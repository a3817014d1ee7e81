"""questions.warnings and questions.search_text: the bank page filters, counts and searches in SQL

Both are derived from the question when it is saved (models/bank.py); this fills them in for the questions
already stored, with the same function.

Revision ID: b9f3a1c2d7e4
Revises: j7c41d2e9a05
Create Date: 2026-11-28 20:50:00.000000

"""
from types import SimpleNamespace

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b9f3a1c2d7e4'
down_revision = 'j7c41d2e9a05'
branch_labels = None
depends_on = None

QUESTIONS = sa.table(
    'questions', sa.column('id', sa.Integer), sa.column('type', sa.String), sa.column('kind', sa.String),
    sa.column('prompt', sa.Text), sa.column('choices', sa.JSON), sa.column('answer', sa.JSON),
    sa.column('quote', sa.Text), sa.column('topic', sa.String), sa.column('tags', sa.JSON),
    sa.column('warnings', sa.String), sa.column('search_text', sa.Text),
)


def upgrade():
    from studyapp.models.bank import filter_fields

    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('warnings', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('search_text', sa.Text(), server_default='', nullable=False))
        batch_op.create_index('ix_questions_bank_filters',
                              ['bank_id', 'source_id', 'topic', 'type', 'kind', 'status', 'warnings'], unique=False)
    conn = op.get_bind()
    rows = conn.execute(sa.select(QUESTIONS.c.id, QUESTIONS.c.type, QUESTIONS.c.kind, QUESTIONS.c.prompt,
                                  QUESTIONS.c.choices, QUESTIONS.c.answer, QUESTIONS.c.quote, QUESTIONS.c.topic,
                                  QUESTIONS.c.tags)).all()
    for row in rows:
        warnings, text = filter_fields(SimpleNamespace(**row._mapping))
        conn.execute(QUESTIONS.update().where(QUESTIONS.c.id == row.id).values(warnings=warnings, search_text=text))


def downgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index('ix_questions_bank_filters')
        batch_op.drop_column('search_text')
        batch_op.drop_column('warnings')
