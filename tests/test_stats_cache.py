"""Closed-night figures kept in memory are the figures computed afresh: before and after a night closes (one on
time, one closed late after a downtime), with every filter the screen and the report use, after a shelter is
renamed; on both backends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from relais_desk.reports import annual
from relais_desk.services import closed_nights, partners, stats, stats_cache
from relais_desk.store.database import Database
from tests.network import SYSTEM
from tests.test_closed_nights import _night, evening

NIGHTS = [date(2026, 3, 2) + timedelta(days=i) for i in range(4)]
PERIOD = stats.Filters(date(2026, 3, 1), date(2026, 3, 31))


def _figures(db: Database, f: stats.Filters) -> dict[str, object]:
    """Everything read from the closed nights, as the Statistiques screen and the annual report ask for it."""
    out: dict[str, object] = {"totals": stats.closed_totals(db, f), "refusals": stats.refusals_by_month(db, f),
                              "bed_nights": stats.bed_nights_by_month(db, f),
                              "by_shelter_category": stats.occupancy_by_shelter_category(db, f)}
    for group in ("day", "week", "month"):
        for by in ("network", "shelter", "category"):
            out[f"occupancy_{group}_{by}"] = stats.occupancy(db, f, group=group, by=by)
    return out


def _fresh(db: Database, f: stats.Filters) -> dict[str, object]:
    stats_cache.enabled = False
    try:
        return _figures(db, f)
    finally:
        stats_cache.enabled = True


def _close(db: Database, night: date) -> None:
    _night(db, night)
    closed_nights.close_night(db, night, now=evening(night, "12:30") + timedelta(days=1))


@pytest.fixture(autouse=True)
def _empty_cache():
    stats_cache.clear()
    yield
    stats_cache.enabled = True


def test_kept_figures_are_the_figures_before_and_after_nights_close(network_db):
    db = network_db
    shelter_id = partners.list_partners(db, actor=SYSTEM, kind="accueil_de_nuit")[0].partner_id
    filters = [PERIOD, stats.Filters(PERIOD.start, PERIOD.end, partner_ids=(shelter_id,)),
               stats.Filters(NIGHTS[0], NIGHTS[1])]
    _close(db, NIGHTS[0])
    _close(db, NIGHTS[1])
    for f in filters:
        assert _figures(db, f) == _fresh(db, f)
    kept = stats_cache.stats(db)
    for f in filters:  # asked again with nothing closed since: read from memory, the same figures
        assert _figures(db, f) == _fresh(db, f)
    assert stats_cache.stats(db)["hits"] > kept["hits"] and stats_cache.stats(db)["misses"] == kept["misses"]
    before = _figures(db, PERIOD)
    # a new night closes: the period's figures move, and what was kept of it is not shown any more
    _close(db, NIGHTS[3])
    after = _figures(db, PERIOD)
    assert after != before and after == _fresh(db, PERIOD)
    assert after["totals"]["closed_rows"] == before["totals"]["closed_rows"] + 5
    # a night closed late (after a downtime), between two nights already closed: counted too
    _close(db, NIGHTS[2])
    for f in filters:
        assert _figures(db, f) == _fresh(db, f)
    # a period that ends before the new nights keeps its figures (none of its rows changed)
    early = stats.Filters(NIGHTS[0], NIGHTS[1])
    assert _figures(db, early) == _fresh(db, early)


def test_a_renamed_shelter_shows_its_new_name_in_kept_figures(network_db):
    db = network_db
    _close(db, NIGHTS[0])
    _figures(db, PERIOD)  # kept
    partners.update_partner(db, "Abri Dourlet", actor=SYSTEM, name="Abri Dourlet-Centre")
    names = {r["shelter"] for r in stats.occupancy_by_shelter_category(db, PERIOD)}
    assert "Abri Dourlet-Centre" in names and "Abri Dourlet" not in names
    assert {r["key"] for r in stats.occupancy(db, PERIOD, by="shelter")} >= {"Abri Dourlet-Centre"}
    assert _figures(db, PERIOD) == _fresh(db, PERIOD)


def test_the_annual_report_is_the_same_with_kept_figures(network_db):
    db = network_db
    _close(db, NIGHTS[0])
    first = annual.build_annual(db, 2026).headline
    _close(db, NIGHTS[1])
    again = annual.build_annual(db, 2026).headline
    stats_cache.enabled = False
    assert again == annual.build_annual(db, 2026).headline != first


def test_calls_counted_by_every_column_in_one_reading_are_the_counts_column_by_column(network_db):
    from relais_desk.services import calls

    db = network_db
    at = evening(NIGHTS[0], "21:00")
    for i, (channel, needs, outcome) in enumerate([("telephone", ("hebergement",), "oriente"),
                                                   ("passage", ("hebergement", "sante"), "sans_suite"),
                                                   ("telephone", ("alimentation",), "information_donnee"),
                                                   ("police", (), "refus_faute_de_place")]):
        calls.create_call(db, actor=SYSTEM, channel=channel, received_at=at + timedelta(minutes=i), needs=needs,
                          outcome=outcome, now=at + timedelta(minutes=i), source="tests")
    each = stats.calls_by_each(db, PERIOD)
    assert each == {c: stats.calls_by(db, PERIOD, c) for c in stats.CALL_COLUMNS}
    assert each["needs"] == {"hebergement": 2, "alimentation": 1, "sante": 1}
    assert each["channel"] == {"telephone": 2, "passage": 1, "police": 1}
