"""delivery ids seen: delivery_seen (ops/deliveries.py, issue #15 L5)

LINE webhookEventIds already accepted, kept for a day, so a signed body replayed after a restart (or sent to
another replica on the same database) is a duplicate. No resident, no words.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A database `create_all` made before migrations is adopted by knowledge.migrate (see 0003).
    if 'delivery_seen' in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table('delivery_seen',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('delivery_seen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_seen_seen_at'), ['seen_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('delivery_seen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_seen_seen_at'))

    op.drop_table('delivery_seen')
