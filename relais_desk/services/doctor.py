"""`relais-desk doctor`: what this workstation lacks to run relais-desk, and the command that fixes it.

Qt-free on purpose: it must answer on a machine where Qt cannot even load (a missing xcb library
aborts the GUI before any window). PySide6 is located with `importlib.util.find_spec`, never imported.

Each check gives `ok` and a French message naming the missing piece and how to install it. A check
whose failure does not stop this workstation's database from working is a *warning* (`blocking`
False): the keyring when the database is the embedded SQLite file, for instance.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP_NAME = "relais-desk"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str
    blocking: bool = True  # a failure that is not blocking is a warning: it does not change the exit status
    fix: str | None = None  # the command that installs what is missing

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


# Shared libraries that Qt's xcb platform plugin and its Qt libraries load from the system, with the
# package that provides them on Debian/Ubuntu and on Fedora (None: not known for that system).
SYSTEM_PACKAGES: dict[str, tuple[str, str | None]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libcups.so.2": ("libcups2", "cups-libs"),
    "libz.so.1": ("zlib1g", "zlib"),
}

# The Qt libraries whose system dependencies matter for our screens (the platform plugin is checked first).
QT_LIBRARIES = ("libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6PrintSupport.so.6",
                "libQt6Svg.so.6")
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def pyside6_dir() -> Path | None:
    """The installed PySide6 package folder (in a PyInstaller bundle too), without importing it."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location, "Qt").is_dir():
                return Path(location)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and Path(bundle, "PySide6", "Qt").is_dir():
        return Path(bundle, "PySide6")
    return None


def xcb_plugin() -> Path | None:
    base = pyside6_dir()
    if base is None:
        return None
    plugin = base / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(binaries: Iterable[Path]) -> list[str]:
    """Every shared library that `ldd` cannot resolve for these files, in order, once each."""
    missing: list[str] = []
    for binary in binaries:
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False)
        for name in NOT_FOUND.findall(result.stdout):
            if name not in missing:
                missing.append(name)
    return missing


def install_commands(missing: Iterable[str]) -> tuple[str | None, str | None, list[str]]:
    """(apt-get command, dnf command, libraries of no known package) for these missing libraries."""
    debian: list[str] = []
    fedora: list[str] = []
    unknown: list[str] = []
    for name in missing:
        packages = SYSTEM_PACKAGES.get(name)
        if packages is None:
            unknown.append(name)
            continue
        deb, rpm = packages
        if deb not in debian:
            debian.append(deb)
        if rpm and rpm not in fedora:
            fedora.append(rpm)
    apt = f"sudo apt-get install {' '.join(debian)}" if debian else None
    dnf = f"sudo dnf install {' '.join(fedora)}" if fedora else None
    return apt, dnf, unknown


def check_qt_libraries(plugin: Path | None = None) -> Check:
    """The Qt platform plugin (xcb) and the Qt libraries it needs find every system library."""
    name = "qt_libraries"
    if not sys.platform.startswith("linux"):
        return Check(name, True, "Bibliothèques Qt : fournies avec relais-desk sur ce système.")
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return Check(name, False, "Qt (PySide6) est introuvable : l'interface ne peut pas s'ouvrir. "
                     "Réinstallez relais-desk.", fix="pip install --force-reinstall 'PySide6-Essentials<6.12'")
    if shutil.which("ldd") is None:
        return Check(name, False, "La commande ldd est introuvable : les bibliothèques de Qt n'ont pas pu être "
                     "vérifiées.", blocking=False, fix="sudo apt-get install libc-bin")
    qt_lib = plugin.parent.parent.parent / "lib"
    binaries = [plugin, *(qt_lib / lib for lib in QT_LIBRARIES if (qt_lib / lib).exists())]
    missing = missing_libraries(binaries)
    if not missing:
        return Check(name, True, f"Bibliothèques de Qt pour l'affichage (xcb) : toutes présentes ({plugin.name}).")
    apt, dnf, unknown = install_commands(missing)
    # Another platform plugin chosen on purpose (offscreen for tests, wayland, vnc…) does not load xcb.
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    blocking = platform in ("", "xcb") or platform.startswith("xcb:")
    lines = [f"Bibliothèques système manquantes pour l'affichage Qt (xcb) : {', '.join(missing)}."]
    if not blocking:
        lines[0] += f" (non bloquant ici : QT_QPA_PLATFORM={platform})"
    if apt:
        lines.append(f"Debian/Ubuntu : {apt}")
    if dnf:
        lines.append(f"Fedora : {dnf}")
    if unknown:
        qt_own = [lib for lib in unknown if lib.startswith("libQt6") or lib.startswith("libpyside6")]
        others = [lib for lib in unknown if lib not in qt_own]
        if qt_own:
            lines.append(f"Bibliothèques de Qt absentes ({', '.join(qt_own)}) : l'installation de relais-desk "
                         "est incomplète, réinstallez-la.")
        if others:
            lines.append(f"Paquet inconnu pour {', '.join(others)} : cherchez-le avec "
                         f"« apt-file search {others[0]} » ou « dnf provides '*/{others[0]}' ».")
    return Check(name, False, "\n  ".join(lines), blocking=blocking, fix=apt or dnf)


def _usable_keyring(backend: object) -> bool:
    from keyring.backends import fail

    if backend is None or isinstance(backend, fail.Keyring):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):  # plaintext or "encrypted" file: never
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(_usable_keyring(b) for b in chained)
    return True


