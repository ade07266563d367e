"""emergency line english name: name_en (issue #13)

An emergency line's name in English replies, kept in the knowledge base beside its Japanese name (it was a
table in the program). Existing rows get none until the next `kb load` or publish writes it; a reply then
shows the Japanese name.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('emergencyline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('emergencyline', schema=None) as batch_op:
        batch_op.drop_column('name_en')
