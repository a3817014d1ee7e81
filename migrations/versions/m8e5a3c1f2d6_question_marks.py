"""questions: marks (partial credit and per-answer feedback from Moodle, GIFT and the editor's imports)

Revision ID: m8e5a3c1f2d6
Revises: g8e5a7d3b2c1
Create Date: 2026-11-28 22:05:00.000000

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = 'm8e5a3c1f2d6'
down_revision = 'g8e5a7d3b2c1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('marks', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('marks')
