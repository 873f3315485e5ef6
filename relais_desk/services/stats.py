"""Statistics for the coordinator, read from the closed nights (the network's memory) and the call log.

Every bed and refusal figure comes from closed-night rows (each night's final figures, see
`services.closed_nights`), so the charts, the annual report and the exports agree with each other.
A shelter × category that did not report a night has no occupancy: it is left out of bed-nights and
rates (and counted apart), never taken as empty. Calls, persons and orientations are counted by
their Brussels calendar date. Functions take a period of nights and filters, and return plain rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from relais_desk.domain.models import (
    BedCategory,
    Call,
    Capacity,
    ClosedNight,
    ClosedNightDemand,
    Hold,
    Orientation,
    Partner,
    Refusal,
)
from relais_desk.domain.nights import to_local, to_utc
from relais_desk.services import refusals, stats_cache
from relais_desk.services.errors import InvalidValue
from relais_desk.store import sql
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
            raise InvalidValue.of("period_invalid", field="start")
        if self.end < self.start:
            raise InvalidValue.of("period_end_before_start", field="end")
        if (self.end - self.start).days > 366 * 20:
            raise InvalidValue.of("period_too_long", field="start")


def _closed_where(f: Filters) -> list[Any]:
    cond = [ClosedNight.night >= f.start, ClosedNight.night <= f.end]
    if f.partner_ids:
        cond.append(ClosedNight.partner_id.in_(f.partner_ids))
    if f.category_ids:
        cond.append(ClosedNight.category_id.in_(f.category_ids))
    return cond


def _if_reported(column: Any) -> Any:
    """A closed-night column counted only where the night was reported (NULL otherwise)."""
    return case((ClosedNight.reported, column), else_=None)


def _not_reported() -> Any:
    return func.sum(case((ClosedNight.reported, 0), else_=1))


def period_key(night: date, group: str) -> date:
    """The first night of the day/week/month that holds `night`."""
    if group == "day":
        return night
    if group == "week":
        return night - timedelta(days=night.weekday())
    if group == "month":
        return night.replace(day=1)
    raise InvalidValue.of("grouping_unknown", field="group", value=str(group)[:60])


def occupancy(db: Database, f: Filters, *, group: str = "day", by: str = "network") -> list[dict[str, Any]]:
    """Occupancy per period over reported nights: occupied bed-nights over funded bed-nights (`rate`) and over
    available ones, out-of-service beds excluded (`rate_available`); by network, shelter or category."""
    if by not in ("network", "shelter", "category"):
        raise InvalidValue.of("breakdown_unknown", field="by", value=str(by)[:60])
    period_key(f.start, group)  # an unknown grouping is refused before anything is read
    with db.read() as session:
        sums = stats_cache.cached(db, session, _cache_key("occupancy", f, group, by), f.start, f.end,
                                  lambda: _occupancy_sums(session, f, group, by))
        names = _names(session, by)
        # a category's English label beside its French one (`key_en`): the GUI names it in its language
        names_en = (dict(session.execute(select(BedCategory.id, BedCategory.label_en)).all())
                    if by == "category" else {})
    out = []
    for (period, key), (occ, cap, unav, missing) in sorted(
            sums.items(), key=lambda kv: (kv[0][0], str(names.get(kv[0][1], "")))):
        out.append({"period": period, "key": names.get(key, "Réseau"), "network": by == "network",
                    **({"key_en": names_en.get(key)} if by == "category" else {}), "occupied": occ, "capacity": cap,
                    "unavailable": unav, "not_reported": missing, "rate": (occ / cap) if cap else None,
                    "rate_available": (occ / (cap - unav)) if cap - unav > 0 else None})
    return out


def _cache_key(what: str, f: Filters, *extra: Any) -> tuple[Any, ...]:
    return (what, f.start, f.end, f.partner_ids, f.category_ids, *extra)


def _occupancy_sums(session: Session, f: Filters, group: str, by: str) -> dict[tuple[date, Any], tuple[int, ...]]:
    """(period, shelter or category id or None) → (occupied, capacity, unavailable, not reported) sums.

    By shelter or category the database sums each period (`sql.period_start`): a year by shelter is 5,300 weekly
    rows instead of 36,500 nightly ones. The network's own sums are read night by night, in the index's order
    (a grouping by period would sort them), and added up here."""
    key_col = {"network": None, "shelter": ClosedNight.partner_id, "category": ClosedNight.category_id}[by]
    period = (ClosedNight.night if key_col is None
              else sql.period_start(session.get_bind().dialect.name, ClosedNight.night, group))
    cols = [period, func.sum(ClosedNight.occupied), func.sum(_if_reported(ClosedNight.capacity)),
            func.sum(_if_reported(ClosedNight.unavailable)), _not_reported()]
    keys = [key_col] if key_col is not None else []
    stmt = select(*cols, *keys).where(*_closed_where(f)).group_by(period, *keys)
    acc: dict[tuple[date, Any], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in session.execute(stmt):
        a = acc[(period_key(row[0], group), row[5] if key_col is not None else None)]  # (a period's start: itself)
        for i in range(4):
            a[i] += row[1 + i] or 0
    return {k: tuple(v) for k, v in acc.items()}


def _names(session: Session, by: str) -> dict[Any, str]:
    if by == "shelter":
        return dict(session.execute(select(Partner.id, Partner.name)).all())
    if by == "category":
        return dict(session.execute(select(BedCategory.id, BedCategory.label_fr)).all())
    return {}


def bed_nights_by_month(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Nuitées (final occupied beds summed over reported nights) and funded bed-nights, per month."""
    return [{"month": r["period"], "bed_nights": r["occupied"], "capacity_nights": r["capacity"], "rate": r["rate"],
             "rate_available": r["rate_available"], "not_reported": r["not_reported"]}
            for r in occupancy(db, f, group="month")]


