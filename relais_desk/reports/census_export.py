"""Export census rows of a period to CSV or XLSX, with French headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from relais_desk.reports.tables import Table, write_csv, write_xlsx

COLUMNS = [
    ("night", "Nuit"), ("shelter", "Abri"), ("category_fr", "Catégorie"), ("capacity", "Capacité"),
    ("capacity_base", "dont base"), ("capacity_winter", "dont plan hiver"), ("unavailable", "Hors service"),
    ("occupied", "Occupés"), ("held", "Réservés"), ("free", "Libres"), ("arrivals", "Arrivées"),
    ("no_shows", "Absences"), ("orientations_received", "Orientations reçues"),
    ("refusals_saturation", "Refus saturation"), ("refusals_quota", "Refus quota"),
    ("refusals_profile", "Refus profil"), ("refusals_other", "Refus autre"),
]


def census_table(rows: list[dict[str, Any]], title: str = "Recensement nocturne") -> Table:
    return Table("Recensement", title, [label for _, label in COLUMNS],
                 [[r[key] for key, _ in COLUMNS] for r in rows])


def export_csv(rows: list[dict[str, Any]], path: Path, *, overwrite: bool = False) -> Path:
    return write_csv(census_table(rows), path, overwrite=overwrite)


def export_xlsx(rows: list[dict[str, Any]], path: Path, *, overwrite: bool = False) -> Path:
    return write_xlsx([census_table(rows)], path, overwrite=overwrite)
