"""index holds by creation time

The distinct persons of a period (Statistiques, the annual report) read holds by `created_at`: without an
index, every hold of the whole history was scanned (1.4 million on 10 years × 100 shelters). On both backends;
an index needs no grant or policy of its own.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0013'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.create_index('ix_hold_created_at', ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.drop_index('ix_hold_created_at')
