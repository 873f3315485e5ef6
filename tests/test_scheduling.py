"""The client scheduler: its jobs fire at the network's times and only call the services; errors never kill it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select

from relais_desk.domain.enums import HoldStatus
from relais_desk.domain.models import Census, CensusRun, Hold
from relais_desk.domain.nights import local_moment
from relais_desk.scheduling import ClientScheduler
from relais_desk.services import beds, census, closed_nights, settings
from relais_desk.services.settings import parse_hhmm
from relais_desk.store.database import Database
from tests.network import SYSTEM

BRUSSELS = ZoneInfo("Europe/Brussels")
NOON = datetime(2026, 1, 15, 11, tzinfo=UTC)  # 12:00 in Brussels (winter)


def _jobs(scheduler: ClientScheduler) -> dict:
    return {j.id: j for j in scheduler.get_jobs()}


def test_jobs_are_registered_at_the_right_times(network_db):
    scheduler = ClientScheduler(network_db, clock=lambda: NOON)
    scheduler.start(paused=True, now=NOON)
    try:
        jobs = _jobs(scheduler)
        assert set(jobs) == {"census", "close_night", "backfill", "expire_holds", "purge"}
        # backfill and hold sweep run at start, then every hour / every minute
        assert jobs["backfill"].next_run_time == NOON and jobs["expire_holds"].next_run_time == NOON
        assert isinstance(jobs["backfill"].trigger, IntervalTrigger)
        assert jobs["backfill"].trigger.interval == timedelta(hours=1)
        assert jobs["expire_holds"].trigger.interval == timedelta(minutes=1)
        for job in jobs.values():
            assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time
        # the census: 23:00 Brussels, i.e. 22:00 UTC in winter and 21:00 UTC in summer
        trigger = jobs["census"].trigger
        assert isinstance(trigger, CronTrigger)
        winter = trigger.get_next_fire_time(None, NOON)
        assert winter.astimezone(UTC) == datetime(2026, 1, 15, 22, tzinfo=UTC)
        summer = trigger.get_next_fire_time(None, datetime(2026, 7, 1, 10, tzinfo=UTC))
        assert summer.astimezone(UTC) == datetime(2026, 7, 1, 21, tzinfo=UTC)
        # the night closes when "tonight" rolls over: just after noon in Brussels
        close = jobs["close_night"].trigger.get_next_fire_time(None, datetime(2026, 7, 1, 8, tzinfo=UTC))
        assert close.astimezone(BRUSSELS).strftime("%H:%M") == "12:01"
    finally:
        scheduler.shutdown()


def test_the_census_fires_once_on_each_daylight_saving_sunday(network_db):
    scheduler = ClientScheduler(network_db, clock=lambda: NOON)
    scheduler.start(paused=True, now=NOON)
    try:
        trigger = _jobs(scheduler)["census"].trigger
        fires = []
        at = datetime(2026, 3, 28, 12, tzinfo=UTC)
        for _ in range(3):  # 28, 29 and 30 March: the clocks go forward on the 29th at 02:00
            at = trigger.get_next_fire_time(None, at + timedelta(seconds=1))
            fires.append(at.astimezone(UTC))
        assert fires == [datetime(2026, 3, 28, 22, tzinfo=UTC), datetime(2026, 3, 29, 21, tzinfo=UTC),
                         datetime(2026, 3, 30, 21, tzinfo=UTC)]
        fires, at = [], datetime(2026, 10, 24, 12, tzinfo=UTC)
        for _ in range(3):  # back on the 25th at 03:00
            at = trigger.get_next_fire_time(None, at + timedelta(seconds=1))
            fires.append(at.astimezone(UTC))
        assert fires == [datetime(2026, 10, 24, 21, tzinfo=UTC), datetime(2026, 10, 25, 22, tzinfo=UTC),
                         datetime(2026, 10, 26, 22, tzinfo=UTC)]
    finally:
        scheduler.shutdown()


def test_the_census_time_comes_from_the_network_settings(network_db):
    settings.set_value(network_db, "census_time", "21:30", actor=SYSTEM)
    scheduler = ClientScheduler(network_db, clock=lambda: NOON)
    scheduler.start(paused=True, now=NOON)
    try:
        fire = _jobs(scheduler)["census"].trigger.get_next_fire_time(None, NOON)
        assert fire.astimezone(BRUSSELS).time() == parse_hhmm("21:30")
    finally:
        scheduler.shutdown()


def test_the_jobs_write_the_census_and_expire_holds_through_the_services(network_db):
    night = date(2026, 1, 15)
    now = {"at": local_moment(night, parse_hhmm("20:00"))}
    scheduler = ClientScheduler(network_db, clock=lambda: now["at"])
    scheduler.start(paused=True, now=NOON)
    try:
        jobs = _jobs(scheduler)
        hold = beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, now=now["at"],
                             deadline=local_moment(night, parse_hhmm("22:00")))
        now["at"] = local_moment(night, parse_hhmm("22:30"))
        jobs["expire_holds"].func()
        with network_db.read() as s:
            assert s.get(Hold, hold.hold_id).status == HoldStatus.EXPIRED.value
        now["at"] = local_moment(night, parse_hhmm("23:00"))
        jobs["census"].func()
        assert census.missing_nights(network_db, start=night - timedelta(days=1), end=night) == []
        # the hourly backfill rebuilds what the horizon covers; the nightly job only the last nights
        settings.set_value(network_db, "census_horizon_days", "10", actor=SYSTEM)
        jobs["backfill"].func()
        assert census.missing_nights(network_db, start=night - timedelta(days=10), end=night) == []
        with network_db.read() as s:
            assert s.execute(select(func.count(Census.id)).where(Census.night == night)).scalar_one() == 5
            assert {r.trigger for r in s.execute(select(CensusRun)).scalars()} == {"schedule", "backfill"}
        # past noon the night closes, and the backfill closes the nights a downtime missed
        now["at"] = local_moment(night + timedelta(days=1), parse_hhmm("12:01"))
        jobs["close_night"].func()
        assert closed_nights.missing_nights(network_db, start=night - timedelta(days=1), end=night) == []
        jobs["backfill"].func()
        assert closed_nights.missing_nights(network_db, start=night - timedelta(days=10), end=night) == []
    finally:
        scheduler.shutdown()


def test_a_failing_job_is_reported_and_the_scheduler_keeps_running(network_db, tmp_path):
    seen: list[BaseException] = []
    scheduler = ClientScheduler(network_db, on_error=seen.append, clock=lambda: NOON)
    scheduler.start(paused=True, now=NOON)
    try:
        scheduler.db = Database(f"sqlite:///{tmp_path / 'absent' / 'nowhere.sqlite3'}")  # the database is gone
        for job in _jobs(scheduler).values():
            job.func()  # must not raise
        assert len(seen) == 6  # five jobs; the backfill reports its census half and its closed-nights half apart
        assert scheduler.scheduler.running and len(scheduler.get_jobs()) == 5
        scheduler.on_error = lambda exc: 1 / 0  # a broken handler is logged, not raised
        _jobs(scheduler)["backfill"].func()
    finally:
        scheduler.db.dispose()
        scheduler.shutdown()
