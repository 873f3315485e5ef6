"""The annual report and exports: every figure reconciles with the closed nights of the year."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert, select

from relais_desk.cli import main
from relais_desk.domain.models import BedCategory, Call, ClosedNight, ClosedNightDemand, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.reports import annual, exports
from relais_desk.services import stats
from relais_desk.store.database import Database

YEAR = 2025


def _seed_closed(db: Database, *, seed: int = 7) -> None:
    """A year of closed nights for the small network (as the closing service would write them), with a few
    nights a shelter did not report."""
    rng = random.Random(seed)
    with db.write() as s:
        partners = {p.name: p.id for p in s.execute(select(Partner)).scalars()}
        cats = {c.code: c.id for c in s.execute(select(BedCategory)).scalars()}
        pairs = [("Abri Dourlet", "hommes", 5), ("Abri Dourlet", "femmes", 2), ("Maison Bienvenue", "femmes", 4),
                 ("Maison Bienvenue", "familles", 3), ("Le Rebond", "mixte", 1)]
        rows, demand = [], []
        night = date(YEAR, 1, 1)
        while night.year == YEAR:
            winter = night.month in (1, 2, 3, 11, 12)
            attributed: dict[int, int] = {}
            for shelter, cat, cap in pairs:
                occ = min(cap, rng.randint(cap // 2, cap) + (1 if winter else 0))
                sat = rng.randint(0, 2) if winter else rng.randint(0, 1)
                quota = rng.randint(0, 1) if shelter == "Abri Dourlet" else 0
                reported = rng.random() > 0.03
                rows.append({"night": night, "partner_id": partners[shelter], "category_id": cats[cat],
                             "reported": reported, "capacity": cap, "capacity_base": cap, "unavailable": 0,
                             "occupied": occ if reported else None, "arrivals": rng.randint(0, 1),
                             "no_shows": rng.randint(0, 1), "orientations_received": rng.randint(0, 2),
                             "refusals_saturation": sat, "refusals_quota": quota, "computed_at": utcnow()})
                attributed[cats[cat]] = attributed.get(cats[cat], 0) + sat + quota
            for cat in cats.values():
                sat, quota = rng.randint(0, 3), rng.randint(0, 1)
                other = 1 if night == date(YEAR, 1, 1) else 0  # a rare case
                total = sat + quota + other
                # the network's totals include what the shelters' rows hold
                extra_sat = max(0, attributed.get(cat, 0) - total)
                demand.append({"night": night, "category_id": cat, "refusals_saturation": sat + extra_sat,
                               "refusals_quota": quota, "refusals_profile": 0, "refusals_other": other,
                               "refusals_without_shelter": total + extra_sat - attributed.get(cat, 0),
                               "refused_person_nights": total + extra_sat, "computed_at": utcnow()})
            night += timedelta(days=1)
        s.connection().execute(insert(ClosedNight), rows)
        s.connection().execute(insert(ClosedNightDemand), demand)
        s.add(Call(received_at=utcnow().replace(year=YEAR, month=6, day=1), channel="telephone",
                   created_at=utcnow()))


@pytest.fixture
def census_db(network_db: Database) -> Database:
    _seed_closed(network_db)
    return network_db


def test_report_figures_equal_sums_over_closed_nights_and_every_table_adds_up(census_db):
    report = annual.build_annual(census_db, YEAR)
    with census_db.read() as s:
        rows = s.execute(select(ClosedNight.occupied, ClosedNight.capacity, ClosedNight.reported)
                         .where(ClosedNight.night >= date(YEAR, 1, 1), ClosedNight.night <= date(YEAR, 12, 31))).all()
        demand = s.execute(select(ClosedNightDemand.refusals_saturation + ClosedNightDemand.refusals_quota
                                  + ClosedNightDemand.refusals_profile + ClosedNightDemand.refusals_other)).scalars().all()
    h = report.headline
    assert h["bed_nights"] == sum(r.occupied for r in rows if r.reported)
    assert h["capacity_nights"] == sum(r.capacity for r in rows if r.reported)
    assert h["nights_not_reported"] == sum(1 for r in rows if not r.reported) > 0
    assert h["refusals"] == sum(demand) == sum(h["refusals_by_reason"].values())
    occupancy = next(t for t in report.tables if t.sheet == "Occupation")
    *body, total = occupancy.rows
    assert total[0] == "Total" and sum(r[4] for r in body) == total[4] == h["bed_nights"]
    assert sum(r[3] for r in body) == total[3] == h["nights_not_reported"]
    monthly = next(t for t in report.tables if t.sheet == "Nuitées par mois")
    assert len(monthly.rows) == 13 and sum(r[1] for r in monthly.rows[:-1]) == monthly.rows[-1][1] == h["bed_nights"]
    refusals = next(t for t in report.tables if t.sheet == "Refus")
    assert sum(r[-1] for r in refusals.rows[:-1]) == refusals.rows[-1][-1] == h["refusals"]
    # per shelter plus those with no shelter make the total
    by_shelter = next(t for t in report.tables if t.sheet == "Refus par abri")
    *shelters, nobody, total = by_shelter.rows
    assert sum(r[1] for r in shelters) + nobody[1] == total[1] == h["refusals"]
    assert sum(r[-1] for r in body) == sum(r[1] for r in shelters)
    assert stats.closed_totals(census_db, stats.Filters(date(YEAR, 1, 1), date(YEAR, 12, 31)))["bed_nights"] == (
        h["bed_nights"])


def test_a_year_with_no_data_is_one_french_sentence_and_exit_2(network_db, db_url, tmp_path, capsys):
    from relais_desk.services.errors import NoData

    with pytest.raises(NoData) as err:
        annual.build_annual(network_db, 2031)
    assert "Aucune donnée pour l'année 2031" in str(err.value)
    assert main(["report", "annual", "--db", db_url, "--year", "2031", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Aucune donnée pour l'année 2031" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_years_offered_are_those_with_closed_nights_or_calls_by_their_brussels_date(census_db):
    from datetime import UTC, datetime

    from relais_desk.services.errors import NoData

    with census_db.write() as s:  # 00:30 on 1 January 2022 in Brussels is still 2021 in UTC
        s.add(Call(received_at=datetime(2021, 12, 31, 23, 30, tzinfo=UTC), channel="telephone", created_at=utcnow()))
    assert stats.report_years(census_db) == [YEAR, 2022]
    annual.check_year(census_db, 2022)
    for empty in (2021, 2023):
        with pytest.raises(NoData):
            annual.check_year(census_db, empty)


def test_an_unfinished_year_says_provisional_figures(census_db, tmp_path):
    from datetime import UTC, datetime

    during = annual.build_annual(census_db, YEAR, now=datetime(YEAR, 12, 31, 20, tzinfo=UTC))
    after = annual.build_annual(census_db, YEAR, now=datetime(YEAR + 1, 1, 1, 12, 30, tzinfo=UTC))
    assert during.provisional and not after.provisional
    text = " ".join(p.extract_text() for p in PdfReader(str(annual.write_report_pdf(during, tmp_path / "p.pdf"))).pages)
    assert "Chiffres provisoires" in text
    text = " ".join(p.extract_text() for p in PdfReader(str(annual.write_report_pdf(after, tmp_path / "f.pdf"))).pages)
    assert "provisoires" not in text


def test_pdf_tables_never_cut_a_word_or_a_figure(census_db, tmp_path):
    """A column is at least as wide as its longest word and figure: 'Catégorie' and '1 234' stay whole."""
    report = annual.build_annual(census_db, YEAR)
    text = "\n".join(p.extract_text() for p in PdfReader(str(annual.write_report_pdf(report, tmp_path / "r.pdf"))).pages)
    occupancy = next(t for t in report.published if t.headers[:2] == ["Abri", "Catégorie"])
    lines = text.split("\n")
    for word in {*occupancy.headers[:2], *(w for h in occupancy.headers for w in h.split())} - {"à"}:
        assert word in lines or any(word in line.split() for line in lines), word
    big = max(r[4] for r in occupancy.rows if isinstance(r[4], int))  # the bed-nights of a shelter × category
    assert f"{big:,}".replace(",", "\u00a0") in text or f"{big:,}".replace(",", " ") in text


def test_pdf_holds_the_headline_figures_and_xlsx_the_same_numbers(census_db, tmp_path):
    report = annual.build_annual(census_db, YEAR)
    pdf = annual.write_report_pdf(report, tmp_path / "rapport.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Rapport statistique annuel 2025" in text
    digits_only = text.replace("\u00a0", "").replace(" ", "")
    assert f"Nuitées{report.headline['bed_nights']}" in digits_only.replace("\n", "")
    assert "dont faute de place (saturation)" in text
    xlsx = annual.write_report_xlsx(report, tmp_path / "rapport.xlsx")
    wb = load_workbook(xlsx)
    assert {t.sheet for t in report.tables} | {"Définitions"} == set(wb.sheetnames)
    key = {row[0]: row[1] for row in wb["Chiffres clés"].iter_rows(values_only=True) if row and row[0]}
    h = report.headline
    assert key["Nuitées (lits occupés à la clôture × nuits)"] == h["bed_nights"]
    assert key["Refus (tous motifs)"] == h["refusals"]
    assert key["Refus faute de place (saturation)"] == h["refusals_by_reason"]["saturation"]
    assert key["Nuits non communiquées (abri × catégorie)"] == h["nights_not_reported"]
    assert key["Taux d'occupation des lits disponibles"] == pytest.approx(h["occupancy_rate_available"])
    # the definitions, in French, in both
    assert "Définitions" in wb.sheetnames
    terms = {row[0] for row in wb["Définitions"].iter_rows(values_only=True) if row and row[0]}
    assert {"Nuitées", "Nuits non communiquées", "Personnes distinctes", "Refus", "Masquage"} <= terms
    assert "Définitions" in text and "« Faute de place » désigne la saturation seule" in " ".join(text.split())
    for label, value in (("Personnes-nuits refusées", h["refusal_person_nights"]),
                         ("Nuits non communiquées", h["nights_not_reported"])):
        assert f"{label}{value}".replace(" ", "") in digits_only.replace("\n", "")


def test_masking_hides_small_cells_and_only_what_hides_them(census_db):
    from relais_desk.reports.masking import MASK_LABEL

    report = annual.build_annual(census_db, YEAR, mask_threshold=3)
    raw = next(t for t in report.tables if t.sheet == "Refus")
    masked = next(t for t in report.exported_tables() if t.sheet == "Refus")
    for raw_row, masked_row in zip(raw.rows, masked.rows, strict=True):
        for i, (a, b) in enumerate(zip(raw_row, masked_row, strict=True)):
            if i in raw.count_columns and isinstance(a, int) and 0 < a < 3:
                assert b == MASK_LABEL
            elif b != a:  # a complementary cell: masked the same way, so nobody can tell which one is small
                assert b == MASK_LABEL and i in raw.count_columns
    assert any(b == MASK_LABEL for row in masked.rows for b in row)
    assert masked.rows[-1] == raw.rows[-1]  # the reasons' totals are headline figures: published


def test_cli_writes_the_report_and_refuses_bad_arguments(census_db, db_url, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["report", "annual", "--db", db_url, "--year", str(YEAR), "--out", str(out),
                 "--xlsx", str(tmp_path / "r.xlsx"), "--json"]) == 0
    assert out.stat().st_size > 5000 and (tmp_path / "r.xlsx").exists()
    import json

    got = json.loads(capsys.readouterr().out)
    # the keys are a contract: the old ones keep their names, the new ones join them
    assert {"year", "bed_nights", "capacity_nights", "occupancy_rate", "distinct_persons", "calls", "orientations",
            "refusals", "arrivals", "no_shows", "refusals_by_reason", "refusal_person_nights", "anonymous_contacts",
            "occupancy_rate_available", "nights_not_reported"} <= set(got)
    assert set(got["refusals_by_reason"]) == {"saturation", "quota", "profil", "autre"} and got["year"] == YEAR
    assert main(["report", "annual", "--db", db_url, "--year", "1800", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Année invalide" in capsys.readouterr().err
    assert main(["report", "annual", "--db", db_url, "--year", "2025", "--out", str(tmp_path / "x.doc")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_unmet_demand_and_hmis_inventory_exports(census_db, tmp_path):
    path = exports.export_unmet_demand(census_db, date(YEAR, 1, 1), date(YEAR, 3, 31), tmp_path / "u.csv")
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Mois", "Type", "Catégorie ou besoin"]
    assert {r[0] for r in rows[1:]} == {"2025-01", "2025-02", "2025-03"}
    inv = exports.export_hmis_inventory(census_db, tmp_path / "Inventory.csv")
    with open(inv, encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert list(table[0].keys()) == exports.HMIS_INVENTORY_COLUMNS
    families = [r for r in table if r["HouseholdType"] == "3"]
    assert [r["BedInventory"] for r in families] == ["3"]
    assert {r["Availability"] for r in table} == {"1"}
    assert sum(int(r["BedInventory"]) for r in table) == 5 + 2 + 4 + 3 + 1


def test_calls_heatmap_places_calls_in_brussels_time_across_dst(network_db):
    from datetime import UTC, datetime

    from relais_desk.domain.nights import to_local
    from relais_desk.services import calls
    from tests.network import SYSTEM

    moments = [datetime(2026, 3, 28, 21, 30, tzinfo=UTC), datetime(2026, 3, 29, 21, 30, tzinfo=UTC),
               datetime(2026, 10, 24, 22, 5, tzinfo=UTC), datetime(2026, 10, 25, 22, 5, tzinfo=UTC)]
    for at in moments:
        calls.create_call(network_db, actor=SYSTEM, channel="telephone", received_at=at, now=at, source="tests")
    grid = stats.calls_heatmap(network_db, stats.Filters(date(2026, 3, 1), date(2026, 10, 31)))
    expected = [[0] * 24 for _ in range(7)]
    for at in moments:
        local = to_local(at)
        expected[local.weekday()][local.hour] += 1
    assert grid == expected
    # 28 March 21:30 UTC is Saturday 22:30 (winter time); 29 March 21:30 UTC and 25 October 22:05 UTC are
    # both Sunday 23:xx in Brussels (summer time, then winter time again).
    assert expected[5][22] == 1 and expected[6][23] == 2


def test_occupancy_rows_say_which_is_the_networks_line(census_db):
    """The charts name the network's line in the interface's language; a shelter named « Réseau » stays itself."""
    f = stats.Filters(date(YEAR, 1, 1), date(YEAR, 1, 31))
    network = stats.occupancy(census_db, f, group="month")
    assert [(r["key"], r["network"]) for r in network] == [("Réseau", True)]
    by_shelter = stats.occupancy(census_db, f, group="month", by="shelter")
    assert {r["key"] for r in by_shelter} == {"Abri Dourlet", "Maison Bienvenue", "Le Rebond"}
    assert not any(r["network"] for r in by_shelter)
