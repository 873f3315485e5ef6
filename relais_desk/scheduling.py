"""APScheduler jobs of a running client. They only trigger services; the database decides.

APScheduler 3 cannot share a job store between processes, and does not need to: every client
schedules the same jobs, and the unique keys of the census and the conditional hold updates
make the result the same whichever client (or how many) runs them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from relais_desk.domain.nights import NETWORK_TZ, NIGHT_ROLLOVER, utcnow
from relais_desk.services import beds, census, closed_nights, retention, settings
from relais_desk.services.actor import Actor
from relais_desk.store.database import Database

log = logging.getLogger(__name__)


class ClientScheduler:
    """The nightly census, the noon close of the night, the hourly backfill of both, the hold-expiry sweep and
    the retention purge (tried every hour, done once a day by whichever client comes first)."""

    def __init__(self, db: Database, *, actor: Actor | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.actor = actor or Actor.system("planificateur")
        self.on_error = on_error
        # jobs ask the clock for "now" (tests pass a fixed one; the services never read the wall clock then)
        self.clock = clock
        self.scheduler = BackgroundScheduler(timezone=NETWORK_TZ, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": 3600})

    def start(self, *, now: datetime | None = None, paused: bool = False) -> None:
        """Register the jobs (census at the network's census time, read now) and start the thread."""
        with self.db.read() as session:
            census_at = settings.get_time(session, "census_time")
        self.scheduler.add_job(self._census, CronTrigger(hour=census_at.hour, minute=census_at.minute,
                                                         timezone=NETWORK_TZ), id="census", name="recensement")
        # a minute after "tonight" rolls over, the night that just ended gets its final figures
        self.scheduler.add_job(self._close, CronTrigger(hour=NIGHT_ROLLOVER.hour, minute=NIGHT_ROLLOVER.minute + 1,
                                                        timezone=NETWORK_TZ), id="close_night",
                               name="clôture de la nuit")
        self.scheduler.add_job(self._backfill, IntervalTrigger(hours=1, timezone=NETWORK_TZ), id="backfill",
                               name="recensements manquants", next_run_time=now or self.clock())
        self.scheduler.add_job(self._expire, IntervalTrigger(minutes=1, timezone=NETWORK_TZ), id="expire_holds",
                               name="réservations échues", next_run_time=now or self.clock())
        # hourly, from the start: a network whose workstations are on only by day still purges every day
        self.scheduler.add_job(self._purge, IntervalTrigger(hours=1, timezone=NETWORK_TZ), id="purge",
                               name="durée de conservation", next_run_time=now or self.clock())
        self.scheduler.start(paused=paused)

    def shutdown(self) -> None:
        """Stop the scheduler thread without waiting for a running job (the database keeps it consistent)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def get_jobs(self) -> list[Job]:
        """The registered jobs (id, trigger, next_run_time)."""
        return self.scheduler.get_jobs()

    def _guard(self, what: str, job: Callable[[], object]) -> None:
        """Run one job; log and report its error instead of letting it reach APScheduler."""
        try:
            job()
        except Exception as exc:  # a failed run is retried by the next one; never kill the scheduler
            log.exception("scheduled job %s failed", what)
            if self.on_error is not None:
                try:
                    self.on_error(exc)
                except Exception:
                    log.exception("scheduler error handler failed")

    def _census(self) -> None:
        # the night that just reached its census moment (and the one before, should 23:00 have been missed)
        self._guard("census", lambda: census.write_missing(self.db, actor=self.actor, horizon_days=1,
                                                            trigger="schedule", now=self.clock()))

    def _close(self) -> None:
        self._guard("close_night", lambda: closed_nights.close_missing(self.db, horizon_days=1, now=self.clock()))

    def _backfill(self) -> None:
        # horizon_days=None: the network setting census_horizon_days (default 400), for both
        self._guard("backfill", lambda: census.write_missing(self.db, actor=self.actor, trigger="backfill",
                                                              now=self.clock()))
        self._guard("backfill_closed", lambda: closed_nights.close_missing(self.db, now=self.clock()))

    def _expire(self) -> None:
        self._guard("expire_holds", lambda: beds.expire_holds(self.db, actor=self.actor, now=self.clock()))

    def _purge(self) -> None:
        self._guard("purge", lambda: retention.run_daily(self.db, actor=self.actor, now=self.clock()))
