"""Bulk inserts for the demo: the raw driver's executemany on SQLite, SQLAlchemy Core elsewhere.

On ten years × 100 shelters the demo writes millions of rows. Core's executemany spends most of its
time building parameters row by row (about three times SQLite's own cost); here each column's own
bind processor converts the values (so the file holds exactly what Core would write) and the
sqlite3 cursor inserts tuples.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, insert
from sqlalchemy.types import TypeDecorator, TypeEngine

BATCH = 20_000


def _sqlite_datetime(value: Any) -> str:
    # What SQLAlchemy's SQLite DATETIME stores ("2026-01-15 21:00:00.000000", the offset dropped), in C.
    return value.isoformat(" ", "microseconds")[:26]


def _sqlite_utc_datetime(value: Any) -> str:
    # What sqlmodel's UTCDateTime stores on SQLite: the moment in UTC, as above (a naive one is refused, as
    # there). The demo's moments are already in UTC: for them it is one isoformat in C.
    if value.tzinfo is not UTC:
        if value.utcoffset() is None:
            raise ValueError(f"moment sans fuseau horaire : {value!r}")
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]


def _processor(kind: TypeEngine, dialect: Any) -> Any:
    """How a value is converted for the driver: nothing for what sqlite3 stores as SQLAlchemy would."""
    if isinstance(kind, TypeDecorator) and isinstance(kind.impl_instance, DateTime) and kind.impl_instance.timezone:
        return _sqlite_utc_datetime  # sqlmodel's UTCDateTime (the models' moments)
    if isinstance(kind, DateTime):
        return _sqlite_datetime
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Integer | Boolean | String):
        return None
    return kind._cached_bind_processor(dialect)


def insert_rows(conn: Any, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `model`'s table, in one statement per batch."""
    if not rows:
        return
    table: Table = model.__table__
    if conn.dialect.name != "sqlite":
        for i in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[i:i + 5000])
        return
    names = list(rows[0])
    values_of = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    converted = [(i, p) for i, n in enumerate(names) if (p := _processor(table.c[n].type, conn.dialect))]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
           f'VALUES ({", ".join("?" for _ in names)})')
    cursor = conn.connection.driver_connection.cursor()
    try:
        for start in range(0, len(rows), BATCH):
            batch = []
            for row in rows[start:start + BATCH]:
                values = values_of(row)
                if converted:  # only dates and datetimes: sqlite3 takes ints, strings and bools as they are
                    values = list(values)
                    for i, p in converted:
                        if values[i] is not None:
                            values[i] = p(values[i])
                batch.append(values)
            cursor.executemany(sql, batch)
    finally:
        cursor.close()
