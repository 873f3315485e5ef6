"""The demo's censuses and closed nights, computed in one pass from the rows the generator wrote.

`census.compute_night` and `closed_nights.compute_night` read one night at a time from the database
(ten queries, a board rebuilt from the ledger): on ten years × 100 shelters that was most of the demo's
time. The generator knows every row it wrote, so it computes the same rows here, by the same rules:
the board as of the census moment (23:00) or the close (next noon) — the night's latest bed counts by
then, else the carry-over of `beds.virtual_state` — *not reported* when nobody set the counts by then,
arrivals and no-shows, bed orientations received, refusals per shelter × category and per category.
tests/test_demo.py checks every night against the services' own computation.
"""

from __future__ import annotations

import socket
from collections import defaultdict
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import insert, update

from relais_desk.demo.bulk import RowTarget
from relais_desk.demo.network import Pair, in_winter
from relais_desk.domain.enums import HoldStatus, LedgerAction
from relais_desk.domain.models import Census, CensusDemand, CensusRun, ClosedNight, ClosedNightDemand
from relais_desk.domain.nights import local_moment
from relais_desk.services import beds
from relais_desk.services.census import REASON_FIELDS
from relais_desk.services.closed_nights import DEMAND_FIELDS, close_moment

COUNTS_SET = LedgerAction.COUNTS_SET.value
ARRIVED = LedgerAction.HOLD_ARRIVED.value
EXPIRED = LedgerAction.HOLD_EXPIRED.value
CENSUS_DEMAND_FIELDS = (*REASON_FIELDS.values(), "refusals_from_calls", "refusals_at_door")
# One bed-count change: (at, ledger action, capacity, unavailable, occupied, held)
BedEvent = tuple[datetime, str, int, int, int, int]


