"""source_documents.language, questions.language, generation_jobs.language: the language of each document and
question (kk, ru, en), and the one a teacher chose for an upload ('' = detect it)

Rows already stored were all made by the English generator: they get 'en'.

Revision ID: k2r8l4n6g1a3
Revises: m8e5a3c1f2d6
Create Date: 2026-11-28 22:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'k2r8l4n6g1a3'
down_revision = 'm8e5a3c1f2d6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('source_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='en', nullable=False))
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='en', nullable=False))
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='', nullable=False))


def downgrade():
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('source_documents', schema=None) as batch_op:
        batch_op.drop_column('language')
