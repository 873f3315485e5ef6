"""A process that writes rows into an SQLite file, one transaction per message: the demo's history.

Python's lock is per process. A thread of the demo that wrote with `executemany` waited for that lock on every
row while the history was computed (141 s for 300,000 rows), and one big `INSERT … SELECT FROM json_each(?)`
per batch, which needs no lock, cost SQLite ten times a plain insert (191 s of the ten-year demo's 241). A process
of its own has its own lock: it runs the plain `executemany` on the other core.

This module imports the standard library only: a writer process starts in a fraction of a second.
It reads its messages on its standard input and answers on its standard output. Each message is a
transaction's statements (a list of `(sql, rows)`, the rows tuples of numbers, text, booleans and None); each
answer is `("ok", busy seconds)`, `("error", kind, message, SQLite error code and name)`, or `("skipped", 0.0)` after an
error.
"""

from __future__ import annotations

import gc
import marshal
import sqlite3
import sys
import time
from typing import Any, BinaryIO

BUSY_TIMEOUT_MS = 30_000
# What every connection to an embedded database sets (the store's engines and this writer alike).
PRAGMAS = (f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
           "PRAGMA foreign_keys = ON")
# The writer's page cache: the bulk tables' indexes are kept up to date row by row, and their pages are
# visited in no order (the default 2 MB kept a tenth of them)
WRITER_CACHE_KIB = 256 * 1024


def configure(connection: sqlite3.Connection) -> None:
    """The pragmas of every connection to an embedded database."""
    cursor = connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


# How the bundle's own executable is told to be a writer (installer/relais_desk_main.py), where there is no
# `python -m`
ARGUMENT = "--sqlite-writer"


def command(path: str, max_pages: int) -> list[str]:
    """The command that starts a writer of the file at `path`, which may not grow past `max_pages` pages."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable, ARGUMENT, path, str(max_pages)]
    return [sys.executable, "-m", __name__, path, str(max_pages)]


def send(stream: BinaryIO, value: Any) -> None:
    """One message: its length, then `marshal` bytes (in C, and about as quick to read back)."""
    data = marshal.dumps(value)
    stream.write(len(data).to_bytes(8, "little"))
    stream.write(data)
    stream.flush()


def receive(stream: BinaryIO) -> Any:
    """The next message; EOFError when the other side has closed its end (or died)."""
    size = stream.read(8)
    if len(size) < 8:
        raise EOFError
    data = stream.read(int.from_bytes(size, "little"))
    if len(data) < int.from_bytes(size, "little"):
        raise EOFError
    return marshal.loads(data)


def main(path: str, max_pages: int, requests: BinaryIO, answers: BinaryIO) -> int:
    """The writer process: each message's statements in one transaction, until the other side closes its end.

    After a failed transaction it writes nothing more (what follows depends on it) and only answers."""
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None)
    configure(connection)
    connection.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    connection.execute(f"PRAGMA max_page_count = {int(max_pages)}")  # the limit of the connections it stands in for
    # Each message makes millions of tuples that live until its transaction ends and hold no cycles: the cyclic
    # collector would go over them again and again (a tenth of the writer's time)
    gc.disable()
    alone = _leave_the_log(connection)
    failed = False
    try:
        while True:
            try:
                statements = receive(requests)
            except EOFError:
                return 0
            if failed:
                send(answers, ("skipped", 0.0))
                continue
            started = time.perf_counter()
            try:
                _transaction(connection, statements)
            except sqlite3.Error as exc:
                failed = True
                send(answers, ("error", type(exc).__name__, str(exc), getattr(exc, "sqlite_errorcode", None),
                               getattr(exc, "sqlite_errorname", None)))
                continue
            send(answers, ("ok", time.perf_counter() - started))
    finally:
        if alone:
            _back_to_the_log(connection)
        connection.close()


def _leave_the_log(connection: sqlite3.Connection) -> bool:
    """While it is the file's only connection, write with a rollback journal instead of the write-ahead log: the
    pages a transaction adds at the end of the file are then written once, not to the log and again into the file
    (a sixth of the writer's time). True when it did; with another connection open, the log stays.

    With `synchronous = FULL`, as SQLite advises for a rollback journal: a transaction is on the disk when
    committed, and one cut short is rolled back from its journal at the next open."""
    connection.execute("PRAGMA busy_timeout = 0")  # (another connection: say so now, do not wait for it)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = "wal"
    finally:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if mode != "delete":
        return False
    connection.execute("PRAGMA synchronous = FULL")
    return True


def _back_to_the_log(connection: sqlite3.Connection) -> None:
    """The write-ahead log again (what every connection asks for when it opens, should this fail)."""
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error:
        return


def _transaction(connection: sqlite3.Connection, statements: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for sql, rows in statements:
            connection.executemany(sql, rows)
    except BaseException:
        if connection.in_transaction:  # (SQLite may have rolled back already, a full disk for one)
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def error_of(kind: str, message: str, code: int | None, name: str | None = None) -> sqlite3.Error:
    """The writer's error, raised again in the demo's process (of the same sqlite3 class and error code, so
    that the store tells a full disk from a broken row)."""
    cls = getattr(sqlite3, kind, None)
    exc = cls(message) if isinstance(cls, type) and issubclass(cls, sqlite3.Error) else sqlite3.Error(message)
    exc.sqlite_errorcode, exc.sqlite_errorname = code, name
    return exc


def run(arguments: list[str]) -> int:
    """`main` with `command`'s arguments, on this process's standard streams (nothing else may print on the
    answers' stream)."""
    answers, sys.stdout = sys.stdout.buffer, sys.stderr
    return main(arguments[0], int(arguments[1]), sys.stdin.buffer, answers)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
