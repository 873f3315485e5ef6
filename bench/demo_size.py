"""Time and database size of `relais-desk demo --years 10 --shelters 100` on SQLite.

Baseline in the same run: a bare sqlite3 executemany of the same number of ledger-sized rows,
to tell the generator's own cost from SQLite's.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from bench._common import sized  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.domain.models import LedgerEntry  # noqa: E402
from relais_desk.store import migrate  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402

YEARS = int(os.environ.get("BENCH_YEARS", sized("10", "1")))
SHELTERS = int(os.environ.get("BENCH_SHELTERS", sized("100", "4")))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite3"
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)
        start = time.perf_counter()
        summary = demo.generate(db, seed=1, years=YEARS, shelters=SHELTERS,
                                progress=lambda m: print(f"  {time.perf_counter() - start:7.1f} s  {m}", flush=True))
        seconds = time.perf_counter() - start
        with db.read() as s:
            ledger_rows = s.execute(select(func.count(LedgerEntry.id))).scalar_one()
        db.dispose()
        db_mb = path.stat().st_size / 1e6

        raw = sqlite3.connect(str(Path(tmp) / "raw.sqlite3"))
        raw.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, at TEXT, action TEXT, entity TEXT, entity_id INT,"
                    " partner_id INT, category_id INT, night TEXT, before TEXT, after TEXT)")
        row = ("2026-01-15 21:00:00.000000", "counts_set", "bed_state", 1, 1, 1, "2026-01-15",
               '{"capacity":30,"held":0,"occupied":21,"unavailable":0}', '{"capacity":30,"held":1,"occupied":21}')
        t0 = time.perf_counter()
        with raw:
            raw.executemany("INSERT INTO ledger (at, action, entity, entity_id, partner_id, category_id, night,"
                            " before, after) VALUES (?,?,?,?,?,?,?,?,?)", (row for _ in range(ledger_rows)))
        raw_s = time.perf_counter() - t0
        raw.close()
    print(f"demo --years {YEARS} --shelters {SHELTERS}: {seconds:.1f} s, {db_mb:.0f} MB, "
          f"{ledger_rows} ledger rows, {summary.calls} calls, {summary.census_rows} census rows")
    print(f"baseline: bare sqlite3 executemany of {ledger_rows} ledger-like rows: {raw_s:.1f} s")
    print(json.dumps({"seconds": round(seconds, 1), "db_mb": round(db_mb, 1), "ledger_rows": ledger_rows,
                      "calls": summary.calls, "census_rows": summary.census_rows,
                      "baseline_insert_s": round(raw_s, 1)}))


if __name__ == "__main__":
    main()
