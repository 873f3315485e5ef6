"""Starting the application: `relais-desk --db URL` opens that database, and a database that should be
there and is not is said in French, never re-created empty (issue #14, faults 1 and 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from relais_desk.gui import app as gui_app


@pytest.fixture()
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(gui_app, "_fatal", lambda text: messages.append(text) or 1)
    return messages


def test_the_gui_opens_the_database_named_by_db_and_refuses_a_missing_one(qapp, tmp_path: Path, said) -> None:  # noqa: ANN001
    from relais_desk.cli import main

    missing = tmp_path / "ailleurs.sqlite3"
    assert main(["--db", f"sqlite:///{missing}"]) == 1
    assert said and str(missing) in said[0] and "n'existe pas" in said[0]
    assert not missing.exists()


def test_a_remembered_embedded_file_that_vanished_is_not_recreated(qapp, tmp_path: Path, said,  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from relais_desk.store import config

    monkeypatch.delenv("RELAIS_DB_URL", raising=False)
    monkeypatch.setenv("RELAIS_CONFIG_DIR", str(tmp_path / "conf"))
    path = tmp_path / "poste.sqlite3"
    config.save(config.WorkstationConfig(backend="sqlite", sqlite_path=str(path)))  # the workstation's own file
    assert gui_app.main([]) == 1
    assert "sauvegarde" in said[0] and str(config.config_path()) in said[0]
    assert not path.exists()