def check_keyring(*, needed: bool) -> Check:
    """A real keyring backend: not keyrings.alt's plaintext file, not the fail backend."""
    name = "keyring"
    reason = ""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration raises at discovery
        backend, reason = None, f" ({exc})"
    if _usable_keyring(backend):
        label = getattr(backend, "name", type(backend).__name__)
        return Check(name, True, f"Trousseau de mots de passe : {label}.", blocking=needed)
    consequence = ("La base partagée (PostgreSQL) de ce poste en a besoin." if needed else
                   "Ce n'est pas bloquant pour la base locale (SQLite) : seul un serveur PostgreSQL en a besoin.")
    return Check(
        name, False,
        "Aucun trousseau de mots de passe utilisable : le mot de passe du serveur PostgreSQL ne pourra pas "
        f"être retenu (relais-desk ne l'écrit jamais en clair){reason}. {consequence} Installez un trousseau, "
        "par exemple gnome-keyring (Debian/Ubuntu : sudo apt-get install gnome-keyring ; Fedora : sudo dnf "
        "install gnome-keyring) ou KWallet, et ouvrez une session qui le déverrouille.",
        blocking=needed, fix="sudo apt-get install gnome-keyring",
    )


def _writable(folder: Path) -> str | None:
    """None when a file can be created in `folder` (created if needed), else the reason in French."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".relais-doctor-"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def check_folder(name: str, label: str, folder: Path) -> Check:
    reason = _writable(folder)
    if reason is None:
        return Check(name, True, f"{label} : {folder} (accessible en écriture).")
    return Check(name, False, f"{label} {folder} n'est pas accessible en écriture ({reason}). Vérifiez ses droits "
                 "ou libérez de la place sur le disque.")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from relais_desk import program_log

    return program_log.log_dir()


def check_fonts() -> Check:
    name = "fonts"
    if not sys.platform.startswith("linux"):
        return Check(name, True, "Polices : fournies par le système.")
    fix = "sudo apt-get install fontconfig fonts-dejavu-core"
    if shutil.which("fc-list") is None:
        return Check(name, False, "fontconfig (fc-list) est absent : Qt ne trouvera aucune police. "
                     f"Debian/Ubuntu : {fix} ; Fedora : sudo dnf install fontconfig dejavu-sans-fonts", fix=fix)
    result = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False)
    families = {line.split(",")[0].strip() for line in result.stdout.splitlines() if line.strip()}
    if not families:
        return Check(name, False, "Aucune police installée : les textes de l'application seraient illisibles. "
                     "Debian/Ubuntu : sudo apt-get install fonts-dejavu-core ; Fedora : sudo dnf install "
                     "dejavu-sans-fonts", fix="sudo apt-get install fonts-dejavu-core")
    return Check(name, True, f"Polices : {len(families)} famille(s) installée(s).")


def check_database(url: str | None) -> Check:
    """The configured database (or `url`) opens and answers SELECT 1; an SQLite file yet to be created is fine."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from relais_desk.domain.errors import UserFacingError
    from relais_desk.store.database import Database, default_url

    name = "database"
    try:
        db = Database(url or default_url())
    except UserFacingError as exc:
        return Check(name, False, exc.message)
    except OSError as exc:
        return Check(name, False, f"Le dossier de la base de données ne peut pas être créé : {exc.strerror or exc}.")
    where = db.backend.where
    try:
        path = db.sqlite_path
        if db.is_sqlite and path is not None and not path.exists():
            reason = _writable(path.parent)
            if reason is None:
                return Check(name, True, f"Base locale (SQLite) : {path} sera créée au premier démarrage.")
            return Check(name, False, f"La base locale {path} ne pourra pas être créée : le dossier {path.parent} "
                         f"n'est pas accessible en écriture ({reason}).")
        with db.read() as session:
            session.execute(text("SELECT 1"))
        kind = "Base locale (SQLite)" if db.is_sqlite else "Serveur PostgreSQL"
        return Check(name, True, f"{kind} : {where} répond.")
    except UserFacingError as exc:
        return Check(name, False, exc.message)
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        detail = first[0] if first else type(exc).__name__
        if db.is_sqlite:
            return Check(name, False, f"La base locale {where} ne s'ouvre pas : {detail}. Vérifiez que le fichier "
                         "est bien une base relais-desk et qu'il n'est pas sur un partage réseau.")
        return Check(name, False, f"Le serveur PostgreSQL {where} ne répond pas : {detail}. Vérifiez l'adresse, "
                     "le réseau et le mot de passe (relais-desk le garde dans le trousseau).")
    finally:
        db.dispose()


def _is_sqlite(url: str | None) -> bool:
    try:
        from relais_desk.store.database import default_url

        return (url or default_url()).startswith("sqlite")
    except Exception:
        return True


def run_checks(url: str | None = None) -> list[Check]:
    """Every check, in the order a person fixes them: display, fonts, folders, keyring, database."""
    return [
        check_qt_libraries(),
        check_fonts(),
        check_folder("data_dir", "Dossier des données", data_dir()),
        check_folder("log_dir", "Dossier des journaux", log_dir()),
        check_keyring(needed=not _is_sqlite(url)),
        check_database(url),
    ]


def healthy(checks: Iterable[Check]) -> bool:
    """True when no blocking check failed (warnings do not count)."""
    return all(c.ok or not c.blocking for c in checks)
