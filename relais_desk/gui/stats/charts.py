"""The coordinator's charts (pyqtgraph), each fed with plain rows from `services.stats`.

Each chart is a plot with its legend in a cell of its own under it (never over the lines, wrapped into as many
columns as the width allows), the value under the mouse in the plot's corner (the line nearest the cursor on
screen), and every number, date, month and weekday in the application's language (`formats`, QLocale).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor

from relais_desk.gui import rich_text
from relais_desk.gui.stats import formats, plans
from relais_desk.reports import stats_charts
from relais_desk.reports.masking import MASK_LABEL, MIN_THRESHOLD

DASH_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine,
               "dashdot": Qt.PenStyle.DashDotLine, "dashdotdot": Qt.PenStyle.DashDotDotLine}
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


epoch = plans.epoch  # a night as the x of the date axis (noon UTC)


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
        self.held = False  # while a chart is drawn: sized once at the end, not after each of its entries
        super().__init__(offset=None, horSpacing=14, verSpacing=0)

    def hold_size(self, held: bool) -> None:
        """Size the legend once after many entries are added or removed (pyqtgraph sizes it after each one, going
        over every entry: a hundred shelters' lines took a fifth of a second), then size it now."""
        self.held = held
        if not held:
            self.updateSize()

    def updateSize(self) -> None:  # noqa: N802
        if self.held:
            return
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
        self.legend.hold_size(True)  # until `finish`
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
        self.legend.hold_size(False)
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


Step = Callable[[], None]


def steps(chart: Chart, plan: plans.Plan) -> list[Step]:
    """Turn a plan into plot items, one small step at a time (a line, a bar series, the axes…): the screen runs
    them over several turns of the event loop, so that drawing never holds the UI thread long."""
    parts = plan.parts

    def begin() -> None:
        chart.setUpdatesEnabled(False)  # painted once, when drawn: a paint between the steps is time lost
        chart.reset()
        chart.data_headers, chart.data_rows = plan.headers, plan.rows
        if plan.kind == "heatmap":
            chart.cells = parts["cells"]
        elif plan.kind != "occupancy":
            chart.points = parts["points"]

    out: list[Step] = [begin]
    note = [lambda: _masked_note(chart, plan.masked_note)] if plan.masked_note is not None else []
    if plan.kind == "occupancy":
        out += [lambda a=a, b=b: chart.addItem(pg.LinearRegionItem(
            values=(a, b), movable=False, brush=pg.mkBrush(120, 170, 230, 40), pen=pg.mkPen(None)))
            for a, b in parts["winters"]]
        out += [lambda line=line: _line(chart, line) for line in parts["lines"]]
        out.append(lambda: (chart.setLabel("left", parts["label"], units="%"), chart.setYRange(0, 105)))
    elif plan.kind == "heatmap":
        image: list[pg.ImageItem] = []
        out += [lambda: image.append(_heatmap_image(chart, parts)), lambda: _color_bar(chart, image[0], parts),
                *note]
    else:
        if plan.kind == "orientations":
            out += note
        out += [lambda bar=bar: _bars(chart, bar) for bar in parts["bars"]]
        if plan.kind == "refusals":
            out += note
        out.append(lambda: (chart.getAxis("bottom").setTicks([parts["ticks"]]), chart.setLabel("left", parts["label"])))
    out += [chart.finish, lambda: chart.setUpdatesEnabled(True)]
    return out


def draw(chart: Chart, plan: plans.Plan) -> None:
    """Draw a plan at once (tests, exports, the benchmarks)."""
    for step in steps(chart, plan):
        step()


def _line(chart: Chart, line: dict[str, Any]) -> None:
    curve = chart.plot(line["xs"], line["ys"], pen=pg.mkPen(color=line["color"], width=2,
                                                            style=DASH_STYLES[line["dash"]]),
                       name=rich_text.escape(line["name"]))  # legends are rich text; a shelter's name is typed
    chart.lines.append((curve, list(zip(line["xs"], line["ys"], strict=True)), line["texts"]))


def _bars(chart: Chart, bar: dict[str, Any]) -> None:
    extra = {} if bar["y0"] is None else {"y0": bar["y0"]}
    chart.addItem(pg.BarGraphItem(x=bar["x"], height=bar["height"], width=bar["width"], brush=bar["color"],
                                  name=bar["name"], **extra))


def _heatmap_image(chart: Chart, parts: dict[str, Any]) -> pg.ImageItem:
    import numpy as np

    data = np.array([[float("nan") if v is None else v for v in day] for day in parts["grid"]], dtype=float).T
    image = pg.ImageItem(data, levels=parts["levels"])
    image.setColorMap(pg.colormap.get("viridis"))
    chart.addItem(image)
    chart.getAxis("left").setTicks([parts["days"]])
    chart.getAxis("bottom").setTicks([parts["hours"]])
    chart.invertY(True)
    chart.setLabel("bottom", parts["label"])
    return image


def _color_bar(chart: Chart, image: pg.ImageItem, parts: dict[str, Any]) -> None:
    """The heatmap's colour scale (a step of its own: the first one made is the slowest part of the heatmap)."""
    low, high = parts["levels"]
    if chart.color_bar is None:
        chart.color_bar = pg.ColorBarItem(values=(low, high), colorMap=pg.colormap.get("viridis"), interactive=False,
                                          width=16, label=parts["unit"], colorMapMenu=False)
        chart.color_bar.setImageItem(image, insert_in=chart.plotItem)
    else:
        chart.color_bar.setImageItem(image)
        chart.color_bar.setLevels((low, high))
    chart.color_bar.axis.setTicks([parts["scale_ticks"]])


def occupancy(chart: Chart, rows: list[dict[str, Any]], winters: list[tuple[date, date]]) -> None:
    """Occupancy rate over time, one line per key (a colour each, then dashed), plan-hiver periods shaded."""
    draw(chart, plans.occupancy(rows, winters))


def bed_nights(chart: Chart, rows: list[dict[str, Any]]) -> None:
    """Nuitées per month, as bars."""
    draw(chart, plans.bed_nights(rows))


def refusals(chart: Chart, rows: list[dict[str, Any]], threshold: int = MIN_THRESHOLD) -> None:
    """Refusals per month, stacked by reason (all categories of the filter), from the masked rows."""
    draw(chart, plans.refusals(rows, threshold))


def heatmap(chart: Chart, grid: list[list[int]], threshold: int = MIN_THRESHOLD) -> None:
    """Calls by weekday × hour: the hotline's load (masked hours left blank), with its colour scale."""
    draw(chart, plans.heatmap(grid, threshold))


def orientations(chart: Chart, rows: list[dict[str, Any]], axis_labels: dict[str, str],
                 status_labels: dict[str, str], threshold: int = MIN_THRESHOLD) -> None:
    """Orientations by destination axis, stacked by outcome (masked counts are not drawn)."""
    draw(chart, plans.orientations(rows, axis_labels, status_labels, threshold))