def refusals_by_month(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Refusals per month × category × reason, every refusal of each night whenever it was recorded.

    Without a shelter filter: every refusal of the network (closed_night_demand). With one: the
    refusals attributed to those shelters (closed_night rows).
    """
    with db.read() as session:
        sums = stats_cache.cached(db, session, _cache_key("refusals", f), f.start, f.end,
                                  lambda: _refusal_sums(session, f))
        cats = dict(session.execute(select(BedCategory.id, BedCategory.label_fr)).all())
    return [{"month": m, "category": cats.get(c, "?"), **dict(zip(REASONS, v, strict=True)), "total": sum(v)}
            for (m, c), v in sorted(sums.items(), key=lambda kv: (kv[0][0], cats.get(kv[0][1], "")))]


def _refusal_sums(session: Session, f: Filters) -> dict[tuple[date, int], tuple[int, ...]]:
    """(month, category id) → refusals per reason (in `REASONS` order)."""
    table: Any
    if f.partner_ids:
        table, cond = ClosedNight, _closed_where(f)
    else:
        table = ClosedNightDemand
        cond = [ClosedNightDemand.night >= f.start, ClosedNightDemand.night <= f.end]
        if f.category_ids:
            cond.append(ClosedNightDemand.category_id.in_(f.category_ids))
    cols = [getattr(table, REASON_COLUMNS[r]) for r in REASONS]
    stmt = (select(table.night, table.category_id, *[func.sum(c) for c in cols]).where(*cond)
            .group_by(table.night, table.category_id))
    acc: dict[tuple[date, int], list[int]] = defaultdict(lambda: [0] * len(REASONS))
    for row in session.execute(stmt):
        a = acc[(period_key(row[0], "month"), row[1])]
        for i in range(len(REASONS)):
            a[i] += row[2 + i] or 0
    return {k: tuple(v) for k, v in acc.items()}


def _call_bounds(f: Filters) -> tuple[Any, Any]:
    """UTC bounds of the period's Brussels calendar days: from midnight of `start` to midnight after `end`."""
    return (to_utc(datetime.combine(f.start, datetime.min.time())),
            to_utc(datetime.combine(f.end + timedelta(days=1), datetime.min.time())))


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
    for key, n in rows:  # "YYYY-MM-DD HH" (strptime was a fifth of the Statistiques screen's time)
        local = to_local(datetime(int(key[:4]), int(key[5:7]), int(key[8:10]), int(key[11:13]), tzinfo=UTC))
        grid[local.weekday()][local.hour] += n
    return grid


CALL_COLUMNS = ("channel", "caller_type", "outcome", "needs")


def calls_by(db: Database, f: Filters, column: str) -> dict[str, int]:
    """Calls of the period counted by channel, caller_type, outcome or need (a call may have several needs)."""
    if column not in CALL_COLUMNS:
        raise InvalidValue.of("column_unknown", field="column", value=str(column)[:60])
    return calls_by_each(db, f, (column,))[column]


def calls_by_each(db: Database, f: Filters, columns: tuple[str, ...] = CALL_COLUMNS) -> dict[str, dict[str, int]]:
    """`calls_by` for several columns from one reading of the period's calls (the annual report's four tables):
    the calls are counted once per combination of the columns, then each column's counts add up."""
    lo, hi = _call_bounds(f)
    if not columns or any(c not in CALL_COLUMNS for c in columns):
        raise InvalidValue.of("column_unknown", field="column", value=", ".join(columns)[:60])
    with db.read() as session:
        cols = [getattr(Call, c) for c in columns]
        rows = session.execute(select(*cols, func.count()).where(Call.received_at >= lo, Call.received_at < hi)
                               .group_by(*cols)).all()
    out: dict[str, dict[str, int]] = {c: defaultdict(int) for c in columns}
    for *values, n in rows:
        for column, value in zip(columns, values, strict=True):
            if column == "needs":
                for need in (value or "").split(","):
                    if need:
                        out[column][need] += n
            else:
                out[column][value] += n
    return {c: dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))) for c, counts in out.items()}


