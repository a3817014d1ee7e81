"""manual grading: the essay question type, teachers' marks and overrides, attempts' count of answers to mark

Revision ID: g8e5a7d3b2c1
Revises: t4d2e8a1c9b7
Create Date: 2026-11-28 22:20:00.000000

"""
from alembic import op
import sqlalchemy as sa

import studyapp.db


# revision identifiers, used by Alembic.
revision = 'g8e5a7d3b2c1'
down_revision = 't4d2e8a1c9b7'
branch_labels = None
depends_on = None

OLD = "'multiple_choice', 'true_false', 'cloze', 'numeric', 'short_answer', 'ordering', 'matching', 'multiple_response'"


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_questions_type_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_questions_type_known'), f"type IN ({OLD}, 'essay')")
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ungraded_count', sa.Integer(), server_default='0', nullable=False))
    op.create_table('manual_grades',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('attempt_id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Double(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('grader_id', sa.Integer(), nullable=True),
    sa.Column('graded_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('points >= 0', name=op.f('ck_manual_grades_points_not_negative')),
    sa.ForeignKeyConstraint(['attempt_id'], ['attempts.id'], name=op.f('fk_manual_grades_attempt_id_attempts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['grader_id'], ['users.id'], name=op.f('fk_manual_grades_grader_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['slot_id'], ['quiz_slots.id'], name=op.f('fk_manual_grades_slot_id_quiz_slots'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manual_grades')),
    sa.UniqueConstraint('attempt_id', 'slot_id', name='uq_manual_grades_slot')
    )
    with op.batch_alter_table('manual_grades', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manual_grades_attempt_id'), ['attempt_id'], unique=False)


def downgrade():
    with op.batch_alter_table('manual_grades', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manual_grades_attempt_id'))
    op.drop_table('manual_grades')
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_column('ungraded_count')
    # Essays have no place in the old schema: they go (with their answers) first.
    op.execute("DELETE FROM questions WHERE type = 'essay'")
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_questions_type_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_questions_type_known'), f"type IN ({OLD})")
