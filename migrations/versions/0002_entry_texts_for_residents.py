"""entry texts for residents: name_en, name_easy, summary_easy, summary_en, usable (issue #14)

`summary` (already there) is the one line a resident sees on the answer card; the new columns carry the
English and やさしい日本語 versions of the name and that line, and `usable` (false for a plan measure nothing
a resident can use or apply for). Existing rows get usable = true; the texts stay empty until the next
`kb load` or publish writes them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 13:48:37.822220
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('name_easy', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('summary_easy', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('summary_en', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        # A constant default ('1' is true on both engines): SQLite then adds the column with ALTER TABLE in
        # place. An expression (sa.true()) would make batch mode copy the table, and dropping the old `entry`
        # fails while other tables' foreign keys point at its rows (foreign_keys=ON).
        batch_op.add_column(sa.Column('usable', sa.Boolean(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.drop_column('usable')
        batch_op.drop_column('summary_en')
        batch_op.drop_column('summary_easy')
        batch_op.drop_column('name_easy')
        batch_op.drop_column('name_en')
