"""The coordinator's charts (pyqtgraph), each fed with plain rows from `services.stats`.

Each chart is a plot with its legend in a cell of its own under it (never over the lines, wrapped into as many
columns as the width allows), the value under the mouse in the plot's corner (the line nearest the cursor on
screen), and every number, date, month and weekday in the application's language (`formats`, QLocale).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor

from relais_desk.domain.labels import REFUSAL_REASONS
from relais_desk.gui import category_text, rich_text
from relais_desk.gui import labels as translated
from relais_desk.gui.stats import formats
from relais_desk.reports import stats_charts
from relais_desk.reports.masking import MASK_LABEL, MIN_THRESHOLD, published
from relais_desk.services.stats import REASONS

REASON_COLORS = {"saturation": "#D55E00", "quota_depasse": "#E69F00", "profil_non_accueilli": "#0072B2",
                 "autre": "#777777"}
STATUS_COLORS = ["#56B4E9", "#0072B2", "#009E73", "#E69F00", "#777777", "#D55E00", "#CC79A7"]
DASH_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine,
               "dashdot": Qt.PenStyle.DashDotLine, "dashdotdot": Qt.PenStyle.DashDotDotLine}
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def epoch(d: date) -> float:
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


class LocaleAxis(pg.AxisItem):
    """Tick numbers with the locale's decimal sign ("2,5" in French)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        decimals = formats.tick_decimals(spacing * scale)
        return [formats.number(v * scale, decimals) for v in values]


