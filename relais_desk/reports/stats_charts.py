"""The data the *Statistiques* charts draw and export, masked: the rule lives here, the GUI only draws it.

Each chart and its XLSX export is one output. Refusals: per month × category the reasons add up to the row's
total (masked as one-way tables); the bars stack the published cells only. Orientations (axis × status) and the
hotline's load (weekday × hour) publish no totals, so each count stands alone; a stacked bar is the sum of its
published segments. Occupancy and bed-nights count beds, not people: they are not masked (as in the report).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from relais_desk.reports.masking import MASK_LABEL, MIN_THRESHOLD, mask_rows, published
from relais_desk.services.stats import REASONS


def _threshold(threshold: int) -> int:
    return max(int(threshold), MIN_THRESHOLD)


def refusals(rows: list[dict[str, Any]], threshold: int) -> dict[str, Any]:
    """Rows (month, category, reasons…, total) masked; the bars per month and reason from published cells."""
    table = [[r["month"], r["category"], *[r[k] for k in REASONS], r["total"]] for r in rows]
    masked = mask_rows(table, _threshold(threshold), range(2, 3 + len(REASONS)), total=2 + len(REASONS))
    months = sorted({r[0] for r in masked})
    index = {m: i for i, m in enumerate(months)}
    bars = {reason: [0] * len(months) for reason in REASONS}
    marked: set[date] = set()
    for row in masked:
        for j, reason in enumerate(REASONS):
            bars[reason][index[row[0]]] += published(row[2 + j])
            if row[2 + j] == MASK_LABEL:
                marked.add(row[0])
    return {"rows": masked, "months": months, "bars": bars, "marked": marked}


def orientations(rows: list[dict[str, Any]], threshold: int) -> list[dict[str, Any]]:
    """Rows (axis, status, count) with small counts masked."""
    counts = mask_rows([[r["count"]] for r in rows], _threshold(threshold), [0])
    return [{**r, "count": c[0]} for r, c in zip(rows, counts, strict=True)]


def heatmap(grid: list[list[int]], threshold: int) -> list[list[int | str]]:
    """Calls by weekday × hour with small counts masked."""
    return mask_rows(grid, _threshold(threshold), range(len(grid[0]) if grid else 0))
