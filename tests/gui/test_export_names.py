"""Every save dialog opens in Documents on a name that says what the file holds and its period."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from relais_desk.domain.nights import night_of, to_local, utcnow
from relais_desk.gui import save_dialog
from relais_desk.gui.admin.access import AccessScreen
from relais_desk.gui.census.screen import CensusScreen
from relais_desk.services import persons
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def documents_folder(monkeypatch, tmp_path: Path) -> Path:  # noqa: ANN001
    """This test's Documents folder, as QStandardPaths would name it on the user's computer."""
    documents = tmp_path / "Documents"
    documents.mkdir(exist_ok=True)

    class Paths:
        StandardLocation = QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(location):  # noqa: ANN001, ANN205, N802
            assert location == QStandardPaths.StandardLocation.DocumentsLocation
            return str(documents)

    monkeypatch.setattr(save_dialog, "QStandardPaths", Paths)
    return documents


def _proposed(monkeypatch) -> list[str]:  # noqa: ANN001
    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, path, _filter: (proposed.append(path), ("", ""))[1])
    return proposed


def test_without_documents_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(save_dialog.QStandardPaths, "writableLocation", lambda _l: str(tmp_path / "absent"))
    assert save_dialog.proposed_path("x.pdf") == tmp_path / "x.pdf"


def test_census_exports_say_the_night_or_the_shelter_and_its_period(qtbot, network_db, tmp_path, monkeypatch):
    documents = documents_folder(monkeypatch, tmp_path)
    proposed = _proposed(monkeypatch)
    screen = CensusScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    night = screen.night.date().toPython()
    screen._export("xlsx")
    screen._export("csv")
    start = night_of(utcnow()) - timedelta(days=10)
    screen.start.setDate(screen.start.date().fromString(f"{start:%d/%m/%Y}", "dd/MM/yyyy"))
    screen.shelter.setCurrentIndex(screen.shelter.findText("Abri Dourlet"))
    end = screen.end.date().toPython()
    screen._export("xlsx")
    assert [p.removeprefix(str(documents) + "/") for p in proposed] == [
        f"recensement-{night:%Y-%m-%d}.xlsx", f"recensement-{night:%Y-%m-%d}.csv",
        f"recensement-Abri-Dourlet-{start:%Y-%m-%d}_{end:%Y-%m-%d}.xlsx"]


def test_a_persons_file_is_named_for_the_request_never_personne_json(qtbot, network_db, tmp_path, monkeypatch):
    documents = documents_folder(monkeypatch, tmp_path)
    proposed = _proposed(monkeypatch)
    marc = persons.create_person(network_db, actor=SYSTEM, alias="Marc D.", birth_year=1970)
    screen = AccessScreen(make_context(network_db, make_user(network_db, "chef", "admin")))
    qtbot.addWidget(screen)
    screen.alias.setText("marc")
    screen.find.click()
    screen.export_file(confirmed=True)
    today = to_local(utcnow()).date()
    assert proposed == [f"{documents}/dossier-personne-{marc.person_id}-{today:%Y-%m-%d}.json"]
