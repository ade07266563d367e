"""turn tickets and rate buckets: turn_ticket, rate_bucket (ops/turnorder.py, issue #15 point 5)

Replicas on one PostgreSQL: each accepted LINE event's ticket (the resident's salted hash, LINE's timestamp,
the delivery id) until its turn is over, so a resident's turns keep LINE's order whichever replica works them;
each resident's token bucket, so the rate limit counts once. No words, no messenger id.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 20:01:43
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A database `create_all` made before migrations is adopted by knowledge.migrate (see 0003).
    if 'turn_ticket' in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table('rate_bucket',
    sa.Column('resident', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('tokens', sa.Float(), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.Column('told', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('resident')
    )
    with op.batch_alter_table('rate_bucket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_bucket_at'), ['at'], unique=False)

    op.create_table('turn_ticket',
    sa.Column('delivery', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('resident', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('stamped', sa.BigInteger(), nullable=False),
    sa.Column('accepted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('delivery')
    )
    with op.batch_alter_table('turn_ticket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_turn_ticket_accepted_at'), ['accepted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_turn_ticket_resident'), ['resident'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('turn_ticket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_turn_ticket_resident'))
        batch_op.drop_index(batch_op.f('ix_turn_ticket_accepted_at'))

    op.drop_table('turn_ticket')
    with op.batch_alter_table('rate_bucket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_bucket_at'))

    op.drop_table('rate_bucket')
