"""questions: the multiple_response type (tick all that apply)

Revision ID: t4d2e8a1c9b7
Revises: b9f3a1c2d7e4
Create Date: 2026-11-28 20:45:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 't4d2e8a1c9b7'
down_revision = 'b9f3a1c2d7e4'
branch_labels = None
depends_on = None

OLD = "'multiple_choice', 'true_false', 'cloze', 'numeric', 'short_answer', 'ordering', 'matching'"


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_questions_type_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_questions_type_known'), f"type IN ({OLD}, 'multiple_response')")


def downgrade():
    # Questions of the new type have no place in the old schema: they go (with their answers) first.
    op.execute("DELETE FROM questions WHERE type = 'multiple_response'")
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_questions_type_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_questions_type_known'), f"type IN ({OLD})")
