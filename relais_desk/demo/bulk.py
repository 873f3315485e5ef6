"""Bulk inserts for the demo: the raw driver on SQLite, SQLAlchemy Core elsewhere.

On ten years × 100 shelters the demo writes millions of rows. Core's executemany spends most of its
time building parameters row by row (about three times SQLite's own cost); here each column's own
bind processor converts the values (so the file holds exactly what Core would write), and each batch
goes as one JSON array into one statement. That statement runs without Python's lock, so for the history
a thread writes while the next nights are computed (`BackgroundWriter`): SQLite works on the other core.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date
from operator import itemgetter
from typing import Any, Protocol

import orjson
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
    """Insert `rows` (dicts with the same keys) into `model`'s table now, in one statement per batch."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        table: Table = model.__table__
        for i in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[i:i + 5000])
        return
    _execute(conn.connection.driver_connection, json_inserts(conn.dialect, model, rows))


def _execute(driver_connection: Any, statements: list[tuple[str, str]]) -> None:
    cursor = driver_connection.cursor()
    try:
        for sql, payload in statements:
            cursor.execute(sql, (payload,))
    finally:
        cursor.close()


class _Texts(dict):
    """One conversion's texts by value, each made once: a dict, so that a column is converted by `map` over its
    `__getitem__` (in C, Python only for a value not seen yet)."""

    def __init__(self, convert: Any) -> None:
        super().__init__({None: None})
        self.convert = convert

    def __missing__(self, value: Any) -> str:
        text = self[value] = self.convert(value)
        return text


def _sqlite_batches(table: Table, names: list[str], rows: Sequence[dict[str, Any]], dialect: Any,
                    texts: dict[Any, _Texts] | None = None) -> Iterator[list[Sequence[Any]]]:
    """The rows as SQLite would be given them by SQLAlchemy (each column's own conversion), by batches.

    Column by column: each column's values are taken out of the rows and converted by `map`, then the rows are
    zipped back together, all in C but for a value's first conversion. Each value is converted once, its text
    kept in `texts` (by conversion): a chunk's rows share few moments (minutes of its evenings), and the
    ledger's moments are its calls', holds' and counts' own (isoformat was 15 % of the ten-year demo). Only
    dates and moments are converted: sqlite3 takes ints, strings and bools as they are."""
    texts = {} if texts is None else texts
    processors = [_processor(table.c[n].type, dialect) for n in names]
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        columns = []
        for name, processor in zip(names, processors, strict=True):
            column = map(itemgetter(name), batch)
            if processor is not None:
                seen = texts.get(processor)
                if seen is None:
                    seen = texts[processor] = _Texts(processor)
                column = map(seen.__getitem__, column)
            columns.append(column)
        yield list(zip(*columns, strict=True))


def json_inserts(dialect: Any, model: Any, rows: Sequence[dict[str, Any]],
                 texts: dict[Any, _Texts] | None = None) -> list[tuple[str, str]]:
    """`rows` as SQLite statements of one parameter each: INSERT … SELECT … FROM json_each(?), the rows' values
    as one JSON array per batch. SQLite runs such a statement in one step without Python (executemany goes
    back to Python for every row), so that a thread writes while the demo computes the next nights.

    The values stored are those SQLAlchemy Core would write: JSON numbers, strings and null are read back as
    integers, text and NULL (booleans as 1 and 0, as sqlite3 binds them)."""
    if not rows:
        return []
    table: Table = model.__table__
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(names)))
    sql = f'INSERT INTO "{table.name}" ({columns}) SELECT {values} FROM json_each(?)'
    return [(sql, orjson.dumps(batch).decode()) for batch in _sqlite_batches(table, names, rows, dialect, texts)]


class RowTarget(Protocol):
    """Where the demo's rows go."""

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None: ...


class Inserts:
    """Rows inserted at once on `conn`, in its transaction."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None:
        insert_rows(self.conn, model, rows)


class BackgroundWriter:
    """SQLite: each `commit()`'s rows are written in one transaction by a thread of its own, while the caller
    goes on computing; at most one transaction waits. A failed write is raised by the next `insert`, `commit`
    or `close` (the transactions after it are not written: the demo stops there)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self._dialect = db.engine.dialect
        self._pending: list[tuple[str, str]] = []
        self._texts: dict[Any, _Texts] = {}  # the values of this transaction's rows, as text (by kind)
        self._queue: queue.Queue[list[tuple[str, str]] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self.waited_s = self.busy_s = 0.0  # the caller waiting for the thread; the thread writing (benchmarks)
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self._thread.start()

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None:
        self._raise()
        self._pending += json_inserts(self._dialect, model, rows, self._texts)

    def commit(self) -> None:
        """What was inserted since the last commit, as one transaction."""
        self._raise()
        started = time.perf_counter()
        self._queue.put(self._pending)
        self.waited_s += time.perf_counter() - started
        self._pending, self._texts = [], {}

    def close(self, *, failed: bool = False) -> None:
        """Wait for the transactions given (none more after a failure of the caller's), then raise a failed one."""
        if failed:
            self._error = self._error or _Abandoned()
        self._queue.put(None)
        self._thread.join()
        if not failed:
            self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (statements := self._queue.get()) is not None:
            if self._error is not None:
                continue  # after a failure, only drain: the caller stops at its next call
            started = time.perf_counter()
            try:
                with self.db.write() as session:
                    _execute(session.connection().connection.driver_connection, statements)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread, raised there
                self._error = exc
            self.busy_s += time.perf_counter() - started


class _Abandoned(Exception):
    """The caller failed: what it had not committed yet is not written."""
