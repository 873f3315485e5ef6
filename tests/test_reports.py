"""The annual report and exports: every figure reconciles with the census rows of the year."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert, select

from relais_desk.cli import main
from relais_desk.domain.models import BedCategory, Census, CensusDemand, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.reports import annual, exports
from relais_desk.services import stats
from relais_desk.store.database import Database

YEAR = 2025


def _seed_census(db: Database, *, seed: int = 7) -> None:
    """A year of census rows for the small network (as the census service would write them)."""
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
            for shelter, cat, cap in pairs:
                occ = min(cap, rng.randint(cap // 2, cap) + (1 if winter else 0))
                sat = rng.randint(0, 2) if winter else rng.randint(0, 1)
                rows.append({"night": night, "partner_id": partners[shelter], "category_id": cats[cat],
                             "capacity": cap, "capacity_base": cap, "unavailable": 0, "occupied": occ, "held": 0,
                             "free": cap - occ, "arrivals": rng.randint(0, 1), "no_shows": rng.randint(0, 1),
                             "orientations_received": rng.randint(0, 2), "refusals_saturation": sat,
                             "refusals_quota": rng.randint(0, 1) if shelter == "Abri Dourlet" else 0,
                             "computed_at": utcnow()})
            for cat in cats.values():
                demand.append({"night": night, "category_id": cat, "refusals_saturation": rng.randint(0, 3),
                               "refusals_quota": rng.randint(0, 1), "refusals_profile": rng.randint(0, 1),
                               "refusals_other": 1 if night == date(YEAR, 1, 1) else 0,  # a rare case
                               "computed_at": utcnow()})
            night += timedelta(days=1)
        s.connection().execute(insert(Census), rows)
        s.connection().execute(insert(CensusDemand), demand)


@pytest.fixture
def census_db(network_db: Database) -> Database:
    _seed_census(network_db)
    return network_db


def test_report_figures_equal_sums_over_census_rows(census_db):
    report = annual.build_annual(census_db, YEAR)
    with census_db.read() as s:
        rows = s.execute(select(Census.occupied, Census.capacity)
                         .where(Census.night >= date(YEAR, 1, 1), Census.night <= date(YEAR, 12, 31))).all()
        demand = s.execute(select(CensusDemand.refusals_saturation + CensusDemand.refusals_quota
                                  + CensusDemand.refusals_profile + CensusDemand.refusals_other)).scalars().all()
    assert report.headline["bed_nights"] == sum(r.occupied for r in rows)
    assert report.headline["capacity_nights"] == sum(r.capacity for r in rows)
    assert report.headline["refusals"] == sum(demand)
    occupancy = next(t for t in report.tables if t.sheet == "Occupation")
    assert sum(r[3] for r in occupancy.rows) == report.headline["bed_nights"]
    monthly = next(t for t in report.tables if t.sheet == "Nuitées par mois")
    assert len(monthly.rows) == 12 and sum(r[1] for r in monthly.rows) == report.headline["bed_nights"]
    refusals = next(t for t in report.tables if t.sheet == "Refus")
    assert sum(r[-1] for r in refusals.rows) == report.headline["refusals"]
    assert stats.census_totals(census_db, stats.Filters(date(YEAR, 1, 1), date(YEAR, 12, 31)))["bed_nights"] == (
        report.headline["bed_nights"])


def test_pdf_holds_the_headline_figures_and_xlsx_the_same_numbers(census_db, tmp_path):
    report = annual.build_annual(census_db, YEAR)
    pdf = annual.write_report_pdf(report, tmp_path / "rapport.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Rapport statistique annuel 2025" in text
    digits_only = text.replace("\u00a0", "").replace(" ", "")
    assert f"Nuitées{report.headline['bed_nights']}" in digits_only.replace("\n", "")
    assert "Refus faute de place" in text
    xlsx = annual.write_report_xlsx(report, tmp_path / "rapport.xlsx")
    wb = load_workbook(xlsx)
    assert {t.sheet for t in report.tables} == set(wb.sheetnames)
    key = {row[0]: row[1] for row in wb["Chiffres clés"].iter_rows(values_only=True) if row and row[0]}
    assert key["Nuitées (lits occupés × nuits)"] == report.headline["bed_nights"]
    assert key["Refus faute de place"] == report.headline["refusals"]


def test_masking_hides_small_cells_only(census_db):
    report = annual.build_annual(census_db, YEAR, mask_threshold=3)
    raw = next(t for t in report.tables if t.sheet == "Refus")
    masked = next(t for t in report.exported_tables() if t.sheet == "Refus")
    for raw_row, masked_row in zip(raw.rows, masked.rows, strict=True):
        for i, (a, b) in enumerate(zip(raw_row, masked_row, strict=True)):
            if i in raw.count_columns and isinstance(a, int) and 0 < a < 3:
                assert b == "< 3"
            else:
                assert a == b
    assert any(b == "< 3" for row in masked.rows for b in row)
    assert next(t for t in annual.build_annual(census_db, YEAR, mask_threshold=0).exported_tables()
                if t.sheet == "Refus").rows == raw.rows


def test_cli_writes_the_report_and_refuses_bad_arguments(census_db, db_url, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["report", "annual", "--db", db_url, "--year", str(YEAR), "--out", str(out),
                 "--xlsx", str(tmp_path / "r.xlsx"), "--json"]) == 0
    assert out.stat().st_size > 5000 and (tmp_path / "r.xlsx").exists()
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
        calls.create_call(network_db, actor=SYSTEM, channel="telephone", received_at=at, now=at)
    grid = stats.calls_heatmap(network_db, stats.Filters(date(2026, 3, 1), date(2026, 10, 31)))
    expected = [[0] * 24 for _ in range(7)]
    for at in moments:
        local = to_local(at)
        expected[local.weekday()][local.hour] += 1
    assert grid == expected
    # 28 March 21:30 UTC is Saturday 22:30 (winter time); 29 March 21:30 UTC and 25 October 22:05 UTC are
    # both Sunday 23:xx in Brussels (summer time, then winter time again).
    assert expected[5][22] == 1 and expected[6][23] == 2
