"""Smoke check of a built bundle: `python installer/smoke_bundle.py dist/relais-desk`.

The CLI starts and prints its version, `doctor --json` answers with its stable shape (its verdict
depends on the machine, so only the shape is checked), a fresh SQLite database is created and upgraded,
`board --json` runs on it, then a one-year demo and its annual report (reportlab, openpyxl), and the GUI's
`--smoke --json` on the demo: the Qt application starts offscreen, opens the database read-only, builds every
screen, with our resources and Qt's French translations.
Prints the bundle's size. Exit status 0 when everything worked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path


def run(exe: Path, *args: str, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> str:
    result = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env, check=False)
    if result.returncode not in ok:
        raise SystemExit(f"FAILED ({result.returncode}): {exe.name} {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    print(f"ok: {exe.name} {' '.join(args)}")
    return result.stdout


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main(bundle: Path) -> int:
    suffix = ".exe" if sys.platform == "win32" else ""
    cli = bundle / f"relais-desk-cli{suffix}"
    if not cli.exists():  # macOS: one executable
        cli = bundle / f"relais-desk{suffix}"
    gui = bundle / f"relais-desk{suffix}"
    with tempfile.TemporaryDirectory(prefix="relais-smoke-") as tmp:
        env = {**os.environ, "RELAIS_CONFIG_DIR": tmp, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("RELAIS_DB_URL", None)
        db = f"sqlite:///{Path(tmp) / 'smoke.sqlite3'}"
        version = run(cli, "--version", env=env).strip()
        assert version.startswith("relais-desk "), version
        doctor = json.loads(run(cli, "--db", db, "doctor", "--json", env=env, ok=(0, 2)))
        assert all({"name", "ok", "message"} <= set(c) for c in doctor["checks"]), doctor
        for check in doctor["checks"]:
            print(f"   doctor {check['name']}: {'ok' if check['ok'] else 'NOT OK'}")
        run(cli, "--db", db, "db", "upgrade", env=env)
        assert json.loads(run(cli, "--db", db, "board", "--json", env=env)) == []
        run(cli, "--db", db, "demo", "--years", "1", "--shelters", "2", env=env)
        assert json.loads(run(cli, "--db", db, "board", "--json", env=env)), "the demo has beds"
        pdf = Path(tmp) / "report.pdf"
        year = (date.today() - timedelta(days=40)).year  # a year the demo's history covers
        run(cli, "--db", db, "report", "annual", "--year", str(year), "--out", str(pdf), "--xlsx",
            str(Path(tmp) / "report.xlsx"), env=env)
        assert pdf.read_bytes().startswith(b"%PDF"), "annual report PDF"
        smoke = json.loads(run(gui, "--db", db, "--smoke", "--json", env=env))
        assert smoke["icon"] and smoke["qtbase_fr"] and smoke["schema_revision"], smoke
        assert "BoardScreen" in smoke["screens"] and "CallsScreen" in smoke["screens"], smoke
        print(f"   smoke: Qt {smoke['qt_version']} ({smoke['platform']}), schéma {smoke['schema_revision']}, "
              f"{len(smoke['screens'])} écrans")
    print(f"{version}: bundle {bundle} works; size {size_mib(bundle):.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/relais-desk")))
