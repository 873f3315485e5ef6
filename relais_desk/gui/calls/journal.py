"""*Appels*: the call journal (yesterday and today before noon, today after, by default), filtered, live, and a call's follow-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.enums import Role
from relais_desk.domain.errors import UserFacingError
from relais_desk.gui import category_text, rich_text
from relais_desk.gui.calls import labels, slip_print
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import DateField, FieldError, columns_sized_after
from relais_desk.services import calls, orientations, users
from relais_desk.services.calls import CallInfo
from relais_desk.store.errors import DatabaseUnreachable

SOURCE = "Journal"  # what the access log calls this screen


class RowTable(QTableWidget):
    """A list of rows: Tab into it chooses a row at once (Qt only marks one, so ↓ would skip the first)."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.rowCount() and not self.selectedItems():
            self.selectRow(max(0, self.currentRow()))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = RowTable(0, len(headers), parent)
    table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CallDetail(QGroupBox):
    """One call: what was asked, its orientations (status changes, slip) and refusals; follow-up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appel choisi"), parent)
        self.ctx = ctx
        self.call_id: int | None = None
        self.data: dict[str, Any] | None = None
        self.summary = QLabel(self.tr("Choisissez un appel dans la liste."), self)
        self.summary.setObjectName("call_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orientations = _table(self, [self.tr("Service"), self.tr("Place"), self.tr("Arriver avant"), self.tr("Statut")],
                                   "call_orientations")
        self.orientations.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.orientations.horizontalHeader().setStretchLastSection(False)
        self.orientations.setWordWrap(True)  # a long shelter name wraps instead of ending in « … »
        self.status = QComboBox(self)
        self.status.setObjectName("orientation_status")
        labels.fill(self.status, labels.STATUSES[1:])  # the statuses an orientation can move to
        self.set_status_button = QPushButton(self.tr("Changer le statut"), self)
        self.set_status_button.setObjectName("set_status")
        self.set_status_button.clicked.connect(self.change_status)
        self.print_button = QPushButton(self.tr("Imprimer le bon"), self)
        self.print_button.setObjectName("detail_print")
        self.print_button.clicked.connect(lambda: self.print_slip())
        self.pdf_button = QPushButton(self.tr("Bon en PDF…"), self)
        self.pdf_button.setObjectName("detail_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.refusals = _table(self, [self.tr("Heure"), self.tr("Place demandée"), self.tr("Motif"), self.tr("Remarque")],
                               "call_refusals")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("follow_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("follow_outcome")
        labels.fill(self.outcome, labels.OUTCOMES)
        self.follow_button = QPushButton(self.tr("Enregistrer le suivi"), self)
        self.follow_button.setObjectName("follow_up")
        self.follow_button.clicked.connect(self.save_follow_up)
        self.message = FieldError(self)
        self.message.setObjectName("detail_message")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.set_status_button)
        slip_row = QHBoxLayout()
        slip_row.addStretch(1)
        slip_row.addWidget(self.print_button)
        slip_row.addWidget(self.pdf_button)
        follow = QGridLayout()
        follow.addWidget(QLabel(self.tr("Notes"), self), 0, 0)
        follow.addWidget(self.notes, 0, 1, 1, 2)
        follow.addWidget(QLabel(self.tr("Suite"), self), 1, 0)
        follow.addWidget(self.outcome, 1, 1)
        follow.addWidget(self.follow_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Orientations"), self))
        layout.addWidget(self.orientations, 2)
        layout.addLayout(status_row)
        layout.addWidget(self.message)  # under the status it explains (a refused change, a failed reprint)
        layout.addLayout(slip_row)
        layout.addWidget(QLabel(self.tr("Refus faute de place"), self))
        layout.addWidget(self.refusals, 1)
        layout.addLayout(follow)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.status, self.set_status_button, self.print_button, self.pdf_button, self.notes, self.outcome,
                       self.follow_button):
            widget.setEnabled(on)

    def show_call(self, call_id: int | None, *, keep_notes: bool = False) -> None:
        self.call_id = call_id
        self.message.clear_error()
        if call_id is None:
            self.data = None
            self.summary.setText(self.tr("Choisissez un appel dans la liste."))
            self.orientations.setRowCount(0)
            self.refusals.setRowCount(0)
            self._enable(False)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.query(lambda: calls.get_call(db, call_id, actor=actor, source=SOURCE), kind="journal.call",
                             on_done=lambda data: self._loaded(data, keep_notes), on_error=self._failed)

    def _loaded(self, data: dict[str, Any], keep_notes: bool) -> None:
        self.data = data
        c: CallInfo = data["call"]
        when = formats.moment(c.received_at, "dd/MM/yyyy HH:mm")
        needs = ", ".join(labels.label(labels.NEEDS, n) for n in c.needs) or "—"
        who = c.alias or self.tr("anonyme")
        e = rich_text.escape  # alias, place and names were typed by people: shown as typed, never as markup
        parts = [f"<b>{when}</b> — {e(who)}",
                 e(self.tr("Canal : %1 · Appelant·e : %2").replace("%1", labels.label(labels.CHANNELS, c.channel))
                   .replace("%2", labels.label(labels.CALLERS, c.caller_type))),
                 e(self.tr("Besoins : %1").replace("%1", needs)),
                 e(self.tr("Lieu : %1").replace("%1", c.location or "—")),
                 e(self.tr("Opérateur·rice : %1").replace("%1", c.operator or "—"))]
        self.summary.setText("<br/>".join(parts))
        rows = data["orientations"]
        self.orientations.setRowCount(len(rows))
        for i, o in enumerate(rows):
            deadline = formats.moment(o.deadline, "dd/MM HH:mm") if o.deadline else ""
            for col, text in enumerate([o.partner, category_text.of(o) or self.tr("sans lit"), deadline,
                                        labels.label(labels.STATUSES, o.status)]):
                self.orientations.setItem(i, col, QTableWidgetItem(text))
        self.orientations.resizeRowsToContents()
        if rows:
            self.orientations.selectRow(0)
        self.refusals.setRowCount(len(data["refusals"]))
        for i, r in enumerate(data["refusals"]):
            cells = [formats.moment(r["at"], "HH:mm"), category_text.of(r),
                     labels.label(labels.REFUSAL_REASONS, r["reason"]), r["note"]]
            for col, text in enumerate(cells):
                self.refusals.setItem(i, col, QTableWidgetItem(text))
        if not keep_notes:
            self.notes.setPlainText(c.notes)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(c.outcome)))
        self._enable(self.ctx.may(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN))
        self.print_button.setEnabled(bool(rows))
        self.pdf_button.setEnabled(bool(rows))
        self.set_status_button.setEnabled(bool(rows) and self.ctx.may(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN))

    def selected_orientation(self) -> Any:
        if not self.data:
            return None
        row = self.orientations.currentRow()
        rows = self.data["orientations"]
        return rows[row] if 0 <= row < len(rows) else None

    def change_status(self) -> None:
        o = self.selected_orientation()
        if o is None:
            self.message.show_error(self.tr("Choisissez une orientation."))
            return
        db, actor, status, call_id = self.ctx.db, self.ctx.actor, self.status.currentData(), self.call_id
        self.ctx.tasks.action(lambda: orientations.set_status(db, o.orientation_id, status, actor=actor, source=SOURCE),
                              on_done=lambda _o: self.show_call(call_id, keep_notes=True), on_error=self._failed)

    def save_follow_up(self) -> None:
        if self.call_id is None:
            return
        if not self.ctx.connectivity.online:
            self.message.show_offline(self.tr("Pas de connexion à la base : le suivi n'est pas enregistré ; il reste "
                                              "affiché."))
            return
        db, actor, call_id = self.ctx.db, self.ctx.actor, self.call_id
        notes, outcome = self.notes.toPlainText(), self.outcome.currentData()
        self.ctx.tasks.action(lambda: calls.follow_up(db, call_id, actor=actor, notes=notes, outcome=outcome,
                                                      source=SOURCE),
                              on_done=lambda _c: self.show_call(call_id), on_error=self._failed)

    def print_slip(self, pdf_path: str | Path | None = None) -> None:
        o = self.selected_orientation()
        if o is None:
            self.message.show_error(self.tr("Choisissez une orientation."))
            return
        slip_print.print_orientation_slip(self.ctx, self, o.orientation_id, source=SOURCE, pdf_path=pdf_path,
                                          on_error=self._failed)

    def save_pdf(self) -> None:
        o = self.selected_orientation()
        if o is None:
            self.message.show_error(self.tr("Choisissez une orientation."))
            return
        # the slip is read first: its name says when it was issued and for whom (bon-AAAAMMJJ-HHMM-<pseudonyme>)
        slip_print.print_orientation_slip(self.ctx, self, o.orientation_id, source=SOURCE, ask_pdf=True,
                                          on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
            self.message.show_offline(exc.message)
            return
        self.message.show_error(exc.message if isinstance(exc, UserFacingError) else describe(exc))
        if not isinstance(exc, UserFacingError):
            self.ctx.errors.report(exc)


class CallJournal(QWidget):
    """Tonight's calls by default; filters by period, operator, need, outcome and alias; live."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CallInfo] = []
        self._select: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self._period = first, today = calls.default_period()
        self.start = DateField(_qdate(first), self)
        self.start.setObjectName("journal_start")
        self.end = DateField(_qdate(today), self)
        self.end.setObjectName("journal_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.operator = QComboBox(self)
        self.operator.setObjectName("journal_operator")
        self.operator.addItem(self.tr("Tous"), None)
        self.need = QComboBox(self)
        self.need.setObjectName("journal_need")
        self.need.addItem(self.tr("Tous"), None)
        labels.fill(self.need, labels.NEEDS)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("journal_outcome")
        self.outcome.addItem(self.tr("Toutes"), None)
        labels.fill(self.outcome, labels.OUTCOMES)
        for combo in (self.operator, self.need, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.alias = QLineEdit(self)
        self.alias.setObjectName("journal_alias")
        self.alias.setPlaceholderText(self.tr("Rechercher un pseudonyme"))
        self.alias.setClearButtonEnabled(True)
        self.alias.textEdited.connect(lambda _t: self._timer.start())
        self.error = FieldError(self)
        self.error.setObjectName("journal_error")
        self._typing_problem: str | None = None  # a date typed that is no date: said over the next refresh
        for edit in (self.start, self.end):
            edit.typing_refused.connect(self._date_refused)
        self.count = QLabel(self)
        self.count.setObjectName("journal_count")
        self.table = _table(self, [self.tr("Reçu à"), self.tr("Personne"), self.tr("Canal"), self.tr("Besoins"), self.tr("Suite"),
                                   self.tr("O · R"), self.tr("Opérateur·rice")], "journal_table")
        self.table.horizontalHeaderItem(5).setToolTip(self.tr("Orientations · refus faute de place"))
        # the needs give way (elided, whole in the call's detail) so that every column shows without scrolling
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = CallDetail(ctx, self)
        self.detail.setMaximumWidth(440)  # the journal's columns get the rest
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Du"), self.start), (self.tr("au"), self.end), (self.tr("Opérateur·rice"), self.operator),
                             (self.tr("Besoin"), self.need), (self.tr("Suite"), self.outcome)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addWidget(self.alias, 1)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 380])  # at 1366×768 the needs column keeps a word, not « … »
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)
        self._operators_loaded = False

    def _date_refused(self, problem: str) -> None:
        self._typing_problem = problem
        self.error.show_error(problem)

    def refresh(self, select_call: int | None = None) -> None:
        if select_call is not None:
            self._select = select_call
        problem, self._typing_problem = self._typing_problem, None
        if problem:
            self.error.show_error(problem)
        else:
            self.error.clear_error()
        self._follow_the_clock()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.error.show_error(self.tr("La fin de la période précède son début."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        filters = {"operator_id": self.operator.currentData(), "need": self.need.currentData(),
                   "outcome": self.outcome.currentData(), "alias": self.alias.text().strip() or None}
        load_users = not self._operators_loaded

        def load() -> tuple[list[CallInfo], list]:
            found = calls.journal(db, actor=actor, source=SOURCE, start=start, end=end, **filters)
            return found, users.list_users(db, actor=actor) if load_users else []

        self.ctx.tasks.query(load, kind="journal", on_done=self._loaded,
                             on_error=lambda exc: self.error.show_error(describe(exc)))

    def _loaded(self, result: tuple[list[CallInfo], list]) -> None:
        rows, user_list = result
        if user_list:
            self._operators_loaded = True
            for u in user_list:
                if u.role in (Role.OPERATEUR, Role.COORDINATION, Role.ADMIN):
                    self.operator.addItem(u.display_name or u.username, u.user_id)
        keep = self._select if self._select is not None else self.current_call_id()
        self._select = None
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        with columns_sized_after(self.table.horizontalHeader()):
            for i, c in enumerate(rows):
                cells = [formats.moment(c.received_at, "dd/MM HH:mm"), c.alias or self.tr("anonyme"),
                         labels.label(labels.CHANNELS, c.channel),
                         ", ".join(labels.label(labels.NEEDS, n) for n in c.needs),
                         labels.label(labels.OUTCOMES, c.outcome), f"{c.orientations} · {c.refusals}", c.operator or ""]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if col == 3:  # the needs give way to the other columns: whole under the mouse
                        item.setToolTip(text)
                    self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%1 appel(s)").replace("%1", str(len(rows))))
        if not rows and self.alias.text().strip():
            self.count.setText(self.tr("Aucun appel pour « %1 » du %2 au %3 : élargissez la période (Du).")
                               .replace("%1", self.alias.text().strip()).replace("%2", self.start.date().toString("dd/MM/yyyy"))
                               .replace("%3", self.end.date().toString("dd/MM/yyyy")))
        index = next((i for i, c in enumerate(rows) if c.call_id == keep), None)
        if index is not None:
            self.table.selectRow(index)
            self.detail.show_call(keep, keep_notes=True)
        elif keep is not None:
            self.detail.show_call(None)

    def _follow_the_clock(self) -> None:
        """A journal left on its default period follows the clock (a new day, a new night at noon); a period
        the operator chose stays."""
        period = calls.default_period()
        shown = (self.start.date().toPython(), self.end.date().toPython())
        if period != self._period and shown == self._period:
            for edit, day in zip((self.start, self.end), period, strict=True):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._period = period

    def current_call_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].call_id if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        self.detail.show_call(self.current_call_id())

    def show_night(self, night: date) -> None:
        for edit in (self.start, self.end):
            edit.setDate(_qdate(night))

    def _on_change(self, change: Any) -> None:
        if self.isVisible() and touches(change, "call", "orientation", "refusal", "hold"):
            self._timer.start()

