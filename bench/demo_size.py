"""Time and database size of `relais-desk demo --years 10 --shelters 100` on SQLite.

Baselines in the same run: a bare sqlite3 executemany of the same number of ledger-sized rows, to tell
the generator's own cost from SQLite's; and, with `--baseline-code DIR` (or BENCH_BASELINE_CODE), the
same demo built by another checkout's code (e.g. /work/main, the code before a change), with its row
counts, so that a speed-up is shown to write the same rows. With `--writer-alone` (always with `--quick`), the
writer alone (`writer_alone_s`, else null): the transactions the demo sent its writing process are recorded,
then written again into a copy of the database as it was before the history, by a fresh writing process
reading them from the recording. That is SQLite's own share of the build, with no simulation beside it. The
recording needs about half the database's size on disk, and writing it slows the build it records (8.6 s
of the demo's process over ten years here): its `seconds` are then not the plain build's. Each build runs in
its own process; its CPU time (`cpu_s`, the writing process's included) is printed next to the wall time,
which on a machine busy with other work says more.

    python bench/demo_size.py [--quick] [--writer-alone] [--baseline-code /path/to/other/checkout]
    BENCH_YEARS=2 BENCH_SHELTERS=30 python bench/demo_size.py   # another size
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import QUICK, sized  # noqa: E402

YEARS = int(os.environ.get("BENCH_YEARS", sized("10", "1")))
SHELTERS = int(os.environ.get("BENCH_SHELTERS", sized("100", "4")))

CHILD = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
from sqlalchemy import func, select
from relais_desk import demo
from relais_desk.domain.models import Census, ClosedNight, LedgerEntry
from relais_desk.store import migrate
from relais_desk.store.database import Database
print(f"  code: {demo.__file__}", file=sys.stderr)


def record_writer(tmp):
    # what the demo sends its writing process, and the database as the process finds it
    import sqlite3
    from relais_desk.demo import bulk
    from relais_desk.store import sqlite_writer
    messages, sent = open(tmp / "messages.bin", "wb"), sqlite_writer.send
    class Both:  # the writer's pipe, and the recording
        def __init__(self, stream): self.stream = stream
        def write(self, data): messages.write(data); return self.stream.write(data)
        def flush(self): self.stream.flush()
    sqlite_writer.send = lambda stream, value: sent(Both(stream), value)
    start = bulk.BackgroundWriter.__init__
    pages = []
    def starting(self, db):
        with sqlite3.connect(str(db.sqlite_path)) as source, sqlite3.connect(str(tmp / "start.sqlite3")) as copy:
            source.backup(copy)
        with db.read() as session:  # the page limit the demo gives its writer
            pages.append(session.connection().exec_driver_sql("PRAGMA max_page_count").scalar_one())
        start(self, db)
    bulk.BackgroundWriter.__init__ = starting
    return messages, pages


def replay_writer(tmp, messages, pages):
    # a fresh writing process writes the recorded transactions into the copy: seconds of wall time
    import subprocess
    from relais_desk.store import sqlite_writer
    messages.close()
    if not pages:  # (no history written through a process)
        return None
    with open(tmp / "messages.bin", "rb") as recorded:
        started = time.perf_counter()
        writer = subprocess.Popen(sqlite_writer.command(str(tmp / "start.sqlite3"), pages[0]), stdin=recorded,
                                  stdout=subprocess.PIPE)
        answers = []
        while True:  # every transaction written again, or the figure means nothing
            try:
                answers.append(sqlite_writer.receive(writer.stdout)[0])
            except EOFError:
                break
        writer.wait()
        seconds = time.perf_counter() - started
    if writer.returncode or set(answers) != {"ok"}:
        raise SystemExit(f"the writer alone did not write the recording again: {writer.returncode}, {answers[-3:]}")
    return round(seconds, 1)


years, shelters, record = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    recording = record_writer(Path(tmp)) if record else None
    def cpu_now():  # this process's CPU and its finished children's (the demo's writing process)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + kids.ru_utime + kids.ru_stime
    start, cpu = time.perf_counter(), cpu_now()
    summary = demo.generate(db, seed=1, years=years, shelters=shelters,
                            progress=lambda m: print(f"  {time.perf_counter() - start:7.1f} s  {m}", file=sys.stderr,
                                                     flush=True))
    seconds, cpu_s = time.perf_counter() - start, cpu_now() - cpu
    with db.read() as s:
        counts = {name: s.execute(select(func.count()).select_from(model)).scalar_one()
                  for name, model in (("ledger_rows", LedgerEntry), ("census_rows", Census),
                                      ("closed_rows", ClosedNight))}
    db_mb = round(path.stat().st_size / 1e6, 1)
    db.dispose()
    path.unlink()  # (its disk for the replay)
    alone_s = replay_writer(Path(tmp), *recording) if recording else None
    print(json.dumps({"seconds": round(seconds, 1), "cpu_s": round(cpu_s, 1), "db_mb": db_mb,
                      "calls": summary.calls, **counts, "writer_alone_s": alone_s,
                      # the process (older code: thread) writing the history busy, and the history waiting for it
                      "write_busy_s": getattr(summary, "write_busy_s", None),
                      "write_wait_s": getattr(summary, "write_wait_s", None)}))
"""


