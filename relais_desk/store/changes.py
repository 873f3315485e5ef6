"""Announce what a transaction changed, inside that transaction.

Services call `announce(session, topic, ids)`; just before commit the announcements go out:
PostgreSQL gets one `pg_notify` per topic (ids only, delivered only if the transaction commits);
SQLite gets rows in `change_event`, which the feed reads after `PRAGMA data_version` moves.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta

from sqlalchemy import delete, insert, text
from sqlalchemy.orm import Session

from relais_desk.domain.models import ChangeEvent
from relais_desk.domain.nights import utcnow

CHANNEL = "relais_changes"
_MAX_PAYLOAD = 7000  # NOTIFY payloads must stay under 8000 bytes
_KEY = "relais_changes"
SQLITE_EVENT_RETENTION = timedelta(hours=1)


def announce(session: Session, topic: str, ids: int | list[int] | tuple[int, ...] = ()) -> None:
    """Record that rows of `topic` changed in this transaction (an empty `ids` means "many")."""
    pending: dict[str, set[int]] = session.info.setdefault(_KEY, defaultdict(set))
    if isinstance(ids, int):
        ids = (ids,)
    bucket = pending[topic]
    if not ids:
        bucket.add(-1)
    bucket.update(ids)


def encode(topic: str, ids: set[int]) -> str:
    id_list = [] if -1 in ids else sorted(ids)
    payload = json.dumps({"t": topic, "ids": id_list}, separators=(",", ":"))
    if len(payload) > _MAX_PAYLOAD:
        payload = json.dumps({"t": topic, "ids": []}, separators=(",", ":"))
    return payload


def flush(session: Session) -> None:
    """Send this transaction's announcements (called by the before_commit hook)."""
    pending: dict[str, set[int]] | None = session.info.pop(_KEY, None)
    if not pending:
        return
    dialect = session.get_bind().dialect.name
    now = utcnow()
    if dialect == "postgresql":
        payloads = [encode(topic, ids) for topic, ids in pending.items()]  # one round trip for all topics
        calls = ", ".join(f"pg_notify(:c, :p{i})" for i in range(len(payloads)))
        session.execute(text(f"SELECT {calls}"), {"c": CHANNEL} | {f"p{i}": p for i, p in enumerate(payloads)})
    else:
        rows = []
        for topic, ids in pending.items():
            id_list = [] if -1 in ids else sorted(ids)
            rows.append({"at": now, "topic": topic, "ids": ",".join(map(str, id_list))})
        result = session.execute(insert(ChangeEvent).returning(ChangeEvent.id), rows)
        last_id = max(result.scalars().all())
        if last_id % 200 == 0:
            # Keep the table small: a feed that was away longer than this resyncs anyway.
            session.execute(delete(ChangeEvent).where(ChangeEvent.at < now - SQLITE_EVENT_RETENTION))


def discard(session: Session) -> None:
    session.info.pop(_KEY, None)
