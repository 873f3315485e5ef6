"""How the annual report's tables add up, for masking: one `SuppressionModel` over all of them.

The report is one output, so its tables are masked together. What a reader can combine:
- *Refus*: per month × category, the four reasons add up to the row's total; each reason's column adds up to
  the headline figure of that reason (published), and all of them to the headline refusals;
- *Occupation* "Refus à l'abri" (shelter × category) adds up per shelter to *Refus par abri*, whose shelters
  and "Sans abri désigné" add up to the headline refusals; per category, the shelters' refusals are part of that
  category's refusals in *Refus* (the rest, refusals on no shelter's beds, is never published: a hidden cell);
- arrivals and no-shows of *Occupation* add up to their headline figures;
- each calls table adds up to its total (the headline calls for channel, caller and outcome); shares are
  computed from published cells only;
- *Orientations*: per axis the statuses add up to the row's total, and the rows to the headline orientations.
"""

from __future__ import annotations

from typing import Any

from relais_desk.reports.masking import MASK_LABEL, Suppression, SuppressionModel, share
from relais_desk.reports.tables import Table

# where each masked figure of a table lives: (sheet, row index, column index) → key in the model
Layout = dict[tuple[str, int, int], Any]


def _declare(model: SuppressionModel, layout: Layout, sheet: str, row: int, col: int, key: Any, value: int,
             **kind: bool) -> Any:
    model.cell(key, value, **kind)
    layout[(sheet, row, col)] = key
    return key


def build_model(tables: list[Table], headline: dict[str, Any], reasons: list[str]) -> tuple[SuppressionModel, Layout]:
    """The model of the report's tables as `annual.build_annual` lays them out."""
    model, layout = SuppressionModel(), {}
    by_sheet = {t.sheet: t for t in tables}
    total = model.cell("refusals", headline["refusals"], fixed=True)

    # Refus: rows (month, category), reasons, row total; the last row is the reasons' totals (headline)
    refus = by_sheet["Refus"]
    *body, last = refus.rows
    reason_keys = []
    for j, reason in enumerate(reasons):
        reason_keys.append(_declare(model, layout, "Refus", len(body), 2 + j, ("reason", reason), last[2 + j],
                                    fixed=True))
    model.add_sum(total, reason_keys)
    categories: dict[str, list[Any]] = {}
    columns: list[list[Any]] = [[] for _ in reasons]
    for i, row in enumerate(body):
        cells = [_declare(model, layout, "Refus", i, 2 + j, ("refus", i, j), row[2 + j]) for j in range(len(reasons))]
        row_total = _declare(model, layout, "Refus", i, 2 + len(reasons), ("refus_total", i), row[2 + len(reasons)])
        model.add_sum(row_total, cells)
        for j, c in enumerate(cells):
            columns[j].append(c)
        categories.setdefault(row[1], []).append(row_total)
    for key, column in zip(reason_keys, columns, strict=True):
        model.add_sum(key, column)

    # Occupation: arrivals (8), no-shows (9), refusals at the shelter (10); last row: totals
    occupation = by_sheet["Occupation"]
    *occ_rows, occ_total = occupation.rows
    arrivals = _declare(model, layout, "Occupation", len(occ_rows), 8, "arrivals", occ_total[8], fixed=True)
    no_shows = _declare(model, layout, "Occupation", len(occ_rows), 9, "no_shows", occ_total[9], fixed=True)
    at_shelters = _declare(model, layout, "Occupation", len(occ_rows), 10, "at_shelters", occ_total[10])
    model.add_sum(arrivals, [_declare(model, layout, "Occupation", i, 8, ("arrivals", i), r[8])
                             for i, r in enumerate(occ_rows)])
    model.add_sum(no_shows, [_declare(model, layout, "Occupation", i, 9, ("no_shows", i), r[9])
                             for i, r in enumerate(occ_rows)])
    per_shelter: dict[str, list[Any]] = {}
    per_category: dict[str, list[Any]] = {}
    for i, r in enumerate(occ_rows):
        key = _declare(model, layout, "Occupation", i, 10, ("at_shelter", i), r[10])
        per_shelter.setdefault(r[0], []).append(key)
        per_category.setdefault(r[1], []).append(key)

    # Refus par abri: one row per shelter (the same order as in Occupation), those on no shelter, the total
    by_shelter = by_sheet["Refus par abri"]
    *shelter_rows, nobody_row, _total_row = by_shelter.rows
    layout[("Refus par abri", len(by_shelter.rows) - 1, 1)] = total
    shelter_keys = []
    for i, (name, value) in enumerate(shelter_rows):
        key = _declare(model, layout, "Refus par abri", i, 1, ("shelter", name), value)
        model.add_sum(key, per_shelter.get(name, []))
        shelter_keys.append(key)
    model.add_sum(at_shelters, shelter_keys)
    nobody = _declare(model, layout, "Refus par abri", len(shelter_rows), 1, "nobody", nobody_row[1])

    # the link between the two: per category, the shelters' refusals plus those on no shelter's beds
    without_keys = []
    for name in sorted(set(categories) | set(per_category)):
        whole = model.cell(("category", name), sum(model.values[k] for k in categories.get(name, [])), hidden=True)
        at = sum(model.values[k] for k in per_category.get(name, []))
        without = model.cell(("without_shelter", name), model.values[whole] - at, hidden=True)
        model.add_sum(whole, categories.get(name, []))
        model.add_sum(whole, [*per_category.get(name, []), without])
        without_keys.append(without)
    model.add_sum(nobody, without_keys)
    model.add_sum(total, [at_shelters, nobody])

    # calls: each table's rows add up to its total row
    calls = model.cell("calls", headline["calls"], fixed=True)
    for t in tables:
        if t.headers[1:] != ["Appels", "Part"]:
            continue
        *rows, last = t.rows
        fixed = last[1] == headline["calls"] and t.sheet != "Appels par besoin"
        table_total = calls if fixed else _declare(model, layout, t.sheet, len(rows), 1, (t.sheet, "total"), last[1])
        layout[(t.sheet, len(rows), 1)] = table_total
        model.add_sum(table_total, [_declare(model, layout, t.sheet, i, 1, (t.sheet, i), r[1])
                                    for i, r in enumerate(rows)])

    # orientations: statuses add up to the row's total, rows to the headline
    orientations = by_sheet["Orientations"]
    headline_orientations = model.cell("orientations", headline["orientations"], fixed=True)
    width = len(orientations.headers)
    row_totals = []
    for i, r in enumerate(orientations.rows):
        cells = [_declare(model, layout, "Orientations", i, j, ("orientation", i, j), r[j]) for j in range(1, width - 1)]
        row_total = _declare(model, layout, "Orientations", i, width - 1, ("orientation_total", i), r[width - 1])
        model.add_sum(row_total, cells)
        row_totals.append(row_total)
    model.add_sum(headline_orientations, row_totals)
    return model, layout


