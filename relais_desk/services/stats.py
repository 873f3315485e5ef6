"""Statistics for the coordinator, read from the census (the network's memory) and the call log.

Every bed figure comes from census rows, so the charts, the annual report and the exports agree
with each other and with `relais-desk census show`. Functions take a period of nights and
filters, and return plain rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from relais_desk.domain.enums import PARTNER_KIND_LABELS_FR
from relais_desk.domain.models import BedCategory, Call, Capacity, Census, CensusDemand, Orientation, Partner
from relais_desk.domain.nights import NIGHT_ROLLOVER, local_moment, to_local
from relais_desk.services.errors import InvalidValue
from relais_desk.store.database import Database

REASONS = ("saturation", "quota_depasse", "profil_non_accueilli", "autre")
REASON_COLUMNS = {"saturation": "refusals_saturation", "quota_depasse": "refusals_quota",
                  "profil_non_accueilli": "refusals_profile", "autre": "refusals_other"}
MONTHS_SHORT_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                   "déc.")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")


@dataclass(frozen=True)
class Filters:
    """Which nights and which beds: a period, and optionally some shelters, categories, axes."""

    start: date
    end: date
    partner_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    axes: tuple[str, ...] = ()  # partner kinds, for orientations

    def __post_init__(self) -> None:
        if not isinstance(self.start, date) or not isinstance(self.end, date):
            raise InvalidValue("Période invalide.", field="start")
        if self.end < self.start:
            raise InvalidValue("La fin de la période précède son début.", field="end")
        if (self.end - self.start).days > 366 * 20:
            raise InvalidValue("Période trop longue (20 ans au plus).", field="start")


def _census_where(f: Filters) -> list[Any]:
    cond = [Census.night >= f.start, Census.night <= f.end]
    if f.partner_ids:
        cond.append(Census.partner_id.in_(f.partner_ids))
    if f.category_ids:
        cond.append(Census.category_id.in_(f.category_ids))
    return cond


def period_key(night: date, group: str) -> date:
    """The first night of the day/week/month that holds `night`."""
    if group == "day":
        return night
    if group == "week":
        return night - timedelta(days=night.weekday())
    if group == "month":
        return night.replace(day=1)
    raise InvalidValue(f"Regroupement inconnu : « {group} ».", field="group")


def occupancy(db: Database, f: Filters, *, group: str = "day", by: str = "network") -> list[dict[str, Any]]:
    """Occupancy per period: occupied bed-nights over funded bed-nights, by network, shelter or category."""
    if by not in ("network", "shelter", "category"):
        raise InvalidValue(f"Découpage inconnu : « {by} ».", field="by")
    with db.read() as session:
        cols = [Census.night, func.sum(Census.occupied), func.sum(Census.capacity), func.sum(Census.unavailable)]
        key_col = {"network": None, "shelter": Census.partner_id, "category": Census.category_id}[by]
        keys = [key_col] if key_col is not None else []
        stmt = select(*cols, *keys).where(*_census_where(f)).group_by(Census.night, *keys)
        names = _names(session, by)
        acc: dict[tuple[date, Any], list[int]] = defaultdict(lambda: [0, 0, 0])
        for row in session.execute(stmt):
            key = row[4] if key_col is not None else None
            a = acc[(period_key(row[0], group), key)]
            a[0] += row[1] or 0
            a[1] += row[2] or 0
            a[2] += row[3] or 0
    out = []
    for (period, key), (occ, cap, unav) in sorted(acc.items(), key=lambda kv: (kv[0][0], str(names.get(kv[0][1], "")))):
        out.append({"period": period, "key": names.get(key, "Réseau"), "occupied": occ, "capacity": cap,
                    "unavailable": unav, "rate": (occ / cap) if cap else None})
    return out


def _names(session: Session, by: str) -> dict[Any, str]:
    if by == "shelter":
        return dict(session.execute(select(Partner.id, Partner.name)).all())
    if by == "category":
        return dict(session.execute(select(BedCategory.id, BedCategory.label_fr)).all())
    return {}


def bed_nights_by_month(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Nuitées (occupied beds summed over nights) and funded bed-nights, per month."""
    return [{"month": r["period"], "bed_nights": r["occupied"], "capacity_nights": r["capacity"], "rate": r["rate"]}
            for r in occupancy(db, f, group="month")]


