"""Masking that holds: an attacker who knows every published figure, every sum, the shares and the charts, and that
counts are never negative, recovers no masked count (each one's exact feasible interval is computed by LP)."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from scipy.optimize import linprog
from sqlalchemy import insert, select

from relais_desk.cli import main
from relais_desk.domain.models import BedCategory, Call, ClosedNight, ClosedNightDemand, Orientation, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.reports import annual, census_export, exports, stats_charts
from relais_desk.reports.masking import MASK_LABEL, SuppressionModel, mask_rows
from relais_desk.services import settings as network_settings
from relais_desk.services.actor import Actor
from relais_desk.store.database import Database

YEAR = 2025
T = 3


class Attacker:
    """Linear relations over the published figures; a masked figure is an unknown ≥ 0."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.eq: list[tuple[dict[int, float], float]] = []
        self.le: list[tuple[dict[int, float], float]] = []

    def term(self, key: object, value: object) -> tuple[dict[int, float], float]:
        if value == MASK_LABEL:
            return {self.index.setdefault(key, len(self.index)): 1.0}, 0.0
        return {}, float(value or 0)

    def slack(self, key: object) -> tuple[dict[int, float], float]:
        return {self.index.setdefault(key, len(self.index)): 1.0}, 0.0

    @staticmethod
    def _combine(terms: list[tuple[tuple[dict[int, float], float], float]]) -> tuple[dict[int, float], float]:
        coef: dict[int, float] = {}
        const = 0.0
        for (c, k), w in terms:
            for i, v in c.items():
                coef[i] = coef.get(i, 0.0) + w * v
            const += w * k
        return coef, const

    def equal(self, left: list, right: list) -> None:
        coef, const = self._combine([(t, 1.0) for t in left] + [(t, -1.0) for t in right])
        self.eq.append((coef, -const))

    def at_most(self, left: list, right: list) -> None:  # Σ left ≤ Σ right
        coef, const = self._combine([(t, 1.0) for t in left] + [(t, -1.0) for t in right])
        self.le.append((coef, -const))

    def interval(self, key: object) -> tuple[int, int]:
        n = len(self.index)
        a_eq = [[c.get(i, 0.0) for i in range(n)] for c, _ in self.eq] or None
        b_eq = [b for _, b in self.eq] or None
        a_ub = [[c.get(i, 0.0) for i in range(n)] for c, _ in self.le] or None
        b_ub = [b for _, b in self.le] or None
        target = np.zeros(n)
        target[self.index[key]] = 1
        ends = []
        for sense in (1, -1):
            res = linprog(sense * target, A_eq=a_eq, b_eq=b_eq, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
            if res.status == 3:  # unbounded above
                ends.append(math.inf)
                continue
            assert res.status == 0, res.message  # the published figures are consistent with the truth
            ends.append(sense * res.fun)
        lo, hi = ends
        return math.ceil(lo - 1e-7), (hi if hi == math.inf else math.floor(hi + 1e-7))


# ---------------------------------------------------------------- the rule on its own: random two-way tables
def _model_attack(model: SuppressionModel, masked: set) -> dict[object, tuple[int, int]]:
    attacker = Attacker()

    def show(k: object) -> object:
        return MASK_LABEL if k in masked or k in model.hidden else model.values[k]

    for total, parts in model.sums:
        attacker.equal([attacker.term(total, show(total))], [attacker.term(p, show(p)) for p in parts])
    return {k: attacker.interval(k) for k in masked}


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_two_way_tables_with_margins_keep_every_masked_cell_uncertain(data):
    rows, cols = data.draw(st.integers(1, 5)), data.draw(st.integers(1, 4))
    values = data.draw(st.lists(st.lists(st.sampled_from([0, 0, 1, 2, 3, 4, 7, 20]), min_size=cols, max_size=cols),
                                min_size=rows, max_size=rows))
    fixed_columns = data.draw(st.sets(st.integers(0, cols - 1)))
    model = SuppressionModel()
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            model.cell(("x", i, j), v)
        model.add_sum(model.cell(("row", i), sum(row)), [("x", i, j) for j in range(cols)])
    for j in range(cols):
        model.add_sum(model.cell(("col", j), sum(r[j] for r in values), fixed=j in fixed_columns),
                      [("x", i, j) for i in range(rows)])
    model.add_sum(model.cell("all", sum(map(sum, values)), fixed=True), [("row", i) for i in range(rows)])
    suppression = model.suppress(T)
    assert suppression.primary == {k for k, v in model.values.items() if 0 < v < T and k not in model.fixed}
    got = _model_attack(model, set(suppression.masked))
    # what the headline figures alone allow: every other figure masked
    best = _model_attack(model, {k for k in model.values if k not in model.fixed})
    for key, (lo, hi) in got.items():
        assert hi > lo or best[key][1] == best[key][0], key
        assert hi >= min(T, best[key][1]), key


def test_a_lone_small_cell_takes_a_partner_and_zeros_stay_published():
    model = SuppressionModel()
    for i, v in enumerate([1, 40, 0, 12]):
        model.cell(i, v)
    model.add_sum(model.cell("total", 53, fixed=True), range(4))
    suppression = model.suppress(T)
    assert suppression.masked == {0, 3}  # the small one, and the smallest non-zero that can hide it
    assert _model_attack(model, set(suppression.masked))[0] == (0, 13)


# ---------------------------------------------------------------- the annual report on random small data
def _seed_small(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    small = [0, 0, 0, 1, 1, 2, 3, 5]
    with db.write() as s:
        partners = {p.name: p.id for p in s.execute(select(Partner)).scalars()}
        cats = {c.code: c.id for c in s.execute(select(BedCategory)).scalars()}
        pairs = [("Abri Dourlet", "hommes"), ("Abri Dourlet", "femmes"), ("Maison Bienvenue", "femmes"),
                 ("Maison Bienvenue", "familles"), ("Le Rebond", "mixte")]
        rows, demand = [], []
        for night in sorted(rng.sample(range(365), rng.randint(2, 6))):
            day = date(YEAR, 1, 1) + timedelta(days=night)
            held: dict[int, int] = {}
            for shelter, cat in pairs:
                sat, quota = rng.choice(small), rng.choice([0, 0, 1])
                rows.append({"night": day, "partner_id": partners[shelter], "category_id": cats[cat], "reported": True,
                             "capacity": 5, "capacity_base": 5, "unavailable": 0, "occupied": rng.randint(0, 5),
                             "arrivals": rng.choice(small), "no_shows": rng.choice(small),
                             "orientations_received": 0, "refusals_saturation": sat, "refusals_quota": quota,
                             "computed_at": utcnow()})
                held[cats[cat]] = held.get(cats[cat], 0) + sat + quota
            for cat in cats.values():
                quota = rng.choice([0, 1])
                sat = max(held.get(cat, 0) - quota, 0) + rng.choice(small)
                other, profile = rng.choice([0, 0, 1]), rng.choice([0, 0, 0, 2])
                total = sat + quota + other + profile
                demand.append({"night": day, "category_id": cat, "refusals_saturation": sat, "refusals_quota": quota,
                               "refusals_profile": profile, "refusals_other": other,
                               "refusals_without_shelter": total - held.get(cat, 0), "refused_person_nights": total,
                               "computed_at": utcnow()})
        s.connection().execute(insert(ClosedNight), rows)
        s.connection().execute(insert(ClosedNightDemand), demand)
        at = utcnow().replace(year=YEAR, month=6, day=2, hour=12)
        for _ in range(rng.randint(3, 25)):
            s.add(Call(received_at=at, channel=rng.choice(["telephone", "telephone", "passage", "police"]),
                       caller_type=rng.choice(["personne", "personne", "hopital"]),
                       needs=",".join(rng.sample(["hebergement", "repas", "douche"], rng.randint(0, 2))),
                       outcome=rng.choice(["orientation", "orientation", "sans_suite"]), created_at=at))
        for _ in range(rng.randint(1, 12)):
            s.add(Orientation(partner_id=rng.choice(list(partners.values())),
                              status=rng.choice(["proposee", "arrivee", "arrivee", "annulee"]), created_at=at,
                              updated_at=at))


def _attack_report(report: annual.AnnualReport, published: dict[str, list[list]]) -> Attacker:
    """The relations a careful reader of the report knows (see the definitions page), over what it publishes."""
    a, h = Attacker(), report.headline

    def t(sheet: str, i: int, j: int) -> tuple[dict[int, float], float]:
        return a.term((sheet, i, j), published[sheet][i][j])

    def const(v: float) -> tuple[dict[int, float], float]:
        return {}, float(v)

    refus = published["Refus"]
    n = len(annual.REASON_LABELS)
    for i in range(len(refus) - 1):
        a.equal([t("Refus", i, 2 + n)], [t("Refus", i, 2 + j) for j in range(n)])
    for j in range(n + 1):
        a.equal([t("Refus", len(refus) - 1, 2 + j)], [t("Refus", i, 2 + j) for i in range(len(refus) - 1)])
    a.equal([const(h["refusals"])], [t("Refus", len(refus) - 1, 2 + n)])
    occ = published["Occupation"]
    for j in (8, 9, 10):
        a.equal([t("Occupation", len(occ) - 1, j)], [t("Occupation", i, j) for i in range(len(occ) - 1)])
    a.equal([const(h["arrivals"])], [t("Occupation", len(occ) - 1, 8)])
    a.equal([const(h["no_shows"])], [t("Occupation", len(occ) - 1, 9)])
    by_shelter = published["Refus par abri"]
    shelters = by_shelter[:-2]
    for i, row in enumerate(shelters):
        a.equal([t("Refus par abri", i, 1)], [t("Occupation", k, 10) for k, r in enumerate(occ[:-1]) if r[0] == row[0]])
    a.equal([t("Occupation", len(occ) - 1, 10)], [t("Refus par abri", i, 1) for i in range(len(shelters))])
    a.equal([const(h["refusals"])], [t("Refus par abri", i, 1) for i in range(len(by_shelter) - 1)])
    for category in {r[1] for r in occ[:-1]} | {r[1] for r in refus[:-1]}:
        # a category's refusals hold those of its shelters, and maybe refusals on no shelter's beds
        a.equal([t("Refus", i, 2 + n) for i, r in enumerate(refus[:-1]) if r[1] == category],
                [*[t("Occupation", k, 10) for k, r in enumerate(occ[:-1]) if r[1] == category],
                 a.slack(("without", category))])
    for sheet, rows in published.items():
        if sheet.startswith("Appels"):
            last = len(rows) - 1
            a.equal([t(sheet, last, 1)], [t(sheet, i, 1) for i in range(last)])
            if sheet != "Appels par besoin":
                a.equal([const(h["calls"])], [t(sheet, last, 1)])
            for i, row in enumerate(rows):
                if isinstance(row[2], float):  # a published share bounds its count against the total
                    share = row[2]
                    a.at_most([t(sheet, i, 1)], [(t(sheet, last, 1)[0] and {k: (share + 0.005) * v for k, v in
                                                 t(sheet, last, 1)[0].items()}, (share + 0.005) * t(sheet, last, 1)[1])])
                    a.at_most([({k: (share - 0.005) * v for k, v in t(sheet, last, 1)[0].items()},
                                (share - 0.005) * t(sheet, last, 1)[1])], [t(sheet, i, 1)])
    orient = published["Orientations"]
    width = len(report.tables[-1].headers)
    for i in range(len(orient)):
        a.equal([t("Orientations", i, width - 1)], [t("Orientations", i, j) for j in range(1, width - 1)])
    a.equal([const(h["orientations"])], [t("Orientations", i, width - 1) for i in range(len(orient))])
    return a


def _everything_masked(report: annual.AnnualReport) -> dict[str, list[list]]:
    """The report with every count masked but the headline figures: what they alone let anyone know."""
    out = {}
    for t in report.tables:
        rows = [list(r) for r in t.rows]
        columns = {"Occupation": {8, 9, 10}, "Refus par abri": {1}}.get(t.sheet, t.count_columns)
        for i, row in enumerate(rows):
            last = i == len(rows) - 1
            headline = last and (t.sheet in ("Refus", "Refus par abri") or (
                t.sheet.startswith("Appels") and t.sheet != "Appels par besoin"))
            for j in columns:
                if isinstance(row[j], int) and not headline and not (last and t.sheet == "Occupation" and j != 10):
                    row[j] = MASK_LABEL
            if t.sheet.startswith("Appels"):
                row[2] = MASK_LABEL
        out[t.sheet] = rows
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_no_masked_count_of_the_report_can_be_recovered(network_db, tmp_path, seed):
    _seed_small(network_db, seed)
    report = annual.build_annual(network_db, YEAR, mask_threshold=T)
    published = {t.sheet: t.rows for t in report.exported_tables()}
    # the XLSX holds exactly the published tables
    wb = load_workbook(annual.write_report_xlsx(report, tmp_path / "r.xlsx"))
    for t in report.exported_tables():
        cells = [list(r) for r in wb[t.sheet].iter_rows(values_only=True)]
        start = cells.index(list(t.headers)) + 1
        for got, want in zip(cells[start:start + len(t.rows)], t.rows, strict=True):
            for g, w in zip(got, want, strict=False):
                assert g == (pytest.approx(w) if isinstance(w, float) else (None if w == "" else w)), (t.sheet, got, want)
    # the PDF's bars are sums of published cells only: they tell nothing the table does not
    labels, series = report.refusal_chart()
    refus = published["Refus"][:-1]
    months = list(dict.fromkeys(r[0] for r in refus))
    for j, bars in enumerate(series):
        assert bars == [sum(r[2 + j] for r in refus if r[0] == m and r[2 + j] != MASK_LABEL) for m in months]
    assert [label.endswith("*") for label in labels] == [any(MASK_LABEL in r[2:6] for r in refus if r[0] == m)
                                                         for m in months]
    masked = [(sheet, i, j) for sheet, rows in published.items() for i, row in enumerate(rows)
              for j, v in enumerate(row) if v == MASK_LABEL and not (sheet.startswith("Appels") and j == 2)]
    assert masked, "the random data should hold small counts"
    truth = {t.sheet: t.rows for t in report.tables}
    attacker = _attack_report(report, published)
    reference = _attack_report(report, _everything_masked(report))
    for key in masked:
        sheet, i, j = key
        lo, hi = attacker.interval(key)
        true = truth[sheet][i][j]
        best_lo, best_hi = reference.interval(key)
        assert lo <= true <= hi
        assert hi > lo or best_hi == best_lo, (key, true, lo, hi)
        assert hi >= min(T, best_hi), (key, true, lo, hi, best_hi)


def test_shares_are_whole_percents_and_masked_with_their_count(network_db):
    _seed_small(network_db, 3)
    report = annual.build_annual(network_db, YEAR)
    for t in report.exported_tables():
        if t.headers[1:] != ["Appels", "Part"]:
            continue
        assert t.rows[-1][0] == "Total" and t.rows[-1][2] in (1.0, MASK_LABEL)
        for _, count, share in t.rows:
            assert (share == MASK_LABEL) == (count == MASK_LABEL or t.rows[-1][1] == MASK_LABEL)
            if isinstance(share, float):
                assert share == round(share, 2) and share == round(count / t.rows[-1][1], 2)


# ---------------------------------------------------------------- the threshold: the network's floor holds
@pytest.mark.parametrize("mask", ["0", "2"])
def test_cli_refuses_a_mask_under_the_network_floor(network_db, db_url, tmp_path, capsys, mask):
    _seed_small(network_db, 1)
    for command in (["annual", "--year", str(YEAR), "--out", str(tmp_path / "r.pdf")],
                    ["unmet", "--start", f"{YEAR}-01-01", "--end", f"{YEAR}-12-31", "--out", str(tmp_path / "u.csv")]):
        assert main(["report", *command, "--db", db_url, "--mask", mask]) == 2
        err = capsys.readouterr().err
        assert f"--mask {mask} refusé" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "u.csv").exists()


def test_a_mask_under_a_stricter_network_setting_is_refused_and_a_stricter_one_is_used(network_db, db_url, tmp_path,
                                                                                       capsys):
    _seed_small(network_db, 2)
    network_settings.set_value(network_db, "mask_threshold", "5", actor=Actor.system())
    assert main(["report", "annual", "--db", db_url, "--year", str(YEAR), "--out", str(tmp_path / "r.pdf"),
                 "--mask", "4"]) == 2
    assert "sous le seuil du réseau (5)" in capsys.readouterr().err
    assert annual.build_annual(network_db, YEAR).mask_threshold == 5  # the GUI's path: the network's setting
    assert annual.build_annual(network_db, YEAR, mask_threshold=7).mask_threshold == 7
    assert main(["report", "annual", "--db", db_url, "--year", str(YEAR), "--out", str(tmp_path / "r.pdf"),
                 "--mask", "6"]) == 0


def test_a_stored_threshold_under_the_floor_still_masks_at_3(network_db):
    from relais_desk.domain.models import NetworkSetting

    _seed_small(network_db, 4)
    with network_db.write() as s:  # a database from before the rule
        s.add(NetworkSetting(key="mask_threshold", value="0"))
    report = annual.build_annual(network_db, YEAR)
    assert report.mask_threshold == 3 and report.suppression and report.suppression.masked


# ---------------------------------------------------------------- the other outputs
def test_unmet_demand_rows_are_masked_as_one_way_tables(network_db, tmp_path):
    _seed_small(network_db, 5)
    table = exports.unmet_demand_table(network_db, date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert any(MASK_LABEL in r for r in table.rows)
    for row in table.rows:
        shown = row[3:8]
        assert not any(isinstance(v, int) and 0 < v < T for v in shown)
        if row[1] == "refus" and MASK_LABEL in shown:  # never one masked figure alone in a row that adds up
            assert shown.count(MASK_LABEL) >= 2


def test_census_export_masks_refusals_by_reason(network_db, tmp_path):
    rows = [{key: 0 for key, _ in census_export.COLUMNS} | {"night": date(YEAR, 1, 1), "shelter": "Abri",
                                                             "category_fr": "Hommes", "refusals_saturation": 2,
                                                             "refusals_quota": 4, "occupied": 1}]
    table = census_export.census_table(rows)
    shown = dict(zip([k for k, _ in census_export.COLUMNS], table.rows[0], strict=True))
    assert shown["refusals_saturation"] == MASK_LABEL and shown["refusals_quota"] == 4
    assert shown["occupied"] == 1  # beds, not people
    assert census_export.census_table(rows, mask_threshold=5).rows[0][14] == MASK_LABEL


def test_statistiques_chart_data_is_masked_and_bars_come_from_published_cells():
    rows = [{"month": date(YEAR, 1, 1), "category": "Hommes", "saturation": 1, "quota_depasse": 9,
             "profil_non_accueilli": 0, "autre": 4, "total": 14},
            {"month": date(YEAR, 1, 1), "category": "Femmes", "saturation": 6, "quota_depasse": 0,
             "profil_non_accueilli": 0, "autre": 0, "total": 6}]
    data = stats_charts.refusals(rows, 0)  # a threshold under the floor is raised to 3
    assert data["rows"][0][2] == MASK_LABEL and data["rows"][0].count(MASK_LABEL) >= 2
    assert data["rows"][1][2:] == [6, 0, 0, 0, 6]
    published_sat = sum(r[2] for r in data["rows"] if r[2] != MASK_LABEL)
    assert data["bars"]["saturation"] == [published_sat] and data["marked"] == {date(YEAR, 1, 1)}
    assert [r["count"] for r in stats_charts.orientations([{"axis": "a", "status": "s", "count": 2},
                                                           {"axis": "a", "status": "t", "count": 3}], 3)] == [
        MASK_LABEL, 3]
    grid = [[0] * 24 for _ in range(7)]
    grid[0][3], grid[1][4] = 1, 8
    masked = stats_charts.heatmap(grid, 3)
    assert masked[0][3] == MASK_LABEL and masked[1][4] == 8 and masked[2][2] == 0


def test_mask_rows_leaves_zeros_and_rows_without_small_counts_alone():
    rows = [["a", 0, 5, 5], ["b", 1, 4, 5]]
    assert mask_rows(rows, 3, [1, 2], total=3) == [["a", 0, 5, 5], ["b", MASK_LABEL, MASK_LABEL, 5]]
