"""A network setting change is one ledger row (before, after, who) and an announcement, on both backends."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from relais_desk.domain.enums import LedgerAction
from relais_desk.domain.models import LedgerEntry
from relais_desk.domain.nights import night_of, utcnow
from relais_desk.services import beds, census, settings, users
from relais_desk.services.errors import InvalidValue, NotAllowed
from relais_desk.store.database import Database
from tests.network import SYSTEM

PASSWORD = "rapport annuel pour la Région"


def setting_rows(db: Database) -> list[LedgerEntry]:
    with db.read() as session:
        return list(session.execute(select(LedgerEntry).where(LedgerEntry.entity == "network_setting")
                                    .order_by(LedgerEntry.id)).scalars())


def test_a_change_is_one_ledger_row_with_its_before_and_after(network_db):
    assert settings.set_value(network_db, "hold_deadline", " 9:05 ", actor=SYSTEM) == "09:05"
    assert settings.set_value(network_db, "hold_deadline", "21:30", actor=SYSTEM) == "21:30"
    first, second = setting_rows(network_db)
    assert first.action == second.action == LedgerAction.SETTING_CHANGED.value
    assert json.loads(first.before) == {"key": "hold_deadline", "value": "22:00"}  # the default it replaced
    assert json.loads(first.after) == {"key": "hold_deadline", "value": "09:05"}
    assert json.loads(second.before) == {"key": "hold_deadline", "value": "09:05"}
    assert json.loads(second.after) == {"key": "hold_deadline", "value": "21:30"}
    assert first.user_id is None and first.entity_id is None and first.partner_id is None  # the system, no shelter


def test_the_same_value_again_writes_nothing(network_db):
    settings.set_value(network_db, "stale_after_hours", "6", actor=SYSTEM)
    settings.set_value(network_db, "stale_after_hours", "06", actor=SYSTEM)
    settings.set_value(network_db, "saturation_threshold", settings.DEFAULTS["saturation_threshold"], actor=SYSTEM)
    assert [json.loads(r.after)["key"] for r in setting_rows(network_db)] == ["stale_after_hours"]


def test_a_refused_change_writes_no_row_and_changes_nothing(network_db):
    coordination = users.add_user(network_db, username="coord", role="coordination", password=PASSWORD, actor=SYSTEM)
    coordinator = users.authenticate(network_db, "coord", PASSWORD).actor()
    assert coordination.user_id == coordinator.user_id
    with pytest.raises(NotAllowed, match="administrat"):
        settings.set_value(network_db, "retention_months", "36", actor=coordinator)
    with pytest.raises(InvalidValue, match="au plus 1440"):
        settings.set_value(network_db, "idle_lock_minutes", "5000", actor=coordinator)
    assert setting_rows(network_db) == []
    settings.set_value(network_db, "network_name", "Relais social du Centre", actor=coordinator)
    (row,) = setting_rows(network_db)
    # who: the coordinator on the embedded database; on PostgreSQL the server names the session's login
    # (here the tests' maintenance login, no account)
    assert row.user_id == (coordinator.user_id if network_db.is_sqlite else None)


def test_the_ledgers_readers_pass_over_setting_rows(network_db):
    """The board rebuilt from the ledger and the census read bed rows only: a setting row changes neither."""
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=2, actor=SYSTEM)
    settings.set_value(network_db, "stale_after_hours", "3", actor=SYSTEM)
    settings.set_value(network_db, "network_name", "Relais social du Centre", actor=SYSTEM)
    now = utcnow()
    assert beds.board(network_db, at=now) == beds.board(network_db, now=now)
    night = night_of(now)
    summary = census.write_night(network_db, night - timedelta(days=1), actor=SYSTEM, trigger="tests")
    assert summary.rows_written == len(census.rows(network_db, night - timedelta(days=1))) > 0
