"""The Statistiques screen: charts render offscreen from demo data, follow the filters, export."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QImage

from relais_desk import demo
from relais_desk.gui.stats.screen import StatsScreen
from relais_desk.store.database import Database
from tests.gui.conftest import make_context

NOW = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, sqlite_template):
    import shutil

    path = tmp_path_factory.mktemp("stats") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    demo.generate(db, seed=2, years=1, shelters=5, now=NOW)
    yield db
    db.dispose()


def _non_blank(widget, path) -> bool:  # noqa: ANN001
    widget.grab().save(str(path))
    image = QImage(str(path))
    colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return len(colors) > 10


def test_every_chart_renders_and_follows_the_filters(qtbot, demo_db, tmp_path):
    from relais_desk.services import users

    user = users.authenticate(demo_db, "coordination", "demo-coord-rapport")
    screen = StatsScreen(make_context(demo_db, user))
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.start.setDate(screen.start.date().fromString("01/12/2025", "dd/MM/yyyy"))
    screen.end.setDate(screen.end.date().fromString("21/11/2026", "dd/MM/yyyy"))
    screen.refresh()
    for i in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(i)
        chart = screen.tabs.currentWidget()
        assert chart.has_data(), screen.tabs.tabText(i)
        assert _non_blank(chart, tmp_path / f"chart{i}.png"), screen.tabs.tabText(i)
    screen.tabs.setCurrentWidget(screen.occupancy)  # looked at after each filter below
    network_points = len(screen.occupancy.data_rows)
    screen.by.setCurrentIndex(screen.by.findData("shelter"))
    screen.group.setCurrentIndex(screen.group.findData("month"))
    screen.refresh()
    assert {r[1] for r in screen.occupancy.data_rows} != {"Réseau"} and len(screen.occupancy.data_rows) != network_points
    screen.shelter.setCurrentIndex(1)
    screen.refresh()
    assert {r[1] for r in screen.occupancy.data_rows} == {screen.shelter.currentText()}


def test_chart_exports_and_the_annual_report_from_the_screen(qtbot, demo_db, tmp_path):
    from relais_desk.services import users

    user = users.authenticate(demo_db, "coordination", "demo-coord-rapport")
    screen = StatsScreen(make_context(demo_db, user))
    qtbot.addWidget(screen)
    screen.refresh()
    screen.tabs.setCurrentWidget(screen.bed_nights)
    screen.export_chart_png(str(tmp_path / "nuitees.png"))
    assert QImage(str(tmp_path / "nuitees.png")).width() >= 1000
    screen.export_chart_xlsx(str(tmp_path / "nuitees.xlsx"))
    sheet = load_workbook(tmp_path / "nuitees.xlsx").active
    values = [row[1] for row in sheet.iter_rows(values_only=True) if row and isinstance(row[1], int)]
    assert values == [r[1] for r in screen.bed_nights.data_rows]
    screen.annual_report(2026, str(tmp_path / "rapport.pdf"))
    text = PdfReader(str(tmp_path / "rapport.pdf")).pages[0].extract_text()
    assert "Rapport statistique annuel 2026" in text
    assert (tmp_path / "rapport.xlsx").exists()


def test_the_annual_report_of_the_year_chosen(qtbot, demo_db, tmp_path):
    from relais_desk.domain.nights import night_of, utcnow
    from relais_desk.services import users

    screen = StatsScreen(make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.refresh()
    offered = [screen.report_year.itemData(i) for i in range(screen.report_year.count())]
    assert offered == [2026, 2025]  # the years with closed nights or calls, newest first
    this_year = night_of(utcnow()).year
    if this_year - 1 in offered:
        assert screen.report_year.currentData() == this_year - 1  # last year by default
    screen.report_year.setCurrentIndex(screen.report_year.findData(2025))
    screen.annual_report(path=str(tmp_path / "rapport.pdf"))
    assert "Rapport statistique annuel 2025" in PdfReader(str(tmp_path / "rapport.pdf")).pages[0].extract_text()
    key_figures = load_workbook(tmp_path / "rapport.xlsx")["Chiffres clés"]
    assert key_figures["A1"].value.startswith("Chiffres clés 2025")


def test_a_year_without_data_says_so_and_writes_nothing(qtbot, demo_db, tmp_path):
    from relais_desk.services import users

    screen = StatsScreen(make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.annual_report(2019, str(tmp_path / "rapport-2019.pdf"))
    assert screen.banner.text() == "Aucune donnée pour l'année 2019 : ni nuit clôturée ni appel."
    assert list(tmp_path.iterdir()) == []


def test_axis_filter_and_unmet_demand_export(qtbot, demo_db, tmp_path):
    from relais_desk.services import users

    screen = StatsScreen(make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.tabs.setCurrentWidget(screen.orientations)
    screen.axis.setCurrentIndex(screen.axis.findData("sante"))
    screen.refresh()
    assert {r[0] for r in screen.orientations.data_rows} == {"Santé"}
    screen.export_unmet(str(tmp_path / "unmet.xlsx"))
    sheet = load_workbook(tmp_path / "unmet.xlsx").active
    assert any(row and row[1] == "refus" for row in sheet.iter_rows(values_only=True))


def test_chart_exports_are_masked_and_bars_are_drawn_from_published_counts(qtbot, demo_db, tmp_path):
    from PySide6.QtCore import QDate

    from relais_desk.reports import stats_charts
    from relais_desk.reports.masking import MASK_LABEL
    from relais_desk.services import users

    screen = StatsScreen(make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.start.setDate(QDate(2026, 10, 1))  # a short period: small counts everywhere
    screen.end.setDate(QDate(2026, 10, 20))
    screen.refresh()
    assert screen.loaded is not None
    masked_somewhere = False
    for chart, name in ((screen.refusals, "refus"), (screen.heatmap, "permanence"),
                        (screen.orientations, "orientations")):
        screen.tabs.setCurrentWidget(chart)
        screen.export_chart_xlsx(str(tmp_path / f"{name}.xlsx"))
        rows = [r for r in load_workbook(tmp_path / f"{name}.xlsx").active.iter_rows(values_only=True)]
        counts = [v for r in rows for v in r[2 if name == "refus" else 1:] if not isinstance(v, str) or v == MASK_LABEL]
        assert not any(isinstance(v, int) and 0 < v < 3 for v in counts), name
        masked_somewhere |= MASK_LABEL in counts
    assert masked_somewhere
    # the refusal bars: published cells only, so their heights add nothing to the exported rows
    expected = stats_charts.refusals(screen.loaded["refusals"], 3)
    import pyqtgraph as pg

    bars = [item for item in screen.refusals.plotItem.items if isinstance(item, pg.BarGraphItem)]
    heights = [list(item.opts["height"]) for item in bars if len(item.opts["height"]) == len(expected["months"])]
    assert heights[:4] == [expected["bars"][k] for k in expected["bars"]]


def test_only_the_tab_shown_is_drawn_at_load_and_another_when_it_is_opened(qtbot, demo_db):
    """Drawing holds the UI thread: the data of every chart comes at once, each chart is drawn when seen."""
    from relais_desk.services import users

    screen = StatsScreen(make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.occupancy.has_data() and not screen.heatmap.has_data()
    screen.tabs.setCurrentWidget(screen.heatmap)
    assert screen.heatmap.has_data()


def test_every_export_is_proposed_in_documents_with_what_and_its_period(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from relais_desk.services import users
    from tests.gui.test_export_names import documents_folder

    documents = documents_folder(monkeypatch, tmp_path)
    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, path, _filter: (proposed.append(path), ("", ""))[1])
    user = users.authenticate(demo_db, "coordination", "demo-coord-rapport")
    screen = StatsScreen(make_context(demo_db, user))
    qtbot.addWidget(screen)
    screen.start.setDate(screen.start.date().fromString("01/12/2025", "dd/MM/yyyy"))
    screen.end.setDate(screen.end.date().fromString("21/11/2026", "dd/MM/yyyy"))
    screen.refresh()
    screen.tabs.setCurrentWidget(screen.bed_nights)
    screen.export_chart_png()
    screen.export_chart_xlsx()
    screen.export_unmet()
    screen.annual_report(2026)
    period = "2025-12-01_2026-11-21"
    assert [p.removeprefix(str(documents) + "/") for p in proposed] == [
        f"statistiques-nuitees-{period}.png", f"statistiques-nuitees-{period}.xlsx",
        f"demande-non-rencontree-{period}.xlsx", "rapport-annuel-2026.pdf"]
    assert not list(documents.iterdir())  # cancelled: nothing written


def test_charts_are_drawn_in_slices_off_a_worker_and_kept_when_nothing_changed(qtbot, demo_db):
    """With real worker threads: the figures and the charts' plans come from a worker, the chart is drawn over
    several turns of the event loop (never in one long slice), and a visit that finds the same figures keeps the
    chart as it is drawn (nothing redrawn, nothing repainted for nothing)."""
    from relais_desk.gui.stats import drawing
    from relais_desk.services import users

    ctx = make_context(demo_db, users.authenticate(demo_db, "coordination", "demo-coord-rapport"), synchronous=False)
    screen = StatsScreen(ctx)
    qtbot.addWidget(screen)
    screen.by.setCurrentIndex(screen.by.findData("shelter"))  # a line per shelter: several drawing steps
    turns: list[int] = []
    original = drawing.SlicedDrawing._turn

    def counted(self) -> None:  # noqa: ANN001
        turns.append(len(self._steps))
        original(self)

    drawing.SlicedDrawing._turn = counted
    try:
        screen.refresh()
        assert not screen.is_drawn(screen.occupancy)  # the answer is on its way; nothing drawn on the UI thread yet
        qtbot.waitUntil(lambda: screen.is_drawn(screen.occupancy), timeout=30_000)
    finally:
        drawing.SlicedDrawing._turn = original
        ctx.tasks.wait()
    assert turns and max(turns) > 1 and screen.occupancy.has_data()
    items = list(screen.occupancy.plotItem.items)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.is_drawn(screen.occupancy), timeout=30_000)
    ctx.tasks.wait()
    assert list(screen.occupancy.plotItem.items) == items  # the same figures: the same items, not drawn again
    screen.by.setCurrentIndex(screen.by.findData("network"))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.is_drawn(screen.occupancy), timeout=30_000)
    ctx.tasks.wait()
    assert {r[1] for r in screen.occupancy.data_rows} == {"Réseau"}
