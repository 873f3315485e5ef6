"""Time `census.write_missing` over a demo history (default 1 year x 5 shelters) on SQLite and PostgreSQL.

The demo is generated first (its own census included), then every census row is deleted and the
backfill is timed alone, as a client would run it after a long downtime.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete  # noqa: E402

from bench._common import cached_demo, pg_database  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.domain.models import Census, CensusDemand  # noqa: E402
from relais_desk.services import census  # noqa: E402
from relais_desk.services.actor import Actor  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402

YEARS = int(os.environ.get("BENCH_YEARS", "1"))
SHELTERS = int(os.environ.get("BENCH_SHELTERS", "5"))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,postgresql").split(",")
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def measure(url: str, *, generated: bool = False) -> dict[str, float]:
    db = Database(url)
    try:
        if not generated:
            demo.generate(db, seed=1, years=YEARS, shelters=SHELTERS, now=NOW)
        with db.write() as s:
            s.execute(delete(Census))
            s.execute(delete(CensusDemand))
        t0 = time.perf_counter()
        summary = census.write_missing(db, actor=Actor.system("bench"), horizon_days=YEARS * 366 + 2, now=NOW)
        seconds = time.perf_counter() - t0
    finally:
        db.dispose()
    nights = max(summary.nights_written, 1)
    return {"nights": summary.nights_written, "rows": summary.rows_written, "seconds": round(seconds, 2),
            "ms_per_night": round(1000 * seconds / nights, 2)}


def main() -> None:
    out: dict[str, object] = {"years": YEARS, "shelters": SHELTERS}
    for backend in BACKENDS:
        if backend == "sqlite":  # the demo comes from the benchmarks' cache (built once, copied here)
            with tempfile.TemporaryDirectory() as tmp:
                path = cached_demo(YEARS, SHELTERS, 1, dest=Path(tmp) / "demo.sqlite3", now=NOW)
                result = measure(f"sqlite:///{path}", generated=True)
        else:
            with pg_database() as url:
                result = measure(url)
        print(f"{backend:>10}: {result['nights']} nights, {result['rows']} rows in {result['seconds']} s "
              f"({result['ms_per_night']} ms/night)", flush=True)
        out[backend] = result
    print(json.dumps(out))


if __name__ == "__main__":
    main()
