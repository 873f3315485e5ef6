"""The Statistiques charts read well: distinct series, the legend beside the lines, hover on the nearest line,
numbers, months and the network's name in the application's language, a colour scale on the hotline heatmap."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from relais_desk.gui.app import install_translations
from relais_desk.gui.stats import charts, labels
from relais_desk.reports import stats_charts

START = date(2025, 12, 1)


def _rows(keys: list[str], rates: dict[str, list[float]] | None = None, *, network: bool = False) -> list[dict]:
    out = []
    for k, key in enumerate(keys):
        for w in range(8):
            rate = rates[key][w] if rates else 0.5 + k / 100
            out.append({"period": START + timedelta(weeks=w), "key": key, "network": network,
                        "occupied": round(rate * 1000), "capacity": 1000, "rate": rate})
    return out


def _chart(qtbot, title: str = "Taux", *, dates: bool = True) -> charts.Chart:  # noqa: ANN001
    chart = charts.Chart(title, dates=dates)
    qtbot.addWidget(chart)
    chart.resize(1100, 650)
    chart.show()
    return chart


def _pen_pairs(chart: charts.Chart) -> list[tuple[str, object]]:
    return [(item.opts["pen"].color().name(), item.opts["pen"].style()) for item in chart.plotItem.listDataItems()]


def _hover_at(chart: charts.Chart, x: float, y: float) -> str:
    QApplication.processEvents()  # the view's range follows its data once events are processed
    pos = chart.plotItem.vb.mapViewToScene(QPointF(x, y))
    chart.scene().sigMouseMoved.emit(pos)
    text = chart.hover_text_at(pos)
    assert chart.hover.isVisible() and chart.hover.textItem.toPlainText() == text.replace("\u00a0", " ")
    return text


@pytest.fixture
def english(qapp):  # noqa: ANN001
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "fr")


def test_every_series_of_a_chart_has_its_own_colour_and_line_style(qtbot) -> None:  # noqa: ANN001
    assert len(set(stats_charts.PALETTE)) >= 12
    styles = stats_charts.series_styles(60)
    assert len(set(styles)) == 60 and styles[12] == (stats_charts.PALETTE[0], "dash")
    chart = _chart(qtbot)
    charts.occupancy(chart, _rows([f"Abri {i:02}" for i in range(24)]), [])
    pairs = _pen_pairs(chart)
    assert len(pairs) == 24 and len(set(pairs)) == 24  # every shelter drawn (not the first 12), none alike
    assert len({color for color, _style in pairs}) == 12


def test_the_legend_sits_outside_the_plotting_area_and_wraps(qtbot) -> None:  # noqa: ANN001
    chart = _chart(qtbot)
    charts.occupancy(chart, _rows([f"Maison d'accueil du Centre {i:02}" for i in range(24)]), [])
    qtbot.waitUntil(lambda: chart.legend.sceneBoundingRect().height() > 0)
    legend, view = chart.legend.sceneBoundingRect(), chart.plotItem.vb.sceneBoundingRect()
    assert not legend.intersects(view)
    assert legend.top() >= view.bottom() and legend.bottom() <= chart.height()  # whole, under the plot
    assert chart.legend.columnCount > 1  # 24 entries wrap into columns instead of running off the window
    assert len(chart.legend.items) == 24


def test_hover_names_the_line_nearest_the_cursor_with_a_french_decimal_comma(qtbot) -> None:  # noqa: ANN001
    chart = _chart(qtbot)
    # A climbs across the whole chart (its bounding box holds every point), B stays flat at 83.7 %
    rates = {"A": [0.1 + w * 0.12 for w in range(8)], "B": [0.837] * 8}
    charts.occupancy(chart, _rows(["A", "B"], rates), [])
    x = charts.epoch(START + timedelta(weeks=1))
    assert _hover_at(chart, x, 80.0).endswith("· B : 83,7\u00a0% (837/1\u202f000)")
    assert "· A : " in _hover_at(chart, x, 25.0)
    sample_b = chart.legend.items[1][0]
    sample_b.item.setVisible(False)  # what a click on B's legend entry does: B hidden, no longer named
    assert "· A : " in _hover_at(chart, x, 80.0)
    bars = _chart(qtbot, "Nuitées", dates=False)
    charts.bed_nights(bars, [{"month": date(2026, 1, 1), "bed_nights": 12345, "capacity_nights": 15000,
                               "rate": 0.823}])
    assert _hover_at(bars, 0, 5000) == "janv. 2026 : 12\u202f345 nuitées"


def test_the_english_ui_shows_english_months_network_and_decimal_points(qtbot, english) -> None:  # noqa: ANN001
    chart = _chart(qtbot, dates=False)
    months = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    charts.refusals(chart, [{"month": m, "category": "Hommes", "saturation": 10, "quota_depasse": 4,
                             "profil_non_accueilli": 5, "autre": 3, "total": 22} for m in months])
    ticks = [label for _x, label in chart.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["Dec 2025", "Jan 2026", "Feb"]
    occupancy = _chart(qtbot)
    charts.occupancy(occupancy, _rows(["Réseau"], {"Réseau": [0.837] * 8}, network=True), [])
    assert [label.text for _sample, label in occupancy.legend.items] == ["Network"]
    assert {r[1] for r in occupancy.data_rows} == {"Network"}
    assert _hover_at(occupancy, charts.epoch(START), 83.7).endswith("Network: 83.7% (837/1,000)")
    axis = occupancy.getAxis("bottom")
    assert axis.tickStrings([charts.epoch(date(2026, 2, 1))], 1, 31 * 86400) == ["Feb"]
    assert occupancy.getAxis("left").tickStrings([2.5], 1, 0.5) == ["2.5"]
    referrals = _chart(qtbot, dates=False)
    charts.orientations(referrals, [{"axis": "accueil_de_nuit", "status": "arrivee", "count": 1234}],
                        labels.axis_labels(), labels.status_labels())
    assert [label for _x, label in referrals.getAxis("bottom")._tickLevels[0]] == ["Night shelter"]
    assert "arrived" in [label.text for _sample, label in referrals.legend.items]
    assert _hover_at(referrals, 0, 600) == "Night shelter: arrived 1,234"


def test_axis_numbers_and_months_are_french_in_the_french_ui(qtbot) -> None:  # noqa: ANN001
    chart = _chart(qtbot)
    assert chart.getAxis("bottom").tickStrings([charts.epoch(date(2026, 2, 1))], 1, 31 * 86400) == ["févr."]
    assert chart.getAxis("left").tickStrings([2.5], 1, 0.5) == ["2,5"]


def test_the_hotline_heatmap_has_a_colour_scale_from_its_minimum_to_its_maximum(qtbot) -> None:  # noqa: ANN001
    chart = _chart(qtbot, "Appels", dates=False)
    grid = [[(d + 1) * 10 + h for h in range(24)] for d in range(7)]
    grid[0][0] = 1  # masked: not drawn, not the scale's minimum
    charts.heatmap(chart, grid, 3)
    bar = chart.color_bar
    assert bar is not None and bar.scene() is chart.scene()
    assert bar.levels() == (11.0, 93.0)
    labels = [label for _v, label in bar.axis._tickLevels[0]]
    assert labels[0] == "11" and labels[-1] == "93"
    assert not bar.sceneBoundingRect().intersects(chart.plotItem.vb.sceneBoundingRect())
    assert _hover_at(chart, 3.5, 1.5) == "mardi 3h : 23 appels"
    assert _hover_at(chart, 0.5, 0.5).startswith("lundi 0h : ×")
    charts.heatmap(chart, grid, 3)  # redrawn: the same scale, not a second one
    assert bar is chart.color_bar
