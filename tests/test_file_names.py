"""The names proposed when a slip or an export is saved (Qt-free rule used by every save dialog)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from relais_desk.reports import file_names


def test_slip_name_says_when_and_for_whom() -> None:
    assert file_names.slip_name("Zoé la Rouge", datetime(2026, 12, 2, 5, 7)) == "bon-20261202-0507-Zoe-la-Rouge.pdf"
    assert file_names.slip_name(None, datetime(2026, 1, 9, 23, 59)) == "bon-20260109-2359-anonyme.pdf"


def test_a_pseudonym_never_escapes_the_folder_or_breaks_a_system() -> None:
    for alias in ("../../etc/passwd", "a/b\\c:d*e?f\"g<h>i|j", "  ..  ", "\x00\x07", "///", ""):
        part = file_names.safe_part(alias, fallback="anonyme")
        assert part and "/" not in part and "\\" not in part and ".." not in part
        assert not set(part) & set(':*?"<>|\x00\x07 ')
    assert file_names.safe_part("../../etc/passwd", fallback="x") == "etc-passwd"
    assert file_names.safe_part("///", fallback="anonyme") == "anonyme"
    assert file_names.safe_part("CON", fallback="x") == "CON_"  # Windows refuses CON.pdf
    assert file_names.safe_part("محمد", fallback="x") == "محمد"  # letters of any script are kept
    assert len(file_names.safe_part("x" * 500, fallback="y")) == file_names.MAX_PART


def test_exports_say_what_and_their_period() -> None:
    assert (file_names.export_name("recensement", date(2026, 11, 1), date(2026, 11, 30), "xlsx")
            == "recensement-2026-11-01_2026-11-30.xlsx")
    assert file_names.export_name("recensement", date(2026, 11, 1), date(2026, 11, 1), ".csv") == \
        "recensement-2026-11-01.csv"
    assert file_names.yearly_name("rapport-annuel", 2025, "pdf") == "rapport-annuel-2025.pdf"
    assert file_names.dated_name("dossier-personne-12", date(2026, 12, 2), "json") == \
        "dossier-personne-12-2026-12-02.json"


def test_documents_folder_else_home(tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    assert file_names.save_folder(str(docs), tmp_path) == tmp_path  # not there: home
    docs.mkdir()
    assert file_names.save_folder(str(docs), tmp_path) == docs
    assert file_names.save_folder("", tmp_path) == tmp_path


def test_a_proposed_name_never_replaces_another_file(tmp_path: Path) -> None:
    name = "bon-20261202-0507-Zoe.pdf"
    assert file_names.free_path(tmp_path, name) == tmp_path / name
    (tmp_path / name).write_bytes(b"%PDF")
    assert file_names.free_path(tmp_path, name) == tmp_path / "bon-20261202-0507-Zoe-2.pdf"
    (tmp_path / "bon-20261202-0507-Zoe-2.pdf").write_bytes(b"%PDF")
    assert file_names.free_path(tmp_path, name).name == "bon-20261202-0507-Zoe-3.pdf"
