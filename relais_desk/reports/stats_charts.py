"""The data the *Statistiques* charts draw and export, masked: the rule lives here, the GUI only draws it.

Each chart and its XLSX export is one output. Refusals: per month × category the reasons add up to the row's
total (masked as one-way tables); the bars stack the published cells only. Orientations (axis × status) and the
hotline's load (weekday × hour) publish no totals, so each count stands alone; a stacked bar is the sum of its
published segments. Occupancy and bed-nights count beds, not people: they are not masked (as in the report).
"""

from __future__ import annotations

import math
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


# Colour-blind-friendly first: Okabe & Ito's eight (2008), ordered so that the first series stand apart on white,
# then four of Paul Tol's "muted" set that differ from them; the pale yellow comes last.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#332288", "#882255",
           "#999933", "#777777", "#F0E442")
DASHES = ("solid", "dash", "dot", "dashdot", "dashdotdot")


def series_styles(count: int) -> list[tuple[str, str]]:
    """A (colour, dash) pair per series: every colour solid first, then every colour dashed, and so on. The pairs
    are distinct up to len(PALETTE) × len(DASHES) series (60); beyond that they repeat."""
    return [(PALETTE[i % len(PALETTE)], DASHES[(i // len(PALETTE)) % len(DASHES)]) for i in range(count)]


def _segment_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def nearest_line(lines: list[list[tuple[float, float]]], cursor: tuple[float, float]) -> tuple[int, int] | None:
    """The line drawn nearest the cursor and its point nearest the cursor, as (line index, point index), or None
    when no line has a point. Coordinates are on screen (pixels), so that "near" is what the eye sees whatever the
    scales of the axes; a line's distance is to its segments, not only to its points."""
    best: tuple[float, int] | None = None
    for i, points in enumerate(lines):
        if not points:
            continue
        d = min((_segment_distance(cursor, a, b) for a, b in zip(points, points[1:], strict=False)),
                default=math.dist(cursor, points[0]))
        if best is None or d < best[0]:
            best = (d, i)
    if best is None:
        return None
    points = lines[best[1]]
    return best[1], min(range(len(points)), key=lambda j: math.dist(cursor, points[j]))
