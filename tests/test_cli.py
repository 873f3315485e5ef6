"""The CLI contract: commands, JSON keys, exit codes and the database they act on."""

from __future__ import annotations

import io
import json
import sqlite3

from relais_desk.cli import main
from relais_desk.services import users
from relais_desk.store import pg_roles
from relais_desk.store.database import Database
from tests.network import SYSTEM

BOARD_KEYS = {"shelter", "category", "capacity", "unavailable", "occupied", "held", "free", "updated_at", "night"}


def _json(capsys) -> object:  # noqa: ANN001
    return json.loads(capsys.readouterr().out)


def test_board_json_keys_and_beds_set(network_db, db_url, capsys):
    assert main(["board", "--db", db_url, "--json"]) == 0
    rows = _json(capsys)
    assert rows and all(set(r) == BOARD_KEYS for r in rows)
    assert main(["beds", "set", "Abri Dourlet", "hommes", "--occupied", "3", "--unavailable", "1", "--reason",
                 "lit cassé", "--db", db_url, "--json"]) == 0
    assert _json(capsys)["free"] == 1
    assert main(["board", "--db", db_url, "--json"]) == 0
    row = next(r for r in _json(capsys) if (r["shelter"], r["category"]) == ("Abri Dourlet", "hommes"))
    assert (row["occupied"], row["unavailable"], row["free"]) == (3, 1, 1) and row["updated_at"]
    assert main(["board", "--db", db_url]) == 0
    assert "Abri Dourlet" in capsys.readouterr().out


def test_db_before_the_command_is_the_database_it_acts_on(network_db, db_url, capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("RELAIS_DB_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "local"))  # where the local database would go
    assert main(["--db", db_url, "board", "--json"]) == 0
    assert {r["shelter"] for r in _json(capsys)} == {"Abri Dourlet", "Maison Bienvenue", "Le Rebond"}
    assert not (tmp_path / "local").exists()


def test_user_add_with_password_on_stdin(network_db, db_url, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("un-long-mot-de-passe\n"))
    assert main(["user", "add", "sophie", "--role", "abri", "--shelter", "Le Rebond", "--password-stdin",
                 "--db", db_url, "--json"]) == 0
    expected_login = None if network_db.is_sqlite else pg_roles.login(network_db.url.database, "sophie")
    assert _json(capsys) == {"user_id": 1, "username": "sophie", "role": "abri", "shelter": "Le Rebond",
                             "login": expected_login}
    info = users.authenticate(network_db, "sophie", "un-long-mot-de-passe")
    assert info.shelter == "Le Rebond"


def test_user_reset_password_prints_a_one_time_password_once(network_db, db_url, capsys):
    users.add_user(network_db, username="sophie", role="operateur", password="un-long-mot-de-passe",
                   actor=SYSTEM)
    assert main(["user", "reset-password", "Sophie", "--db", db_url, "--json"]) == 0
    out = _json(capsys)
    assert out["username"] == "sophie"
    assert users.authenticate(network_db, "sophie", out["one_time_password"]).must_change_password
    assert main(["user", "reset-password", "sophie", "--db", db_url]) == 0
    printed = capsys.readouterr().out
    one_time = printed.split(" : ")[1].split()[0]
    assert printed.count(one_time) == 1 and users.authenticate(network_db, "sophie", one_time)
    assert main(["user", "reset-password", "personne", "--db", db_url]) == 2
    assert "Aucun compte" in capsys.readouterr().err


def test_user_add_refuses_a_weak_password(network_db, db_url, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert main(["user", "add", "marie", "--role", "operateur", "--password-stdin", "--db", db_url]) == 2
    assert "Le mot de passe doit faire au moins 12 caractères" in capsys.readouterr().err
    assert users.count_users(network_db) == 0


def test_db_upgrade_then_backup_on_sqlite(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert main(["db", "upgrade", "--db", url, "--json"]) == 0
    assert _json(capsys)["before"] is None
    from tests.network import small_network

    db = Database(url)
    small_network(db)
    db.dispose()
    target = tmp_path / "copie.sqlite3"
    assert main(["db", "backup", str(target), "--db", url, "--json"]) == 0
    assert _json(capsys)["bytes"] > 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == 4
    assert main(["db", "backup", str(target), "--db", url]) == 2  # never overwrites
    assert "existe déjà" in capsys.readouterr().err


def test_db_backup_on_postgresql_points_to_pg_dump(pg_db, pg_url, tmp_path, capsys):
    assert main(["db", "backup", str(tmp_path / "x.dump"), "--db", pg_url]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_relais_db_url_is_used_without_db(network_db, db_url, capsys, monkeypatch):
    monkeypatch.setenv("RELAIS_DB_URL", db_url)
    assert main(["board", "--json"]) == 0
    assert {r["shelter"] for r in _json(capsys)} == {"Abri Dourlet", "Maison Bienvenue", "Le Rebond"}


def test_unsupported_database_url_is_a_clear_error(capsys):
    assert main(["board", "--db", "mysql://localhost/relais"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_settings_show_and_set(network_db, db_url, capsys):
    assert main(["settings", "set", "stale_after_hours", "6", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["settings", "show", "--db", db_url, "--json"]) == 0
    shown = _json(capsys)
    assert shown["stale_after_hours"] == "6" and shown["census_time"] == "23:00"
    assert main(["settings", "set", "census_time", "25:99", "--db", db_url]) == 2
    assert "Heure invalide" in capsys.readouterr().err
    assert main(["settings", "set", "mask_threshold", "2", "--db", db_url]) == 2  # the checked path
    assert "sous 3" in capsys.readouterr().err
