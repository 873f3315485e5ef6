"""Chart legends are rich text in pyqtgraph: the masked-count note and shelters' names show as written."""

from __future__ import annotations

from datetime import date

from relais_desk.gui.stats import charts


def _legend_texts(chart: charts.Chart) -> list[str]:
    return [label.text for _sample, label in chart.legend.items]


def test_the_masked_count_note_is_shown_whole(qtbot) -> None:  # noqa: ANN001
    chart = charts.Chart("Refus")
    qtbot.addWidget(chart)
    charts._masked_note(chart, 3)
    assert any("(&lt; 3)" in t and t.endswith("dessiné") for t in _legend_texts(chart))  # drawn as "(< 3) : …"


def test_a_shelter_named_with_markup_is_written_as_typed(qtbot) -> None:  # noqa: ANN001
    chart = charts.Chart("Occupation", dates=True)
    qtbot.addWidget(chart)
    rows = [{"key": "<b>Abri</b>", "period": date(2026, 1, 5), "rate": 80.0, "occupied": 8, "capacity": 10}]
    charts.occupancy(chart, rows, [])
    assert "&lt;b&gt;Abri&lt;/b&gt;" in _legend_texts(chart)
