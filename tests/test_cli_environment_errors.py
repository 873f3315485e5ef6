"""What the environment can get wrong, at the CLI: one French sentence, exit 2, the error object with
--json, never a traceback, and never an empty database created where one was expected (issue #14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from relais_desk.cli import main
from tests import pg_cluster


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_missing_embedded_file_is_refused_and_not_created(tmp_path: Path, capsys) -> None:
    path = tmp_path / "disparue.sqlite3"
    status, out, err = _run(capsys, "--db", f"sqlite:///{path}", "board", "--json")
    assert status == 2 and "n'existe pas" in err and "db upgrade" in err and err.count("\n") == 1
    assert json.loads(out)["error"] == "database_missing"
    assert not path.exists()


def test_db_upgrade_and_demo_may_create_it(tmp_path: Path, capsys) -> None:
    status, _out, _err = _run(capsys, "--db", f"sqlite:///{tmp_path / 'neuve.sqlite3'}", "db", "upgrade")
    assert status == 0 and (tmp_path / "neuve.sqlite3").exists()


def test_a_folder_the_system_refuses(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    status, _out, err = _run(capsys, "--db", f"sqlite:///{blocker / 'base.sqlite3'}", "db", "upgrade")
    assert status == 2 and "Le système refuse le dossier de la base" in err and "Traceback" not in err


def test_nothing_listening(capsys) -> None:
    port = pg_cluster.free_port()
    status, _out, err = _run(capsys, "--db", f"postgresql://relais@127.0.0.1:{port}/relais", "board")
    assert status == 2 and "Impossible de joindre le serveur" in err and err.count("\n") == 1


def test_an_unknown_database_and_an_unknown_login(pg_server_url: str, capsys) -> None:
    url = make_url(pg_server_url)
    status, _out, err = _run(capsys, "--db", url.set(database="pas_de_base_ici").render_as_string(False), "board")
    assert status == 2 and "la base « pas_de_base_ici » n'existe pas" in err
    status, _out, err = _run(capsys, "--db", url.set(username="pas_un_compte_x").render_as_string(False), "board")
    assert status == 2 and "refuse l'identifiant « pas_un_compte_x »" in err
