"""The one path for database work from the GUI (gui/tasks.py): a superseded query's answer never acts,
actions never overlap, an unexpected error is logged once and reported once, and losing the database is
known in one place (issue #14)."""

from __future__ import annotations

import logging
import threading

from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.store.errors import DatabaseUnreachable

WAIT_S = 15


def test_a_superseded_querys_answer_never_arrives(qtbot) -> None:  # noqa: ANN001
    tasks = TaskRunner(ErrorHub())
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        assert release.wait(WAIT_S)
        return "femmes"  # the profile asked first, answered last

    tasks.query(slow, kind="finder", on_done=answers.append)
    tasks.query(lambda: "hommes", kind="finder", on_done=answers.append)
    tasks.query(lambda: "tableau", kind="board", on_done=answers.append)  # another kind is not superseded
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=WAIT_S * 1000)
    release.set()
    assert tasks.wait(WAIT_S * 1000)
    qtbot.wait(50)  # let any late answer be delivered (it must not be)
    assert sorted(answers) == ["hommes", "tableau"]


def test_a_superseded_querys_error_is_not_shown_either(qtbot) -> None:  # noqa: ANN001
    errors = ErrorHub()
    tasks = TaskRunner(errors)
    release = threading.Event()
    shown: list[str] = []
    errors.message.connect(lambda text, _c: shown.append(text))

    def slow_failure() -> None:
        assert release.wait(WAIT_S)
        raise DatabaseUnreachable("La base ne répond pas.")

    tasks.query(slow_failure, kind="journal")
    done: list[object] = []
    tasks.query(lambda: "ok", kind="journal", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["ok"], timeout=WAIT_S * 1000)
    release.set()
    assert tasks.wait(WAIT_S * 1000)
    qtbot.wait(50)
    assert shown == [] and errors.connectivity.online


def test_two_actions_never_overlap_and_run_in_order(qtbot) -> None:  # noqa: ANN001
    tasks = TaskRunner(ErrorHub(), max_threads=4)
    lock = threading.Lock()
    inside, most, order = [0], [0], []
    finished: list[int] = []

    def write(number: int) -> int:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            order.append(number)
        threading.Event().wait(0.05)  # long enough for a second one to start beside it, were it allowed
        with lock:
            inside[0] -= 1
        return number

    for number in range(4):
        tasks.action(lambda n=number: write(n), on_done=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 4, timeout=WAIT_S * 1000)
    assert most[0] == 1 and order == [0, 1, 2, 3] and finished == [0, 1, 2, 3]


def test_an_unexpected_error_is_logged_once_with_its_traceback_and_reported_once(qtbot, caplog) -> None:  # noqa: ANN001
    errors = ErrorHub()
    tasks = TaskRunner(errors)
    shown: list[str] = []
    errors.message.connect(lambda text, _c: shown.append(text))

    def broken() -> None:
        raise ZeroDivisionError("rien de personnel")

    with caplog.at_level(logging.ERROR, logger="relais_desk.gui.tasks"):
        tasks.run(broken, on_error=errors.report)  # a screen that hands it on to the hub
        tasks.run(broken)  # nobody handles it
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_S * 1000)
    records = [r for r in caplog.records if r.exc_info]
    assert len(records) == 2  # one per error, not one per place it went through
    assert all(r.exc_info[0] is ZeroDivisionError for r in records)
    assert all("erreur inattendue" in text and "journal du programme" in text for text in shown)


def test_losing_the_database_is_known_in_one_place_and_a_working_query_clears_it(qtbot) -> None:  # noqa: ANN001
    errors = ErrorHub()
    tasks = TaskRunner(errors, synchronous=True)
    states: list[tuple[bool, str]] = []
    errors.connectivity.changed.connect(lambda online, message: states.append((online, message)))
    failed: list[BaseException] = []

    def unreachable() -> None:
        raise DatabaseUnreachable("La base de données ne répond pas.")

    tasks.action(unreachable, on_error=failed.append)  # the screen shows it next to its form
    assert not errors.connectivity.online and len(failed) == 1
    tasks.query(lambda: [], kind="board")
    assert errors.connectivity.online
    assert states == [(False, "La base de données ne répond pas."), (True, "")]


def test_a_closed_runner_runs_nothing_more(qtbot) -> None:  # noqa: ANN001
    tasks = TaskRunner(ErrorHub(), synchronous=True)
    ran: list[int] = []
    tasks.close()
    tasks.run(lambda: ran.append(1))
    tasks.query(lambda: ran.append(2), kind="board")
    tasks.action(lambda: ran.append(3))
    assert ran == []


def test_an_error_reported_from_another_thread_is_handled_on_the_ui_thread(qtbot) -> None:  # noqa: ANN001
    """The scheduler's jobs report their errors from their own thread: the hub and the connection state
    change on the UI thread only."""
    from PySide6.QtCore import QThread

    errors = ErrorHub()
    seen: list[bool] = []
    errors.connectivity.changed.connect(lambda *_: seen.append(QThread.currentThread() is errors.thread()))
    job = threading.Thread(target=lambda: errors.report(DatabaseUnreachable("La base ne répond pas.")))
    job.start()
    job.join(WAIT_S)
    qtbot.waitUntil(lambda: not errors.connectivity.online, timeout=WAIT_S * 1000)
    assert seen == [True]


def test_an_answer_for_a_screen_closed_meanwhile_is_dropped_quietly(qtbot) -> None:  # noqa: ANN001
    """A slow list arriving after its window was closed does nothing (no error, no traceback)."""
    from PySide6.QtWidgets import QLabel

    errors = ErrorHub()
    tasks = TaskRunner(errors)
    shown: list[str] = []
    errors.message.connect(lambda text, _c: shown.append(text))
    release = threading.Event()
    label = QLabel()

    def slow() -> str:
        assert release.wait(WAIT_S)
        return "12 lits"

    tasks.query(slow, kind="finder", on_done=lambda text: label.setText(text))
    label.deleteLater()
    qtbot.wait(20)  # the label is gone
    release.set()
    assert tasks.wait(WAIT_S * 1000)
    qtbot.wait(50)
    assert shown == []
