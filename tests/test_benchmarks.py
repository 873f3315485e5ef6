"""`make bench-quick` runs every benchmark on small data, and each prints the JSON keys it promises.

The keys are the benchmarks' contract (bench/expected_keys.json): a script that breaks, or whose
figures change name, fails here instead of rotting unnoticed. Timings are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "bench" / "expected_keys.json").read_text(encoding="utf-8"))


def key_paths(obj: dict, prefix: str = "") -> set[str]:
    paths = set()
    for key, value in obj.items():
        path = f"{prefix}{key}"
        paths |= key_paths(value, f"{path}.") if isinstance(value, dict) else {path}
    return paths


def sections(output: str) -> dict[str, list[str]]:
    """The make output cut at each `== bench/x.py --quick` line."""
    found: dict[str, list[str]] = {}
    current = None
    for line in output.splitlines():
        if line.startswith("== bench/"):
            current = line.split()[1]
            found[current] = []
        elif current is not None:
            found[current].append(line)
    return found


def last_json(lines: list[str]) -> dict | None:
    for line in reversed(lines):
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    return None


@pytest.mark.slow
@pytest.mark.pg
def test_every_quick_benchmark_runs_and_prints_its_keys() -> None:
    scripts = sorted(f"bench/{p.name}" for p in (ROOT / "bench").glob("[a-z]*.py"))
    assert sorted(EXPECTED) == scripts, "bench/expected_keys.json must list every benchmark"
    bindir = str(Path(sys.executable).parent)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # STAMP= : the virtualenv that runs this test is the one to use, already installed.
    done = subprocess.run(["make", "--no-print-directory", "bench-quick", f"BIN={bindir}", "STAMP="], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=1500)
    print(done.stdout[-20000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    found = sections(done.stdout)
    for script in scripts:
        assert script in found, f"{script} did not run"
        figures = last_json(found[script])
        assert figures is not None, f"{script} printed no JSON object"
        assert key_paths(figures) == set(EXPECTED[script]), script
