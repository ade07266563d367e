"""demand counts for the staff dashboard: demand_count (backoffice/demand.py, issue #16)

Counts of typed questions per day (JST), channel, outcome and one dimension (total, topic, district, counter,
urgency); no words, no resident. Written by upserts that add to `n`, hence the unique constraint.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 13:56:45.223674
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A database `create_all` made before migrations is adopted by knowledge.migrate: it creates the tables the
    # models have and it lacks, stamps the baseline and upgrades, so the table may be there already.
    if 'demand_count' in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table('demand_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day', 'channel', 'metric', 'key', 'outcome', name='uq_demand_count')
    )
    with op.batch_alter_table('demand_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demand_count_day'), ['day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('demand_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demand_count_day'))

    op.drop_table('demand_count')
