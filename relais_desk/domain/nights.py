"""Nights and local time. A night runs from evening to morning and belongs to the evening's date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

NETWORK_TZ = ZoneInfo("Europe/Brussels")
# Before this local hour, "tonight" is still the night that began the previous evening.
NIGHT_ROLLOVER = time(12, 0)


def utcnow() -> datetime:
    """Aware UTC now: what every datetime column stores and returns."""
    return datetime.now(UTC)


def as_utc(at: datetime) -> datetime:
    """Aware UTC from a datetime; a naive one is taken as UTC (the storage convention)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def to_local(at_utc: datetime) -> datetime:
    return as_utc(at_utc).astimezone(NETWORK_TZ)


def to_utc(local: datetime) -> datetime:
    """Aware UTC from a local datetime (a naive one is Europe/Brussels wall-clock time)."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=NETWORK_TZ)
    return local.astimezone(UTC)


def night_of(at_utc: datetime) -> date:
    """The night (evening's date) that the UTC moment belongs to."""
    local = to_local(at_utc)
    if local.time() < NIGHT_ROLLOVER:
        return local.date() - timedelta(days=1)
    return local.date()


def local_moment(night: date, at: time) -> datetime:
    """UTC moment of a local clock time during `night` (times before the rollover are next morning)."""
    day = night + timedelta(days=1) if at < NIGHT_ROLLOVER else night
    return to_utc(datetime.combine(day, at))


def moment(now: datetime | None = None) -> datetime:
    """`now` as aware UTC, or the current time: services take an optional `now` for tests and backfills."""
    return as_utc(now) if now is not None else utcnow()
