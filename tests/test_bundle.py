"""The PyInstaller bundle builds from installer/relais-desk.spec and its smoke check passes.

Slow (about a minute on 2 cores) but part of `make test`, which installs the `bundle` extra. Without
PyInstaller it skips loudly, and fails under RELAIS_REQUIRE_BUNDLE=1 or RELAIS_REQUIRE_PG=1 (CI).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("RELAIS_REQUIRE_BUNDLE") == "1" or os.environ.get("RELAIS_REQUIRE_PG") == "1"


@pytest.mark.slow
def test_the_bundle_builds_and_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed: pip install -e '.[bundle]' (make test does)"
        if REQUIRED:
            pytest.fail(message, pytrace=False)
        pytest.skip("!!! SKIPPING THE BUNDLE TEST !!! " + message)
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(tmp_path / "pyi-cache")}  # no cache shared between runs
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "installer" / "relais-desk.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    built = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    bundle = tmp_path / "dist" / "relais-desk"
    smoke = subprocess.run([sys.executable, str(ROOT / "installer" / "smoke_bundle.py"), str(bundle)],
                           capture_output=True, text=True, timeout=300, check=False)
    try:
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
        with capsys.disabled():  # the size and build time show in every run's output
            print(f"\n{smoke.stdout.strip().splitlines()[-1]}; built in {built:.0f} s")
    finally:
        shutil.rmtree(tmp_path / "dist", ignore_errors=True)  # 300 MB pytest would keep
        shutil.rmtree(tmp_path / "build", ignore_errors=True)
