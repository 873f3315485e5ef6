"""The append-only ledger: one row per change, in the changing transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import insert
from sqlalchemy.orm import Session

from relais_desk.domain.enums import LedgerAction
from relais_desk.domain.models import LedgerEntry
from relais_desk.domain.nights import utcnow


def dumps(value: dict[str, Any] | None) -> str | None:
    """The JSON of a ledger before/after: sorted keys, ISO dates, compact, non-ASCII as it is.

    The same text as `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    default=…isoformat…)` (tested), by orjson: every change writes one, the ten-year demo ten million."""
    if value is None:
        return None
    return orjson.dumps(value, default=str, option=_OPTIONS).decode()


_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS
# Each action's stored text, found by the action or by its text (a StrEnum's member is the same key as its
# value); quicker than `.value`, an enum property, on ten million rows. Another text is refused by LedgerAction.
_ACTIONS = {action.value: action.value for action in LedgerAction}


def entry(
    *,
    action: LedgerAction | str,
    entity: str,
    entity_id: int | None,
    user_id: int | None,
    at: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    partner_id: int | None = None,
    category_id: int | None = None,
    night: date | None = None,
) -> dict[str, Any]:
    """One ledger row as the values to insert; an action that is not a `LedgerAction` is refused."""
    return {
        "at": at,
        "user_id": user_id,
        "action": _ACTIONS.get(action) or LedgerAction(action).value,
        "entity": entity,
        "entity_id": entity_id,
        "partner_id": partner_id,
        "category_id": category_id,
        "night": night,
        "before": dumps(before),
        "after": dumps(after),
    }


def append(
    session: Session,
    *,
    action: LedgerAction | str,
    entity: str,
    entity_id: int | None,
    user_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    partner_id: int | None = None,
    category_id: int | None = None,
    night: date | None = None,
    at: datetime | None = None,
) -> None:
    """Append one ledger row. Call it in the same transaction as the change it records."""
    append_many(session, [entry(action=action, entity=entity, entity_id=entity_id, user_id=user_id,
                                at=at or utcnow(), before=before, after=after, partner_id=partner_id,
                                category_id=category_id, night=night)])


def append_many(connection: Session | Any, rows: Iterable[dict[str, Any]], *, batch: int = 5000) -> None:
    """Append rows built by `entry`, in batches (a bulk writer's path: the demo, migrations)."""
    rows = list(rows)
    for i in range(0, len(rows), batch):
        connection.execute(insert(LedgerEntry), rows[i:i + batch])


def loads(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}
