"""*Administration → Accès*: the access log by person, by account and by period, and a person's file exported."""

from __future__ import annotations

import json
import stat

from relais_desk.gui.admin.access import AccessScreen
from relais_desk.gui.admin.screen import AdminScreen
from relais_desk.services import calls, persons
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def test_admin_reads_the_log_by_person_account_and_period_and_exports_a_file(qtbot, network_db, tmp_path):
    marc = persons.create_person(network_db, actor=SYSTEM, alias="Marc D.", birth_year=1970)
    calls.create_call(network_db, actor=SYSTEM, channel="telephone", person_id=marc.person_id, notes="sa sœur",
                      source="tests")
    nadia = make_user(network_db, "nadia", "operateur")
    persons.get_person(network_db, marc.person_id, actor=nadia.actor(), source="Appels")
    admin = make_user(network_db, "chef", "admin")
    screen = AccessScreen(make_context(network_db, admin))
    qtbot.addWidget(screen)
    assert "nadia" in [screen.account.itemData(i) for i in range(screen.account.count())]

    screen.alias.setText("marc")
    screen.find.click()
    assert screen.person.count() == 1 and "Marc D." in screen.person.currentText()
    screen.by_person.click()
    shown = [(screen.table.item(i, 2).text(), screen.table.item(i, 3).text()) for i in range(screen.table.rowCount())]
    assert shown[0] == ("journal des accès", "Accès")  # reading the log is itself a logged read
    assert ("fiche", "Appels") in shown and ("recherche", "Accès") in shown  # in plain words, not codes
    assert all(screen.table.item(i, 1).text() in ("nadia", "chef", "système") for i in range(len(shown)))

    screen.account.setCurrentIndex(screen.account.findData("nadia"))
    screen.by_account.click()
    # on PostgreSQL the server writes the session's own account: this test's session is not nadia's login
    expected = [("person", "Appels", "nadia")] if network_db.is_sqlite else []
    assert [(r.what, r.source, r.user) for r in screen.rows] == expected

    screen.by_period.click()
    assert {r.what for r in screen.rows} >= {"audit", "search", "person", "call"}

    out = tmp_path / "marc.json"
    screen.export_file(out, confirmed=True)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["alias"] == "Marc D." and data["calls"][0]["notes"] == "sa sœur"
    assert "marc.json" in screen.banner.text()


def test_the_access_page_is_one_tab_of_administration(qtbot, network_db):
    admin = make_user(network_db, "chef", "admin")
    screen = AdminScreen(make_context(network_db, admin))
    qtbot.addWidget(screen)
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == ["Comptes", "Accès", "Personnes"]
    page = screen.tabs.widget(1)
    assert isinstance(page, AccessScreen)
    page.by_person.click()  # nobody chosen yet: says what to do, reads nothing
    assert "Cherchez d'abord" in page.banner.text()
