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
from relais_desk.gui import category_text, rich_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.save_dialog import ask_save_path
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, columns_sized_after
from relais_desk.reports import census_export, file_names
from relais_desk.services import census, closed_nights, night_figures, partners

# (key, header, whose figure): the 23:00 census beside the closed night's final figure, pair by pair; what the
# report counts (occupied beds, refusals) first, so that it shows without scrolling
COLUMNS = [
    ("night", QT_TRANSLATE_NOOP("CensusScreen", "Nuit"), ""),
    ("shelter", QT_TRANSLATE_NOOP("CensusScreen", "Abri"), ""),
    ("category_fr", QT_TRANSLATE_NOOP("CensusScreen", "Catégorie"), ""),
    ("capacity", QT_TRANSLATE_NOOP("CensusScreen", "Capacité"), ""),
    ("occupied", QT_TRANSLATE_NOOP("CensusScreen", "Occupés\n23 h"), "evening"),
    ("final_occupied", QT_TRANSLATE_NOOP("CensusScreen", "Occupés\nclôture"), "final"),
    ("refusals", QT_TRANSLATE_NOOP("CensusScreen", "Refus\n23 h"), "evening"),
    ("final_refusals", QT_TRANSLATE_NOOP("CensusScreen", "Refus\nclôture"), "final"),
    ("final_refusals_saturation", QT_TRANSLATE_NOOP("CensusScreen", "dont\nsaturation"), "final"),
    ("final_refusals_quota", QT_TRANSLATE_NOOP("CensusScreen", "dont\nquota"), "final"),
    ("final_refusals_profile", QT_TRANSLATE_NOOP("CensusScreen", "dont\nprofil"), "final"),
    ("final_refusals_other", QT_TRANSLATE_NOOP("CensusScreen", "dont\nautre"), "final"),
    ("free", QT_TRANSLATE_NOOP("CensusScreen", "Libres\n23 h"), "evening"),
    ("held", QT_TRANSLATE_NOOP("CensusScreen", "Réservés\n23 h"), "evening"),
    ("unavailable", QT_TRANSLATE_NOOP("CensusScreen", "Hors\nservice\n23 h"), "evening"),
    ("final_unavailable", QT_TRANSLATE_NOOP("CensusScreen", "Hors\nservice\nclôture"), "final"),
    ("arrivals", QT_TRANSLATE_NOOP("CensusScreen", "Arrivées\n23 h"), "evening"),
    ("final_arrivals", QT_TRANSLATE_NOOP("CensusScreen", "Arrivées\nclôture"), "final"),
    ("no_shows", QT_TRANSLATE_NOOP("CensusScreen", "Absences\n23 h"), "evening"),
    ("final_no_shows", QT_TRANSLATE_NOOP("CensusScreen", "Absences\nclôture"), "final"),
    ("orientations_received", QT_TRANSLATE_NOOP("CensusScreen", "Orientations\n23 h"), "evening"),
    ("final_orientations_received", QT_TRANSLATE_NOOP("CensusScreen", "Orientations\nclôture"), "final"),
]
NAME_COLUMNS = 3  # night, shelter, category: hidden, the row header names the row and stays when scrolling
FINAL_COLOR = "#e4edf8"  # the closed night's columns: an analyst reads each pair 23 h | clôture at a glance
NOT_REPORTED_COLOR = "#8a5a00"
MISSING_COLOR = "#f6c9c6"


