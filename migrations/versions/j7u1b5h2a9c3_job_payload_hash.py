"""generation_jobs.payload_sha256: the same document sent again (Back and resubmit) finds the first job

Revision ID: j7u1b5h2a9c3
Revises: k18n5a7c3e21
Create Date: 2026-11-29 01:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'j7u1b5h2a9c3'
down_revision = 'k18n5a7c3e21'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload_sha256', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_generation_jobs_owner_sha', ['owner_id', 'payload_sha256'])


def downgrade():
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_generation_jobs_owner_sha')
        batch_op.drop_column('payload_sha256')
