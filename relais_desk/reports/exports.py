"""Exports for partners and the Region: unmet demand over a period, and the HMIS-style bed inventory."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from relais_desk.domain.models import BedCategory, Capacity, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.reports import masking
from relais_desk.reports.spreadsheet import save_csv
from relais_desk.reports.tables import Table, write_csv, write_xlsx
from relais_desk.services import stats
from relais_desk.store.database import Database

# HMIS CSV Inventory.csv columns, in order.
HMIS_INVENTORY_COLUMNS = [
    "InventoryID", "ProjectID", "CoCCode", "HouseholdType", "Availability", "UnitInventory", "BedInventory",
    "CHVetBedInventory", "YouthVetBedInventory", "VetBedInventory", "CHYouthBedInventory", "YouthBedInventory",
    "CHBedInventory", "OtherBedInventory", "ESBedType", "InventoryStartDate", "InventoryEndDate", "DateCreated",
    "DateUpdated", "UserID", "DateDeleted", "ExportID",
]
HOUSEHOLD_WITHOUT_CHILDREN, HOUSEHOLD_WITH_CHILDREN, HOUSEHOLD_ONLY_CHILDREN = 1, 3, 4
AVAILABILITY_YEAR_ROUND, AVAILABILITY_SEASONAL = 1, 2
ES_FACILITY_BASED = 1


def unmet_demand_table(db: Database, start: date, end: date, *, mask_threshold: int | None = None) -> Table:
    """Refusals by category and reason, and needs left unmet, per month: evidence for interpellation.

    Masked at the network's threshold (or a stricter one): a refusal row's reasons add up to its total, so each
    row is masked as a one-way table; a need's row is one count."""
    from relais_desk.reports.annual import check_mask
    from relais_desk.services import settings

    with db.read() as session:
        threshold = check_mask(mask_threshold, settings.mask_threshold(session))
    rows = stats.unmet_demand(db, stats.Filters(start, end))
    table = Table(
        "Demande non rencontrée",
        f"Demande non rencontrée du {start:%d/%m/%Y} au {end:%d/%m/%Y}",
        ["Mois", "Type", "Catégorie ou besoin", "Saturation", "Quota dépassé", "Profil non accueilli", "Autre",
         "Total"],
        [[r["month"].strftime("%Y-%m"), r["kind"], r["category_or_need"], r["saturation"], r["quota_depasse"],
          r["profil_non_accueilli"], r["autre"], r["total"]] for r in rows],
        count_columns={3, 4, 5, 6, 7},
    )
    table.rows = masking.mask_rows(table.rows, threshold, table.count_columns, total=7,
                                   adds_up=lambda row: row[1] == "refus")
    return table


def export_unmet_demand(db: Database, start: date, end: date, path: Path, *,
                        mask_threshold: int | None = None, overwrite: bool = False) -> Path:
    table = unmet_demand_table(db, start, end, mask_threshold=mask_threshold)
    if Path(path).suffix.lower() == ".xlsx":
        return write_xlsx([table], path, overwrite=overwrite)
    return write_csv(table, path, overwrite=overwrite)


def _household_type(cat: BedCategory) -> int:
    if cat.families:
        return HOUSEHOLD_WITH_CHILDREN
    if cat.minors:
        return HOUSEHOLD_ONLY_CHILDREN
    return HOUSEHOLD_WITHOUT_CHILDREN


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _dt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def export_hmis_inventory(db: Database, path: Path, *, coc_code: str = "BE-WAL", export_id: str | None = None,
                          overwrite: bool = False) -> Path:
    """The current bed inventory (every capacity period on record) in the HMIS CSV Inventory.csv layout.

    Base capacities are year-round (Availability 1), plan-hiver extra beds seasonal (2). A
    category counted in rooms (families) reports its rooms as units and as beds, since relais-desk
    counts one place per room. All beds are "other" beds (no veteran or chronic sets in Belgium).
    """
    export_id = export_id or utcnow().strftime("%Y%m%d%H%M")
    with db.read() as session:
        rows = session.execute(
            select(Capacity, Partner, BedCategory)
            .join(Partner, Partner.id == Capacity.partner_id)
            .join(BedCategory, BedCategory.id == Capacity.category_id)
            .where(Capacity.retired_at.is_(None))
            .order_by(Partner.id, BedCategory.sort_order, Capacity.valid_from)
        ).all()
    rows_out: list[list[object]] = [list(HMIS_INVENTORY_COLUMNS)]
    for cap, partner, cat in rows:
        seasonal = cap.kind == "plan_hiver"
        rows_out.append([
            cap.id, partner.id, coc_code, _household_type(cat),
            AVAILABILITY_SEASONAL if seasonal else AVAILABILITY_YEAR_ROUND,
            cap.beds, cap.beds, 0, 0, 0, 0, 0, 0, cap.beds, ES_FACILITY_BASED, _d(cap.valid_from), _d(cap.valid_to),
            _dt(cap.recorded_at), _dt(cap.recorded_at), "", "", export_id,
        ])
    return save_csv(rows_out, path, overwrite=overwrite)
