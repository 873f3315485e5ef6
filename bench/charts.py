"""Query + render time of each Statistiques chart, and of the annual report, on a big demo network.

Default: 10 years × 100 shelters (BENCH_YEARS, BENCH_SHELTERS), on SQLite and PostgreSQL
(BENCH_BACKENDS=sqlite,pg). The charts show the last full year, as a coordinator would ask; the
report is the annual report of that year (PDF + XLSX). Targets: each chart ≤ 500 ms, report ≤ 3 s.
Every run starts without the closed-night figures kept in memory (`services.stats_cache`): what is timed is
the first computation, as in a new session. `BENCH_DEMO_SQLITE` / `BENCH_DEMO_PG`: the URL of a database that
already holds the demo (built once, e.g. by an earlier run): nothing is generated, nothing dropped. Otherwise
the SQLite demo is a copy of the benchmarks' cached one (`cached_demo`, built once).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench._common import pg_database, sized, sqlite_demo  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.domain.labels import ORIENTATION_STATUSES, PARTNER_KINDS  # noqa: E402
from relais_desk.domain.nights import night_of, utcnow  # noqa: E402
from relais_desk.gui.stats import charts  # noqa: E402
from relais_desk.reports import annual  # noqa: E402
from relais_desk.services import stats  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402

YEARS = int(os.environ.get("BENCH_YEARS", sized("10", "1")))
SHELTERS = int(os.environ.get("BENCH_SHELTERS", sized("100", "4")))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,pg").split(",")


def forget_kept_figures() -> None:
    try:
        from relais_desk.services import stats_cache
    except ImportError:  # a baseline from before the cache
        return
    stats_cache.clear()


def timed(fn, runs: int = 3) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        forget_kept_figures()
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def measure(url: str, *, generate: bool = True) -> dict[str, float]:
    db = Database(url)
    if generate:
        t0 = time.perf_counter()
        demo.generate(db, seed=1, years=YEARS, shelters=SHELTERS)
        print(f"  demo generated in {time.perf_counter() - t0:.0f} s", flush=True)
    year = night_of(utcnow()).year - 1
    f = stats.Filters(date(year, 1, 1), date(year, 12, 31))
    axis = {k.value: v for k, v in PARTNER_KINDS}
    status = {s.value: v for s, v in ORIENTATION_STATUSES}
    plots = {name: charts.Chart(name, dates=name == "occupancy") for name in
             ("occupancy", "bed_nights", "refusals", "heatmap", "orientations")}
    for p in plots.values():
        p.resize(1100, 600)

    def chart(name: str) -> None:
        if name == "occupancy":
            charts.occupancy(plots[name], stats.occupancy(db, f, group="week", by="shelter"), stats.winter_periods(db, f))
        elif name == "bed_nights":
            charts.bed_nights(plots[name], stats.bed_nights_by_month(db, f))
        elif name == "refusals":
            charts.refusals(plots[name], stats.refusals_by_month(db, f))
        elif name == "heatmap":
            charts.heatmap(plots[name], stats.calls_heatmap(db, f))
        else:
            charts.orientations(plots[name], stats.orientations_by_axis(db, f), axis, status)
        plots[name].grab()  # render

    out = {f"{name}_ms": round(timed(lambda n=name: chart(n)), 1) for name in plots}
    with tempfile.TemporaryDirectory() as tmp:
        def report() -> None:
            built = annual.build_annual(db, year)
            annual.write_report_pdf(built, Path(tmp) / "r.pdf")
            annual.write_report_xlsx(built, Path(tmp) / "r.xlsx")

        out["report_ms"] = round(timed(report, runs=1), 1)
    db.dispose()
    return out


def main() -> None:
    QApplication.instance() or QApplication([])
    results: dict[str, dict[str, float]] = {}
    for backend in BACKENDS:
        given = os.environ.get(f"BENCH_DEMO_{backend.upper()}")
        if given:
            print(f"{backend}: the demo already in {given.rsplit('/', 1)[-1]}…", flush=True)
            results[backend] = measure(given, generate=False)
        else:
            print(f"{backend}: demo {YEARS} years × {SHELTERS} shelters…", flush=True)
            if backend == "sqlite":  # built once into the benchmarks' cache, then copied
                with sqlite_demo(YEARS, SHELTERS) as url:
                    results[backend] = measure(url, generate=False)
            else:
                with pg_database() as url:
                    results[backend] = measure(url)
        for key, value in results[backend].items():
            print(f"  {key:<18}{value:>10.1f}")
    chart_keys = [k for k in next(iter(results.values())) if k != "report_ms"]
    worst_chart = max(r[k] for r in results.values() for k in chart_keys)
    worst_report = max(r["report_ms"] for r in results.values()) / 1000
    print(f"worst chart {worst_chart:.0f} ms (target ≤ 500), worst report {worst_report:.2f} s (target ≤ 3)")
    print(json.dumps({"max_chart_ms": round(worst_chart, 1), "report_s": round(worst_report, 2),
                      **{f"{b}_{k}": v for b, r in results.items() for k, v in r.items()}}))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt/pyqtgraph objects


if __name__ == "__main__":
    main()
