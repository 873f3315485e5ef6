"""Network settings (stored in the database, shared by every workstation), with their defaults.

A change is role-checked (coordination or admin; the masking threshold and the retention: admin),
ledgered and announced on the change feed (topic "setting"), so that every open workstation follows
at once. On PostgreSQL the server does all three itself (`store.pg_settings`); on the embedded
database this module writes the ledger row and the announcement in the changing transaction.
"""

from __future__ import annotations

from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from relais_desk.domain.enums import LedgerAction, Role
from relais_desk.domain.models import NetworkSetting
from relais_desk.domain.network_settings import (
    ADMIN_SETTINGS,
    DEFAULTS,
    ENTITY,
    MAX_IDLE_LOCK_MINUTES,
    MIN_MASK_THRESHOLD,
    TEXT_SETTINGS,
    TIME_SETTINGS,
    TOPIC,
)
from relais_desk.domain.retention import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from relais_desk.services import lookup
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotAllowed
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database

__all__ = ["DEFAULTS", "MAX_IDLE_LOCK_MINUTES", "MIN_MASK_THRESHOLD", "get", "get_all", "get_time", "mask_threshold",
           "parse_hhmm", "read_all", "set_value"]


def get_all(session: Session) -> dict[str, str]:
    values = dict(DEFAULTS)
    for row in session.execute(select(NetworkSetting)).scalars():
        values[row.key] = row.value
    return values


def read_all(db: Database, *, actor: Actor) -> dict[str, str]:
    """Every setting, defaults filled in; any logged-in role may read them."""
    actor.require(*Role)
    with db.read() as session:
        return get_all(session)


def get(session: Session, key: str) -> str:
    row = session.get(NetworkSetting, key)
    return row.value if row else DEFAULTS[key]


def get_many(session: Session, *keys: str) -> dict[str, str]:
    """Several settings in one read, defaults filled in."""
    values = {key: DEFAULTS[key] for key in keys}
    for row in session.execute(select(NetworkSetting).where(NetworkSetting.key.in_(keys))).scalars():
        values[row.key] = row.value
    return values


def mask_threshold(session: Session) -> int:
    """The network's masking threshold; a stored value under the floor (a database from before the rule) reads 3."""
    try:
        return max(int(get(session, "mask_threshold")), MIN_MASK_THRESHOLD)
    except ValueError:
        return int(DEFAULTS["mask_threshold"])


def get_time(session: Session, key: str) -> time:
    return parse_hhmm(get(session, key), key)


def parse_hhmm(value: str, field: str = "heure") -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError) as exc:
        raise InvalidValue.of("time_invalid", field=field, value=value[:40]) from exc


def set_value(db: Database, key: str, value: str, *, actor: Actor) -> str:
    """Change a network setting (coordination or admin; the export mask threshold and the retention:
    admin only). Returns the value as stored (canonical form); an unchanged value writes nothing."""
    actor.require(Role.COORDINATION, Role.ADMIN)
    if key not in DEFAULTS:
        raise InvalidValue.of("setting_unknown", field="key", key=key[:60])
    if key in ADMIN_SETTINGS and actor.role != Role.ADMIN:
        which = "admin_only_mask_threshold" if key == "mask_threshold" else "admin_only_retention"
        raise NotAllowed.of(which, field=key, role=actor.role.value)
    value = canonical(key, value)
    with db.write() as session:
        row = session.get(NetworkSetting, key, with_for_update=True)
        before = row.value if row is not None else DEFAULTS[key]
        if before == value:
            return value
        if row is None:
            session.add(NetworkSetting(key=key, value=value))
        else:
            row.value = value
        if db.is_sqlite:  # on PostgreSQL the server's trigger writes both, naming its login (pg_settings)
            session.flush()
            ledger.append(session, action=LedgerAction.SETTING_CHANGED.value, entity=ENTITY, entity_id=None,
                          user_id=actor.user_id, before={"key": key, "value": before},
                          after={"key": key, "value": value})
            changes.announce(session, TOPIC)
    return value


def canonical(key: str, value: str) -> str:
    """The value in its one stored form (HH:MM, plain digits, trimmed text): what the shared server checks too."""
    if key in TIME_SETTINGS:
        return f"{parse_hhmm(value, key):%H:%M}"
    if key in TEXT_SETTINGS:
        return lookup.text(value, key, max_len=200, required=True, label="Nom du réseau")
    try:
        if not str(value).strip().isdigit() or int(value) > 100_000:
            raise ValueError
        number = int(value)
    except ValueError as exc:
        raise InvalidValue.of("setting_value_invalid", field=key, key=key, value=str(value)[:40]) from exc
    if key == "idle_lock_minutes" and number > MAX_IDLE_LOCK_MINUTES:
        raise InvalidValue.of("idle_lock_too_long", field=key, maximum=MAX_IDLE_LOCK_MINUTES)
    if key == "retention_months" and not MIN_RETENTION_MONTHS <= number <= MAX_RETENTION_MONTHS:
        raise InvalidValue.of("retention_out_of_range", field=key, minimum=MIN_RETENTION_MONTHS,
                              maximum=MAX_RETENTION_MONTHS)
    if key == "mask_threshold" and number < MIN_MASK_THRESHOLD:
        raise InvalidValue.of("mask_threshold_too_low", field=key, minimum=MIN_MASK_THRESHOLD)
    return str(number)
