"""Every database call runs off the UI thread; its plain result comes back by signal.

`TaskRunner.run(fn, on_done=…, on_error=…)` runs `fn()` on a worker thread. `on_done(result)` and
`on_error(exc)` are called on the UI thread. An error nobody handles goes to the one
notification handler (`ErrorHub`): a typed user error shows its French message; anything else is
logged and shown as a plain French sentence, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from relais_desk import program_log
from relais_desk.domain.errors import UserFacingError
from relais_desk.store.errors import DatabaseUnreachable

log = logging.getLogger(__name__)


class ErrorHub(QObject):
    """The one place worker errors end up when the caller did not handle them."""

    message = Signal(str, bool)  # French text, is_connection_problem
    connection_lost = Signal(str)

    def report(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnreachable):
            self.connection_lost.emit(exc.message)
            self.message.emit(exc.message, True)
        elif isinstance(exc, UserFacingError):
            self.message.emit(exc.message, False)
        else:
            log.error("unexpected error in a background task", exc_info=exc)
            self.message.emit(describe(exc), False)


def describe(exc: BaseException) -> str:
    """A French sentence for any error (typed errors carry their own)."""
    if isinstance(exc, UserFacingError):
        return exc.message
    return ("Une erreur inattendue s'est produite ; rien n'a été enregistré à moitié. Réessayez, et si "
            "elle revient, prévenez l'administrateur·rice (détails dans le journal du programme : "
            f"{program_log.log_file()}).")


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
    """Runs callables on a small thread pool (or at once, for tests that want it)."""

    busy_changed = Signal(bool)

    def __init__(self, errors: ErrorHub, *, synchronous: bool = False, max_threads: int = 4) -> None:
        super().__init__()
        self.errors = errors
        self.synchronous = synchronous
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._pending: set[_Signals] = set()
        self._closed = False

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        if self._closed:
            return  # the session is over (or never began: the smoke check)
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001
                self._failed(exc, on_error)
            else:
                if on_done:
                    on_done(result)
            return
        signals = _Signals()
        self._pending.add(signals)
        if not self._pending - {signals}:
            self.busy_changed.emit(True)

        @Slot(object)
        def done(result: Any) -> None:
            self._finish(signals)
            if on_done and not self._closed:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._finish(signals)
            if self._closed:
                if not isinstance(exc, UserFacingError):
                    log.error("unexpected error in a background task after its session ended", exc_info=exc)
                return
            self._failed(exc, on_error)

        signals.done.connect(done)
        signals.failed.connect(failed)
        self.pool.start(_Task(fn, signals))

    def _finish(self, signals: _Signals) -> None:
        self._pending.discard(signals)
        if not self._pending:
            self.busy_changed.emit(False)

    def _failed(self, exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if isinstance(exc, DatabaseUnreachable):
            self.errors.connection_lost.emit(exc.message)
        if on_error is not None:
            if not isinstance(exc, UserFacingError):  # a screen that shows its own message still leaves a trace
                log.error("unexpected error in a background task", exc_info=exc)
            on_error(exc)
        else:
            self.errors.report(exc)

    def close(self) -> None:
        """The session is over: nothing more runs, and answers still on their way are dropped (their
        widgets are going away)."""
        self._closed = True

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (shutdown, tests)."""
        return self.pool.waitForDone(msecs)
