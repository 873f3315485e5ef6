"""Export what *Recensement* shows to CSV or XLSX, French headers: the 23:00 census and the closed night's final
figures side by side (`services.night_figures`); refusals by reason are masked, at 23 h and at the close alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from relais_desk.reports import masking
from relais_desk.reports.tables import Table, write_csv, write_xlsx

NOT_REPORTED = "non communiqué"  # a count nobody gave is never written as 0
COLUMNS = [
    ("night", "Nuit"), ("shelter", "Abri"), ("category_fr", "Catégorie"), ("capacity", "Capacité"),
    ("capacity_base", "dont base"), ("capacity_winter", "dont plan hiver"), ("unavailable", "Hors service 23 h"),
    ("occupied", "Occupés 23 h"), ("held", "Réservés 23 h"), ("free", "Libres 23 h"), ("arrivals", "Arrivées 23 h"),
    ("no_shows", "Absences 23 h"), ("orientations_received", "Orientations reçues 23 h"),
    ("refusals_saturation", "Refus saturation 23 h"), ("refusals_quota", "Refus quota 23 h"),
    ("refusals_profile", "Refus profil 23 h"), ("refusals_other", "Refus autre 23 h"),
    ("final_capacity", "Capacité clôture"), ("final_unavailable", "Hors service clôture"),
    ("final_occupied", "Occupés clôture"), ("final_arrivals", "Arrivées clôture"),
    ("final_no_shows", "Absences clôture"), ("final_orientations_received", "Orientations reçues clôture"),
    ("final_refusals_saturation", "Refus saturation clôture"), ("final_refusals_quota", "Refus quota clôture"),
    ("final_refusals_profile", "Refus profil clôture"), ("final_refusals_other", "Refus autre clôture"),
]
REFUSAL_COLUMNS = {i for i, (key, _) in enumerate(COLUMNS) if "refusals_" in key}


def _cell(row: dict[str, Any], key: str) -> Any:
    """A row's figure; an empty cell where the row has none (no census, not closed yet)."""
    if key in ("occupied", "free") and row.get("reported") is False:
        return NOT_REPORTED
    if key == "final_occupied" and row.get("closed") and not row.get("final_reported"):
        return NOT_REPORTED
    value = row.get(key)
    return "" if value is None else value


def census_table(rows: list[dict[str, Any]], title: str = "Recensement nocturne et nuits clôturées", *,
                 mask_threshold: int = masking.MIN_THRESHOLD) -> Table:
    """The rows; refusals by reason masked (no total of them is published: each count stands alone)."""
    values = [[_cell(r, key) for key, _ in COLUMNS] for r in rows]
    return Table("Recensement", title, [label for _, label in COLUMNS],
                 masking.mask_rows(values, max(mask_threshold, masking.MIN_THRESHOLD), REFUSAL_COLUMNS),
                 count_columns=set(REFUSAL_COLUMNS))


def export_csv(rows: list[dict[str, Any]], path: Path, *, mask_threshold: int = masking.MIN_THRESHOLD,
               overwrite: bool = False) -> Path:
    return write_csv(census_table(rows, mask_threshold=mask_threshold), path, overwrite=overwrite)


def export_xlsx(rows: list[dict[str, Any]], path: Path, *, mask_threshold: int = masking.MIN_THRESHOLD,
                overwrite: bool = False) -> Path:
    return write_xlsx([census_table(rows, mask_threshold=mask_threshold)], path, overwrite=overwrite)
