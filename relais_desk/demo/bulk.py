"""Bulk inserts for the demo: the raw driver on SQLite, SQLAlchemy Core elsewhere.

On ten years × 100 shelters the demo writes millions of rows. Core's executemany spends most of its
time building parameters row by row (about three times SQLite's own cost); here each column's own
bind processor converts the values (so the file holds exactly what Core would write), and the raw
driver's `executemany` inserts them. For the history, a process of its own writes each transaction while
the next nights are computed (`BackgroundWriter`, `store.sqlite_writer`): SQLite works on the other core,
with its own Python lock, and keeps the tables' indexes up to date as it goes.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, insert
from sqlalchemy.types import TypeDecorator, TypeEngine

import relais_desk
from relais_desk.store import sqlite_writer
from relais_desk.store.errors import DatabaseUnreachable

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
    if isinstance(kind, Boolean):
        return int  # 1 and 0, as sqlite3 binds True and False, but an exact int, which it binds without adapting
    if isinstance(kind, Integer | String):
        return None
    return kind._cached_bind_processor(dialect)


def insert_rows(conn: Any, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `model`'s table now, in `conn`'s transaction."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        table: Table = model.__table__
        for i in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[i:i + 5000])
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        for sql, values in sqlite_inserts(conn.dialect, model, rows):
            cursor.executemany(sql, values)
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


def sqlite_inserts(dialect: Any, model: Any, rows: Sequence[dict[str, Any]],
                   texts: dict[Any, _Texts] | None = None) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """`rows` as plain `INSERT … VALUES (?, …)` statements for `executemany`, with the values SQLAlchemy Core
    would bind (numbers, text, booleans and None only: what `sqlite_writer` sends to its process)."""
    if not rows:
        return []
    table: Table = model.__table__
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" for _ in names)})'
    return [(sql, batch) for batch in _sqlite_batches(table, names, rows, dialect, texts)]


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
    """SQLite: each `commit()`'s rows are written in one transaction by a process of its own
    (`store.sqlite_writer`), while the caller goes on computing; at most one transaction waits. A failed write
    is raised by the next `insert`, `commit` or `close` (the transactions after it are not written: the demo
    stops there)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self._dialect = db.engine.dialect
        self._pending: list[tuple[str, list[tuple[Any, ...]]]] = []
        self._texts: dict[Any, _Texts] = {}  # the values of this transaction's rows, as text (by kind)
        self._sent = 0  # transactions sent and not answered yet
        self._error: BaseException | None = None
        self.waited_s = self.busy_s = 0.0  # the caller waiting for the writer; the writer writing (benchmarks)
        # a process of its own (not multiprocessing's: its "spawn" runs the caller's main script again)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(Path(relais_desk.__file__).resolve().parent.parent), *filter(None, [os.environ.get("PYTHONPATH")])]))
        with db.read() as session:  # it opens the file as the store's connections do, their page limit included
            max_pages = session.connection().exec_driver_sql("PRAGMA max_page_count").scalar_one()
        db.dispose()  # the idle connections of this process closed: the writer may have the file alone (it asks)
        self._process = subprocess.Popen(sqlite_writer.command(str(db.sqlite_path), max_pages), stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env=env,
                                         creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # (Windows)

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None:
        self._raise()
        self._pending += sqlite_inserts(self._dialect, model, rows, self._texts)

    def commit(self) -> None:
        """What was inserted since the last commit, as one transaction."""
        self._raise()
        statements, self._pending, self._texts = self._pending, [], {}
        started = time.perf_counter()
        while self._sent >= 2:  # one being written, one waiting: wait for the first
            self._answer()
        self.waited_s += time.perf_counter() - started
        with self.db.translate_errors():
            self.db.check_file()  # the file this program opened is still there (as before any transaction)
        self._raise()
        try:
            sqlite_writer.send(self._process.stdin, statements)
        except OSError:  # the process is gone: its last answers say why, or that it died
            self._sent += 1
            while self._sent:
                self._answer()
            self._raise()
            raise
        self._sent += 1

    def close(self, *, failed: bool = False) -> None:
        """Wait for the transactions given (none more after a failure of the caller's), then raise a failed one."""
        try:
            if failed:
                self._process.kill()  # what it is writing is rolled back: SQLite commits all or nothing
            else:
                while self._sent:
                    self._answer()
                self._process.stdin.close()  # the end: the writer closes its connection and exits
        finally:
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                with contextlib.suppress(OSError):  # (what a failed send left in the pipe's buffer goes nowhere)
                    stream.close()
        if not failed:
            self._raise()

    def _answer(self) -> None:
        try:
            answer = sqlite_writer.receive(self._process.stdout)
        except EOFError:  # the process died (killed, out of memory): nothing more will be answered
            self._sent = 0
            code = self._process.wait()
            self._error = self._error or DatabaseUnreachable.of(
                "database_not_answering", where=self.db.backend.where,
                detail=f"le processus qui écrit l'historique de la démo s'est arrêté (code {code})")
            return
        self._sent -= 1
        if answer[0] == "error":
            self._error = self._error or sqlite_writer.error_of(*answer[1:])
        elif answer[0] == "ok":
            self.busy_s += answer[1]

    def _raise(self) -> None:
        if self._error is not None:
            with self.db.translate_errors():
                raise self._error