def distinct_persons(db: Database, f: Filters) -> int:
    """Distinct pseudonymous persons with any contact in the period: a call, an orientation, a hold (a bed kept
    at a shelter) or a refusal (at a shelter's door too). Anonymous contacts are counted apart.

    A person is their `person_id`, or once purged the `anonymous_key` their events kept: the count of a
    past period is the same before and after a purge.
    """
    lo, hi = _call_bounds(f)

    def who(model: Any, when: Any) -> Any:
        return select(model.person_id, model.anonymous_key).where(
            when >= lo, when < hi, or_(model.person_id.is_not(None), model.anonymous_key.is_not(None)))

    with db.read() as session:
        parts = [who(Call, Call.received_at), who(Orientation, Orientation.created_at), who(Hold, Hold.created_at),
                 who(Refusal, Refusal.at).where(refusals.counted())]
        union = parts[0].union(*parts[1:]).subquery()
        return session.execute(select(func.count()).select_from(union)).scalar_one()


def anonymous_contacts(db: Database, f: Filters) -> int:
    """Contacts with no pseudonymous person: calls without a person and door refusals without one (a purged
    person's contacts are not anonymous: they still count as that person's)."""
    lo, hi = _call_bounds(f)
    with db.read() as session:
        calls = session.execute(select(func.count()).where(Call.received_at >= lo, Call.received_at < hi,
                                                           Call.person_id.is_(None),
                                                           Call.anonymous_key.is_(None))).scalar_one()
        door = session.execute(select(func.count()).where(Refusal.at >= lo, Refusal.at < hi,
                                                          Refusal.call_id.is_(None), refusals.counted(),
                                                          Refusal.person_id.is_(None),
                                                          Refusal.anonymous_key.is_(None))).scalar_one()
    return calls + door


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
    """Per shelter × category over the period: closed nights, nights not reported, bed-nights and funded
    bed-nights of reported nights, both rates, arrivals, no-shows and refusals attributed to the shelter."""
    with db.read() as session:
        sums = stats_cache.cached(db, session, _cache_key("by_shelter_category", f), f.start, f.end,
                                  lambda: _shelter_category_sums(session, f))
        shelters = dict(session.execute(select(Partner.id, Partner.name)).all())
        categories = {i: (label, order) for i, label, order in session.execute(
            select(BedCategory.id, BedCategory.label_fr, BedCategory.sort_order))}
    # named after the cache (a renamed shelter shows its new name); rows of one name and category add up
    merged: dict[tuple[str, str, int], list[int]] = {}
    for (partner_id, category_id), values in sums.items():
        label, order = categories[category_id]
        row = merged.setdefault((shelters[partner_id], label, order), [0] * len(values))
        for i, v in enumerate(values):
            row[i] += v
    out = []
    for (s, c, _order), (n, missing, occ, cap, unav, arr, ns, ref) in sorted(
            merged.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])):
        out.append({"shelter": s, "category": c, "nights": n, "not_reported": missing, "bed_nights": occ,
                    "capacity_nights": cap, "rate": (occ / cap) if cap else None,
                    "rate_available": (occ / (cap - unav)) if cap - unav > 0 else None,
                    "arrivals": arr, "no_shows": ns, "refusals": ref})
    return out


