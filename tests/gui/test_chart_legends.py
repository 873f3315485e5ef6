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


def test_the_legend_is_sized_once_for_all_its_entries(qtbot) -> None:  # noqa: ANN001
    chart = charts.Chart("Occupation", dates=True)
    qtbot.addWidget(chart)
    chart.resize(1100, 600)
    sized = []
    real = chart.legend.updateSize

    def counted() -> None:
        if not chart.legend.held:
            sized.append(1)
        real()

    chart.legend.updateSize = counted
    rows = [{"key": f"Abri {i:02}", "period": date(2026, 1, 5), "rate": 0.8, "occupied": 8, "capacity": 10}
            for i in range(40)]
    for _ in range(2):  # drawn, then drawn again over the first drawing's entries
        sized.clear()
        charts.occupancy(chart, rows, [])
        assert not chart.legend.held
        assert len(chart.legend.items) == 40
        assert len(sized) <= 2  # once when drawn, and once more if it takes more columns
    assert chart.legend.preferredHeight() > 0 and chart.legend.preferredWidth() > 0
