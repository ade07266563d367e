"""facts defined once, schedules after HSDS, staff overrides (issue #14, points 2–6)

- contactfact: `fact` (the id of a fact defined once), `use` (a reference to such a fact), `verified` (when a
  person last looked at the live source), `unconfirmed` (a secondary source, shown 未確認).
- schedule: `closed_on_holidays` / `closed_year_end` may be null (the source does not say); `weeks` (nth
  weekdays of a month: 第3金曜), `exceptions` (dated), `verified`, `unconfirmed`.
- entry: `overrides` (plan fields a person corrected; `kb import-plan` keeps them); `local_of` (a counter that
  exists once per district — a 地域包括支援センター, a 地区社協 — names the city-wide counter it is one of).
- emergencyline: `flags` (e.g. source-missing).

Constant server defaults only, so SQLite adds the columns in place (see 0002); the nullable change of the
schedule flags makes batch mode copy `schedule`, which no other table refers to.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('contactfact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fact', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('use', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('verified', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('unconfirmed', sa.Boolean(), server_default='0', nullable=False))
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.add_column(sa.Column('weeks', sa.JSON(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('exceptions', sa.JSON(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('verified', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('unconfirmed', sa.Boolean(), server_default='0', nullable=False))
        batch_op.alter_column('closed_on_holidays', existing_type=sa.Boolean(), nullable=True)
        batch_op.alter_column('closed_year_end', existing_type=sa.Boolean(), nullable=True)
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('overrides', sa.JSON(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('local_of', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    with op.batch_alter_table('emergencyline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flags', sa.JSON(), server_default='[]', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('emergencyline', schema=None) as batch_op:
        batch_op.drop_column('flags')
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.drop_column('local_of')
        batch_op.drop_column('overrides')
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.alter_column('closed_year_end', existing_type=sa.Boolean(), nullable=False)
        batch_op.alter_column('closed_on_holidays', existing_type=sa.Boolean(), nullable=False)
        batch_op.drop_column('unconfirmed')
        batch_op.drop_column('verified')
        batch_op.drop_column('exceptions')
        batch_op.drop_column('weeks')
    with op.batch_alter_table('contactfact', schema=None) as batch_op:
        batch_op.drop_column('unconfirmed')
        batch_op.drop_column('verified')
        batch_op.drop_column('use')
        batch_op.drop_column('fact')
