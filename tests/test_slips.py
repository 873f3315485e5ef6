"""The orientation slip: shelter, deadline, what to bring; never a confidential address."""

from __future__ import annotations

from relais_desk.services import orientations, slips
from tests.network import SYSTEM


def test_slip_names_the_shelter_and_deadline_and_hides_a_confidential_address(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Maison Bienvenue", category="femmes", actor=SYSTEM, source="tests")
    s = slips.slip(network_db, o.orientation_id, source="tests", actor=SYSTEM)
    page = slips.slip_html(s)
    assert "Maison Bienvenue" in page and s.deadline_text() in page
    assert "Rue cachée" not in page and "065 00 00 02" in page


def test_slip_of_a_public_shelter_gives_its_address(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests")
    page = slips.slip_html(slips.slip(network_db, o.orientation_id, source="tests", actor=SYSTEM))
    assert "Rue de Dourlet 1" in page and "Charleroi" in page


def test_slip_names_the_person_before_the_call_is_saved_and_says_the_city_once(network_db):
    from relais_desk.services import partners

    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, address="Rue de Dourlet 1, Charleroi")
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests")
    page = slips.slip_html(slips.slip(network_db, o.orientation_id, alias="Paul <b>", source="tests", actor=SYSTEM))
    assert "Paul &lt;b&gt;" in page  # typed by the operator: escaped
    assert page.count("Charleroi") == 1


def test_a_street_named_after_a_town_keeps_the_town():
    for address, town, named in (("Rue Nathalie 4", "Ath", False), ("Chaussée de Namur 12", "Namur", False),
                                 ("Rue de l'Espace 3", "Spa", False), ("rue Léopold 59, La Louvière", "La Louvière",
                                                                       True), ("Rue Haute 2 - 7800 ATH", "Ath", True)):
        assert slips.names_town(address, town) is named, address
