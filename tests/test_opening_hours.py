"""Opening hours: typed as people say them, stored once canonical, answered as « open now / opens at »."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from relais_desk.domain import opening_hours as oh
from relais_desk.domain.nights import to_utc
from relais_desk.domain.profiles import Profile
from relais_desk.services import finder, orientations, partners, slips
from relais_desk.services.errors import InvalidValue
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.network import SYSTEM


def local(text: str) -> datetime:
    """A Brussels wall-clock moment, as aware UTC (2026-12-07 is a Monday)."""
    return to_utc(datetime.fromisoformat(text))


@pytest.mark.parametrize(("typed", "stored"), [
    ("lun-ven 09:00-16:00 ; sam-dim fermé", "lun-ven 09:00-16:00 ; sam-dim fermé"),
    ("Du lundi au vendredi 9h à 16h", "lun-ven 09:00-16:00 ; sam-dim fermé"),
    ("tous les jours 20:00–08:00", "tous les jours 20:00-08:00"),
    ("20h-8h", "tous les jours 20:00-08:00"),
    ("24h/24", "tous les jours 24h/24"),
    ("lun-ven 9h-12h, 13h30-16h ; sam 10h-12h", "lun-ven 09:00-12:00, 13:30-16:00 ; sam 10:00-12:00 ; dim fermé"),
    ("ven-lun 10:00-12:00", "lun 10:00-12:00 ; mar-jeu fermé ; ven-dim 10:00-12:00"),
    ("lun-ven 09:00-17:00 ; mer fermé", "lun-mar 09:00-17:00 ; mer fermé ; jeu-ven 09:00-17:00 ; sam-dim fermé"),
    ("  ", ""),
])
def test_hours_are_stored_in_one_canonical_form(typed, stored):
    assert oh.normalise(typed) == stored
    assert oh.normalise(stored) == stored


@pytest.mark.parametrize(("typed", "says"), [
    ("lun-ven", "il manque les heures"), ("xyz 9h-10h", "Jour « xyz » inconnu"),
    ("lun 25:00-26:00", "Heure « 25:00 » impossible"), ("lun 10:00-10:00", "même heure"),
    ("lun 9h-", "n'est pas une plage horaire"),
])
def test_unreadable_hours_say_what_is_wrong_in_french(typed, says):
    with pytest.raises(oh.OpeningHoursInvalid) as info:
        oh.normalise(typed)
    assert says in info.value.message and info.value.field == "opening_hours"


NIGHT_SHELTER = "tous les jours 20:00-08:00"
DAY_CENTRE = "lun-ven 09:00-16:00 ; sam-dim fermé"


def test_at_two_in_the_morning_a_night_shelter_is_open_until_eight():
    s = oh.status(NIGHT_SHELTER, local("2026-12-08T02:00"))
    assert s.open and s.until == local("2026-12-08T08:00")
    assert oh.status_fr(NIGHT_SHELTER, local("2026-12-08T02:00")) == "ouvert maintenant, jusqu'à 08:00"
    assert oh.status_fr(NIGHT_SHELTER, local("2026-12-07T22:00")) == "ouvert maintenant, jusqu'à demain 08:00"
    assert oh.status_fr(NIGHT_SHELTER, local("2026-12-07T14:00")) == "fermé maintenant, ouvre 20:00"


def test_a_day_centre_closed_at_the_weekend_opens_on_monday():
    saturday_night = local("2026-12-12T23:30")
    s = oh.status(DAY_CENTRE, saturday_night)
    assert not s.open and s.next_open == local("2026-12-14T09:00")
    assert oh.status_fr(DAY_CENTRE, saturday_night) == "fermé maintenant, ouvre lundi 09:00"
    assert oh.status(DAY_CENTRE, local("2026-12-14T15:59")).open
    assert not oh.status(DAY_CENTRE, local("2026-12-14T16:00")).open


def test_round_the_clock_unknown_and_never_open_are_told_apart():
    assert oh.status("24h/24", local("2026-12-08T03:00")) == oh.OpenStatus(known=True, open=True)
    assert oh.status("", local("2026-12-08T03:00")).known is False
    assert oh.status_fr("", local("2026-12-08T03:00")) == ""
    assert oh.status_fr("lun-dim fermé", local("2026-12-08T03:00")) == "fermé"


def test_hours_follow_brussels_time_across_the_clock_change():
    # 2026-10-25: summer time ends at 03:00; 20:00 local is 19:00 UTC the day before, 19:00 UTC after
    assert oh.status(NIGHT_SHELTER, datetime(2026, 10, 24, 18, 30, tzinfo=UTC)).open is True  # 20:30 CEST
    assert oh.status(NIGHT_SHELTER, datetime(2026, 10, 25, 18, 30, tzinfo=UTC)).open is False  # 19:30 CET


def test_a_partner_edit_stores_the_canonical_hours_and_ledgers_them(network_db):
    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, opening_hours="20h-8h")
    info = next(p for p in partners.list_partners(network_db, actor=SYSTEM) if p.name == "Abri Dourlet")
    assert info.opening_hours == NIGHT_SHELTER
    with network_db.read() as session:
        before, after = session.execute(sa.text(
            "SELECT before, after FROM ledger WHERE entity = 'partner' AND action = 'partner_saved' "
            "ORDER BY id DESC LIMIT 1")).one()
    as_dict = [json.loads(v) if isinstance(v, str) else v for v in (before, after)]
    assert as_dict == [{"opening_hours": ""}, {"opening_hours": NIGHT_SHELTER}]


def test_unreadable_hours_change_nothing(network_db):
    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, opening_hours=NIGHT_SHELTER)
    with pytest.raises(InvalidValue) as info:
        partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, phone="071 11 11 11",
                                opening_hours="tous les soirs")
    assert info.value.field == "opening_hours"
    info_after = next(p for p in partners.list_partners(network_db, actor=SYSTEM) if p.name == "Abri Dourlet")
    assert (info_after.opening_hours, info_after.phone) == (NIGHT_SHELTER, "071 00 00 01")


def test_the_finder_and_the_slip_carry_the_shelters_hours(network_db):
    partners.update_partner(network_db, "Abri Dourlet", actor=SYSTEM, opening_hours=NIGHT_SHELTER)
    matches = finder.find_beds(network_db, Profile(gender="homme", birth_year=1980))
    assert {m.shelter: m.opening_hours for m in matches}["Abri Dourlet"] == NIGHT_SHELTER
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                   source="tests")
    page = slips.slip_html(slips.slip(network_db, o.orientation_id, source="tests", actor=SYSTEM))
    assert "Horaires" in page and NIGHT_SHELTER in page
    o2 = orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests")
    assert "Horaires" not in slips.slip_html(slips.slip(network_db, o2.orientation_id, source="tests", actor=SYSTEM))


def test_migration_0010_adds_empty_hours_to_existing_partners_and_goes_back(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        migrate.upgrade(db, "0009")
        with db.write() as session:
            session.execute(sa.text("INSERT INTO partner (kind, name, city, address, phone, email, "
                                    "confidential_address, active, what_to_bring, created_at) VALUES "
                                    "('accueil_de_nuit', 'Abri ancien', '', '', '', '', 0, 1, '', '2026-01-01')"))
        migrate.upgrade(db)
        with db.read() as session:
            assert session.execute(sa.text("SELECT opening_hours FROM partner")).scalar_one() == ""
        cfg = migrate.alembic_config(db)
        with db.write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
        with db.read() as session:
            columns = [r[1] for r in session.execute(sa.text("PRAGMA table_info(partner)"))]
        assert "opening_hours" not in columns and "what_to_bring" in columns
    finally:
        db.dispose()
