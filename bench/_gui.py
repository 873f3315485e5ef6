"""What the benchmarks that drive the real window share: the application as the window has it, and a heartbeat."""

from __future__ import annotations

import tempfile
import time

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication


def start_app() -> QApplication:
    """The application as the window has it: icons, French UI, and throwaway settings (never the user's)."""
    from relais_desk.gui.app import install_translations

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("Relais sociaux (bench)")
    QCoreApplication.setApplicationName("relais-desk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="relais-bench-settings-"))
    install_translations(app, "fr")
    return app


class Heartbeat:
    """A 10 ms timer on the UI thread; `max_gap_ms` is the longest it went unserved since `reset()`."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self.last) * 1000)
        self.last = now

    def reset(self) -> None:
        self.last, self.max_gap_ms = time.perf_counter(), 0.0
