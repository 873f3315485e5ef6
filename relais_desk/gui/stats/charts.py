"""The coordinator's charts (pyqtgraph), each fed with plain rows from `services.stats`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from relais_desk.gui import rich_text
from relais_desk.reports import stats_charts
from relais_desk.reports.masking import MASK_LABEL, MIN_THRESHOLD, published
from relais_desk.services.stats import MONTHS_SHORT_FR, REASONS, WEEKDAYS_FR

REASON_COLORS = {"saturation": "#d1495b", "quota_depasse": "#edae49", "profil_non_accueilli": "#00798c",
                 "autre": "#888888"}
STATUS_COLORS = ["#9bbbd4", "#2f6690", "#1b7f3b", "#b26a00", "#777777", "#d1495b", "#6d4c8f"]
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def epoch(d: date) -> float:
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


class FrenchDateAxis(pg.DateAxisItem):
    """Dates on the axis in French (pyqtgraph's own labels follow the C locale: "Dec", "Feb")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        out = []
        for v in values:
            d = datetime.fromtimestamp(v, tz=UTC)
            if spacing >= 300 * 86400:
                out.append(str(d.year))
            elif spacing >= 25 * 86400:
                out.append(f"{MONTHS_SHORT_FR[d.month - 1]} {d.year}" if d.month == 1 else MONTHS_SHORT_FR[d.month - 1])
            elif spacing >= 86400:
                out.append(f"{d:%d/%m}")
            else:
                out.append(f"{d:%H:%M}")
        return out


class Chart(pg.PlotWidget):
    """A plot with a title, a legend, and the value under the mouse shown in its corner."""

    def __init__(self, title: str, *, dates: bool = False) -> None:
        axis = {"bottom": FrenchDateAxis(orientation="bottom")} if dates else None
        super().__init__(axisItems=axis)
        self.setTitle(title, size="11pt")
        self.showGrid(y=True, alpha=0.25)
        self.setMenuEnabled(False)
        self.legend = self.addLegend(offset=(-10, 10))
        self.hover = pg.TextItem(anchor=(0, 0), color="#111111", fill=pg.mkBrush(255, 255, 255, 220))
        self.hover.setZValue(100)
        self.points: list[tuple[float, str]] = []
        self.scene().sigMouseMoved.connect(self._moved)
        self.data_rows: list[list[Any]] = []
        self.data_headers: list[str] = []

    def reset(self) -> None:
        self.clear()
        self.legend.clear()
        self.addItem(self.hover, ignoreBounds=True)
        self.hover.setText("")
        self.hover.hide()  # an empty label would still draw its background box
        self.points = []

    def _moved(self, pos: Any) -> None:
        if not self.points or not self.sceneBoundingRect().contains(pos):
            return
        x = self.plotItem.vb.mapSceneToView(pos).x()
        nearest = min(self.points, key=lambda p: abs(p[0] - x))
        self.hover.setText(nearest[1])
        self.hover.show()
        view = self.plotItem.vb.viewRange()
        self.hover.setPos(view[0][0], view[1][1])

    def has_data(self) -> bool:
        return bool(self.data_rows)


def _masked_note(chart: Chart, threshold: int) -> None:
    """A legend entry, hatched, saying masked counts are not drawn (the drawing holds published cells only)."""
    note = QCoreApplication.translate("Charts", "%1 effectif masqué (< %2) : non dessiné")
    chart.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=QBrush(QColor("#888888"),
                                                                             Qt.BrushStyle.BDiagPattern),
                                  name=rich_text.escape(note.replace("%1", MASK_LABEL).replace("%2", str(threshold)))))


