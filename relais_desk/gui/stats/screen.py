"""*Statistiques*: occupancy, nuitées, refusals, hotline load and orientations, for any period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QDate, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.nights import night_of, utcnow
from relais_desk.gui import category_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.save_dialog import ask_save_path
from relais_desk.gui.stats import charts, labels, plans
from relais_desk.gui.stats.drawing import SlicedDrawing
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner
from relais_desk.reports import file_names
from relais_desk.reports.tables import Table, write_xlsx
from relais_desk.services import partners, stats
from relais_desk.store import files


class _Progress(QObject):
    step = Signal(int, str)


class StatsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: dict[str, Any] | None = None
        self.loaded_filters: stats.Filters | None = None  # the period of the charts shown (their exports' name)
        self.banner = Banner(self)
        end = night_of(utcnow()) - timedelta(days=1)
        self.start = self._date_edit(end.replace(day=1) - timedelta(days=365))
        self.end = self._date_edit(end)
        self.shelter = QComboBox(self)
        self.shelter.addItem(self.tr("Tous les abris"), None)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Toutes les catégories"), None)
        self.axis = QComboBox(self)
        self.axis.addItem(self.tr("Tous les axes"), None)
        for code, label in labels.axis_labels().items():
            self.axis.addItem(label, code)
        self.group = QComboBox(self)
        for code, label in (("day", self.tr("par jour")), ("week", self.tr("par semaine")),
                            ("month", self.tr("par mois"))):
            self.group.addItem(label, code)
        self.group.setCurrentIndex(1)
        self.by = QComboBox(self)
        for code, label in (("network", self.tr("réseau")), ("shelter", self.tr("par abri")),
                            ("category", self.tr("par catégorie"))):
            self.by.addItem(label, code)
        self.apply = QPushButton(self.tr("Actualiser"), self)
        self.apply.clicked.connect(self.refresh)
        self.export_png = QPushButton(self.tr("Exporter le graphique (PNG)"), self)
        self.export_xlsx = QPushButton(self.tr("Exporter les données (XLSX)"), self)
        self.export_png.clicked.connect(lambda: self.export_chart_png())
        self.export_xlsx.clicked.connect(lambda: self.export_chart_xlsx())
        self.unmet = QPushButton(self.tr("Demande non rencontrée (XLSX)…"), self)
        self.unmet.clicked.connect(lambda: self.export_unmet())
        self.report_year = QComboBox(self)  # the years with data; the current one is provisional
        self.report_year.setObjectName("reportYear")
        self.report_year.setToolTip(self.tr("Année du rapport annuel"))
        self.report = QPushButton(self.tr("Rapport annuel…"), self)
        self.report.clicked.connect(lambda: self.annual_report())
        ctx.network_watch.changed.connect(self._network_changed)
        self.tabs = QTabWidget(self)
        self.occupancy = charts.Chart(self.tr("Taux d'occupation"), dates=True)
        self.bed_nights = charts.Chart(self.tr("Nuitées par mois"))
        self.refusals = charts.Chart(self.tr("Refus faute de place par mois et motif"))
        self.heatmap = charts.Chart(self.tr("Appels par jour et heure (charge de la permanence)"))
        self.orientations = charts.Chart(self.tr("Orientations par axe et suite"))
        for chart, label in ((self.occupancy, self.tr("Occupation")), (self.bed_nights, self.tr("Nuitées")),
                             (self.refusals, self.tr("Refus")), (self.heatmap, self.tr("Permanence")),
                             (self.orientations, self.tr("Orientations"))):
            self.tabs.addTab(chart, label)
        self.charts = {"occupancy": self.occupancy, "bed_nights": self.bed_nights, "refusals": self.refusals,
                       "heatmap": self.heatmap, "orientations": self.orientations}
        self._plans: dict[charts.Chart, plans.Plan] = {}  # what each chart shows, or is to show once its tab opens
        self._drawn: set[charts.Chart] = set()  # charts showing their plan completely
        self._drawing: dict[charts.Chart, SlicedDrawing] = {}  # charts being drawn, a slice at a time
        self._loading = False
        self._pending: set[charts.Chart] = set()  # charts whose new plan a worker is preparing
        self._rest: tuple[int, dict[str, Any], list[str]] | None = None  # the other tabs' plans, still to prepare
        self._generation = 0  # one more at each request of figures: a plan prepared for older ones is dropped
        self._busy_note = QTimer(self, singleShot=True, interval=400)
        self._busy_note.timeout.connect(lambda: self.banner.show_message(self.tr("Calcul en cours…"), "info"))
        self.tabs.currentChanged.connect(lambda _i: self._draw(self.current_chart()))
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Du"), self), self.start, QLabel(self.tr("au"), self), self.end, self.shelter,
                  self.category, self.axis, self.group, self.by, self.apply):
            top.addWidget(w)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_png)
        bottom.addWidget(self.export_xlsx)
        bottom.addStretch(1)
        bottom.addWidget(self.unmet)
        bottom.addWidget(QLabel(self.tr("Année :"), self))
        bottom.addWidget(self.report_year)
        bottom.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._choices_loaded = False

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def filters(self) -> stats.Filters:
        return stats.Filters(self.start.date().toPython(), self.end.date().toPython(),
                             partner_ids=(self.shelter.currentData(),) if self.shelter.currentData() else (),
                             category_ids=(self.category.currentData(),) if self.category.currentData() else (),
                             axes=(self.axis.currentData(),) if self.axis.currentData() else ())

    def refresh(self) -> None:
        actor = self.ctx.actor
        db, group, by, load_choices = self.ctx.db, self.group.currentData(), self.by.currentData(), not self._choices_loaded
        try:
            f = self.filters()
        except Exception as exc:  # a period that ends before it starts, said next to the dates
            self.banner.show_message(describe(exc), "error")
            return
        self.apply.setEnabled(False)
        self._busy_note.start()  # said only if it takes a while: a banner shown and hidden moves the charts twice
        self._loading = True
        self._generation += 1
        prepare, shown = self._preparation(), [self._name(self.current_chart())]

        def load() -> dict[str, Any]:  # a worker: the figures (closed nights kept in memory) and the plan shown
            data = {
                "occupancy": stats.occupancy(db, f, group=group, by=by), "winters": stats.winter_periods(db, f),
                "bed_nights": stats.bed_nights_by_month(db, f), "refusals": stats.refusals_by_month(db, f),
                "heatmap": stats.calls_heatmap(db, f), "orientations": stats.orientations_by_axis(db, f),
                "shelters": partners.list_partners(db, actor=actor, kind="accueil_de_nuit") if load_choices else None,
                "categories": partners.list_categories(db) if load_choices else None,
                "report_years": stats.report_years(db),
            }
            return {"data": data, "plans": prepare(data, shown)}

        def loaded(data: dict[str, Any]) -> None:
            self.loaded_filters = f
            self._loaded(data)

        self.ctx.tasks.query(load, kind="stats", on_done=loaded, on_error=self._failed)

    def _name(self, chart: charts.Chart) -> str:
        return next(name for name, c in self.charts.items() if c is chart)

    def _preparation(self) -> Callable[[dict[str, Any], list[str]], dict[str, plans.Plan]]:
        """What turns the figures into the charts' plans, off the UI thread: the masking threshold and the labels
        are read here, on the UI thread, when the figures are asked for."""
        mask = self.ctx.setting_int("mask_threshold", 3)  # the charts raise it to the network's floor of 3
        axis, status = labels.axis_labels(), labels.status_labels()

        makers: dict[str, Callable[[dict[str, Any]], plans.Plan]] = {
            "occupancy": lambda data: plans.occupancy(data["occupancy"], data["winters"]),
            "bed_nights": lambda data: plans.bed_nights(data["bed_nights"]),
            "refusals": lambda data: plans.refusals(data["refusals"], mask),
            "heatmap": lambda data: plans.heatmap(data["heatmap"], mask),
            "orientations": lambda data: plans.orientations(data["orientations"], axis, status, mask)}

        def prepare(data: dict[str, Any], names: list[str]) -> dict[str, plans.Plan]:
            return {name: makers[name](data) for name in names}

        return prepare

    def _network_changed(self, keys: frozenset[str]) -> None:
        if "mask_threshold" in keys and self.loaded is not None:
            data, prepare = self.loaded, self._preparation()  # the charts masked again under the new threshold
            shown = [self._name(self.current_chart())]
            self._loading = True
            self._generation += 1
            self.ctx.tasks.query(lambda: {"data": data, "plans": prepare(data, shown)}, kind="stats",
                                 on_done=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy_note.stop()
        self.apply.setEnabled(True)
        self._loading = False
        self._pending.clear()  # the charts keep what they show
        self.banner.show_message(describe(exc), "error")

    def _loaded(self, result: dict[str, Any]) -> None:
        data = result["data"]
        self.apply.setEnabled(True)
        self._loading = False
        self._busy_note.stop()
        if not self.banner.isHidden():
            self.banner.clear_message()
        if data["shelters"] is not None and not self._choices_loaded:
            self._choices_loaded = True
            for s in data["shelters"]:
                self.shelter.addItem(s.name, s.partner_id)
            for c in data["categories"]:
                self.category.addItem(category_text.label(c["label_fr"], c["label_en"]), c["category_id"])
        self.loaded = data
        self._set_report_years(data["report_years"])
        # The tab shown is drawn now, over several turns of the event loop; the other plans are prepared by a worker
        # meanwhile (masking the refusals takes a while), and each of those charts is drawn when its tab is opened.
        self._take(result["plans"])
        rest = [name for name in self.charts if name not in result["plans"]]
        self._pending = {self.charts[name] for name in rest}
        self._rest = (self._generation, data, rest)  # prepared once the tab shown is drawn (see `_prepare_rest`)
        self._draw(self.current_chart())
        if self.current_chart() in self._drawn:  # it shows these figures already
            self._prepare_rest()
        if not data["bed_nights"]:
            self.banner.show_message(self.tr("Pas de recensement sur cette période : rien à montrer."), "warning")

    def _prepare_rest(self) -> None:
        """The other tabs' plans, by a worker, after the tab shown is drawn: preparing them meanwhile (masking the
        refusals is pure Python) would hold the interpreter the drawing needs on the UI thread."""
        if self._rest is None:
            return
        (generation, data, rest), self._rest = self._rest, None
        prepare = self._preparation()

        def prepared(more: dict[str, plans.Plan]) -> None:
            if generation == self._generation:  # (else newer figures were asked for since)
                self._pending.clear()
                self._take(more)
                self._draw(self.current_chart())

        self.ctx.tasks.query(lambda: prepare(data, rest), kind="stats-plans", on_done=prepared,
                             on_error=self._failed)

    def _take(self, new: dict[str, plans.Plan]) -> None:
        """New plans: a chart whose plan is the one it shows already (the same figures: nothing closed since)
        stays as it is drawn; another is drawn again (now if its tab is shown, else when it is opened)."""
        for name, plan in new.items():
            chart = self.charts[name]
            if self._plans.get(chart) != plan:
                self._plans[chart] = plan
                self._drawn.discard(chart)
                if chart in self._drawing:
                    self._drawing.pop(chart).cancel()

    def _draw(self, chart: charts.Chart) -> None:
        if chart in self._pending:
            self._prepare_rest()  # a tab opened before the others' plans were asked for: now
            return
        if chart in self._drawn or chart in self._drawing or chart not in self._plans:
            return
        drawing = SlicedDrawing(charts.steps(chart, self._plans[chart]), at_once=self.ctx.tasks.synchronous,
                                parent=self)
        self._drawing[chart] = drawing

        def finished() -> None:
            if self._drawing.get(chart) is drawing:
                del self._drawing[chart]
                self._drawn.add(chart)
            drawing.deleteLater()
            if self._rest is not None:  # once painted (the paint comes with the next turn of the event loop)
                if self.ctx.tasks.synchronous:
                    self._prepare_rest()
                else:
                    QTimer.singleShot(30, self, self._prepare_rest)

        drawing.finished.connect(finished)
        drawing.start()

    def is_drawn(self, chart: charts.Chart) -> bool:
        """Whether `chart` shows the figures last asked for, completely (nothing loading, nothing left to draw)."""
        return not self._loading and chart not in self._pending and chart in self._drawn

    # -- exports
    def current_chart(self) -> charts.Chart:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def chart_file_name(self, extension: str) -> str:
        """`statistiques-nuitees-2025-11-01_2026-11-30.xlsx`: the chart shown and the period of its data."""
        chart = self.current_chart()
        what = {self.occupancy: "occupation", self.bed_nights: "nuitees", self.refusals: "refus",
                self.heatmap: "permanence", self.orientations: "orientations"}.get(chart, "graphique")
        f = self.loaded_filters
        start, end = (f.start, f.end) if f else (self.start.date().toPython(), self.end.date().toPython())
        return file_names.export_name(f"statistiques-{what}", start, end, extension)

    def export_chart_png(self, path: str | None = None) -> None:
        from pyqtgraph.exporters import ImageExporter

        chart = self.current_chart()
        path = path or ask_save_path(self, self.tr("Exporter le graphique"), self.chart_file_name("png"),
                                     "PNG (*.png)")
        if path:
            exporter = ImageExporter(chart.export_item())
            exporter.parameters()["width"] = 1600
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            exporter.export(toBytes=True).save(buffer, "PNG")
            png = bytes(buffer.data())  # the file is written by `files` (0600, no symlink), not by Qt
            self.ctx.tasks.run(lambda: files.write_private(Path(path), png, overwrite=True),
                               on_error=lambda exc: self.banner.show_message(describe(exc), "error"))

    def export_chart_xlsx(self, path: str | None = None) -> None:
        chart = self.current_chart()
        path = path or ask_save_path(self, self.tr("Exporter les données"), self.chart_file_name("xlsx"),
                                     "Excel (*.xlsx)")
        if path:
            title = self.tabs.tabText(self.tabs.currentIndex())
            rows = [list(r) for r in chart.data_rows]
            # the save dialog asked before replacing a file: an existing one is replaced (never through a symlink)
            self.ctx.tasks.run(lambda: write_xlsx([Table(title[:31], chart.plotItem.titleLabel.text, chart.data_headers,
                                                         rows)], Path(path), overwrite=True),
                               on_error=lambda exc: self.banner.show_message(describe(exc), "error"))

    def export_unmet(self, path: str | None = None) -> None:
        """Refusals and unmet needs by category and month over the period shown, for interpellation."""
        from relais_desk.reports import exports

        f = self.filters()
        path = path or ask_save_path(self, self.tr("Demande non rencontrée"),
                                     file_names.export_name("demande-non-rencontree", f.start, f.end, "xlsx"),
                                     "Excel (*.xlsx)")
        if not path:
            return
        db = self.ctx.db  # masked at the network's threshold, read by the export itself
        self.ctx.tasks.run(lambda: exports.export_unmet_demand(db, f.start, f.end, Path(path), overwrite=True),
                           on_done=lambda p: self.banner.show_message(self.tr("Exporté : %1").replace("%1", str(p)),
                                                                      "info"),
                           on_error=lambda exc: self.banner.show_message(describe(exc), "error"))

    def _set_report_years(self, years: list[int]) -> None:
        """Offer the years with data, newest first; keep the one chosen, else last year (a new network: last
        year all the same, so that the button says there is nothing yet)."""
        current_year = night_of(utcnow()).year
        chosen = self.report_year.currentData()
        self.report_year.blockSignals(True)
        self.report_year.clear()
        for year in years or [current_year - 1]:
            label = str(year) if year < current_year else self.tr("%1 (provisoire)").replace("%1", str(year))
            self.report_year.addItem(label, year)
        for wanted in (chosen, current_year - 1):
            if (i := self.report_year.findData(wanted)) >= 0:
                self.report_year.setCurrentIndex(i)
                break
        self.report_year.blockSignals(False)

    def annual_report(self, year: int | None = None, path: str | None = None) -> None:
        """Build the annual report of the year chosen (default: last year) with a progress dialog; the window stays
        responsive meanwhile. A year with no data says so first and writes nothing."""
        from relais_desk.reports import annual

        if year is None:
            year = self.report_year.currentData() or night_of(utcnow()).year - 1
        db = self.ctx.db

        def checked(_result: object) -> None:
            target = path or ask_save_path(self, self.tr("Rapport annuel"),
                                           file_names.yearly_name("rapport-annuel", year, "pdf"), "PDF (*.pdf)")
            if target:
                self._write_report(year, target)

        self.ctx.tasks.run(lambda: annual.check_year(db, year), on_done=checked,
                           on_error=lambda exc: self.banner.show_message(describe(exc), "error"))

    def _write_report(self, year: int, path: str) -> None:
        from relais_desk.reports import annual

        dialog = QProgressDialog(self.tr("Rapport annuel %1…").replace("%1", str(year)), None, 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per report, gone once it is written
        progress = _Progress()
        progress.step.connect(lambda p, label: (dialog.setValue(p), dialog.setLabelText(label)))
        db, xlsx = self.ctx.db, str(Path(path).with_suffix(".xlsx"))

        def build() -> str:
            report = annual.build_annual(db, year, progress=lambda p, label: progress.step.emit(p, label))
            # the dialog asked about the PDF; the XLSX beside it goes with it and is replaced likewise
            annual.write_report_pdf(report, Path(path), overwrite=True)
            annual.write_report_xlsx(report, Path(xlsx), overwrite=True)
            return path

        def done(p: str) -> None:
            dialog.setValue(100)
            dialog.close()
            self.banner.show_message(self.tr("Rapport écrit : %1 (et les tableaux en XLSX)").replace("%1", p), "info")

        def failed(exc: BaseException) -> None:
            dialog.close()
            self.banner.show_message(describe(exc), "error")

        self._progress = progress  # keep the signal source alive while the task runs
        self.ctx.tasks.run(build, on_done=done, on_error=failed)
