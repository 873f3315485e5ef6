"""census reported: the 23:00 census stores « non communiqué » as the closed night does

`census.reported` says whether the shelter × category had a count update (`counts_set` in the
ledger) during the night before its census moment; when it had none, `occupied` and `free` are
NULL (unknown, never a carried-over or zero count). Existing rows are backfilled from the ledger
with the rule the census screens applied at read time until now.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

import sqlalchemy as sa
import sqlmodel
from alembic import op

from relais_desk.domain.nights import local_moment

revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORTED = ("(reported AND occupied IS NOT NULL AND free IS NOT NULL) "
            "OR (NOT reported AND occupied IS NULL AND free IS NULL)")
DEFAULT_CENSUS_TIME = time(23, 0)  # services.settings.DEFAULTS["census_time"] when this was written


def _census_time(conn: sa.Connection) -> time:
    value = conn.execute(sa.text("SELECT value FROM network_setting WHERE key = 'census_time'")).scalar()
    try:
        hours, minutes = str(value).strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return DEFAULT_CENSUS_TIME


def _backfill(conn: sa.Connection) -> None:
    census = sa.table('census', sa.column('night', sa.Date()), sa.column('partner_id', sa.Integer()),
                      sa.column('category_id', sa.Integer()), sa.column('reported', sa.Boolean()),
                      sa.column('occupied', sa.Integer()), sa.column('free', sa.Integer()))
    ledger = sa.table('ledger', sa.column('entity', sa.String()), sa.column('action', sa.String()),
                      sa.column('night', sa.Date()), sa.column('partner_id', sa.Integer()),
                      sa.column('category_id', sa.Integer()), sa.column('at', sqlmodel.sql.sqltypes.UTCDateTime()))
    census_at = _census_time(conn)
    nights: list[date] = list(conn.execute(sa.select(census.c.night).distinct()).scalars())
    counted = sa.exists().where(
        ledger.c.entity == 'bed_state', ledger.c.action == 'counts_set', ledger.c.night == census.c.night,
        ledger.c.partner_id == census.c.partner_id, ledger.c.category_id == census.c.category_id,
        ledger.c.at <= sa.bindparam('census_moment', type_=sqlmodel.sql.sqltypes.UTCDateTime()))
    if nights:
        conn.execute(sa.update(census).where(census.c.night == sa.bindparam('census_night', type_=sa.Date()))
                     .values(reported=counted),
                     [{"census_night": n, "census_moment": local_moment(n, census_at)} for n in nights])
    conn.execute(sa.update(census).where(census.c.reported.is_(False)).values(occupied=None, free=None))


def upgrade() -> None:
    with op.batch_alter_table('census', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reported', sa.Boolean(), nullable=True))
        batch_op.alter_column('occupied', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('free', existing_type=sa.Integer(), nullable=True)
    _backfill(op.get_bind())
    with op.batch_alter_table('census', schema=None) as batch_op:
        batch_op.alter_column('reported', existing_type=sa.Boolean(), nullable=False)
        batch_op.create_check_constraint(op.f('ck_census_reported'), REPORTED)


def downgrade() -> None:
    # the older schema had a count for every row: a count nobody gave goes back to 0, as it was written then
    census = sa.table('census', sa.column('reported', sa.Boolean()), sa.column('capacity', sa.Integer()),
                      sa.column('unavailable', sa.Integer()), sa.column('held', sa.Integer()),
                      sa.column('occupied', sa.Integer()), sa.column('free', sa.Integer()))
    with op.batch_alter_table('census', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_census_reported'), type_='check')
    left = census.c.capacity - census.c.unavailable - census.c.held
    op.get_bind().execute(sa.update(census).where(census.c.reported.is_(False)).values(
        occupied=0, free=sa.case((left > 0, left), else_=0)))
    with op.batch_alter_table('census', schema=None) as batch_op:
        batch_op.alter_column('free', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('occupied', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('reported')
