"""A night's two sets of figures side by side: the 23:00 census (the evening) and the closed night (final).

One plain row per night × shelter × category: the census fields under their own names (None when the
night has no census), and the closed night's under `final_…` (None while the night is not closed). Both
store *non communiqué* alike: `reported` / `final_reported` false and the occupied beds None (at 23 h the
free beds too), never 0.
What *Recensement* shows and exports, read in one place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from relais_desk.services import census, closed_nights
from relais_desk.store.database import Database

FINAL = "final_"
NAME_FIELDS = ("night", "shelter", "category", "category_fr", "category_en")
EVENING_FIELDS = (*census.CENSUS_FIELDS, "reported")
FINAL_FIELDS = tuple(FINAL + f for f in closed_nights.CLOSED_FIELDS)


def side_by_side(db: Database, night: date | None = None, *, shelter: str | int | None = None,
                 start: date | None = None, end: date | None = None) -> list[dict[str, Any]]:
    """Census and closed-night figures of the same rows, by night then shelter; `has_census` and `closed` say
    which of the two the row has."""
    evening = census.rows(db, night, shelter=shelter, start=start, end=end)
    final = closed_nights.rows(db, night, shelter=shelter, start=start, end=end)
    merged: dict[tuple[date, str, str], dict[str, Any]] = {}
    for r in evening:
        merged[(r["night"], r["shelter"], r["category"])] = {
            **{k: r[k] for k in NAME_FIELDS}, **{k: r[k] for k in EVENING_FIELDS}, "has_census": True,
            "closed": False, **dict.fromkeys(FINAL_FIELDS)}
    for r in final:
        row = merged.setdefault((r["night"], r["shelter"], r["category"]), {
            **{k: r[k] for k in NAME_FIELDS}, **dict.fromkeys(EVENING_FIELDS), "has_census": False})
        row.update({FINAL + k: r[k] for k in closed_nights.CLOSED_FIELDS}, closed=True, closed_at=r["computed_at"])
    # stable: within a shelter the categories keep the order the census (or the closed night) gave them
    return sorted(merged.values(), key=lambda r: (r["night"], r["shelter"]))


def refusals(row: dict[str, Any], prefix: str = "") -> int | None:
    """All refusals of a row (every reason), at 23:00 or (`prefix` FINAL) at the close; None when not there."""
    values = [row[prefix + f] for f in census.REASON_FIELDS.values()]
    return None if any(v is None for v in values) else sum(values)
