"""The Recensement screen shows the 23:00 census beside the closed night, missing nights, and exports what it
shows."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from relais_desk.domain.nights import local_moment, night_of, utcnow
from relais_desk.gui.census.screen import COLUMNS, CensusScreen
from relais_desk.reports import census_export
from relais_desk.services import beds, census, closed_nights, refusals
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
    rows = [_row_texts(screen, r) for r in range(screen.table.rowCount())]
    shown = [[t["shelter"], t["category_fr"], t["occupied"]] for t in rows]
    assert [[row[1], row[2], row[7]] for row in exported] == shown
    sheet = load_workbook(tmp_path / "r.xlsx")["Recensement"]
    assert sum(1 for row in sheet.iter_rows(values_only=True) if row and row[1] == "Abri Dourlet") == 2


NIGHT = date(2026, 1, 15)


def _evening(night: date, hhmm: str):  # noqa: ANN202
    return local_moment(night, parse_hhmm(hhmm))


def _closed_night(db) -> None:  # noqa: ANN001
    """Abri Dourlet sets its counts; a refusal before the 23:00 census and one after; Maison Bienvenue says
    nothing all night (not reported); the census at 23:05, the close the next noon."""
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM,
                    now=_evening(NIGHT, "19:00"))
    refusals.record_refusal(db, category="hommes", reason="saturation", partner="Abri Dourlet", actor=SYSTEM,
                            now=_evening(NIGHT, "22:40"))
    census.write_night(db, NIGHT, actor=SYSTEM, now=_evening(NIGHT, "23:05"))
    for reason in ("saturation", "quota_depasse"):
        refusals.record_refusal(db, category="hommes", reason=reason, partner="Abri Dourlet", actor=SYSTEM,
                                now=_evening(NIGHT, "23:30"))
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=5, actor=SYSTEM,
                    now=_evening(NIGHT, "23:50"))
    closed_nights.close_night(db, NIGHT, now=_evening(NIGHT + timedelta(days=1), "12:30"))


def _row(screen: CensusScreen, shelter: str, category: str) -> dict[str, str]:
    for r in range(screen.table.rowCount()):
        texts = _row_texts(screen, r)
        if texts["shelter"] == shelter and texts["category_fr"] == category:
            return texts
    raise AssertionError(f"no row {shelter} × {category}")


def _show_night(screen: CensusScreen, night: date) -> None:
    screen.night.setDate(QDate(night.year, night.month, night.day))
    screen.refresh()


def test_the_census_and_the_closed_night_side_by_side(qtbot, network_db):
    _closed_night(network_db)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    _show_night(screen, NIGHT)
    dourlet = _row(screen, "Abri Dourlet", "Hommes")
    # the refusals recorded after 23:00 are in the closed night, not in the evening's census
    assert (dourlet["refusals"], dourlet["final_refusals"]) == ("1", "3")
    assert (dourlet["final_refusals_saturation"], dourlet["final_refusals_quota"]) == ("2", "1")
    assert (dourlet["occupied"], dourlet["final_occupied"]) == ("3", "5")
    # a shelter that said nothing all night: its occupancy is unknown in both, never 0
    bienvenue = _row(screen, "Maison Bienvenue", "Femmes")
    assert bienvenue["occupied"] == bienvenue["final_occupied"] == "non communiqué"
    assert bienvenue["free"] == "non communiqué"
    assert "Nuit clôturée" in screen.closing_note.text() and "non communiquée" in screen.closing_note.text()
    assert "Maison Bienvenue · Femmes" in _row_labels(screen)  # the row header names the row, scrolled or not


def test_a_night_not_closed_yet_says_so(qtbot, network_db):
    census.write_night(network_db, NIGHT, actor=SYSTEM, now=_evening(NIGHT, "23:05"))
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    _show_night(screen, NIGHT)
    assert "pas encore clôturée" in screen.closing_note.text() and "due" in screen.closing_note.text()
    assert _row(screen, "Abri Dourlet", "Hommes")["final_occupied"] == "—"
    _show_night(screen, night_of(utcnow()))  # tonight: it closes at the next noon
    note = screen.closing_note.text()
    assert "pas encore clôturée — clôture" in note and ("demain à midi" in note or "aujourd'hui à midi" in note)


def test_the_shelter_history_shows_both_and_the_export_holds_the_closed_figures_masked(qtbot, network_db, tmp_path):
    _closed_night(network_db)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen.start.setDate(QDate(NIGHT.year, NIGHT.month, NIGHT.day))
    screen.end.setDate(QDate(NIGHT.year, NIGHT.month, NIGHT.day + 1))
    screen.shelter.setCurrentIndex(screen.shelter.findText("Maison Bienvenue"))
    texts = [_row_texts(screen, r) for r in range(screen.table.rowCount())]
    femmes = next(t for t in texts if t["category_fr"] == "Femmes")
    assert femmes["night"] == f"{NIGHT:%d/%m/%Y}" and femmes["final_occupied"] == "non communiqué"
    assert [t["category_fr"] for t in texts].count("recensement manquant") == 1  # the night after: nothing yet
    assert f"{NIGHT:%d/%m/%Y} · Femmes" in _row_labels(screen)
    screen.shelter.setCurrentIndex(screen.shelter.findText("Abri Dourlet"))
    hommes = next(t for t in (_row_texts(screen, r) for r in range(screen.table.rowCount()))
                  if t["category_fr"] == "Hommes")
    assert (hommes["refusals"], hommes["final_refusals"]) == ("1", "3")
    screen._export("csv", str(tmp_path / "h.csv"))
    with open(tmp_path / "h.csv", encoding="utf-8-sig") as f:
        header, *lines = list(csv.reader(f, delimiter=";"))
    assert header == [label for _, label in census_export.COLUMNS]
    line = dict(zip(header, next(li for li in lines if li[2] == "Hommes"), strict=True))
    # the same masking as the census: 1 and 2 are masked, at 23 h and at the close
    assert (line["Refus saturation 23 h"], line["Refus saturation clôture"], line["Refus quota clôture"]) == (
        "×", "×", "×")
    assert line["Occupés 23 h"] == "3" and line["Occupés clôture"] == "5"


def test_the_export_writes_non_communique_never_0(network_db, tmp_path):
    from relais_desk.services import night_figures

    _closed_night(network_db)
    rows = night_figures.side_by_side(network_db, NIGHT)
    table = census_export.census_table(rows)
    keys = [k for k, _ in census_export.COLUMNS]
    bienvenue = next(dict(zip(keys, r, strict=True)) for r in table.rows if r[1] == "Maison Bienvenue")
    assert bienvenue["occupied"] == bienvenue["final_occupied"] == bienvenue["free"] == "non communiqué"


def _row_texts(screen: CensusScreen, r: int) -> dict[str, str]:
    return {key: " ".join(screen.table.item(r, j).text().split()) for j, (key, _l, _w) in enumerate(COLUMNS)}


def _row_labels(screen: CensusScreen) -> list[str]:
    return [screen.table.verticalHeaderItem(r).text() for r in range(screen.table.rowCount())]