class LocaleDateAxis(pg.DateAxisItem):
    """Dates on the axis in the application's language (pyqtgraph's own follow the C locale: "Dec", "Feb")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        out = []
        for v in values:
            d = datetime.fromtimestamp(v, tz=UTC)
            if spacing >= 300 * 86400:
                out.append(str(d.year))
            elif spacing >= 25 * 86400:
                out.append(formats.month_short(d.date(), with_year=d.month == 1))
            elif spacing >= 86400:
                out.append(formats.day_month(d.date()))
            else:
                out.append(f"{d:%H:%M}")
        return out


class Legend(pg.LegendItem):
    """A legend laid out by its cell in the chart's layout (pyqtgraph's floats over the view box and moves itself)."""

    def __init__(self) -> None:
        super().__init__(offset=None, horSpacing=14, verSpacing=0)

    def updateSize(self) -> None:  # noqa: N802
        height = width = 0.0
        for row in range(self.layout.rowCount()):
            row_height, row_width = 0.0, 0.0
            for col in range(self.layout.columnCount()):
                item = self.layout.itemAt(row, col)
                if item:
                    hint = item.effectiveSizeHint(Qt.SizeHint.PreferredSize)
                    row_width += hint.width() + self.layout.horizontalSpacing()
                    row_height = max(row_height, hint.height())
            width, height = max(width, row_width), height + row_height
        self.setPreferredSize(width, height)
        self.setMinimumHeight(height)
        self.setMaximumSize(width, height)  # as wide as its columns, at the left of its cell
        self.updateGeometry()

    def entry_width(self) -> float:
        """The widest entry (sample and label), for as many columns as fit."""
        widths = [sample.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()
                  + label.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() for sample, label in self.items]
        return max(widths, default=0.0) + 2 * self.layout.horizontalSpacing()

    def mouseDragEvent(self, ev: Any) -> None:  # noqa: N802 - stays in its cell
        ev.ignore()


class Chart(pg.PlotWidget):
    """A plot with a title, its legend under it, and the value under the mouse shown in its corner."""

    def __init__(self, title: str, *, dates: bool = False) -> None:
        axes: dict[str, pg.AxisItem] = {"left": LocaleAxis(orientation="left")}
        if dates:
            axes["bottom"] = LocaleDateAxis(orientation="bottom")
        super().__init__(axisItems=axes)
        self.frame = pg.GraphicsLayout()  # the plot over its legend: what the view shows and the PNG export draws
        self.setCentralItem(self.frame)
        self.frame.addItem(self.plotItem, row=0, col=0)
        self.legend = Legend()
        self.frame.addItem(self.legend, row=1, col=0)
        self.frame.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)
        self.plotItem.legend = self.legend  # series drawn with a name are listed there
        self.setTitle(title, size="11pt")
        self.showGrid(y=True, alpha=0.25)
        self.setMenuEnabled(False)
        self.hover = pg.TextItem(anchor=(0, 0), color="#111111", fill=pg.mkBrush(255, 255, 255, 220))
        self.hover.setZValue(100)
        self.points: list[tuple[float, str]] = []  # bars: (x, text), the nearest x is named
        # lines: the curve, its points in view and their texts (a line hidden from its legend entry is not named)
        self.lines: list[tuple[pg.PlotDataItem, list[tuple[float, float]], list[str]]] = []
        self.cells: list[list[str]] = []  # a grid (heatmap): [row][column] texts, the cell under the cursor is named
        self.color_bar: pg.ColorBarItem | None = None
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
        self.lines = []
        self.cells = []

    def finish(self) -> None:
        """Once drawn: the legend in as many columns as its entries need and the width allows."""
        self.fit_legend()

    def fit_legend(self) -> None:
        entry = self.legend.entry_width()
        if not self.legend.items or entry <= 0:
            return
        fits = max(1, int(max(self.width(), 200) // entry))
        columns = min(len(self.legend.items), fits)
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def resizeEvent(self, ev: Any) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if hasattr(self, "legend"):
            self.fit_legend()

    def hover_text_at(self, pos: QPointF) -> str | None:
        """What the hover says for the scene position `pos`: the nearest line's point, else the nearest bar."""
        vb = self.plotItem.vb
        if not vb.sceneBoundingRect().contains(pos):
            return None
        if self.lines:
            on_screen = [[(p.x(), p.y()) for p in (vb.mapViewToScene(QPointF(x, y)) for x, y in pts)]
                         if curve.isVisible() else [] for curve, pts, _texts in self.lines]
            found = stats_charts.nearest_line(on_screen, (pos.x(), pos.y()))
            return None if found is None else self.lines[found[0]][2][found[1]]
        if self.cells:
            at = vb.mapSceneToView(pos)
            row, col = int(at.y() // 1), int(at.x() // 1)
            inside = 0 <= row < len(self.cells) and 0 <= col < len(self.cells[row])
            return self.cells[row][col] if inside else None
        if self.points:
            x = vb.mapSceneToView(pos).x()
            return min(self.points, key=lambda p: abs(p[0] - x))[1]
        return None

    def _moved(self, pos: Any) -> None:
        text = self.hover_text_at(pos)
        if text is None:
            return
        self.hover.setText(text)
        self.hover.show()
        view = self.plotItem.vb.viewRange()
        self.hover.setPos(view[0][0], view[1][0] if self.plotItem.vb.yInverted() else view[1][1])

    def close(self) -> bool:
        """Close as pyqtgraph expects its PlotWidget: the plot back as the central item, the frame and its legend
        out of the scene first (else the scene's clearing deletes them under Python's references and crashes)."""
        if self.plotItem is not None and self.plotItem.parentItem() is self.frame:
            self.frame.layout.removeItem(self.plotItem)
            self.plotItem.setParentItem(None)
            self.setCentralItem(self.plotItem)
        return super().close()

    def export_item(self) -> pg.GraphicsLayout:
        """What a PNG export draws: the plot with its legend."""
        return self.frame

    def has_data(self) -> bool:
        return bool(self.data_rows)


def _masked_note(chart: Chart, threshold: int) -> None:
    """A legend entry, hatched, saying masked counts are not drawn (the drawing holds published cells only)."""
    note = QCoreApplication.translate("Charts", "%1 effectif masqué (< %2) : non dessiné")
    chart.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=QBrush(QColor("#888888"),
                                                                             Qt.BrushStyle.BDiagPattern),
                                  name=rich_text.escape(note.replace("%1", MASK_LABEL).replace("%2", str(threshold)))))


