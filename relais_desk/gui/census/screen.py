"""*Recensement*: the nightly census — a night's table or a shelter's history, missing nights, export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.enums import Role
from relais_desk.domain.nights import night_of, to_local, utcnow
from relais_desk.gui import rich_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner
from relais_desk.reports import census_export
from relais_desk.services import census, partners

COLUMNS = [("night", QT_TRANSLATE_NOOP("CensusScreen", "Nuit")), ("shelter", QT_TRANSLATE_NOOP("CensusScreen", "Abri")),
           ("category_fr", QT_TRANSLATE_NOOP("CensusScreen", "Catégorie")), ("capacity", QT_TRANSLATE_NOOP("CensusScreen", "Capacité")),
           ("unavailable", QT_TRANSLATE_NOOP("CensusScreen", "Hors service")), ("occupied", QT_TRANSLATE_NOOP("CensusScreen", "Occupés")),
           ("held", QT_TRANSLATE_NOOP("CensusScreen", "Réservés")), ("free", QT_TRANSLATE_NOOP("CensusScreen", "Libres")),
           ("arrivals", QT_TRANSLATE_NOOP("CensusScreen", "Arrivées")), ("no_shows", QT_TRANSLATE_NOOP("CensusScreen", "Absences")),
           ("orientations_received", QT_TRANSLATE_NOOP("CensusScreen", "Orientations")), ("refusals", QT_TRANSLATE_NOOP("CensusScreen", "Refus"))]
MISSING_COLOR = "#f6c9c6"


class CensusScreen(QWidget):
    """Read for everyone; coordination and admins may also write the nights that are missing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.missing: list[date] = []
        self.can_write = ctx.may(Role.COORDINATION, Role.ADMIN)
        last_night = night_of(utcnow()) - timedelta(days=1)
        self.banner = Banner(self)
        self.shelter = QComboBox(self)
        self.shelter.addItem(self.tr("Tous les abris (une nuit)"), None)
        self.night = self._date_edit(last_night)
        self.start = self._date_edit(last_night - timedelta(days=30))
        self.end = self._date_edit(last_night)
        self.show_button = QPushButton(self.tr("Afficher"), self)
        self.show_button.clicked.connect(self.refresh)
        self.shelter.currentIndexChanged.connect(self._mode_changed)
        self.last_run = rich_text.plain(QLabel(self))  # names an account and a workstation
        self.last_run.setObjectName("lastRun")
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingNights")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("QLabel { color: #7a1712; }")
        self.write_missing = QPushButton(self.tr("Écrire les recensements manquants"), self)
        self.write_missing.setVisible(self.can_write)
        self.write_missing.clicked.connect(self._write_missing)
        self.export_xlsx = QPushButton(self.tr("Exporter (XLSX)"), self)
        self.export_csv = QPushButton(self.tr("Exporter (CSV)"), self)
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("censusTable")
        self.table.setHorizontalHeaderLabels([self.tr(label) for _, label in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.shelter)
        self.night_label = QLabel(self.tr("Nuit du"), self)
        top.addWidget(self.night_label)
        top.addWidget(self.night)
        self.period_label = QLabel(self.tr("Du"), self)
        self.to_label = QLabel(self.tr("au"), self)
        for w in (self.period_label, self.start, self.to_label, self.end, self.show_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export_xlsx)
        top.addWidget(self.export_csv)
        info = QHBoxLayout()
        info.addWidget(self.missing_label, 1)
        info.addWidget(self.write_missing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.last_run)
        layout.addLayout(info)
        layout.addWidget(self.table, 1)
        self._shelters_loaded = False
        self._mode_changed()
        if ctx.live is not None:
            ctx.live.changed.connect(lambda c: self.refresh() if touches(c, "census") else None)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _mode_changed(self) -> None:
        history = self.shelter.currentData() is not None
        self.night.setVisible(not history)
        self.night_label.setVisible(not history)
        self.refresh()

    # -- loading
    def refresh(self) -> None:
        db, shelter, actor = self.ctx.db, self.shelter.currentData(), self.ctx.actor
        night, start, end = (self.night.date().toPython(), self.start.date().toPython(), self.end.date().toPython())
        load_shelters = not self._shelters_loaded

        def load() -> dict[str, Any]:
            if shelter is None:
                rows = census.rows(db, night)
                missing = census.missing_nights(db, start=start, end=end)
            else:
                rows = census.rows(db, shelter=shelter, start=start, end=end)
                missing = census.missing_nights(db, start=start, end=end)
            shelters = partners.list_partners(db, actor=actor, kind="accueil_de_nuit") if load_shelters else None
            return {"rows": rows, "missing": missing, "last_run": census.last_run(db), "shelters": shelters}

        self.ctx.tasks.run(load, on_done=self._loaded, on_error=lambda exc: self.banner.show_message(
            describe(exc), "error"))

    def _loaded(self, data: dict[str, Any]) -> None:
        if data["shelters"] is not None and self.shelter.count() == 1:
            self._shelters_loaded = True
            self.shelter.blockSignals(True)
            for s in data["shelters"]:
                self.shelter.addItem(s.name, s.partner_id)
            self.shelter.blockSignals(False)
        self.rows, self.missing = data["rows"], data["missing"]
        run = data["last_run"]
        if run:
            when = to_local(run["finished_at"] or run["started_at"]).strftime("%d/%m/%Y %H:%M")
            self.last_run.setText(self.tr("Dernier recensement : %1, par %2 sur le poste « %3 » (%4 nuit(s) écrite(s)).")
                                  .replace("%1", when).replace("%2", run["user"]).replace("%3", run["workstation"])
                                  .replace("%4", str(run["nights_written"])))
        else:
            self.last_run.setText(self.tr("Aucun recensement n'a encore été écrit."))
        if self.missing:
            shown = ", ".join(f"{n:%d/%m/%Y}" for n in sorted(self.missing, reverse=True)[:12])  # newest first
            more = self.tr(" et %1 autre(s)").replace("%1", str(len(self.missing) - 12)) if len(self.missing) > 12 else ""
            self.missing_label.setText(self.tr("Nuits sans recensement sur la période : %1").replace(
                "%1", shown + more))
        else:
            self.missing_label.setText(self.tr("Aucune nuit manquante sur la période."))
        self.write_missing.setEnabled(bool(self.missing))
        self._fill_table()
        history_mode = self.shelter.currentData() is not None
        if not history_mode and not self.rows:
            self.banner.show_message(self.tr("Pas de recensement pour la nuit du %1.").replace(
                "%1", self.night.date().toString("dd/MM/yyyy")), "warning")
        else:
            self.banner.clear_message()

    def table_rows(self) -> list[dict[str, Any] | date]:
        """What the table shows: census rows, and in a shelter's history the missing nights in place."""
        if self.shelter.currentData() is None:
            return list(self.rows)
        items: list[dict[str, Any] | date] = list(self.rows) + list(self.missing)
        return sorted(items, key=lambda r: r if isinstance(r, date) else r["night"])

    def _fill_table(self) -> None:
        items = self.table_rows()
        self.table.setRowCount(len(items))
        for i, item in enumerate(items):
            if isinstance(item, date):
                cells = [f"{item:%d/%m/%Y}", self.shelter.currentText(), self.tr("recensement manquant")] + \
                        [""] * (len(COLUMNS) - 3)
                for j, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setBackground(QBrush(QColor(MISSING_COLOR)))
                    self.table.setItem(i, j, cell)
                continue
            for j, (key, _label) in enumerate(COLUMNS):
                value = _value(item, key)
                cell = QTableWidgetItem(f"{value:%d/%m/%Y}" if isinstance(value, date) else str(value))
                if isinstance(value, int):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, cell)

    # -- actions
    def _write_missing(self) -> None:
        db, actor, end = self.ctx.db, self.ctx.actor, self.end.date().toPython()
        horizon = (end - self.start.date().toPython()).days

        def done(summary: census.CensusSummary) -> None:
            self.banner.show_message(self.tr("%1 nuit(s) recensée(s).").replace("%1", str(summary.nights_written)),
                                     "info")
            self.refresh()

        self.ctx.tasks.run(lambda: census.write_missing(db, actor=actor, until=end, horizon_days=horizon,
                                                        trigger="manual"),
                           on_done=done, on_error=lambda exc: self.banner.show_message(describe(exc), "error"))

    def _export(self, kind: str, path: str | None = None) -> None:
        if path is None:
            suggested = f"recensement-{self.start.date().toString('yyyy-MM-dd')}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le recensement"), suggested,
                                                  "Excel (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")
            if not path:
                return
        rows, mask = list(self.rows), self.ctx.setting_int("mask_threshold", 3)
        writer = census_export.export_xlsx if kind == "xlsx" else census_export.export_csv
        # the save dialog asked before replacing a file: an existing one is replaced (never through a symlink)
        self.ctx.tasks.run(lambda: writer(rows, Path(path), overwrite=True, mask_threshold=mask),
                           on_done=lambda p: self.banner.show_message(self.tr("Exporté : %1").replace("%1", str(p)),
                                                                      "info"),
                           on_error=lambda exc: self.banner.show_message(describe(exc), "error"))


def _value(row: dict[str, Any], key: str) -> Any:
    if key == "refusals":
        return row["refusals_saturation"] + row["refusals_quota"] + row["refusals_profile"] + row["refusals_other"]
    return row[key]
