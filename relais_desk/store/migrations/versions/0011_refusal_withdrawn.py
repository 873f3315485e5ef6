"""refusal withdrawn: a door refusal recorded by mistake is withdrawn, never deleted

`refusal.withdrawn_at` / `refusal.withdrawn_by` say when and by which account a refusal was
withdrawn; the row stays (the ledger has `refusal_withdrawn`) and no figure counts it. NULL for
every refusal recorded before, none of which was withdrawn. On PostgreSQL the server sets both
columns itself (store.pg_corrections), and a shelter's account may write no other column.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('refusal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_refusal_withdrawn_by_app_user'), 'app_user', ['withdrawn_by'],
                                    ['id'])


def downgrade() -> None:
    with op.batch_alter_table('refusal', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_refusal_withdrawn_by_app_user'), type_='foreignkey')
        batch_op.drop_column('withdrawn_by')
        batch_op.drop_column('withdrawn_at')