def _series_name(row: dict[str, Any]) -> str:
    """The network's line is named in the application's language, a category by its label in that language; a
    shelter as it is called."""
    if row.get("network"):
        return QCoreApplication.translate("Charts", "Réseau")
    return category_text.label(str(row["key"]), row.get("key_en"))


def occupancy(chart: Chart, rows: list[dict[str, Any]], winters: list[tuple[date, date]]) -> None:
    """Occupancy rate over time, one line per key (a colour each, then dashed), plan-hiver periods shaded."""
    chart.reset()
    for start, end in winters:
        region = pg.LinearRegionItem(values=(epoch(start), epoch(end)), movable=False,
                                     brush=pg.mkBrush(120, 170, 230, 40), pen=pg.mkPen(None))
        chart.addItem(region)
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(_series_name(r), []).append(r)
    series_list = sorted(by_key.items())
    for (key, series), (color, dash) in zip(series_list, stats_charts.series_styles(len(series_list)), strict=True):
        drawn = [r for r in series if r["rate"] is not None]
        xs = [epoch(r["period"]) for r in drawn]
        ys = [r["rate"] * 100 for r in drawn]
        curve = chart.plot(xs, ys, pen=pg.mkPen(color=color, width=2, style=DASH_STYLES[dash]),
                           name=rich_text.escape(key))  # legends are rich text; a shelter's name is typed
        chart.lines.append((curve, list(zip(xs, ys, strict=True)), [
            f"{formats.short_date(r['period'])} · {key}{formats.colon()}{formats.percent(r['rate'] * 100)} "
            f"({formats.number(r['occupied'])}/{formats.number(r['capacity'])})" for r in drawn]))
    chart.setLabel("left", QCoreApplication.translate("Charts", "taux d'occupation"), units="%")
    chart.setYRange(0, 105)
    chart.data_headers = [QCoreApplication.translate("Charts", "Période"), QCoreApplication.translate("Charts", "Clé"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits"), QCoreApplication.translate("Charts", "Taux")]
    chart.data_rows = [[r["period"], _series_name(r), r["occupied"], r["capacity"], r["rate"]] for r in rows]
    chart.finish()


def _month_axis(chart: Chart, months: list[date]) -> None:
    labels = [(i, formats.month_short(m, with_year=m.month == 1 or i == 0)) for i, m in enumerate(months)]
    step = max(1, len(labels) // 18)
    chart.getAxis("bottom").setTicks([labels[::step]])


def bed_nights(chart: Chart, rows: list[dict[str, Any]]) -> None:
    """Nuitées per month, as bars."""
    chart.reset()
    months = [r["month"] for r in rows]
    chart.addItem(pg.BarGraphItem(x=list(range(len(rows))), height=[r["bed_nights"] for r in rows], width=0.7,
                                  brush="#0072B2", name=QCoreApplication.translate("Charts", "Nuitées")))
    _month_axis(chart, months)
    chart.setLabel("left", QCoreApplication.translate("Charts", "nuitées"))
    unit = QCoreApplication.translate("Charts", "nuitées")
    chart.points = [(i, f"{formats.month_short(r['month'], with_year=True)}{formats.colon()}{formats.number(r['bed_nights'])} {unit}")
                    for i, r in enumerate(rows)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits financés"), QCoreApplication.translate("Charts", "Taux")]
    chart.data_rows = [[r["month"], r["bed_nights"], r["capacity_nights"], r["rate"]] for r in rows]
    chart.finish()


def refusals(chart: Chart, rows: list[dict[str, Any]], threshold: int = MIN_THRESHOLD) -> None:
    """Refusals per month, stacked by reason (all categories of the filter), from the masked rows."""
    chart.reset()
    data = stats_charts.refusals(rows, threshold)
    months, totals = data["months"], data["bars"]
    base = [0] * len(months)
    labels = translated.names(REFUSAL_REASONS)
    for reason in REASONS:
        chart.addItem(pg.BarGraphItem(x=list(range(len(months))), y0=list(base), height=totals[reason], width=0.7,
                                      brush=REASON_COLORS[reason], name=labels[reason]))
        base = [b + h for b, h in zip(base, totals[reason], strict=True)]
    if data["marked"]:
        _masked_note(chart, threshold)
    _month_axis(chart, months)
    chart.setLabel("left", QCoreApplication.translate("Charts", "refus faute de place"))
    chart.points = [(i, f"{formats.month_short(m, with_year=True)}{formats.colon()}"
                     + ", ".join(f"{labels[k]} {formats.number(totals[k][i])}" for k in REASONS)
                     + (f" ({MASK_LABEL})" if m in data["marked"] else "")) for i, m in enumerate(months)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Catégorie"), *labels.values(), QCoreApplication.translate("Charts", "Total")]
    chart.data_rows = data["rows"]
    chart.finish()


def _scale_ticks(low: float, high: float) -> list[float]:
    """Up to five whole-number ticks on the colour scale, its minimum and maximum included."""
    if high <= low:
        return [low]
    return sorted({low, high, *(round(low + k * (high - low) / 4) for k in range(1, 4))})


def heatmap(chart: Chart, grid: list[list[int]], threshold: int = MIN_THRESHOLD) -> None:
    """Calls by weekday × hour: the hotline's load (masked hours left blank), with its colour scale."""
    import numpy as np

    chart.reset()
    grid = stats_charts.heatmap(grid, threshold)  # type: ignore[assignment]
    data = np.array([[float("nan") if v == MASK_LABEL else v for v in day] for day in grid], dtype=float).T
    shown = data[~np.isnan(data)] if data.size else data
    low, high = (float(shown.min()), float(shown.max())) if shown.size else (0.0, 1.0)
    high = max(high, low + 1)
    colors = pg.colormap.get("viridis")
    image = pg.ImageItem(data, levels=(low, high))
    image.setColorMap(colors)
    chart.addItem(image)
    if chart.color_bar is None:
        chart.color_bar = pg.ColorBarItem(values=(low, high), colorMap=colors, interactive=False, width=16,
                                          label=QCoreApplication.translate("Charts", "appels"), colorMapMenu=False)
        chart.color_bar.setImageItem(image, insert_in=chart.plotItem)
    else:
        chart.color_bar.setImageItem(image)
        chart.color_bar.setLevels((low, high))
    chart.color_bar.axis.setTicks([[(v, formats.number(int(v))) for v in _scale_ticks(low, high)]])
    chart.getAxis("left").setTicks([[(i + 0.5, formats.weekday(i, short=True)) for i in range(7)]])
    chart.getAxis("bottom").setTicks([[(h + 0.5, f"{h}h") for h in range(0, 24, 2)]])
    chart.invertY(True)
    chart.setLabel("bottom", QCoreApplication.translate("Charts", "heure"))
    if any(v == MASK_LABEL for day in grid for v in day):
        _masked_note(chart, threshold)
    unit = QCoreApplication.translate("Charts", "appels")
    chart.cells = [[f"{formats.weekday(d)} {h}h{formats.colon()}" + (f"{MASK_LABEL} (< {max(threshold, MIN_THRESHOLD)})"
                                                       if grid[d][h] == MASK_LABEL
                                                       else f"{formats.number(grid[d][h])} {unit}")
                    for h in range(len(grid[d]))] for d in range(len(grid))]
    chart.data_headers = [QCoreApplication.translate("Charts", "Jour"), *[f"{h}h" for h in range(24)]]
    chart.data_rows = [[formats.weekday(d), *grid[d]] for d in range(7)]
    chart.finish()


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

    def count(value: int | str) -> str:
        return value if isinstance(value, str) else formats.number(value)

    chart.points = [(i, axis_labels.get(a, a) + formats.colon() + ", ".join(
        f"{status_labels[s]} {count(counts[(a, s)])}" for s in statuses if counts.get((a, s))))
        for i, a in enumerate(axes)]
    chart.data_headers = [QCoreApplication.translate("Charts", "Axe"), QCoreApplication.translate("Charts", "Statut"), QCoreApplication.translate("Charts", "Orientations")]
    chart.data_rows = [[axis_labels.get(r["axis"], r["axis"]), status_labels.get(r["status"], r["status"]), r["count"]]
                       for r in rows]
    chart.finish()
