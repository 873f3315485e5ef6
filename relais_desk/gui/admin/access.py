"""*Administration → Accès*: the access log by person, by account and by period; a person's file exported.

Admin only (the server decides: only admin reads `access_log`). Finding a person and reading their log are
themselves person-level reads, logged like any other (source « Accès »). All database work runs off the UI
thread through the context's task runner.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.labels import ACCESS_WHAT
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui import labels
from relais_desk.gui.context import AppContext
from relais_desk.gui.save_dialog import ask_save_path
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, DateField
from relais_desk.reports import file_names
from relais_desk.services import audit, persons, users
from relais_desk.services.audit import AccessRow

SOURCE = "Accès"  # what the access log calls this screen


class AccessScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AccessRow] = []
        self.banner = Banner(self)
        # by person: find them by alias, then read their log
        self.alias = QLineEdit(self)
        self.alias.setObjectName("accessAlias")
        self.alias.setPlaceholderText(self.tr("Pseudonyme"))
        self.alias.returnPressed.connect(self.find_persons)
        self.find = QPushButton(self.tr("Chercher"), self)
        self.find.clicked.connect(self.find_persons)
        self.person = QComboBox(self)
        self.person.setObjectName("accessPerson")
        self.by_person = QPushButton(self.tr("Accès à cette personne"), self)
        self.by_person.setObjectName("byPerson")
        self.by_person.clicked.connect(self.show_person)
        self.export = QPushButton(self.tr("Exporter son dossier…"), self)
        self.export.setObjectName("exportPerson")
        self.export.clicked.connect(lambda: self.export_file())
        # by account
        self.account = QComboBox(self)
        self.account.setObjectName("accessAccount")
        self.by_account = QPushButton(self.tr("Lectures de ce compte"), self)
        self.by_account.setObjectName("byAccount")
        self.by_account.clicked.connect(self.show_account)
        # by period
        today = to_local(utcnow()).date()  # the network's calendar day, not this computer's
        self.start = self._date(today - timedelta(days=7))
        self.end = self._date(today)
        self.by_period = QPushButton(self.tr("Lectures de la période"), self)
        self.by_period.setObjectName("byPeriod")
        self.by_period.clicked.connect(self.show_period)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Personne"), self), 0, 0)
        grid.addWidget(self.alias, 0, 1)
        grid.addWidget(self.find, 0, 2)
        grid.addWidget(self.person, 0, 3)
        grid.addWidget(self.by_person, 0, 4)
        grid.addWidget(self.export, 0, 5)
        grid.addWidget(QLabel(self.tr("Compte"), self), 1, 0)
        grid.addWidget(self.account, 1, 1, 1, 3)
        grid.addWidget(self.by_account, 1, 4)
        grid.addWidget(QLabel(self.tr("Du"), self), 2, 0)
        grid.addWidget(self.start, 2, 1)
        grid.addWidget(QLabel(self.tr("au"), self), 2, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.end, 2, 3)
        grid.addWidget(self.by_period, 2, 4)
        grid.setColumnStretch(3, 1)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("accessTable")
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([self.tr("Quand"), self.tr("Compte"), self.tr("Lecture"),
                                              self.tr("Écran ou commande"), self.tr("Personne (clé)"),
                                              self.tr("Appel")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        self.load_accounts()

    def _date(self, value: date) -> DateField:
        edit = DateField(QDate(value.year, value.month, value.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _fail(self, exc: BaseException) -> None:
        self.banner.show_message(describe(exc), "error")

    # -- loading
    def load_accounts(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: users.list_users(db, actor=actor), on_done=self._accounts, on_error=self._fail)

    def _accounts(self, found: list) -> None:
        self.account.clear()
        for u in found:
            self.account.addItem(f"{u.username} ({u.display_name})" if u.display_name else u.username, u.username)

    def find_persons(self) -> None:
        db, actor, text = self.ctx.db, self.ctx.actor, self.alias.text().strip()
        self.ctx.tasks.run(lambda: persons.search_persons(db, text, actor=actor, source=SOURCE, limit=50),
                           on_done=self._persons, on_error=self._fail)

    def _persons(self, found: list) -> None:
        self.person.clear()
        for p in found:
            self.person.addItem(f"{p.alias} ({p.birth_year or '?'}) — n° {p.person_id}", p.person_id)
        if not found:
            self.banner.show_message(self.tr("Aucune personne ne correspond."), "warning")
        else:
            self.banner.clear_message()

    def _chosen_person(self) -> int | None:
        pid = self.person.currentData()
        if pid is None:
            self.banner.show_message(self.tr("Cherchez d'abord une personne par son pseudonyme."), "warning")
        return pid

    def show_person(self) -> None:
        pid = self._chosen_person()
        if pid is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: audit.person_log(db, pid, actor=actor, source=SOURCE), on_done=self._loaded,
                           on_error=self._fail)

    def show_account(self) -> None:
        name = self.account.currentData()
        if name is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: audit.user_log(db, name, actor=actor), on_done=self._loaded, on_error=self._fail)

    def show_period(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        start, end = self.start.date().toPython(), self.end.date().toPython()
        self.ctx.tasks.run(lambda: audit.period_log(db, actor=actor, start=start, end=end), on_done=self._loaded,
                           on_error=self._fail)

    def _loaded(self, rows: list[AccessRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            what = labels.text(ACCESS_WHAT, r.what)
            cells = (formats.moment(r.at), r.user or self.tr("système"), what, r.source,
                     r.subject[:8] if r.subject else "", str(r.call_id or ""))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4 and r.subject:
                    item.setToolTip(r.subject)
                item.setData(Qt.ItemDataRole.UserRole, r.subject)
                self.table.setItem(i, j, item)
        self.banner.show_message(self.tr("%n lecture(s).", "", len(rows)), "info")

    # -- export (GDPR art. 15)
    def export_file(self, path: str | Path | None = None, *, confirmed: bool = False) -> None:
        pid = self._chosen_person()
        if pid is None:
            return
        if not confirmed and QMessageBox.question(
                self, self.tr("Exporter le dossier"),
                self.tr("Exporter tout ce que le réseau garde de « %1 » (fiche, appels et leurs notes, orientations, "
                        "refus, accès) dans un fichier ? Ce fichier contient des données personnelles : remettez-le "
                        "à la personne et ne le laissez pas sur ce poste.").replace("%1", self.person.currentText())
        ) != QMessageBox.StandardButton.Yes:
            return
        path = path or ask_save_path(self, self.tr("Exporter le dossier"),
                                     file_names.dated_name(f"dossier-personne-{pid}", to_local(utcnow()).date(), "json"),
                                     self.tr("JSON (*.json)"))
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work() -> Path:
            data = audit.person_file(db, pid, actor=actor, source=SOURCE)
            # the save dialog has asked before replacing a file; a symbolic link is still refused
            return audit.write_private_json(path, data, force=True)

        self.ctx.tasks.run(work, on_done=lambda p: self.banner.show_message(
            self.tr("Dossier écrit dans %1 (lisible par vous seul·e).").replace("%1", str(p)), "info"),
            on_error=self._fail)
