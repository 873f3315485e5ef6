"""The board for 500 shelters × 5 categories on top of 10 years of history, vs the raw SQL aggregate.

History is bulk-loaded with bare sqlite3 in the app's schema: one bed_state row and one ledger row
per shelter × category × night (≈9 M each). Timed in the same run, in turn, 15 rounds: relais-desk's live
board, its board at a past moment (rebuilt from the ledger), and a bare SQL query of tonight's free beds; each
ratio is the median of a round's board over that round's bare query.

The loaded file is kept in `bench/out/cache/` (or `$BENCH_CACHE_DIR`), keyed by the seed, the sizes and
tonight's date (the history ends tonight), and reused: the full history takes minutes to load. A cached file
is brought to the current schema (`db upgrade`) before it is timed; `--fresh` loads it again.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import sized  # noqa: E402
from relais_desk.domain.nights import night_of, utcnow  # noqa: E402
from relais_desk.services import beds  # noqa: E402
from relais_desk.store import migrate  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402

SHELTERS, CATEGORIES, YEARS = sized((500, 5, 10), (20, 5, 1))
SEED = 1
CACHE = Path(os.environ.get("BENCH_CACHE_DIR") or Path(__file__).resolve().parent / "out" / "cache")
RAW = """SELECT p.name, c.code, b.capacity - b.unavailable - b.occupied - b.held AS free, b.capacity
         FROM bed_state b JOIN partner p ON p.id = b.partner_id JOIN bed_category c ON c.id = b.category_id
         WHERE b.night = ? ORDER BY p.name, c.sort_order"""


def ts(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def load(path: Path) -> int:
    rng = random.Random(SEED)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    since = datetime(2000, 1, 1, tzinfo=UTC)
    with conn:
        conn.executemany("INSERT INTO bed_category (id, code, label_fr, label_en, sort_order, gender, families, minors)"
                         " VALUES (?,?,?,?,?,?,0,0)",
                         [(i + 1, f"cat{i + 1}", f"Catégorie {i + 1}", f"Category {i + 1}", i, "any")
                          for i in range(CATEGORIES)])
        conn.executemany("INSERT INTO partner (id, kind, name, city, address, phone, email, confidential_address, "
                         "active, what_to_bring, created_at) VALUES (?,'accueil_de_nuit',?,'Charleroi','','','',0,1,'',?)",
                         [(p + 1, f"Abri {p + 1:03d}", ts(since)) for p in range(SHELTERS)])
        conn.executemany("INSERT INTO capacity (partner_id, category_id, kind, beds, valid_from, valid_to, "
                         "dogs_accepted, wheelchair_accessible, low_threshold, counted_in_rooms, note, recorded_at)"
                         " VALUES (?,?,'base',?,'2000-01-01',NULL,0,0,0,0,'',?)",
                         [(p + 1, c + 1, 20, ts(since)) for p in range(SHELTERS) for c in range(CATEGORIES)])
    tonight = night_of(utcnow())
    first = tonight - timedelta(days=365 * YEARS)
    state_id = 0
    night = first
    while night <= tonight:
        states, ledger = [], []
        evening = datetime(night.year, night.month, night.day, 19, tzinfo=UTC)
        for p in range(SHELTERS):
            for c in range(CATEGORIES):
                state_id += 1
                occupied = rng.randint(10, 20)
                after = f'{{"capacity":20,"counts_updated_at":"{evening.isoformat()}","held":0,"occupied":{occupied},' \
                        f'"unavailable":0,"unavailable_reason":""}}'
                states.append((state_id, p + 1, c + 1, night.isoformat(), occupied, ts(evening), ts(evening)))
                ledger.append((ts(evening), state_id, p + 1, c + 1, night.isoformat(), after))
        with conn:
            conn.executemany("INSERT INTO bed_state (id, partner_id, category_id, night, capacity, unavailable, "
                             "occupied, held, unavailable_reason, counts_updated_at, updated_at) "
                             "VALUES (?,?,?,?,20,0,?,0,'',?,?)", states)
            conn.executemany("INSERT INTO ledger (at, action, entity, entity_id, partner_id, category_id, night, "
                             "before, after) VALUES (?,'counts_set','bed_state',?,?,?,?,NULL,?)", ledger)
        night += timedelta(days=1)
    conn.execute("ANALYZE")
    conn.close()
    return state_id


def timed(fns: dict, runs: int = 15) -> dict[str, list[float]]:  # noqa: ANN001
    """Milliseconds of each of `fns`, run in turn `runs` times: a machine that slows down or speeds up during the
    run (a shared host's does, by half) slows each of them alike, so that their ratios hold."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - t0) * 1000)
    return samples


def ratio(samples: dict[str, list[float]], name: str) -> float:
    """The median of `name`'s time over the raw aggregate's time of the same round."""
    return statistics.median(ms / raw for ms, raw in zip(samples[name], samples["raw"], strict=True))


def cached_history() -> tuple[Path, int, float | None]:
    """The loaded history (path, bed_state rows, seconds it took to load now, or None when it was cached)."""
    path = CACHE / f"board_query-seed{SEED}-{SHELTERS}x{CATEGORIES}x{YEARS}y-{night_of(utcnow()).isoformat()}.sqlite3"
    if path.exists() and "--fresh" not in sys.argv[1:]:
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)  # (an index added since it was loaded)
        db.dispose()
        with sqlite3.connect(path) as conn:
            return path, conn.execute("SELECT count(*) FROM bed_state").fetchone()[0], None
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"board_query-seed{SEED}-{SHELTERS}x{CATEGORIES}x{YEARS}y-*.sqlite3*"):
        old.unlink()  # an earlier night's: its history does not end tonight
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        loading = Path(tmp) / "loading.sqlite3"  # renamed once complete: an interrupted load is never reused
        db = Database(f"sqlite:///{loading}")
        migrate.upgrade(db)
        db.dispose()
        t0 = time.perf_counter()
        rows = load(loading)
        load_s = time.perf_counter() - t0
        loading.rename(path)
    return path, rows, load_s


