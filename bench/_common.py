"""Shared helpers for the benchmarks: a throwaway PostgreSQL database, a temp SQLite file, and demo
databases built once into a cache folder and copied for each run."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from relais_desk.store import migrate
from relais_desk.store.database import Database

# `--quick` (or BENCH_QUICK=1): small data, the same figures and JSON keys, in seconds — what
# `make bench-quick` (part of `make test`) runs, so that no benchmark breaks unnoticed.
QUICK = "--quick" in sys.argv[1:] or os.environ.get("BENCH_QUICK") == "1"


def sized(full, quick):  # noqa: ANN001, ANN201
    """The full run's size, or the quick one's."""
    return quick if QUICK else full


PG_ADMIN_URL = os.environ.get("RELAIS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@contextmanager
def pg_database(prefix: str = "relais_bench") -> Iterator[str]:
    """A fresh migrated PostgreSQL database (URL), dropped afterwards."""
    admin = make_url(PG_ADMIN_URL).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False)
    try:
        db = Database(url)
        migrate.upgrade(db)
        db.dispose()
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        drop_roles(name)


def drop_roles(name: str) -> None:
    """Role names are cluster-wide: a dropped bench database takes its network's roles with it."""
    from sqlalchemy import create_engine

    from relais_desk.store import pg_security

    engine = create_engine(make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        pg_security.drop_network_roles(conn, name)
    engine.dispose()


@contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        db = Database(url)
        migrate.upgrade(db)
        db.dispose()
        yield url


def summary_ms(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    if not ms:
        return {"p50": float("nan"), "p95": float("nan"), "max": float("nan")}
    return {"p50": round(statistics.median(ms), 2), "p95": round(ms[int(0.95 * (len(ms) - 1))], 2),
            "max": round(ms[-1], 2)}


def wait_until(predicate, timeout_s: float = 10) -> bool:  # noqa: ANN001
    """Run the Qt event loop until `predicate()` holds (or the time is up); whether it holds."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    loop, deadline = QEventLoop(), time.perf_counter() + timeout_s
    while not predicate() and time.perf_counter() < deadline:
        QTimer.singleShot(2, loop.quit)
        loop.exec()
    return predicate()


# Heavy benchmarks read the same 10-year demo: it is built once into this folder (ignored by git) and
# copied for each run. BENCH_CACHE_DIR moves it; deleting the folder is always safe.
CACHE_DIR = Path(os.environ.get("BENCH_CACHE_DIR", Path(__file__).resolve().parent.parent / ".bench-cache"))


def generator_version() -> str:
    """A digest of the demo generator's source: any change to it makes a new cached demo."""
    import relais_desk.demo as package

    digest = hashlib.sha256()
    for source in sorted(Path(package.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:12]


def cached_demo(years: int, shelters: int, seed: int = 1, *, dest: Path, now: datetime | None = None) -> Path:
    """A copy at `dest` of the SQLite demo of `years` × `shelters` (seed), from the cache or built into it.

    Keyed by seed, size, schema revision (migration head), generator version and the demo's last night
    (`now`'s, default tonight's: a demo ends tonight, so yesterday's copy is rebuilt). The copy is the
    caller's to change; the cached file is never opened by a benchmark. Building a new one deletes the
    same demo's older builds (another generator or schema)."""
    from relais_desk import demo
    from relais_desk.domain.nights import moment, night_of

    night = night_of(moment(now))
    stamp = now.strftime("%Y%m%dT%H%M") if now is not None else night.isoformat()
    key = f"demo-s{seed}-y{years}-n{shelters}-{migrate.head_revision()}-g{generator_version()}-{stamp}"
    cached = CACHE_DIR / f"{key}.sqlite3"
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / ".lock", "w") as lock:  # one builder at a time; the others wait and reuse
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not cached.exists():
            building = cached.with_suffix(".building")
            for leftover in CACHE_DIR.glob(f"{building.name}*"):
                leftover.unlink()
            print(f"  building the cached demo {key} (once)…", file=sys.stderr, flush=True)
            db = Database(f"sqlite:///{building}")
            migrate.upgrade(db)
            demo.generate(db, seed=seed, years=years, shelters=shelters, now=now)
            db.dispose()
            conn = sqlite3.connect(building)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file, safe to copy
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.close()
            os.replace(building, cached)
            # the same demo built by an older generator or schema: ten years take gigabytes
            for stale in CACHE_DIR.glob(f"demo-s{seed}-y{years}-n{shelters}-*.sqlite3"):
                if stale != cached:
                    stale.unlink()
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, dest)
    os.chmod(dest, 0o600)
    return dest


@contextmanager
def sqlite_demo(years: int, shelters: int, seed: int = 1) -> Iterator[str]:
    """The URL of a throwaway copy of the cached SQLite demo (`cached_demo`), removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        yield f"sqlite:///{cached_demo(years, shelters, seed, dest=Path(tmp) / 'demo.sqlite3')}"
