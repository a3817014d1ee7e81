"""questions.warnings again for the questions flagged "answer in the question"

A multiple-choice stem that names all its options ("Is this a fact, an opinion or a reported claim?") no longer
warns that its answer appears in it (services/quality.py); this recomputes the stored warnings of the questions
that carried that warning, with the same function. Data only: the downgrade leaves them as they are.

Revision ID: y19a4c8e2f6b
Revises: x5e9b2c7d1f3
Create Date: 2026-12-02 00:30:00.000000

"""
from types import SimpleNamespace

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'y19a4c8e2f6b'
down_revision = 'x5e9b2c7d1f3'
branch_labels = None
depends_on = None

QUESTIONS = sa.table(
    'questions', sa.column('id', sa.Integer), sa.column('type', sa.String), sa.column('kind', sa.String),
    sa.column('prompt', sa.Text), sa.column('choices', sa.JSON), sa.column('answer', sa.JSON),
    sa.column('quote', sa.Text), sa.column('topic', sa.String), sa.column('tags', sa.JSON),
    sa.column('warnings', sa.String),
)


def upgrade():
    from studyapp.services.quality import question_warnings

    conn = op.get_bind()
    rows = conn.execute(sa.select(QUESTIONS.c.id, QUESTIONS.c.type, QUESTIONS.c.kind, QUESTIONS.c.prompt,
                                  QUESTIONS.c.choices, QUESTIONS.c.answer, QUESTIONS.c.quote)
                        .where(QUESTIONS.c.warnings.like('%,answer_in_stem,%'))).all()
    for row in rows:
        codes = question_warnings(SimpleNamespace(**row._mapping))
        conn.execute(QUESTIONS.update().where(QUESTIONS.c.id == row.id)
                     .values(warnings="," + ",".join(codes) + "," if codes else ""))


def downgrade():
    pass