def main() -> None:
    path, rows, load_s = cached_history()
    db = Database(f"sqlite:///{path}")
    tonight = night_of(utcnow())
    past = datetime.combine(tonight - timedelta(days=800), datetime.min.time(), tzinfo=UTC) + timedelta(hours=21)
    board = beds.board(db)
    assert len(board) == SHELTERS * CATEGORIES
    raw = sqlite3.connect(path)
    assert len(raw.execute(RAW, (tonight.isoformat(),)).fetchall()) == SHELTERS * CATEGORIES
    samples = timed({"board": lambda: beds.board(db), "at": lambda: beds.board(db, at=past),
                     "raw": lambda: raw.execute(RAW, (tonight.isoformat(),)).fetchall()})
    raw.close()
    board_ms, at_ms, raw_ms = (statistics.median(samples[k]) for k in ("board", "at", "raw"))
    size_mb = path.stat().st_size / 1e6
    db.dispose()
    loaded = f"loaded in {load_s:.0f} s" if load_s is not None else f"cached in {path}"
    print(f"history: {rows} bed_state rows and as many ledger rows ({size_mb:.0f} MB), {loaded}")
    print(f"live board ({SHELTERS * CATEGORIES:,} rows):".ljust(35) + f"{board_ms:8.1f} ms")
    print(f"board at a past moment (ledger):   {at_ms:8.1f} ms")
    print(f"raw SQL aggregate of tonight:       {raw_ms:8.1f} ms")
    print(json.dumps({"board_ms": round(board_ms, 1), "raw_ms": round(raw_ms, 1),
                      "ratio": round(ratio(samples, "board"), 2), "board_at_ms": round(at_ms, 1),
                      "board_at_ratio": round(ratio(samples, "at"), 2),
                      "history_rows": rows}))


if __name__ == "__main__":
    main()