def masked_tables(tables: list[Table], layout: Layout, suppression: Suppression) -> list[Table]:
    """The tables as published: masked cells read `MASK_LABEL`, shares recomputed from what is shown."""
    out = []
    for t in tables:
        rows = [[suppression.show(layout[(t.sheet, i, j)], v) if (t.sheet, i, j) in layout else v
                 for j, v in enumerate(row)] for i, row in enumerate(t.rows)]
        if t.headers[1:] == ["Appels", "Part"]:
            shown_total = rows[-1][1]
            for row in rows:
                row[2] = share(row[1], shown_total)
        out.append(Table(t.sheet, t.title, t.headers, rows, t.count_columns, t.percent_columns))
    return out


def refusal_chart(refus: Table, reasons: list[str], month_short: dict[str, str]) -> tuple[list[str], list[list[int]]]:
    """The PDF's stacked bars of refusals per month and reason, from the published table: a masked cell is not
    drawn, and a month holding one is marked with an asterisk (so the bars add nothing to the table)."""
    months: dict[str, list[int]] = {}
    marked: set[str] = set()
    for row in refus.rows[:-1]:
        bars = months.setdefault(row[0], [0] * len(reasons))
        for j in range(len(reasons)):
            value = row[2 + j]
            if value == MASK_LABEL:
                marked.add(row[0])
            else:
                bars[j] += value
    labels = [month_short[m] + ("*" if m in marked else "") for m in months]
    return labels, [[bars[j] for bars in months.values()] for j in range(len(reasons))]