class NightFigures:
    """Accumulates a chunk of nights' rows from `History`, then writes their census and closed-night rows."""

    def __init__(self, pairs: list[Pair], order: dict[tuple[int, int], Any], census_at: clock, now: datetime,
                 census_nights: tuple[date, date], closed_nights: tuple[date, date]) -> None:
        # the board's order (shelter name, category), which is the order the services insert rows in
        self.pairs = sorted(pairs, key=lambda p: order[(p.partner_id, p.category_id)])
        self.census_at, self.now = census_at, now
        self.census_nights, self.closed_nights = census_nights, closed_nights
        self.carry: dict[tuple[int, int], tuple[date, int]] = {}  # latest night with counts: (night, unavailable)
        self.census_rows = self.closed_rows = self.census_nights_written = 0

    def write(self, target: RowTarget, first: date, last: date,
              bed_events: dict[tuple[date, int, int], list[BedEvent]], rows: dict[str, list], run_id: int) -> None:
        """Census and closed-night rows of nights `first`..`last`, from that chunk's rows (all of its events)."""
        holds: dict[date, list[dict]] = defaultdict(list)
        for h in rows["hold"]:
            holds[h["night"]].append(h)
        received: dict[date, list[tuple[datetime, int, int]]] = defaultdict(list)
        for o in rows["orientation"]:
            if o["night"] is not None and o["category_id"] is not None:
                received[o["night"]].append((o["created_at"], o["partner_id"], o["category_id"]))
        refused: dict[date, list[dict]] = defaultdict(list)
        for r in rows["refusal"]:
            refused[r["night"]].append(r)
        out: dict[str, list] = {"census": [], "census_demand": [], "closed": [], "closed_demand": []}
        night = first
        while night <= last:
            if self.census_nights[0] <= night <= self.census_nights[1]:
                self._census(out, night, bed_events, received[night], refused[night], run_id)
            if self.closed_nights[0] <= night <= self.closed_nights[1]:
                self._closed(out, night, bed_events, holds[night], received[night], refused[night])
            for pair in self.pairs:
                events = bed_events.get((night, pair.partner_id, pair.category_id))
                if events:
                    self.carry[(pair.partner_id, pair.category_id)] = (night, events[-1][3])
            night += timedelta(days=1)
        for model, kind in ((Census, "census"), (CensusDemand, "census_demand"), (ClosedNight, "closed"),
                            (ClosedNightDemand, "closed_demand")):
            target.insert(model, out[kind])

    def _board(self, night: date, at: datetime, bed_events: dict[tuple[date, int, int], list[BedEvent]],
               ) -> list[tuple[Pair, tuple[int, int, int, int], bool, int, int]]:
        """Per pair as of `at`: (pair, (capacity, unavailable, occupied, held), reported, arrivals, no-shows)."""
        winter = in_winter(night)
        out = []
        for pair in self.pairs:
            key = (pair.partner_id, pair.category_id)
            events = [e for e in bed_events.get((night, *key), ()) if e[0] <= at]
            if events:
                last = events[-1]
                state = (last[2], last[3], last[4], last[5])
                actions = [e[1] for e in events]
                out.append((pair, state, COUNTS_SET in actions, actions.count(ARRIVED), actions.count(EXPIRED)))
                continue
            capacity = pair.base + (pair.winter if winter else 0)
            carried = self.carry.get(key)
            unavailable = carried[1] if carried and carried[0] >= night - timedelta(days=beds.CARRY_NIGHTS) else 0
            out.append((pair, (capacity, min(unavailable, capacity), 0, 0), False, 0, 0))
        return out

    def _census(self, out: dict[str, list], night: date, bed_events: dict, received: list, refused: list[dict],
                run_id: int) -> None:
        at = local_moment(night, self.census_at)
        got: dict[tuple[int, int], int] = defaultdict(int)
        for created_at, partner_id, category_id in received:
            if created_at <= at:
                got[(partner_id, category_id)] += 1
        by_pair: dict[tuple[int, int], dict[str, int]] = {}
        demand: dict[int, dict[str, int]] = {}
        for r in refused:
            if r["at"] > at:
                continue
            column = REASON_FIELDS.get(r["reason"], "refusals_other")
            if r["partner_id"] is not None:
                counts = by_pair.setdefault((r["partner_id"], r["category_id"]), dict.fromkeys(REASON_FIELDS.values(), 0))
                counts[column] += 1
            d = demand.setdefault(r["category_id"], dict.fromkeys(CENSUS_DEMAND_FIELDS, 0))
            d[column] += 1
            d["refusals_from_calls" if r["source"] == "call" else "refusals_at_door"] += 1
        rows = out["census"]
        for pair, (capacity, unavailable, occupied, held), reported, arrivals, no_shows in self._board(
                night, at, bed_events):
            key = (pair.partner_id, pair.category_id)
            winter = pair.winter if in_winter(night) else 0
            rows.append({
                "night": night, "partner_id": pair.partner_id, "category_id": pair.category_id, "reported": reported,
                "capacity": capacity, "capacity_base": pair.base, "capacity_winter": winter,
                "unavailable": unavailable, "occupied": occupied if reported else None, "held": held,
                "free": max(capacity - unavailable - occupied - held, 0) if reported else None,
                "arrivals": arrivals, "no_shows": no_shows, "orientations_received": got.get(key, 0),
                **(by_pair.get(key) or dict.fromkeys(REASON_FIELDS.values(), 0)),
                "computed_at": self.now, "run_id": run_id})
            demand.setdefault(pair.category_id, dict.fromkeys(CENSUS_DEMAND_FIELDS, 0))
        self.census_rows += len(self.pairs)
        self.census_nights_written += 1 if self.pairs else 0
        out["census_demand"].extend({"night": night, "category_id": c, **v, "computed_at": self.now, "run_id": run_id}
                                    for c, v in sorted(demand.items()))

    def _closed(self, out: dict[str, list], night: date, bed_events: dict, holds: list[dict], received: list,
                refused: list[dict]) -> None:
        at = close_moment(night)
        arrivals: dict[tuple[int, int], int] = defaultdict(int)
        no_shows: dict[tuple[int, int], int] = defaultdict(int)
        last_arrival: dict[tuple[int | None, str | None], tuple[datetime, int, tuple[int, int]]] = {}
        for h in holds:
            if h["closed_at"] is None or h["closed_at"] > at:
                continue
            key = (h["partner_id"], h["category_id"])
            if h["status"] == HoldStatus.EXPIRED.value:
                no_shows[key] += 1
            elif h["status"] == HoldStatus.ARRIVED.value:
                who = (h["person_id"], None)
                if h["person_id"] is None:
                    arrivals[key] += 1
                elif who not in last_arrival or (h["closed_at"], h["id"]) > last_arrival[who][:2]:
                    last_arrival[who] = (h["closed_at"], h["id"], key)
        for _at, _id, key in last_arrival.values():
            arrivals[key] += 1
        got: dict[tuple[int, int], int] = defaultdict(int)
        for created_at, partner_id, category_id in received:
            if created_at <= at:
                got[(partner_id, category_id)] += 1
        board_keys = {(p.partner_id, p.category_id) for p in self.pairs}
        by_pair: dict[tuple[int, int], dict[str, int]] = {}
        demand: dict[int, dict[str, int]] = {}
        last_refusal: dict[int, tuple[datetime, int, int]] = {}
        for r in refused:
            if r["at"] > at:
                continue
            column = REASON_FIELDS.get(r["reason"], "refusals_other")
            d = demand.setdefault(r["category_id"], dict.fromkeys(DEMAND_FIELDS, 0))
            key = (r["partner_id"], r["category_id"])
            if key in board_keys:
                by_pair.setdefault(key, dict.fromkeys(REASON_FIELDS.values(), 0))[column] += 1
            else:
                d["refusals_without_shelter"] += 1
            d[column] += 1
            d["refusals_from_calls" if r["source"] == "call" else "refusals_at_door"] += 1
            person = r["person_id"]
            if person is None:
                d["refused_person_nights"] += 1
            elif person not in last_refusal or (r["at"], r["id"]) > last_refusal[person][:2]:
                last_refusal[person] = (r["at"], r["id"], r["category_id"])
        for _at, _id, category_id in last_refusal.values():
            demand[category_id]["refused_person_nights"] += 1
        rows = out["closed"]
        for pair, (capacity, unavailable, occupied, _held), reported, _arrived, _expired in self._board(
                night, at, bed_events):
            key = (pair.partner_id, pair.category_id)
            rows.append({
                "night": night, "partner_id": pair.partner_id, "category_id": pair.category_id, "reported": reported,
                "capacity": capacity, "capacity_base": pair.base,
                "capacity_winter": pair.winter if in_winter(night) else 0, "unavailable": unavailable,
                "occupied": occupied if reported else None, "arrivals": arrivals.get(key, 0),
                "no_shows": no_shows.get(key, 0), "orientations_received": got.get(key, 0),
                **(by_pair.get(key) or dict.fromkeys(REASON_FIELDS.values(), 0)), "computed_at": self.now})
            demand.setdefault(pair.category_id, dict.fromkeys(DEMAND_FIELDS, 0))
        self.closed_rows += len(self.pairs)
        out["closed_demand"].extend({"night": night, "category_id": c, **v, "computed_at": self.now}
                                    for c, v in sorted(demand.items()))


def start_run(conn: Any, at: datetime) -> int:
    """The census run the demo's censuses belong to (census.write_missing starts one the same way)."""
    return conn.execute(insert(CensusRun).values(started_at=at, workstation=socket.gethostname()[:120],
                                                 user_id=None, trigger="demo").returning(CensusRun.id)).scalar_one()


def finish_run(conn: Any, run_id: int, at: datetime, nights: int, rows: int) -> None:
    conn.execute(update(CensusRun).where(CensusRun.id == run_id)
                 .values(finished_at=at, nights_written=nights, rows_written=rows))