def build(code_root: Path) -> dict:
    """One demo build by the code at `code_root`, in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(code_root))
    # run from `code_root`: `python -c` puts the working directory first on the path, before PYTHONPATH
    # (another checkout's writer may not be a process)
    record = "1" if code_root == ROOT and (QUICK or "--writer-alone" in sys.argv[1:]) else "0"
    out = subprocess.run([sys.executable, "-c", CHILD, str(YEARS), str(SHELTERS), record], env=env, check=True,
                         stdout=subprocess.PIPE, text=True, cwd=code_root)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bare_insert_s(rows: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        raw = sqlite3.connect(str(Path(tmp) / "raw.sqlite3"))
        raw.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, at TEXT, action TEXT, entity TEXT, entity_id INT,"
                    " partner_id INT, category_id INT, night TEXT, before TEXT, after TEXT)")
        row = ("2026-01-15 21:00:00.000000", "counts_set", "bed_state", 1, 1, 1, "2026-01-15",
               '{"capacity":30,"held":0,"occupied":21,"unavailable":0}', '{"capacity":30,"held":1,"occupied":21}')
        t0 = time.perf_counter()
        with raw:
            raw.executemany("INSERT INTO ledger (at, action, entity, entity_id, partner_id, category_id, night,"
                            " before, after) VALUES (?,?,?,?,?,?,?,?,?)", (row for _ in range(rows)))
        seconds = time.perf_counter() - t0
        raw.close()
    return seconds


def main() -> None:
    args = sys.argv[1:]
    baseline = os.environ.get("BENCH_BASELINE_CODE")
    if "--baseline-code" in args:
        baseline = args[args.index("--baseline-code") + 1]
    result = build(ROOT)
    raw_s = bare_insert_s(result["ledger_rows"])
    print(f"demo --years {YEARS} --shelters {SHELTERS}: {result['seconds']:.1f} s ({result['cpu_s']:.1f} s of CPU), "
          f"{result['db_mb']:.0f} MB, "
          f"{result['ledger_rows']} ledger rows, {result['calls']} calls, {result['census_rows']} census rows, "
          f"{result['closed_rows']} closed-night rows; the writing process busy {result['write_busy_s']} s, "
          f"the history waiting for it {result['write_wait_s']} s")
    print(f"baseline: bare sqlite3 executemany of {result['ledger_rows']} ledger-like rows: {raw_s:.1f} s")
    if result["writer_alone_s"] is not None:
        print(f"baseline: the writing process alone, writing the same transactions again from a recording: "
              f"{result['writer_alone_s']} s (the build above was slowed by recording them)")
    out = {**result, "baseline_insert_s": round(raw_s, 1)}
    if baseline:
        before = build(Path(baseline).resolve())
        same = all(before[k] == result[k] for k in ("ledger_rows", "calls", "census_rows", "closed_rows"))
        print(f"baseline: the code of {baseline}: {before['seconds']:.1f} s ({before['cpu_s']:.1f} s of CPU), "
              f"{before['ledger_rows']} ledger rows, "
              f"{before['calls']} calls, {before['census_rows']} census rows, {before['closed_rows']} closed-night "
              f"rows ({'the same rows' if same else 'NOT the same rows'})")
        out["baseline_code"] = {"path": str(baseline), **before, "same_rows": same}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
