"""The Recensement screen shows missing nights and exports what it shows."""

from __future__ import annotations

import csv
from datetime import timedelta

from openpyxl import load_workbook

from relais_desk.domain.nights import local_moment, night_of, utcnow
from relais_desk.gui.census.screen import CensusScreen
from relais_desk.services import beds, census
from relais_desk.services.settings import parse_hhmm
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def _setup(db):  # noqa: ANN001, ANN202
    last = night_of(utcnow()) - timedelta(days=1)
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=4, actor=SYSTEM,
                    now=local_moment(last - timedelta(days=2), parse_hhmm("20:00")))
    for night in (last - timedelta(days=2), last):  # the night in between stays missing
        census.write_night(db, night, actor=SYSTEM)
    return last


def test_night_table_last_run_and_missing_nights(qtbot, network_db):
    last = _setup(network_db)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 5  # the five shelter × category rows of last night
    assert "par système" in screen.last_run.text()
    assert f"{last - timedelta(days=1):%d/%m/%Y}" in screen.missing_label.text()
    assert screen.write_missing.isVisible() or not screen.write_missing.isHidden()


def test_shelter_history_highlights_missing_nights_and_the_coordinator_can_fill_them(qtbot, network_db):
    last = _setup(network_db)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen.start.setDate(screen.start.date().fromString(f"{last - timedelta(days=2):%d/%m/%Y}", "dd/MM/yyyy"))
    screen.shelter.setCurrentIndex(screen.shelter.findText("Abri Dourlet"))
    texts = [screen.table.item(r, 2).text() for r in range(screen.table.rowCount())]
    assert texts.count("recensement manquant") == 1
    assert texts.count("Hommes") == 2 and texts.count("Femmes") == 2
    screen.write_missing.click()
    texts = [screen.table.item(r, 2).text() for r in range(screen.table.rowCount())]
    assert "recensement manquant" not in texts and "Aucune nuit manquante" in screen.missing_label.text()


def test_export_holds_what_the_screen_shows(qtbot, network_db, tmp_path):
    _setup(network_db)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "ope", "operateur")))
    qtbot.addWidget(screen)
    assert screen.write_missing.isHidden()  # read-only for the hotline
    screen._export("csv", str(tmp_path / "r.csv"))
    screen._export("xlsx", str(tmp_path / "r.xlsx"))
    with open(tmp_path / "r.csv", encoding="utf-8-sig") as f:
        exported = list(csv.reader(f, delimiter=";"))[1:]
    shown = [[screen.table.item(r, c).text() for c in (1, 2, 5)] for r in range(screen.table.rowCount())]
    assert [[row[1], row[2], row[7]] for row in exported] == shown
    sheet = load_workbook(tmp_path / "r.xlsx")["Recensement"]
    assert sum(1 for row in sheet.iter_rows(values_only=True) if row and row[1] == "Abri Dourlet") == 2
