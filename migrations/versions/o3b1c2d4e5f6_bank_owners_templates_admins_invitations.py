"""bank owners and course-pack templates, administrators, teacher invitations, class invitations

Revision ID: o3b1c2d4e5f6
Revises: 284b30b1e354
Create Date: 2026-11-30 10:00:00.000000

Every bank gets one owner, the only teacher who changes it. Banks shared until now (no owner) are settled
by this rule, which keeps every quiz, attempt and grade as it is (no question id changes):

- a shared bank that some teacher's quiz uses (as its bank, or through a slot's question) goes to the
  teacher of the earliest such quiz (created first; lowest id on a tie). A bank loaded by `content load`
  (key `content:*`) is renamed, so that the next `content load` makes a fresh course pack beside it;
- other teachers' quizzes keep their questions: each such teacher can still read them from the quiz,
  nobody can edit them while the quiz uses them (services/questions.check_can_change), and their
  classes draw no new practice or flashcards from that bank (services/scheduling.class_bank_ids);
  they get their own copy of the course pack in one click ("Use the course pack");
- a shared bank no teacher's quiz uses becomes a template: a read-only course pack teachers copy.
"""
from alembic import op
import sqlalchemy as sa

import studyapp.db


# revision identifiers, used by Alembic.
revision = 'o3b1c2d4e5f6'
down_revision = 'a5e55c0de701'
branch_labels = None
depends_on = None

FIRST_TEACHER_QUIZ = sa.text(
    "SELECT q.owner_id FROM quizzes q JOIN users u ON u.id = q.owner_id "
    "WHERE u.role = 'teacher' AND (q.bank_id = :bank OR EXISTS ("
    "  SELECT 1 FROM quiz_slots s JOIN questions qu ON qu.id = s.question_id "
    "  WHERE s.quiz_id = q.id AND qu.bank_id = :bank)) "
    "ORDER BY q.created_at, q.id LIMIT 1")


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_users_role_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_users_role_known'), "role IN ('teacher', 'student', 'admin')")

    with op.batch_alter_table('question_banks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_template', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('copied_from_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_question_banks_copied_from_id_question_banks'), 'question_banks',
                                    ['copied_from_id'], ['id'], ondelete='SET NULL')

    op.create_table('teacher_invites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', studyapp.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('used_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_teacher_invites_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['used_by_id'], ['users.id'], name=op.f('fk_teacher_invites_used_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teacher_invites')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_teacher_invites_token_hash'))
    )
    op.create_table('class_invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('classroom_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('created_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('declined_at', studyapp.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['classroom_id'], ['classrooms.id'], name=op.f('fk_class_invitations_classroom_id_classrooms'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['users.id'], name=op.f('fk_class_invitations_student_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_invitations')),
    sa.UniqueConstraint('classroom_id', 'student_id', name='uq_class_invitations_member')
    )
    with op.batch_alter_table('class_invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_invitations_classroom_id'), ['classroom_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_invitations_student_id'), ['student_id'], unique=False)

    settle_shared_banks(op.get_bind())

    with op.batch_alter_table('question_banks', schema=None) as batch_op:
        batch_op.create_check_constraint(op.f('ck_question_banks_template_unowned'),
                                         "NOT is_template OR owner_id IS NULL")


def settle_shared_banks(conn) -> None:
    """Give each owner-less bank the teacher of its earliest quiz, or make it a template (see the docstring)."""
    banks = sa.table('question_banks', sa.column('id'), sa.column('key'), sa.column('owner_id'),
                     sa.column('is_template', sa.Boolean()))
    shared = conn.execute(sa.select(banks.c.id, banks.c.key).where(banks.c.owner_id.is_(None))
                          .order_by(banks.c.id)).all()
    for bank_id, key in shared:
        owner_id = conn.execute(FIRST_TEACHER_QUIZ, {"bank": bank_id}).scalar()
        if owner_id is None:
            conn.execute(sa.update(banks).where(banks.c.id == bank_id).values(is_template=True))
        else:
            new_key = f"claimed:{bank_id}:{key}"[:200] if key.startswith("content:") else key
            conn.execute(sa.update(banks).where(banks.c.id == bank_id).values(owner_id=owner_id, key=new_key))


def downgrade():
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM users WHERE role = 'admin'")).scalar():
        raise RuntimeError("Administrator accounts exist: delete them before downgrading below o3b1c2d4e5f6.")
    with op.batch_alter_table('question_banks', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_question_banks_template_unowned'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_question_banks_copied_from_id_question_banks'), type_='foreignkey')
        batch_op.drop_column('copied_from_id')
        batch_op.drop_column('is_template')

    with op.batch_alter_table('class_invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_invitations_student_id'))
        batch_op.drop_index(batch_op.f('ix_class_invitations_classroom_id'))
    op.drop_table('class_invitations')
    op.drop_table('teacher_invites')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_users_role_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_users_role_known'), "role IN ('teacher', 'student')")
