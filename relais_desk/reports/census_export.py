"""Export census rows of a period to CSV or XLSX, with French headers; refusals by reason are masked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from relais_desk.reports import masking
from relais_desk.reports.tables import Table, write_csv, write_xlsx

COLUMNS = [
    ("night", "Nuit"), ("shelter", "Abri"), ("category_fr", "Catégorie"), ("capacity", "Capacité"),
    ("capacity_base", "dont base"), ("capacity_winter", "dont plan hiver"), ("unavailable", "Hors service"),
    ("occupied", "Occupés"), ("held", "Réservés"), ("free", "Libres"), ("arrivals", "Arrivées"),
    ("no_shows", "Absences"), ("orientations_received", "Orientations reçues"),
    ("refusals_saturation", "Refus saturation"), ("refusals_quota", "Refus quota"),
    ("refusals_profile", "Refus profil"), ("refusals_other", "Refus autre"),
]


REFUSAL_COLUMNS = {i for i, (key, _) in enumerate(COLUMNS) if key.startswith("refusals_")}


def census_table(rows: list[dict[str, Any]], title: str = "Recensement nocturne", *,
                 mask_threshold: int = masking.MIN_THRESHOLD) -> Table:
    """The census rows; refusals by reason masked (no total of them is published: each count stands alone)."""
    values = [[r[key] for key, _ in COLUMNS] for r in rows]
    return Table("Recensement", title, [label for _, label in COLUMNS],
                 masking.mask_rows(values, max(mask_threshold, masking.MIN_THRESHOLD), REFUSAL_COLUMNS),
                 count_columns=set(REFUSAL_COLUMNS))


def export_csv(rows: list[dict[str, Any]], path: Path, *, mask_threshold: int = masking.MIN_THRESHOLD,
               overwrite: bool = False) -> Path:
    return write_csv(census_table(rows, mask_threshold=mask_threshold), path, overwrite=overwrite)


def export_xlsx(rows: list[dict[str, Any]], path: Path, *, mask_threshold: int = masking.MIN_THRESHOLD,
                overwrite: bool = False) -> Path:
    return write_xlsx([census_table(rows, mask_threshold=mask_threshold)], path, overwrite=overwrite)
