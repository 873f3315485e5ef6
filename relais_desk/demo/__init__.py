"""A fictional but realistic Relais social network with years of history, deterministic by seed.

Used by `make run`, the screenshots and the benchmarks. Everything is written in bulk (Core
executemany), but every row is what the services would write for the same steps: the ledger rows
are built by the same helpers (`store.ledger.entry`, the services' before/after builders), each night
starts from the carry-over rule of `services.beds`, and the censuses and closed nights are written
at the end by their services. `History` can also record each step as the service call that makes
it: a test plays nights through the services and compares the ledgers field by field.

What makes it plausible: persons' contacts follow a heavy tail (most 1–5 a year, a few regulars
dozens); one bed a night per person; family calls carry a household of 2–6 persons; and a few
per cent of shelter-nights have no count update at all (not reported, never "empty").
"""

from __future__ import annotations

import gc
import time
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from relais_desk.demo.bulk import BackgroundWriter, Inserts
from relais_desk.demo.figures import NightFigures, finish_run, start_run
from relais_desk.demo.history import History
from relais_desk.demo.network import (
    ACTOR,
    DEMO_LOGINS,
    DEMO_SHELTER_PASSWORD,
    MAX_SHELTERS,
    MAX_YEARS,
    DemoSummary,
    Network,
    Progress,
    check_arguments,
    has_network,
    network,
)
from relais_desk.domain.models import BedCategory, Partner
from relais_desk.domain.nights import moment
from relais_desk.services import census, closed_nights, settings
from relais_desk.store import changes
from relais_desk.store.database import Database

__all__ = ["ACTOR", "DEMO_LOGINS", "DEMO_SHELTER_PASSWORD", "MAX_SHELTERS", "MAX_YEARS", "DemoSummary", "History",
           "Network", "Progress", "check_arguments", "generate", "has_network", "network"]


def generate(db: Database, *, seed: int = 1, years: int = 2, shelters: int = 12, now: datetime | None = None,
             progress: Progress | None = None,
             script: list[tuple[datetime, str, dict[str, Any]]] | None = None) -> DemoSummary:
    """Fill an empty database with the demo network and `years` of history ending tonight.

    `script`, when given, receives every step of the history as the service call that would make it
    (at, what, arguments): tests play it through the services and compare the ledgers."""
    # The history holds millions of live rows and persons and makes no reference cycles: the cyclic garbage
    # collector would go over all of them again and again for nothing (a tenth of the demo's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(db, seed=seed, years=years, shelters=shelters, now=now, progress=progress, script=script)
    finally:
        if collecting:
            gc.enable()


def _generate(db: Database, *, seed: int, years: int, shelters: int, now: datetime | None,
              progress: Progress | None, script: list[tuple[datetime, str, dict[str, Any]]] | None) -> DemoSummary:
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    net = network(db, seed=seed, years=years, shelters=shelters, now=now, progress=say)
    summary, first, tonight, now = net.summary, net.first, net.tonight, net.now
    sim = History.of(net, script)
    say(f"Historique de {net.years} an(s), {summary.shelters} abris…")
    # On the embedded database the censuses and closed nights are computed with the history, in bulk
    # (figures.py, checked night by night against the services); a shared server computes its own.
    figures = _night_figures(db, net) if db.is_sqlite else None
    run_id = None
    if figures and figures.census_nights[0] <= figures.census_nights[1]:  # a run only when a census is due
        with db.write() as session:
            run_id = start_run(session.connection(), moment(now))
    # The bulk tables' indexes are kept up to date as the rows go in: on SQLite the writing process does it on
    # the other core while the history is computed (built at the end, they kept that core idle until then).
    summary.write_busy_s, summary.write_wait_s = (round(s, 1) for s in _history(db, sim, figures, run_id, first,
                                                                                 tonight))
    with db.write() as session:
        sim.last_contacts(session.connection())
        if run_id is not None:
            finish_run(session.connection(), run_id, moment(now), figures.census_nights_written,
                       figures.census_rows)
        if figures:
            changes.announce(session, "census")
    summary.nights = (tonight - first).days + 1
    summary.calls, summary.orientations, summary.refusals = sim.n_calls, sim.n_orientations, sim.n_refusals
    summary.ledger_rows = sim.n_ledger
    if figures:
        summary.census_rows, summary.closed_rows = figures.census_rows, figures.closed_rows
    else:
        say("Recensements nocturnes…")
        written = census.write_missing(db, actor=ACTOR, horizon_days=(tonight - first).days + 2, trigger="demo",
                                       now=now)
        summary.census_rows = written.rows_written
        say("Nuits clôturées…")
        summary.closed_rows = closed_nights.close_missing(db, horizon_days=(tonight - first).days + 2,
                                                          now=now).rows_written
    if not db.is_sqlite:
        _analyze(db)
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


def _analyze(db: Database) -> None:
    """Planner statistics for the tables just filled (PostgreSQL). A bulk load leaves none until autovacuum
    comes by, if it is on at all: without them a year's orientations were counted by a nested loop over the
    shelters, 0.8 s instead of 0.05 s. (SQLite is left without: its ANALYZE made that query slower.)"""
    with db.write() as session:
        session.connection().exec_driver_sql("ANALYZE")


def _history(db: Database, sim: History, figures: NightFigures | None, run_id: int | None, first: date,
             tonight: date) -> tuple[float, float]:
    """The nights' rows, 30 nights a transaction (with their censuses and closed nights on SQLite).

    On SQLite a process writes each 30 nights while the next are computed (`bulk.BackgroundWriter`): the seconds
    it was busy, and the seconds the history waited for it."""
    writer = BackgroundWriter(db) if db.is_sqlite else None
    night = first
    chunk_days = 30
    try:
        while night <= tonight:
            chunk_end = min(night + timedelta(days=chunk_days - 1), tonight)
            rows = sim.nights(night, chunk_end)
            if writer is not None:
                sim.write(writer, rows)
                if figures:
                    figures.write(writer, night, chunk_end, sim.bed_events, rows, run_id)
                writer.commit()
            else:
                with db.write() as session:
                    sim.write(Inserts(session.connection()), rows)
                    sim.follow_ids(session.connection())
            night = chunk_end + timedelta(days=1)
    except BaseException:
        if writer is not None:
            writer.close(failed=True)
        raise
    if writer is None:
        return 0.0, 0.0
    started = time.perf_counter()
    writer.close()
    return writer.busy_s, writer.waited_s + time.perf_counter() - started


def _night_figures(db: Database, net: Network) -> NightFigures:
    """What the census and the close would compute for the history's nights (see figures.py)."""
    with db.read() as session:
        names = dict(session.execute(select(Partner.id, Partner.name)).all())
        cats = {c.id: (c.sort_order, c.code) for c in session.execute(select(BedCategory)).scalars()}
        census_at = settings.get_time(session, "census_time")
        last_census = census.last_censusable_night(session, moment(net.now))
    order = {(p.partner_id, p.category_id): (names[p.partner_id].lower(), *cats[p.category_id]) for p in net.pairs}
    return NightFigures(net.pairs, order, census_at, moment(net.now), (net.first, last_census),
                        (net.first, closed_nights.last_closed_night(net.now)))

