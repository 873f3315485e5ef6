"""Drawing a chart over several turns of the event loop, so that the UI thread is never held long by it.

A chart's plot items are made from its plan in small steps (`charts.steps`); `SlicedDrawing` runs as many as
fit in `SLICE_S`, then lets the event loop turn (input, timers, painting) before the next ones. With a
synchronous task runner (tests) it draws at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SLICE_S = 0.015  # UI-thread time given to drawing per turn of the event loop (#14's stalls: ≤ 50 ms)


class SlicedDrawing(QObject):
    """Runs `steps` one slice per turn of the event loop; `finished` once the last has run."""

    finished = Signal()

    def __init__(self, steps: list[Callable[[], None]], *, at_once: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._at_once = at_once
        self.cancelled = False

    def start(self) -> None:
        if self._at_once:
            while self._steps and not self.cancelled:
                self._steps.pop(0)()
            self._end()
        else:
            QTimer.singleShot(0, self._turn)

    def cancel(self) -> None:
        """Newer data came: the rest of this drawing is not done (the newer one starts from the beginning)."""
        self.cancelled = True
        self._steps.clear()

    def running(self) -> bool:
        return bool(self._steps) and not self.cancelled

    def _turn(self) -> None:
        if self.cancelled:
            return
        deadline = time.perf_counter() + SLICE_S
        while self._steps and time.perf_counter() < deadline:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self._turn)
        else:
            self._end()

    def _end(self) -> None:
        if not self.cancelled:
            self.finished.emit()