def _shelter_category_sums(session: Session, f: Filters) -> dict[tuple[int, int], tuple[int, ...]]:
    """(shelter id, category id) → (nights, not reported, bed-nights, capacity, unavailable, arrivals, no-shows,
    refusals) over the closed nights of the period."""
    refused = (ClosedNight.refusals_saturation + ClosedNight.refusals_quota + ClosedNight.refusals_profile
               + ClosedNight.refusals_other)
    stmt = (select(ClosedNight.partner_id, ClosedNight.category_id, func.count(ClosedNight.id), _not_reported(),
                   func.sum(ClosedNight.occupied), func.sum(_if_reported(ClosedNight.capacity)),
                   func.sum(_if_reported(ClosedNight.unavailable)), func.sum(ClosedNight.arrivals),
                   func.sum(ClosedNight.no_shows), func.sum(refused))
            .where(*_closed_where(f)).group_by(ClosedNight.partner_id, ClosedNight.category_id))
    return {(p, c): tuple(int(v or 0) for v in values) for p, c, *values in session.execute(stmt)}


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


def closed_totals(db: Database, f: Filters) -> dict[str, int]:
    """Plain sums over the closed nights of the period: what every report figure must reconcile with."""
    with db.read() as session:
        return dict(stats_cache.cached(db, session, _cache_key("totals", f), f.start, f.end,
                                       lambda: _closed_totals(session, f)))


def _closed_totals(session: Session, f: Filters) -> dict[str, int]:
    row = session.execute(select(
        func.count(ClosedNight.id), _not_reported(), func.sum(ClosedNight.occupied),
        func.sum(_if_reported(ClosedNight.capacity)), func.sum(_if_reported(ClosedNight.unavailable)),
        func.sum(ClosedNight.arrivals), func.sum(ClosedNight.no_shows), func.sum(ClosedNight.orientations_received),
        func.sum(ClosedNight.refusals_saturation + ClosedNight.refusals_quota + ClosedNight.refusals_profile
                 + ClosedNight.refusals_other),
    ).where(*_closed_where(f))).one()
    demand = session.execute(select(*[func.sum(getattr(ClosedNightDemand, REASON_COLUMNS[r])) for r in REASONS],
                                    func.sum(ClosedNightDemand.refused_person_nights))
                             .where(ClosedNightDemand.night >= f.start, ClosedNightDemand.night <= f.end)).one()
    keys = ("closed_rows", "nights_not_reported", "bed_nights", "capacity_nights", "unavailable_nights", "arrivals",
            "no_shows", "orientations_received", "refusals_at_shelters")
    out = {k: int(v or 0) for k, v in zip(keys, row, strict=True)}
    out.update({f"refusals_{r}": int(v or 0) for r, v in zip(REASONS, demand[:-1], strict=True)})
    out["refusals"] = sum(out[f"refusals_{r}"] for r in REASONS)
    out["refusal_person_nights"] = int(demand[-1] or 0)
    return out


def report_years(db: Database) -> list[int]:
    """The years an annual report has data for, newest first: a closed night (by the evening's date) or a call
    (by its Brussels date) in the year — what `reports.annual.build_annual` refuses without."""
    with db.read() as session:
        first_night, last_night = session.execute(select(func.min(ClosedNight.night),
                                                         func.max(ClosedNight.night))).one()
        first_call, last_call = session.execute(select(func.min(Call.received_at), func.max(Call.received_at))).one()
        ends = [n.year for n in (first_night, last_night) if n is not None]
        ends += [to_local(c).year for c in (first_call, last_call) if c is not None]
        if not ends:
            return []
        years = [year for year in range(max(min(ends), 2000), min(max(ends), 2200) + 1)
                 if _has_data(session, Filters(date(year, 1, 1), date(year, 12, 31)))]
    return sorted(years, reverse=True)


def has_data(db: Database, f: Filters) -> bool:
    """Whether the period has a closed night or a call: a report of it would say something."""
    with db.read() as session:
        return _has_data(session, f)


def _has_data(session: Session, f: Filters) -> bool:
    if session.execute(select(ClosedNight.id).where(*_closed_where(f)).limit(1)).first() is not None:
        return True
    lo, hi = _call_bounds(f)
    return session.execute(select(Call.id).where(Call.received_at >= lo, Call.received_at < hi)
                           .limit(1)).first() is not None
