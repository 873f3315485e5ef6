"""What each Statistiques chart draws, prepared off the UI thread: series, bars, texts, ticks and export rows.

A plan is plain data (lists, strings, numbers): the worker that read the figures masks them, groups the series,
writes every hover text and tick label in the application's language (QLocale and Qt's translations may be
read from any thread), and the UI thread only turns the plan into plot items (`charts.steps`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication

from relais_desk.domain.labels import REFUSAL_REASONS
from relais_desk.gui import category_text
from relais_desk.gui import labels as translated
from relais_desk.gui.stats import formats
from relais_desk.reports import stats_charts
from relais_desk.reports.masking import MASK_LABEL, MIN_THRESHOLD, published
from relais_desk.services.stats import REASONS

REASON_COLORS = {"saturation": "#D55E00", "quota_depasse": "#E69F00", "profil_non_accueilli": "#0072B2",
                 "autre": "#777777"}
STATUS_COLORS = ["#56B4E9", "#0072B2", "#009E73", "#E69F00", "#777777", "#D55E00", "#CC79A7"]


@dataclass
class Plan:
    """One chart's drawing: `kind` says which, `parts` what is drawn, and the rows its XLSX export writes."""

    kind: str
    parts: dict[str, Any]
    headers: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    masked_note: int | None = None  # the threshold, when a masked count is left undrawn


def epoch(d: date) -> float:
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


def _series_name(row: dict[str, Any]) -> str:
    """The network's line is named in the application's language, a category by its label in that language; a
    shelter as it is called."""
    if row.get("network"):
        return QCoreApplication.translate("Charts", "Réseau")
    return category_text.label(str(row["key"]), row.get("key_en"))


