"""media_files (image bytes by SHA-256) and question_images (which question shows which image where)

Placed before x5e9b2c7d1f3 (the search index), which must stay last: a SQLite batch rebuild after it would drop
the FTS triggers.

Revision ID: m3d1a7f2c9e4
Revises: j7u1b5h2a9c3
Create Date: 2026-11-29 01:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

import studyapp.db

# revision identifiers, used by Alembic.
revision = 'm3d1a7f2c9e4'
down_revision = 'j7u1b5h2a9c3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'media_files',
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('mime', sa.String(length=32), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', studyapp.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('hash', name=op.f('pk_media_files')),
    )
    op.create_table(
        'question_images',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('question_id', sa.Integer(), nullable=False),
        sa.Column('place', sa.String(length=16), nullable=False),
        sa.Column('media_hash', sa.String(length=64), nullable=False),
        sa.Column('alt', sa.String(length=300), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['question_id'], ['questions.id'],
                                name=op.f('fk_question_images_question_id_questions'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['media_hash'], ['media_files.hash'],
                                name=op.f('fk_question_images_media_hash_media_files'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_question_images')),
        sa.UniqueConstraint('question_id', 'place', name=op.f('uq_question_images_place')),
    )
    with op.batch_alter_table('question_images', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_images_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_question_images_media_hash'), ['media_hash'], unique=False)


def downgrade():
    with op.batch_alter_table('question_images', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_images_media_hash'))
        batch_op.drop_index(batch_op.f('ix_question_images_question_id'))
    op.drop_table('question_images')
    op.drop_table('media_files')
