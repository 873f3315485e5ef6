"""`relais-desk --db URL --smoke [--json]`, run as a user would (a subprocess, offscreen): it opens the
database read-only, checks its schema, builds every screen without logging in, says what it opened
(never the password), writes nothing; an environment problem is one French sentence and exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from relais_desk.store import migrate
from relais_desk.store.database import Database

SCREENS = {"CallsScreen", "BoardScreen", "CensusScreen", "StatsScreen", "PartnersScreen", "AdminScreen",
           "MyShelterScreen"}


def _smoke(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAIS_CONFIG_DIR": str(tmp_path / "poste")}
    env.pop("RELAIS_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "relais_desk.cli", "--db", url, "--smoke", *extra],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("ledger", "access_log", "change_event", "census", "app_user")}


def test_the_smoke_check_opens_builds_every_screen_and_writes_nothing(network_db: Database, tmp_path: Path) -> None:
    before = _counts(network_db)
    url = network_db.url.render_as_string(hide_password=False)
    done = _smoke(url, tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["database"] == network_db.url_for_display()
    assert result["backend"] == ("sqlite" if network_db.is_sqlite else "postgresql")
    assert result["schema_revision"] == migrate.head_revision()
    assert result["platform"] == "offscreen" and result["qt_version"].startswith("6.")
    assert set(result["screens"]) == SCREENS
    assert result["icon"] and result["style_sheet"] and result["qtbase_fr"]
    assert _counts(network_db) == before
    assert "Traceback" not in done.stderr


def test_it_says_in_plain_words_what_it_opened_and_never_the_password(scram_url: str, tmp_path: Path) -> None:
    password = make_url(scram_url).password
    assert password
    done = _smoke(scram_url, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Base : postgresql" in done.stdout and f"(schéma {migrate.head_revision()})" in done.stdout
    assert "plateforme « offscreen »" in done.stdout and "Écrans : " in done.stdout
    assert password not in done.stdout + done.stderr


def test_a_missing_file_is_one_french_sentence_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absente.sqlite3"
    done = _smoke(f"sqlite:///{path}", tmp_path, "--json")
    assert done.returncode == 2
    assert done.stderr.startswith("relais-desk : ") and "n'existe pas" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["error"] == "database_missing"
    assert not path.exists()


def test_an_older_schema_is_said_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "ancienne.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, "0001")
    db.dispose()
    done = _smoke(f"sqlite:///{path}", tmp_path)
    assert done.returncode == 2 and "plus ancien" in done.stderr and "Traceback" not in done.stderr
    old = Database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(old) == "0001"  # read-only: not upgraded
    finally:
        old.dispose()


def test_an_unknown_database_on_the_server(pg_server_url: str, tmp_path: Path) -> None:
    url = make_url(pg_server_url).set(database="pas_de_base_ici").render_as_string(hide_password=False)
    done = _smoke(url, tmp_path)
    assert done.returncode == 2 and "la base « pas_de_base_ici » n'existe pas" in done.stderr
    assert done.stderr.count("\n") == 1

