"""generation jobs: heartbeat and worker, so a dead worker's job is taken up again

Revision ID: j7c41d2e9a05
Revises: 284b30b1e354
Create Date: 2026-11-23 20:55:00.000000

"""
from alembic import op
import sqlalchemy as sa

import studyapp.db


# revision identifiers, used by Alembic.
revision = 'j7c41d2e9a05'
down_revision = 'o3b1c2d4e5f6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heartbeat_at', studyapp.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('worker', sa.String(length=100), server_default='', nullable=False))


def downgrade():
    with op.batch_alter_table('generation_jobs', schema=None) as batch_op:
        batch_op.drop_column('worker')
        batch_op.drop_column('heartbeat_at')