class CensusScreen(QWidget):
    """Read for everyone; coordination and admins may also write the nights that are missing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        """`load`: read the night at once; the main window leaves it to the screen's first showing (a hidden
        screen filling its table held the UI thread while another screen was being used)."""
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.rows_period: tuple[date, date] = (night_of(utcnow()), night_of(utcnow()))
        self.rows_shelter: str | None = None
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
        self.closing_note = QLabel(self)  # whether the night shown is closed, or when it will be
        self.closing_note.setObjectName("closingNote")
        self.closing_note.setWordWrap(True)
        self.legend = QLabel(self.tr("« 23 h » : le recensement de la soirée. « clôture » (fond bleu) : les chiffres "
                                     "définitifs de la nuit, écrits le lendemain à midi ; ils comptent tout ce qui a "
                                     "été encodé pendant la nuit, même après 23 h."), self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("QLabel { color: #444; }")
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
        self.table.setHorizontalHeaderLabels([self.tr(label) for _, label, _whose in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows_header = self.table.verticalHeader()
        rows_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for j in range(NAME_COLUMNS):
            self.table.setColumnHidden(j, True)
        for j, (_key, _label, whose) in enumerate(COLUMNS):
            if whose == "final":
                self.table.horizontalHeaderItem(j).setToolTip(self.tr("Chiffre définitif de la nuit clôturée"))
            elif whose == "evening":
                self.table.horizontalHeaderItem(j).setToolTip(self.tr("Recensement de 23 h"))
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
        layout.addWidget(self.closing_note)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self._shelters_loaded = False
        self._show_mode()
        if load:
            self.refresh()
        if ctx.live is not None:
            ctx.live.changed.connect(lambda c: self.refresh() if touches(c, "census") else None)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _mode_changed(self) -> None:
        self._show_mode()
        self.refresh()

    def _show_mode(self) -> None:
        history = self.shelter.currentData() is not None
        self.night.setVisible(not history)
        self.night_label.setVisible(not history)

    # -- loading
    def refresh(self) -> None:
        db, shelter, actor = self.ctx.db, self.shelter.currentData(), self.ctx.actor
        night, start, end = (self.night.date().toPython(), self.start.date().toPython(), self.end.date().toPython())
        load_shelters = not self._shelters_loaded
        shelter_name = self.shelter.currentText() if shelter is not None else None

        def load() -> dict[str, Any]:
            if shelter is None:
                rows = night_figures.side_by_side(db, night)
            else:
                rows = night_figures.side_by_side(db, shelter=shelter, start=start, end=end)
            missing = census.missing_nights(db, start=start, end=end)
            shelters = partners.list_partners(db, actor=actor, kind="accueil_de_nuit") if load_shelters else None
            return {"rows": rows, "missing": missing, "last_run": census.last_run(db), "shelters": shelters,
                    "period": (night, night) if shelter is None else (start, end), "shelter": shelter_name}

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
        self.rows_period, self.rows_shelter = data["period"], data["shelter"]  # what an export of them is named
        run = data["last_run"]
        if run:
            when = formats.moment(run["finished_at"] or run["started_at"])
            who = self.tr("système") if run["by_system"] else run["user"]
            self.last_run.setText(self.tr("Dernier recensement : %1, par %2 sur le poste « %3 » (%4 nuit(s) écrite(s)).")
                                  .replace("%1", when).replace("%2", who).replace("%3", run["workstation"])
                                  .replace("%4", str(run["nights_written"])))
        else:
            self.last_run.setText(self.tr("Aucun recensement n'a encore été écrit."))
        if self.missing:
            shown = ", ".join(formats.short_date(n) for n in sorted(self.missing, reverse=True)[:12])  # newest first
            more = self.tr(" et %1 autre(s)").replace("%1", str(len(self.missing) - 12)) if len(self.missing) > 12 else ""
            self.missing_label.setText(self.tr("Nuits sans recensement sur la période : %1").replace(
                "%1", shown + more))
        else:
            self.missing_label.setText(self.tr("Aucune nuit manquante sur la période."))
        self.write_missing.setEnabled(bool(self.missing))
        self._fill_table()
        history_mode = self.shelter.currentData() is not None
        self.closing_note.setText(self._history_note() if history_mode else self._night_note())
        self.closing_note.setVisible(bool(self.closing_note.text()))
        shown = self.night.date().toString("dd/MM/yyyy")
        if not history_mode and not self.rows:
            self.banner.show_message(self.tr("Pas de recensement pour la nuit du %1.").replace("%1", shown),
                                     "warning")
        elif not history_mode and not any(r["has_census"] for r in self.rows):
            self.banner.show_message(self.tr("Pas de recensement de 23 h pour la nuit du %1 : seuls les chiffres "
                                             "de clôture sont montrés.").replace("%1", shown), "warning")
        else:
            self.banner.clear_message()

    def _night_note(self) -> str:
        night = self.night.date().toPython()
        not_reported = sum(1 for r in self.rows if r["closed"] and not r["final_reported"])
        if self.rows and all(r["closed"] for r in self.rows):
            when = formats.moment(max(r["closed_at"] for r in self.rows))
            note = self.tr("Nuit clôturée : chiffres définitifs écrits le %1.").replace("%1", when)
            if not_reported:
                note += " " + self.tr("%1 ligne(s) non communiquée(s) : personne n'a mis à jour ses lits cette "
                                      "nuit-là.").replace("%1", str(not_reported))
            return note
        if night > night_of(utcnow()):
            return ""
        return self._not_closed_yet(night)

    def _not_closed_yet(self, night: date) -> str:
        now = utcnow()
        closes = closed_nights.close_moment(night)
        if closes <= now:
            return self.tr("Nuit pas encore clôturée — la clôture est due : un relais-desk ouvert la fera dans "
                           "l'heure (au démarrage, puis toutes les heures).")
        day, today = to_local(closes).date(), to_local(now).date()
        if day == today:
            return self.tr("Nuit pas encore clôturée — clôture aujourd'hui à midi.")
        if (day - today).days == 1:
            return self.tr("Nuit pas encore clôturée — clôture demain à midi.")
        return self.tr("Nuit pas encore clôturée — clôture le %1 à midi.").replace("%1", formats.short_date(day))

    def _history_note(self) -> str:
        open_nights = sorted({r["night"] for r in self.rows if not r["closed"]})
        if not open_nights:
            return ""
        if len(open_nights) == 1:
            return self.tr("Nuit du %1 : %2").replace("%1", formats.short_date(open_nights[0])).replace(
                "%2", self._not_closed_yet(open_nights[0]))
        return self.tr("%1 nuit(s) de la période pas encore clôturée(s) : leurs colonnes « clôture » sont vides."
                       ).replace("%1", str(len(open_nights)))

    def table_rows(self) -> list[dict[str, Any] | date]:
        """What the table shows: rows, and in a shelter's history the nights with no figures at all in place."""
        if self.shelter.currentData() is None:
            return list(self.rows)
        with_rows = {r["night"] for r in self.rows}
        items: list[dict[str, Any] | date] = list(self.rows) + [n for n in self.missing if n not in with_rows]
        return sorted(items, key=lambda r: r if isinstance(r, date) else r["night"])

    def _fill_table(self) -> None:
        # Both headers size to their contents: sized once after the fill, not at every cell and label set
        # (46 rows held the UI thread 280 ms in bench/faults.py, and a refill of the same table seconds).
        columns, rows = self.table.horizontalHeader(), self.table.verticalHeader()
        with columns_sized_after(columns), columns_sized_after(rows, QHeaderView.ResizeMode.ResizeToContents):
            self._fill_cells()

    def _fill_cells(self) -> None:
        items = self.table_rows()
        self.table.setRowCount(len(items))
        final_brush, missing_brush = QBrush(QColor(FINAL_COLOR)), QBrush(QColor(MISSING_COLOR))
        history = self.shelter.currentData() is not None
        labels = []
        for i, item in enumerate(items):
            if isinstance(item, date):
                cells = [formats.short_date(item), self.shelter.currentText(), self.tr("recensement manquant")] + \
                        [""] * (len(COLUMNS) - 3)
                labels.append(f"{cells[0]} · {cells[2]}")
                for j, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setBackground(missing_brush)
                    self.table.setItem(i, j, cell)
                continue
            labels.append(f"{formats.short_date(item['night'])} · {category_text.of(item)}" if history
                          else f"{item['shelter']} · {category_text.of(item)}")
            for j, (key, _label, whose) in enumerate(COLUMNS):
                value = _value(item, key)
                cell = QTableWidgetItem(self._text(value))
                if value is NOT_REPORTED:
                    cell.setForeground(QBrush(QColor(NOT_REPORTED_COLOR)))
                    cell.setToolTip(self.tr("Personne n'a mis à jour les lits de cette catégorie pendant la nuit : "
                                            "l'occupation est inconnue (ni 0, ni pleine)."))
                if whose == "final":
                    cell.setBackground(final_brush)
                    if not item["closed"]:
                        cell.setToolTip(self.tr("Nuit pas encore clôturée"))
                elif whose == "evening" and not item["has_census"]:
                    cell.setBackground(missing_brush)
                    cell.setToolTip(self.tr("recensement manquant"))
                if j >= NAME_COLUMNS:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, cell)
        self.table.setVerticalHeaderLabels(labels)

    def _text(self, value: Any) -> str:
        if value is NOT_REPORTED:  # on two lines: its column stays as narrow as the counts beside it
            return self.tr("non communiqué").replace(" ", "\n", 1)
        if value is None:
            return "—"
        return formats.short_date(value) if isinstance(value, date) else str(value)

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

    def export_file_name(self, kind: str) -> str:
        """`recensement-2026-12-01.xlsx` (a night of every shelter) or `recensement-<abri>-<du>_<au>.xlsx`."""
        start, end = self.rows_period
        what = "recensement" + (f"-{file_names.safe_part(self.rows_shelter, fallback='abri')}"
                                if self.rows_shelter else "")
        return file_names.export_name(what, start, end, kind)

    def _export(self, kind: str, path: str | None = None) -> None:
        if path is None:
            path = ask_save_path(self, self.tr("Exporter le recensement"), self.export_file_name(kind),
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


NOT_REPORTED = object()  # a count nobody gave: shown as "non communiqué", never 0


def _value(row: dict[str, Any], key: str) -> Any:
    """A cell's figure, None where the row has no such figure (no census, not closed yet)."""
    if key == "category_fr":
        return category_text.of(row)
    if key == "capacity":
        return row["capacity"] if row["capacity"] is not None else row["final_capacity"]
    if key in ("occupied", "free") and row["reported"] is False:
        return NOT_REPORTED
    if key == "final_occupied" and row["closed"] and not row["final_reported"]:
        return NOT_REPORTED
    if key == "refusals":
        return night_figures.refusals(row)
    if key == "final_refusals":
        return night_figures.refusals(row, night_figures.FINAL)
    return row[key]
