"""partner opening hours: « lun-ven 09:00-16:00 ; sam-dim fermé », « tous les jours 20:00-08:00 »

`partner.opening_hours` holds the canonical text of `domain.opening_hours` (Brussels wall-clock time);
empty means « not given », never « closed ». On PostgreSQL the column falls under the partner table's
grants and policies (everyone reads, coordination and admin write), as every other partner column.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.add_column(sa.Column('opening_hours', sqlmodel.sql.sqltypes.AutoString(length=300),
                                      nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_column('opening_hours')