def occupancy(chart: Chart, rows: list[dict[str, Any]], winters: list[tuple[date, date]]) -> None:
    """Occupancy rate over time, one line per key, plan-hiver periods shaded."""
    chart.reset()
    for start, end in winters:
        region = pg.LinearRegionItem(values=(epoch(start), epoch(end)), movable=False,
                                     brush=pg.mkBrush(120, 170, 230, 40), pen=pg.mkPen(None))
        chart.addItem(region)
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(r["key"], []).append(r)
    colors = pg.colormap.get("CET-C6").getLookupTable(nPts=max(len(by_key), 2))
    for i, (key, series) in enumerate(sorted(by_key.items())[:12]):
        xs = [epoch(r["period"]) for r in series if r["rate"] is not None]
        ys = [r["rate"] * 100 for r in series if r["rate"] is not None]
        pen = pg.mkPen(color="#2f6690" if len(by_key) == 1 else tuple(colors[i][:3]), width=2)
        chart.plot(xs, ys, pen=pen, name=rich_text.escape(key))  # legends are rich text; a shelter's name is typed
    chart.setLabel("left", QCoreApplication.translate("Charts", "taux d'occupation"), units="%")
    chart.setYRange(0, 105)
    chart.points = [(epoch(r["period"]), f"{r['period']:%d/%m/%Y} · {r['key']} : "
                     f"{(r['rate'] or 0) * 100:.1f} % ({r['occupied']}/{r['capacity']})") for r in rows]
    chart.data_headers = [QCoreApplication.translate("Charts", "Période"), QCoreApplication.translate("Charts", "Clé"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits"), QCoreApplication.translate("Charts", "Taux")]
    chart.data_rows = [[r["period"], r["key"], r["occupied"], r["capacity"], r["rate"]] for r in rows]


def _month_axis(chart: Chart, months: list[date]) -> None:
    labels = [(i, f"{MONTHS_SHORT_FR[m.month - 1]} {m.year}" if m.month == 1 or i == 0 else MONTHS_SHORT_FR[m.month - 1])
              for i, m in enumerate(months)]
    step = max(1, len(labels) // 18)
    chart.getAxis("bottom").setTicks([labels[::step]])


def bed_nights(chart: Chart, rows: list[dict[str, Any]]) -> None:
    """Nuitées per month, as bars."""
    chart.reset()
    months = [r["month"] for r in rows]
    chart.addItem(pg.BarGraphItem(x=list(range(len(rows))), height=[r["bed_nights"] for r in rows], width=0.7,
                                  brush="#2f6690", name=QCoreApplication.translate("Charts", "Nuitées")))
    _month_axis(chart, months)
    chart.setLabel("left", QCoreApplication.translate("Charts", "nuitées"))
    unit = QCoreApplication.translate("Charts", "nuitées")
    chart.points = [(i, f"{r['month']:%m/%Y} : {r['bed_nights']} {unit}") for i, r in enumerate(rows)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits financés"), QCoreApplication.translate("Charts", "Taux")]
    chart.data_rows = [[r["month"], r["bed_nights"], r["capacity_nights"], r["rate"]] for r in rows]


def refusals(chart: Chart, rows: list[dict[str, Any]], threshold: int = MIN_THRESHOLD) -> None:
    """Refusals per month, stacked by reason (all categories of the filter), from the masked rows."""
    chart.reset()
    data = stats_charts.refusals(rows, threshold)
    months, totals = data["months"], data["bars"]
    base = [0] * len(months)
    labels = {"saturation": QCoreApplication.translate("Charts", "Saturation"), "quota_depasse": QCoreApplication.translate("Charts", "Quota dépassé"),
              "profil_non_accueilli": QCoreApplication.translate("Charts", "Profil non accueilli"), "autre": QCoreApplication.translate("Charts", "Autre")}
    for reason in REASONS:
        chart.addItem(pg.BarGraphItem(x=list(range(len(months))), y0=list(base), height=totals[reason], width=0.7,
                                      brush=REASON_COLORS[reason], name=labels[reason]))
        base = [b + h for b, h in zip(base, totals[reason], strict=True)]
    if data["marked"]:
        _masked_note(chart, threshold)
    _month_axis(chart, months)
    chart.setLabel("left", QCoreApplication.translate("Charts", "refus faute de place"))
    chart.points = [(i, f"{m:%m/%Y} : " + ", ".join(f"{labels[k]} {totals[k][i]}" for k in REASONS)
                    + (f" ({MASK_LABEL})" if m in data["marked"] else "")) for i, m in enumerate(months)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Catégorie"), *labels.values(), QCoreApplication.translate("Charts", "Total")]
    chart.data_rows = data["rows"]


def heatmap(chart: Chart, grid: list[list[int]], threshold: int = MIN_THRESHOLD) -> None:
    """Calls by weekday × hour: the hotline's load (masked hours left blank)."""
    import numpy as np

    chart.reset()
    grid = stats_charts.heatmap(grid, threshold)  # type: ignore[assignment]
    data = np.array([[float("nan") if v == MASK_LABEL else v for v in day] for day in grid], dtype=float).T
    image = pg.ImageItem(data)
    image.setColorMap(pg.colormap.get("viridis"))
    chart.addItem(image)
    chart.getAxis("left").setTicks([[(i + 0.5, WEEKDAYS_FR[i][:3] + ".") for i in range(7)]])
    chart.getAxis("bottom").setTicks([[(h + 0.5, f"{h}h") for h in range(0, 24, 2)]])
    chart.invertY(True)
    chart.setLabel("bottom", QCoreApplication.translate("Charts", "heure"))
    if any(v == MASK_LABEL for day in grid for v in day):
        _masked_note(chart, threshold)
    chart.points = []
    chart.data_headers = [QCoreApplication.translate("Charts", "Jour"), *[f"{h}h" for h in range(24)]]
    chart.data_rows = [[WEEKDAYS_FR[d], *grid[d]] for d in range(7)]


def orientations(chart: Chart, rows: list[dict[str, Any]], axis_labels: dict[str, str],
                 status_labels: dict[str, str], threshold: int = MIN_THRESHOLD) -> None:
    """Orientations by destination axis, stacked by outcome (masked counts are not drawn)."""
    chart.reset()
    rows = stats_charts.orientations(rows, threshold)
    axes = sorted({r["axis"] for r in rows})
    statuses = list(status_labels)
    counts = {(r["axis"], r["status"]): r["count"] for r in rows}
    base = [0] * len(axes)
    if any(r["count"] == MASK_LABEL for r in rows):
        _masked_note(chart, threshold)
    for i, status in enumerate(statuses):
        heights = [published(counts.get((a, status), 0)) for a in axes]
        chart.addItem(pg.BarGraphItem(x=list(range(len(axes))), y0=list(base), height=heights, width=0.6,
                                      brush=STATUS_COLORS[i % len(STATUS_COLORS)], name=status_labels[status]))
        base = [b + h for b, h in zip(base, heights, strict=True)]
    chart.getAxis("bottom").setTicks([[(i, axis_labels.get(a, a)) for i, a in enumerate(axes)]])
    chart.setLabel("left", QCoreApplication.translate("Charts", "orientations"))
    chart.points = [(i, axis_labels.get(a, a) + " : " + ", ".join(
        f"{status_labels[s]} {counts.get((a, s), 0)}" for s in statuses if counts.get((a, s)))) for i, a in enumerate(axes)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Axe"), QCoreApplication.translate("Charts", "Statut"), QCoreApplication.translate("Charts", "Orientations")]
    chart.data_rows = [[axis_labels.get(r["axis"], r["axis"]), status_labels.get(r["status"], r["status"]), r["count"]]
                       for r in rows]
