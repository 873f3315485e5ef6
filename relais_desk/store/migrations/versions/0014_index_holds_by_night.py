"""index holds by night

Closing a night and its census read that night's arrived and no-show holds of every shelter
(`closed_nights.compute_night`). `ix_hold_partner_night` starts with the shelter, so the server went through
every arrived or expired hold of the whole history instead: 0.6 s a night on SQLite with 10 years × 100
shelters, and a night closed again after a downtime paid it for each night. On both backends; an index
needs no grant or policy of its own.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.create_index('ix_hold_night', ['night'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.drop_index('ix_hold_night')
