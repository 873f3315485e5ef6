"""Every unexpected worker error reaches the program's log file with its traceback, whether or not a
screen shows its own message; the log's path is in Préférences → À propos (issue #14)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from relais_desk import program_log
from relais_desk.gui.tasks import ErrorHub, TaskRunner, describe


@pytest.fixture()
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(program_log, "log_dir", lambda: tmp_path / "log")
    root = logging.getLogger()
    before = list(root.handlers)
    path = program_log.setup()
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_an_unexpected_error_handled_by_a_screen_is_still_logged(qapp, log_file: Path) -> None:  # noqa: ANN001
    shown: list[BaseException] = []
    runner = TaskRunner(ErrorHub(), synchronous=True)

    def boom() -> None:
        raise ZeroDivisionError("calcul impossible")

    runner.run(boom, on_error=shown.append)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert shown and "Traceback" in text and "ZeroDivisionError" in text
    assert str(log_file) in describe(shown[0])  # the sentence says where the details are


def test_about_names_the_log_file(qtbot, sqlite_db, log_file: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from relais_desk.gui.main_window import MainWindow
    from tests.gui.conftest import make_context, make_user
    from tests.network import small_network

    small_network(sqlite_db)
    window = MainWindow(make_context(sqlite_db, make_user(sqlite_db, "adm", "admin")))
    qtbot.addWidget(window)
    window.show_about()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and str(program_log.log_file()) in box.informativeText()
    box.close()


def test_library_info_lines_go_to_the_file_not_the_terminal(log_file: Path) -> None:
    import io

    terminal = next(h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler)
    shown = io.StringIO()
    previous = terminal.setStream(shown)
    try:
        logging.getLogger("apscheduler.executors.default").info("Job « census » executed successfully")
        logging.getLogger("apscheduler.scheduler").warning("Run time of job « census » was missed")
        logging.getLogger("relais_desk.scheduling").info("census written for 1 night")
    finally:
        terminal.setStream(previous)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "executed successfully" in written and "was missed" in written and "census written" in written
    assert "executed successfully" not in shown.getvalue()
    assert "was missed" in shown.getvalue() and "census written" in shown.getvalue()
