"""archive (banks, documents, quizzes, assignments, classes) and one-time form tokens

Revision ID: u15a7c3e9b2d4
Revises: t4d2e8a1c9b7
Create Date: 2026-11-28 22:10:00.000000

"""
import sqlalchemy as sa
from alembic import op

import studyapp.db

# revision identifiers, used by Alembic.
revision = 'u15a7c3e9b2d4'
down_revision = 't4d2e8a1c9b7'
branch_labels = None
depends_on = None

ARCHIVED = ('question_banks', 'source_documents', 'quizzes', 'assignments', 'classrooms')


def upgrade():
    for table in ARCHIVED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('archived_at', studyapp.db.UTCDateTime(timezone=True), nullable=True))
    op.create_table(
        'form_tokens',
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('result_url', sa.String(length=500), nullable=False),
        sa.Column('created_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_form_tokens_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('token', name=op.f('pk_form_tokens')),
    )
    with op.batch_alter_table('form_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_tokens_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('form_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_form_tokens_user_id'))
    op.drop_table('form_tokens')
    for table in reversed(ARCHIVED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('archived_at')
