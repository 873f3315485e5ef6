"""Names typed by people are shown as typed on screen, and what the GUI saves is safe like what the CLI writes.

A partner named `<b>x</b>` must read `<b>x</b>` (not a bold x) in the partner panel and the board; the
Statistiques chart exports, the census exports, the annual report and the slip are 0600 files, never
written through a symlink, and a shelter named like a formula is text in them.
"""

from __future__ import annotations

import csv
import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from sqlalchemy import select

from relais_desk import demo
from relais_desk.domain.models import Partner
from relais_desk.domain.nights import night_of, utcnow
from relais_desk.gui.board.model import COLUMNS, BoardModel
from relais_desk.gui.calls import slip_print
from relais_desk.gui.census.screen import CensusScreen
from relais_desk.gui.partners.screen import PartnersScreen
from relais_desk.gui.stats.screen import StatsScreen
from relais_desk.services import beds, census, partners, users
from relais_desk.store import files
from relais_desk.store.database import Database
from tests.gui.conftest import make_context, make_user
from tests.network import RECORDED, SINCE, SYSTEM
from tests.test_safe_files import EVIL_PARTNER, xlsx_texts

MARKUP = "<b>x</b> & <i>Cie</i>"
NOW = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
POSIX = os.name == "posix"


def shown(rich: str) -> str:
    """What a reader sees of rich text `rich` (as Qt renders it)."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_partner_panel_shows_markup_in_a_name_as_typed(qtbot, network_db):
    partners.add_partner(network_db, actor=SYSTEM, kind="accueil_de_nuit", name=MARKUP, city="<Mons>",
                         address="rue <img src=x> 1", phone="071 <00>", email="a&b@example.org")
    screen = PartnersScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen.refresh()
    row = next(i for i in range(screen.table.rowCount()) if screen.table.item(i, 0).text() == MARKUP)
    screen.table.selectRow(row)
    text = shown(screen.detail.text())
    for typed in (MARKUP, "<Mons>", "rue <img src=x> 1", "071 <00>", "a&b@example.org"):
        assert typed in text


def test_board_shows_an_out_of_service_reason_and_a_category_as_typed(qtbot, network_db):
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", unavailable=1,
                    unavailable_reason="<b>fuite</b> & <u>chauffage</u>", actor=SYSTEM)
    model = BoardModel()
    model.set_rows(beds.board(network_db))
    i = next(i for i, r in enumerate(model.rows) if r.shelter == "Abri Dourlet" and r.category == "hommes")
    tip = model.data(model.index(i, COLUMNS.index("unavailable")), Qt.ItemDataRole.ToolTipRole)
    assert shown(tip) == "<b>fuite</b> & <u>chauffage</u>"


@pytest.fixture(scope="module")
def evil_demo(tmp_path_factory, sqlite_template) -> Database:
    """The demo network, with one shelter renamed like a formula."""
    path = tmp_path_factory.mktemp("evil") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    demo.generate(db, seed=2, years=1, shelters=5, now=NOW)
    with db.read() as s:
        first = s.execute(select(Partner.name).where(Partner.kind == "accueil_de_nuit").order_by(Partner.id)).scalar()
    partners.update_partner(db, first, actor=SYSTEM, name=EVIL_PARTNER)
    yield db
    db.dispose()


def test_statistiques_exports_are_private_and_hold_no_formula(qtbot, evil_demo, tmp_path):
    screen = StatsScreen(make_context(evil_demo, users.authenticate(evil_demo, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.start.setDate(screen.start.date().fromString("01/12/2025", "dd/MM/yyyy"))
    screen.end.setDate(screen.end.date().fromString("21/11/2026", "dd/MM/yyyy"))
    screen.refresh()  # fills the shelter list
    screen.by.setCurrentIndex(screen.by.findData("shelter"))  # one series per shelter, named
    screen.refresh()
    written = []
    for i in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(i)
        xlsx, png = tmp_path / f"donnees{i}.xlsx", tmp_path / f"graphique{i}.png"
        screen.export_chart_xlsx(str(xlsx))
        screen.export_chart_png(str(png))
        texts = xlsx_texts(xlsx)  # no formula anywhere
        if screen.tabs.currentWidget() is screen.occupancy:
            assert EVIL_PARTNER in texts
        written += [xlsx, png]
    screen.export_unmet(str(tmp_path / "demande.xlsx"))
    xlsx_texts(tmp_path / "demande.xlsx")
    screen.annual_report(2026, str(tmp_path / "rapport.pdf"))
    assert EVIL_PARTNER in xlsx_texts(tmp_path / "rapport.xlsx")
    written += [tmp_path / n for n in ("demande.xlsx", "rapport.pdf", "rapport.xlsx")]
    if POSIX:
        assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}


@pytest.mark.skipif(not POSIX, reason="symlinks need privileges on Windows")
def test_a_save_dialog_answer_that_is_a_symlink_writes_nothing(qtbot, evil_demo, tmp_path):
    screen = StatsScreen(make_context(evil_demo, users.authenticate(evil_demo, "coordination", "demo-coord-rapport")))
    qtbot.addWidget(screen)
    screen.refresh()
    precious = tmp_path / "precieux.txt"
    precious.write_text("à garder")
    link = tmp_path / "donnees.xlsx"
    link.symlink_to(precious)
    screen.export_chart_xlsx(str(link))
    assert "lien symbolique" in screen.banner.text() and not screen.banner.isHidden()
    screen.export_chart_png(str(link))
    assert precious.read_text() == "à garder" and link.is_symlink()
    with pytest.raises(files.OutputRefused, match="lien symbolique"):
        slip_print.write_pdf("<p>Bon</p>", link)
    assert precious.read_text() == "à garder"


def test_a_saved_slip_is_private_and_replaces_the_file_the_dialog_confirmed(qtbot, tmp_path):
    target = tmp_path / "bon.pdf"
    target.write_text("ancien")
    slip_print.write_pdf("<p>Bon d'orientation pour &lt;b&gt;</p>", target)
    assert target.read_bytes().startswith(b"%PDF")
    if POSIX:
        assert mode(target) == 0o600


def test_census_exports_from_the_screen_are_private_and_quote_formulas(qtbot, network_db, tmp_path):
    partners.add_partner(network_db, actor=SYSTEM, kind="accueil_de_nuit", name=EVIL_PARTNER, city="Charleroi")
    partners.set_capacity(network_db, shelter=EVIL_PARTNER, category="hommes", beds=2, valid_from=SINCE,
                          actor=SYSTEM, now=RECORDED)
    census.write_night(network_db, night_of(utcnow()) - timedelta(days=1), actor=SYSTEM)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen._export("csv", str(tmp_path / "r.csv"))
    screen._export("xlsx", str(tmp_path / "r.xlsx"))
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        fields = [v for row in csv.reader(f, delimiter=";") for v in row]
    assert "'" + EVIL_PARTNER in fields and EVIL_PARTNER not in fields
    assert EVIL_PARTNER in xlsx_texts(tmp_path / "r.xlsx")
    if POSIX:
        assert (mode(tmp_path / "r.csv"), mode(tmp_path / "r.xlsx")) == (0o600, 0o600)
