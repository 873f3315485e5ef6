"""The append-only ledger: one row per change, in the changing transaction."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from relais_desk.domain.models import LedgerEntry
from relais_desk.domain.nights import utcnow


def dumps(value: dict[str, Any] | None) -> str | None:
    """The JSON of a ledger before/after (sorted keys, ISO dates): bulk writers use it too."""
    return _json(value)


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, default=_default, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def _default(obj: object) -> str:
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return str(obj)


def append(
    session: Session,
    *,
    action: str,
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
    session.execute(
        insert(LedgerEntry),
        [
            {
                "at": at or utcnow(),
                "user_id": user_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "partner_id": partner_id,
                "category_id": category_id,
                "night": night,
                "before": _json(before),
                "after": _json(after),
            }
        ],
    )


def loads(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}