def _month_ticks(months: list[date]) -> list[tuple[int, str]]:
    labels = [(i, formats.month_short(m, with_year=m.month == 1 or i == 0)) for i, m in enumerate(months)]
    step = max(1, len(labels) // 18)
    return labels[::step]


def occupancy(rows: list[dict[str, Any]], winters: list[tuple[date, date]]) -> Plan:
    """Occupancy rate over time, one line per key (a colour each, then dashed), plan-hiver periods shaded."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault(_series_name(r), []).append(r)
    series_list = sorted(by_key.items())
    lines = []
    for (key, series), (color, dash) in zip(series_list, stats_charts.series_styles(len(series_list)), strict=True):
        drawn = [r for r in series if r["rate"] is not None]
        lines.append({"name": key, "color": color, "dash": dash, "xs": [epoch(r["period"]) for r in drawn],
                      "ys": [r["rate"] * 100 for r in drawn],
                      "texts": [f"{formats.short_date(r['period'])} · {key}{formats.colon()}{formats.percent(r['rate'] * 100)} "
                                f"({formats.number(r['occupied'])}/{formats.number(r['capacity'])})" for r in drawn]})
    return Plan("occupancy", {"winters": [(epoch(a), epoch(b)) for a, b in winters], "lines": lines,
                              "label": QCoreApplication.translate("Charts", "taux d'occupation")},
                [QCoreApplication.translate("Charts", "Période"), QCoreApplication.translate("Charts", "Clé"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits"), QCoreApplication.translate("Charts", "Taux")],
                [[r["period"], _series_name(r), r["occupied"], r["capacity"], r["rate"]] for r in rows])


def bed_nights(rows: list[dict[str, Any]]) -> Plan:
    """Nuitées per month, as bars."""
    unit = QCoreApplication.translate("Charts", "nuitées")
    return Plan("bed_nights", {
        "bars": [{"x": list(range(len(rows))), "y0": None, "height": [r["bed_nights"] for r in rows], "width": 0.7,
                  "color": "#0072B2", "name": QCoreApplication.translate("Charts", "Nuitées")}],
        "ticks": _month_ticks([r["month"] for r in rows]), "label": unit,
        "points": [(i, f"{formats.month_short(r['month'], with_year=True)}{formats.colon()}{formats.number(r['bed_nights'])} {unit}")
                   for i, r in enumerate(rows)]},
        [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Nuitées"), QCoreApplication.translate("Charts", "Lits-nuits financés"), QCoreApplication.translate("Charts", "Taux")],
        [[r["month"], r["bed_nights"], r["capacity_nights"], r["rate"]] for r in rows])


_masked_refusals: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_masked_lock = threading.Lock()


def _masked(rows: list[dict[str, Any]], threshold: int) -> dict[str, Any]:
    """`stats_charts.refusals`, remembered for the same rows and threshold: masking a year of refusals by month ×
    category is pure Python (a third of a second on the 2-year demo), and its answer depends on nothing else."""
    key = (threshold, *(tuple(r.items()) for r in rows))
    with _masked_lock:
        if key in _masked_refusals:
            _masked_refusals.move_to_end(key)
            return _masked_refusals[key]
    data = stats_charts.refusals(rows, threshold)
    with _masked_lock:
        _masked_refusals[key] = data
        while len(_masked_refusals) > 16:
            _masked_refusals.popitem(last=False)
    return data


def refusals(rows: list[dict[str, Any]], threshold: int = MIN_THRESHOLD) -> Plan:
    """Refusals per month, stacked by reason (all categories of the filter), from the masked rows."""
    data = _masked(rows, threshold)
    months, totals = data["months"], data["bars"]
    labels = translated.names(REFUSAL_REASONS)
    base = [0] * len(months)
    bars = []
    for reason in REASONS:
        bars.append({"x": list(range(len(months))), "y0": list(base), "height": totals[reason], "width": 0.7,
                     "color": REASON_COLORS[reason], "name": labels[reason]})
        base = [b + h for b, h in zip(base, totals[reason], strict=True)]
    points = [(i, f"{formats.month_short(m, with_year=True)}{formats.colon()}"
               + ", ".join(f"{labels[k]} {formats.number(totals[k][i])}" for k in REASONS)
               + (f" ({MASK_LABEL})" if m in data["marked"] else "")) for i, m in enumerate(months)]
    return Plan("refusals", {"bars": bars, "ticks": _month_ticks(months), "label": QCoreApplication.translate("Charts", "refus faute de place"),
                             "points": points},
                [QCoreApplication.translate("Charts", "Mois"), QCoreApplication.translate("Charts", "Catégorie"), *labels.values(), QCoreApplication.translate("Charts", "Total")], data["rows"],
                max(threshold, MIN_THRESHOLD) if data["marked"] else None)


def _scale_ticks(low: float, high: float) -> list[float]:
    """Up to five whole-number ticks on the colour scale, its minimum and maximum included."""
    if high <= low:
        return [low]
    return sorted({low, high, *(round(low + k * (high - low) / 4) for k in range(1, 4))})


def heatmap(grid: list[list[int]], threshold: int = MIN_THRESHOLD) -> Plan:
    """Calls by weekday × hour: the hotline's load (masked hours left blank), with its colour scale."""
    masked = stats_charts.heatmap(grid, threshold)
    shown = [v for day in masked for v in day if v != MASK_LABEL]
    low, high = (float(min(shown)), float(max(shown))) if shown else (0.0, 1.0)
    high = max(high, low + 1)
    unit = QCoreApplication.translate("Charts", "appels")
    floor = max(threshold, MIN_THRESHOLD)
    cells = [[f"{formats.weekday(d)} {h}h{formats.colon()}" + (f"{MASK_LABEL} (< {floor})" if masked[d][h] == MASK_LABEL
                                                 else f"{formats.number(masked[d][h])} {unit}")
              for h in range(len(masked[d]))] for d in range(len(masked))]
    return Plan("heatmap", {
        "grid": [[None if v == MASK_LABEL else v for v in day] for day in masked], "levels": (low, high),
        "scale_ticks": [(v, formats.number(int(v))) for v in _scale_ticks(low, high)],
        "days": [(i + 0.5, formats.weekday(i, short=True)) for i in range(7)],
        "hours": [(h + 0.5, f"{h}h") for h in range(0, 24, 2)], "label": QCoreApplication.translate("Charts", "heure"), "unit": unit, "cells": cells},
        [QCoreApplication.translate("Charts", "Jour"), *[f"{h}h" for h in range(24)]], [[formats.weekday(d), *masked[d]] for d in range(7)],
        floor if any(v == MASK_LABEL for day in masked for v in day) else None)


def orientations(rows: list[dict[str, Any]], axis_labels: dict[str, str], status_labels: dict[str, str],
                 threshold: int = MIN_THRESHOLD) -> Plan:
    """Orientations by destination axis, stacked by outcome (masked counts are not drawn)."""
    rows = stats_charts.orientations(rows, threshold)
    axes = sorted({r["axis"] for r in rows})
    counts = {(r["axis"], r["status"]): r["count"] for r in rows}
    base = [0] * len(axes)
    bars = []
    for i, status in enumerate(status_labels):
        heights = [published(counts.get((a, status), 0)) for a in axes]
        bars.append({"x": list(range(len(axes))), "y0": list(base), "height": heights, "width": 0.6,
                     "color": STATUS_COLORS[i % len(STATUS_COLORS)], "name": status_labels[status]})
        base = [b + h for b, h in zip(base, heights, strict=True)]

    def count(value: int | str) -> str:
        return value if isinstance(value, str) else formats.number(value)

    points = [(i, axis_labels.get(a, a) + formats.colon() + ", ".join(
        f"{status_labels[s]} {count(counts[(a, s)])}" for s in status_labels if counts.get((a, s))))
        for i, a in enumerate(axes)]
    return Plan("orientations", {"bars": bars, "ticks": [(i, axis_labels.get(a, a)) for i, a in enumerate(axes)],
                                 "label": QCoreApplication.translate("Charts", "orientations"), "points": points},
                [QCoreApplication.translate("Charts", "Axe"), QCoreApplication.translate("Charts", "Statut"), QCoreApplication.translate("Charts", "Orientations")],
                [[axis_labels.get(r["axis"], r["axis"]), status_labels.get(r["status"], r["status"]), r["count"]]
                 for r in rows],
                max(threshold, MIN_THRESHOLD) if any(r["count"] == MASK_LABEL for r in rows) else None)
