"""users.session_version: a session is valid only while it carries the account's current version

Revision ID: a5e55c0de701
Revises: 284b30b1e354
Create Date: 2026-12-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a5e55c0de701'
down_revision = '284b30b1e354'
branch_labels = None
depends_on = None


def upgrade():
    # Existing sessions hold a bare user id, which the new user loader refuses: everyone signs in once more.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_version')
