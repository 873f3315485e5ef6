"""`relais-desk doctor`: what a workstation lacks is named with the command that installs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from relais_desk.cli import main
from relais_desk.services import doctor

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
ABSENT = "librelais-doctor-absent.so.1"


def test_json_lists_every_check_with_a_verdict_and_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--db", f"sqlite:///{tmp_path / 'poste.sqlite3'}", "doctor", "--json"])
    out = json.loads(capsys.readouterr().out)
    names = [c["name"] for c in out["checks"]]
    assert names == ["qt_libraries", "fonts", "data_dir", "log_dir", "keyring", "database"]
    for check in out["checks"]:
        assert isinstance(check["ok"], bool) and check["message"].strip()
    assert status == (0 if out["ok"] else 2)
    database = out["checks"][-1]
    assert database["ok"] and "sera créée" in database["message"]


@pytest.fixture
def plugin_needing_an_absent_library(tmp_path: Path) -> Path:
    """A real shared object (built by cc) that links to a library which is then deleted."""
    if shutil.which("cc") is None:
        pytest.skip("no C compiler (cc) to build a plugin with a missing dependency")
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    (stub_dir / "stub.c").write_text("int relais_stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int relais_stub(void);\nint relais_plugin(void) { return relais_stub(); }\n")
    stub = stub_dir / ABSENT
    subprocess.run(["cc", "-shared", "-fPIC", f"-Wl,-soname,{ABSENT}", "-o", str(stub), str(stub_dir / "stub.c")],
                   check=True)
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), str(stub)], check=True)
    shutil.rmtree(stub_dir)
    return plugin


@linux_only
def test_a_library_the_plugin_cannot_find_is_named(plugin_needing_an_absent_library: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    check = doctor.check_qt_libraries(plugin_needing_an_absent_library)
    assert not check.ok and check.blocking
    assert ABSENT in check.message
    assert "Paquet inconnu" in check.message and f"apt-file search {ABSENT}" in check.message


@linux_only
def test_a_known_missing_library_comes_with_apt_and_dnf_commands(plugin_needing_an_absent_library: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setitem(doctor.SYSTEM_PACKAGES, ABSENT, ("librelais-absent1", "relais-absent"))
    check = doctor.check_qt_libraries(plugin_needing_an_absent_library)
    assert not check.ok
    assert check.fix == "sudo apt-get install librelais-absent1"
    assert "Debian/Ubuntu : sudo apt-get install librelais-absent1" in check.message
    assert "Fedora : sudo dnf install relais-absent" in check.message


@linux_only
def test_another_qt_platform_makes_missing_xcb_libraries_a_warning(plugin_needing_an_absent_library: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    check = doctor.check_qt_libraries(plugin_needing_an_absent_library)
    assert not check.ok and not check.blocking
    assert doctor.healthy([check])


@linux_only
def test_a_copied_qt_plugin_without_its_qt_libraries_says_to_reinstall(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    real = doctor.xcb_plugin()
    assert real is not None, "PySide6's libqxcb.so is installed with the app"
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    shutil.copy2(real, copy)  # its RUNPATH ($ORIGIN/../../lib) now leads nowhere
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    check = doctor.check_qt_libraries(copy)
    assert not check.ok
    assert "libQt6XcbQpa.so.6" in check.message and "réinstallez" in check.message


def test_no_keyring_is_a_warning_for_sqlite_and_an_error_for_postgresql() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        embedded = doctor.check_keyring(needed=False)
        shared = doctor.check_keyring(needed=True)
    finally:
        keyring.set_keyring(previous)
    assert not embedded.ok and not embedded.blocking and doctor.healthy([embedded])
    assert "gnome-keyring" in embedded.message and "pas bloquant" in embedded.message
    assert not shared.ok and shared.blocking and not doctor.healthy([shared])
    assert doctor.check_keyring(needed=True).ok  # the test session's in-memory keyring is a real one


def test_an_unreachable_server_is_said_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--db", "postgresql://relais@127.0.0.1:1/relais", "doctor"])
    out = capsys.readouterr().out
    assert status == 2
    line = next(line for line in out.splitlines() if "127.0.0.1:1" in line)
    assert line.startswith("✗") and "Impossible de joindre le serveur 127.0.0.1:1" in line


def test_an_existing_sqlite_database_answers(sqlite_url: str) -> None:
    check = doctor.check_database(sqlite_url)
    assert check.ok and "répond" in check.message
