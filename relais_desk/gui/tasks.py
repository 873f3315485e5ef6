"""The one path for database work from the GUI: off the UI thread, plain results back by signal.

Borrowed from Anki's operations (qt/aqt/operations, taskman.py):

- `TaskRunner.query(fn, kind=…, on_done=…, on_error=…)`: a read. When a newer query of the same `kind`
  was started after it, its answer (or error) is dropped: a slow old answer never replaces a newer one.
- `TaskRunner.action(fn, on_done=…, on_error=…)`: a write. Actions run one at a time, in the order
  they were asked for, on one serial executor: two never overlap.
- `TaskRunner.run(fn, …)`: plain work on the pool (kept for the screens not moved to the above yet).

`on_done(result)` and `on_error(exc)` are called on the UI thread. Every error goes through the one
error hub (`ErrorHub`): an unexpected one is logged once with its traceback (to the rotating program
log); one nobody handles is reported there (a typed user error shows its French message; anything else
a plain French sentence, never a traceback). Losing the database is handled there too: the hub owns
the connection state (`Connectivity`), set offline by any task that could not reach the database and
online again by any query that could.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from relais_desk import program_log
from relais_desk.domain.errors import UserFacingError
from relais_desk.gui import error_text
from relais_desk.store.errors import DatabaseUnreachable

log = logging.getLogger(__name__)


class Connectivity(QObject):
    """Online or not: writes are refused (with a clear message) while the database is unreachable."""

    changed = Signal(bool, str)

    def __init__(self) -> None:
        super().__init__()
        self.online = True
        self.message = ""

    def set(self, online: bool, message: str = "") -> None:
        if online != self.online or message != self.message:
            self.online, self.message = online, message
            self.changed.emit(online, message)


class ErrorHub(QObject):
    """Where every worker error goes: logged once when unexpected, reported when nobody handled it; and
    the one owner of the connection state."""

    message = Signal(str, bool)  # French text, is_connection_problem
    _from_another_thread = Signal(object)  # (the scheduler's jobs report from their own thread)

    def __init__(self) -> None:
        super().__init__()
        self.connectivity = Connectivity()
        self._from_another_thread.connect(self.report)  # queued: handled on the hub's (the UI) thread

    def _elsewhere(self, exc: BaseException) -> bool:
        if QThread.currentThread() is self.thread():
            return False
        self._from_another_thread.emit(exc)
        return True

    def note(self, exc: BaseException) -> None:
        """An error happened: an unexpected one goes to the program log with its traceback, once; a
        database that cannot be reached makes the session offline."""
        if isinstance(exc, DatabaseUnreachable):
            self.lost(error_text.translated(exc))
        elif not isinstance(exc, UserFacingError) and not getattr(exc, "_relais_logged", False):
            log.error("unexpected error in a background task", exc_info=exc)
            with contextlib.suppress(AttributeError):  # (__slots__: logged again if reported again)
                exc._relais_logged = True  # type: ignore[attr-defined]

    def report(self, exc: BaseException) -> None:
        """Say an error nobody else shows (in the main window's status bar). Any thread may call it."""
        if self._elsewhere(exc):
            return
        self.note(exc)
        self.message.emit(describe(exc), isinstance(exc, DatabaseUnreachable))

    def lost(self, message: str) -> None:
        """The database cannot be reached (or its file is gone): every screen shows it, writes wait."""
        self.connectivity.set(False, message)

    def reached(self) -> None:
        self.connectivity.set(True)


def describe(exc: BaseException) -> str:
    """A sentence for any error, in the interface's language for typed errors that have a message key."""
    if isinstance(exc, UserFacingError):
        return error_text.translated(exc)
    return QCoreApplication.translate(
        "Errors", "Une erreur inattendue s'est produite ; rien n'a été enregistré à moitié. Réessayez, et si elle "
                  "revient, prévenez l'administrateur·rice (détails dans le journal du programme : %1).").replace(
        "%1", str(program_log.log_file()))


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Hand an answer to the screen that asked; a screen closed (deleted) meanwhile no longer wants it."""
    try:
        callback(value)
    except RuntimeError as exc:
        if not _widget_gone(exc):
            raise
        log.debug("an answer for a screen closed meanwhile is dropped: %s", exc)


def _widget_gone(exc: RuntimeError) -> bool:
    """Shiboken's error for a Qt object whose C++ side was deleted (a closed dialog or screen)."""
    return "already deleted" in str(exc)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - everything is reported, nothing is lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on a small thread pool, actions on a serial one (or all at once, for tests)."""

    def __init__(self, errors: ErrorHub, *, synchronous: bool = False, max_threads: int = 4) -> None:
        super().__init__()
        self.errors = errors
        self.synchronous = synchronous
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self.serial = QThreadPool()  # the one executor of actions: never two at once
        self.serial.setMaxThreadCount(1)
        self._pending: set[_Signals] = set()  # keeps each task's signal source alive until it answered
        self._latest: dict[str, int] = {}  # the newest query started of each kind
        self._closed = False

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self._submit(self.pool, fn, on_done, on_error)

    def query(self, fn: Callable[[], Any], *, kind: str, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        """A read whose answer is dropped if a newer query of the same `kind` was started after it."""
        number = self._latest[kind] = self._latest.get(kind, 0) + 1

        def current() -> bool:
            return self._latest.get(kind) == number

        def done(result: Any) -> None:
            if current():
                self.errors.reached()
                if on_done is not None:
                    on_done(result)

        def failed(exc: BaseException) -> None:
            if current():
                self._failed(exc, on_error)
            elif not isinstance(exc, UserFacingError):
                self.errors.note(exc)  # superseded, but an unexpected error still leaves its trace

        self._submit(self.pool, fn, done, failed, handled=True)

    def action(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """A write: run after every action asked for before it has finished, never beside one."""
        self._submit(self.serial, fn, on_done, on_error)

    def _submit(self, pool: QThreadPool, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None, *, handled: bool = False) -> None:
        """`handled`: `on_error` sees every error itself (a query's own bookkeeping)."""
        if self._closed:
            return  # the session is over (or never began: the smoke check)
        fail = on_error if handled else (lambda exc: self._failed(exc, on_error))
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001
                if fail is not None:
                    fail(exc)
            else:
                if on_done:
                    on_done(result)
            return
        signals = _Signals()
        self._pending.add(signals)

        @Slot(object)
        def done(result: Any) -> None:
            self._pending.discard(signals)
            if on_done and not self._closed:
                _deliver(on_done, result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._pending.discard(signals)
            if self._closed:
                self.errors.note(exc)  # (logged; nobody is left to show it)
                return
            if fail is not None:
                _deliver(fail, exc)

        signals.done.connect(done)
        signals.failed.connect(failed)
        pool.start(_Task(fn, signals))

    def _failed(self, exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            self.errors.note(exc)  # a screen that shows its own message still leaves a trace
            on_error(exc)
        else:
            self.errors.report(exc)

    def close(self) -> None:
        """The session is over: nothing more runs, and answers still on their way are dropped (their
        widgets are going away)."""
        self._closed = True

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (shutdown, tests)."""
        reads, writes = self.pool.waitForDone(msecs), self.serial.waitForDone(msecs)
        return reads and writes