def refusals_by_month(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Refusals faute de place per month × category × reason.

    Without a shelter filter: every refusal of the network (census_demand). With one: the
    refusals attributed to those shelters (census rows).
    """
    with db.read() as session:
        cats = dict(session.execute(select(BedCategory.id, BedCategory.label_fr)).all())
        if f.partner_ids:
            table, cond = Census, _census_where(f)
        else:
            table = CensusDemand
            cond = [CensusDemand.night >= f.start, CensusDemand.night <= f.end]
            if f.category_ids:
                cond.append(CensusDemand.category_id.in_(f.category_ids))
        cols = [getattr(table, REASON_COLUMNS[r]) for r in REASONS]
        stmt = (select(table.night, table.category_id, *[func.sum(c) for c in cols]).where(*cond)
                .group_by(table.night, table.category_id))
        acc: dict[tuple[date, int], list[int]] = defaultdict(lambda: [0] * len(REASONS))
        for row in session.execute(stmt):
            a = acc[(period_key(row[0], "month"), row[1])]
            for i in range(len(REASONS)):
                a[i] += row[2 + i] or 0
    return [{"month": m, "category": cats.get(c, "?"), **dict(zip(REASONS, v, strict=True)), "total": sum(v)}
            for (m, c), v in sorted(acc.items(), key=lambda kv: (kv[0][0], cats.get(kv[0][1], "")))]


def _call_bounds(f: Filters) -> tuple[Any, Any]:
    return local_moment(f.start, NIGHT_ROLLOVER), local_moment(f.end + timedelta(days=1), NIGHT_ROLLOVER)


def calls_heatmap(db: Database, f: Filters) -> list[list[int]]:
    """Calls by weekday (0 = lundi) × local hour of day: the hotline's load.

    Counted per UTC hour in SQL, then each bucket (at most 24 × days) is placed in Brussels time:
    converting every call row in Python was the slowest part on a 10-year network.
    """
    lo, hi = _call_bounds(f)
    grid = [[0] * 24 for _ in range(7)]
    with db.read() as session:
        if session.get_bind().dialect.name == "postgresql":
            bucket = func.to_char(func.timezone("UTC", Call.received_at), "YYYY-MM-DD HH24")
        else:
            bucket = func.strftime("%Y-%m-%d %H", Call.received_at)
        rows = session.execute(select(bucket, func.count()).where(Call.received_at >= lo, Call.received_at < hi)
                               .group_by(bucket)).all()
    for key, n in rows:
        local = to_local(datetime.strptime(key, "%Y-%m-%d %H").replace(tzinfo=UTC))
        grid[local.weekday()][local.hour] += n
    return grid


def calls_by(db: Database, f: Filters, column: str) -> dict[str, int]:
    """Calls of the period counted by channel, caller_type, outcome or need (a call may have several needs)."""
    lo, hi = _call_bounds(f)
    if column not in ("channel", "caller_type", "outcome", "needs"):
        raise InvalidValue(f"Colonne inconnue : « {column} ».", field="column")
    with db.read() as session:
        col = getattr(Call, column)
        rows = session.execute(select(col, func.count()).where(Call.received_at >= lo, Call.received_at < hi)
                               .group_by(col)).all()
    out: dict[str, int] = defaultdict(int)
    for value, n in rows:
        if column == "needs":
            for need in (value or "").split(","):
                if need:
                    out[need] += n
        else:
            out[value] += n
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def distinct_persons(db: Database, f: Filters) -> int:
    """Distinct pseudonymous persons with a call or an orientation in the period."""
    lo, hi = _call_bounds(f)
    with db.read() as session:
        from_calls = select(Call.person_id).where(Call.received_at >= lo, Call.received_at < hi,
                                                  Call.person_id.is_not(None))
        from_orient = select(Orientation.person_id).where(Orientation.created_at >= lo, Orientation.created_at < hi,
                                                          Orientation.person_id.is_not(None))
        union = from_calls.union(from_orient).subquery()
        return session.execute(select(func.count()).select_from(union)).scalar_one()


def orientations_by_axis(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Orientations of the period by destination axis × status."""
    lo, hi = _call_bounds(f)
    with db.read() as session:
        stmt = (select(Partner.kind, Orientation.status, func.count())
                .join(Partner, Partner.id == Orientation.partner_id)
                .where(Orientation.created_at >= lo, Orientation.created_at < hi)
                .group_by(Partner.kind, Orientation.status))
        if f.axes:
            stmt = stmt.where(Partner.kind.in_(f.axes))
        if f.partner_ids:
            stmt = stmt.where(Orientation.partner_id.in_(f.partner_ids))
        rows = session.execute(stmt).all()
    return [{"axis": kind, "status": status, "count": n} for kind, status, n in sorted(rows)]


def winter_periods(db: Database, f: Filters) -> list[tuple[date, date]]:
    """Plan-hiver periods overlapping the range (merged), to shade the charts."""
    with db.read() as session:
        rows = session.execute(
            select(Capacity.valid_from, Capacity.valid_to).where(
                Capacity.kind == "plan_hiver", Capacity.retired_at.is_(None), Capacity.valid_from <= f.end,
                or_(Capacity.valid_to.is_(None), Capacity.valid_to >= f.start),
            ).distinct()
        ).all()
    spans = sorted((max(a, f.start), min(b or f.end, f.end)) for a, b in rows)
    merged: list[tuple[date, date]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def occupancy_by_shelter_category(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Per shelter × category over the period: nights, bed-nights, funded bed-nights, rate, refusals."""
    with db.read() as session:
        stmt = (select(Partner.name, BedCategory.label_fr, func.count(Census.id), func.sum(Census.occupied),
                       func.sum(Census.capacity), func.sum(Census.arrivals), func.sum(Census.no_shows),
                       func.sum(Census.refusals_saturation + Census.refusals_quota + Census.refusals_profile
                                + Census.refusals_other))
                .join(Partner, Partner.id == Census.partner_id)
                .join(BedCategory, BedCategory.id == Census.category_id)
                .where(*_census_where(f)).group_by(Partner.name, BedCategory.label_fr, BedCategory.sort_order)
                .order_by(Partner.name, BedCategory.sort_order))
        return [{"shelter": s, "category": c, "nights": n, "bed_nights": occ or 0, "capacity_nights": cap or 0,
                 "rate": (occ / cap) if cap else None, "arrivals": arr or 0, "no_shows": ns or 0,
                 "refusals": ref or 0}
                for s, c, n, occ, cap, arr, ns, ref in session.execute(stmt)]


def unmet_demand(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Evidence for interpellation: per month × category, refusals by reason and calls left without a place."""
    refusals = refusals_by_month(db, f)
    lo, hi = _call_bounds(f)
    with db.read() as session:
        rows = session.execute(select(Call.received_at, Call.needs).where(
            Call.received_at >= lo, Call.received_at < hi,
            Call.outcome.in_(("refus_faute_de_place", "sans_suite")))).all()
    unmet: dict[tuple[date, str], int] = defaultdict(int)
    for at, needs in rows:
        month = to_local(at).date().replace(day=1)
        for need in (needs or "").split(","):
            if need:
                unmet[(month, need)] += 1
    out = [{"month": r["month"], "kind": "refus", "category_or_need": r["category"],
            **{k: r[k] for k in REASONS}, "total": r["total"]} for r in refusals]
    out += [{"month": m, "kind": "besoin non rencontré", "category_or_need": need,
             **dict.fromkeys(REASONS, 0), "total": n} for (m, need), n in sorted(unmet.items())]
    return sorted(out, key=lambda r: (r["month"], r["kind"], r["category_or_need"]))


def census_totals(db: Database, f: Filters) -> dict[str, int]:
    """Plain sums over the census rows of the period: what every report figure must reconcile with."""
    with db.read() as session:
        row = session.execute(select(
            func.count(Census.id), func.sum(Census.occupied), func.sum(Census.capacity),
            func.sum(Census.arrivals), func.sum(Census.no_shows), func.sum(Census.orientations_received),
        ).where(*_census_where(f))).one()
        demand = session.execute(select(*[func.sum(getattr(CensusDemand, REASON_COLUMNS[r])) for r in REASONS])
                                 .where(CensusDemand.night >= f.start, CensusDemand.night <= f.end)).one()
    keys = ("census_rows", "bed_nights", "capacity_nights", "arrivals", "no_shows", "orientations_received")
    out = {k: int(v or 0) for k, v in zip(keys, row, strict=True)}
    out.update({f"refusals_{r}": int(v or 0) for r, v in zip(REASONS, demand, strict=True)})
    out["refusals"] = sum(out[f"refusals_{r}"] for r in REASONS)
    return out


AXIS_LABELS_FR = {k.value: v for k, v in PARTNER_KIND_LABELS_FR.items()}
