"""Opening hours on screen: edited in the partner dialog, shown in the directory and in the finder's detail."""

from __future__ import annotations

from relais_desk.domain.profiles import Profile
from relais_desk.gui.calls.finder_panel import FinderPanel
from relais_desk.gui.partners.screen import PartnerDialog, PartnersScreen
from relais_desk.services import finder, partners
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def _info(db, name: str):  # noqa: ANN001, ANN202
    return next(p for p in partners.list_partners(db, actor=SYSTEM) if p.name == name)


def test_the_partner_dialog_says_what_it_will_store_and_refuses_unreadable_hours(qtbot, network_db):
    ctx = make_context(network_db, make_user(network_db, "coord", "coordination"))
    dialog = PartnerDialog(ctx, _info(network_db, "Abri Dourlet"))
    qtbot.addWidget(dialog)
    dialog.ui.openingHours.setText("20h-8h")
    assert dialog.ui.hoursHint.text() == "Sera enregistré : tous les jours 20:00-08:00"
    dialog.ui.openingHours.setText("tous les soirs")
    assert "il manque les heures" in dialog.ui.hoursHint.text()
    dialog.save()  # the service refuses too: the message sits under the field, nothing is saved
    assert "il manque les heures" in dialog.ui.hoursHint.text() and dialog.result() == 0
    assert _info(network_db, "Abri Dourlet").opening_hours == ""
    dialog.ui.openingHours.setText("du lundi au vendredi 9h à 16h")
    dialog.save()
    assert _info(network_db, "Abri Dourlet").opening_hours == "lun-ven 09:00-16:00 ; sam-dim fermé"


def test_the_directory_says_whether_each_partner_is_open_now(qtbot, network_db):
    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, opening_hours="24h/24")
    partners.update_partner(network_db, "Le Rebond", actor=SYSTEM, opening_hours="lun-dim fermé")
    screen = PartnersScreen(make_context(network_db, make_user(network_db, "oper", "operateur")))
    qtbot.addWidget(screen)
    screen.refresh()
    now = {screen.table.item(i, 0).text(): screen.table.item(i, 1).text() for i in range(screen.table.rowCount())}
    assert now["Abri Dourlet"] == "Ouvert 24h/24" and now["Le Rebond"] == "Fermé" and now["Comptoir de jour"] == ""
    row = next(i for i in range(screen.table.rowCount()) if screen.table.item(i, 0).text() == "Abri Dourlet")
    screen.table.selectRow(row)
    assert "Horaires" in screen.detail.text() and "tous les jours 24h/24" in screen.detail.text()


def test_the_finder_detail_gives_the_chosen_shelters_phone_and_hours(qtbot, network_db):
    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, opening_hours="24h/24")
    panel = FinderPanel()
    qtbot.addWidget(panel)
    matches = finder.find_beds(network_db, Profile(gender="homme", birth_year=1980))
    panel.show_matches(matches, profile_known=True)
    dourlet = next(i for i, m in enumerate(panel.matches) if m.shelter == "Abri Dourlet")
    panel.table.selectRow(dourlet)
    assert panel.detail.text() == "Ouvert 24h/24 · tous les jours 24h/24 · tél. 071 00 00 01"
    other = next(i for i, m in enumerate(panel.matches) if m.shelter != "Abri Dourlet")
    panel.table.selectRow(other)
    assert "horaires non communiqués" in panel.detail.text()
