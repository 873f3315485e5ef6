"""Regenerate everything Qt generates: forms (uic), resources (rcc) and translations (lupdate/lrelease).

`make forms` runs `python -m relais_desk.gui.build_forms`. `stale()` regenerates into a temporary
folder and lists what differs from what is committed (a test fails when anything is stale).
Translators edit `resources/translations/*.ts` (Qt Linguist); `lupdate` keeps them in step with
the code, `lrelease` compiles them, `rcc` packs icons, style and `.qm` into the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
PACKAGE = ROOT / "relais_desk" / "gui"
FORMS = PACKAGE / "forms"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def build_forms(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "__init__.py").write_text('"""Generated from ui/*.ui by `make forms`; never edit by hand."""\n')
    for ui in sorted(UI.glob("*.ui")):
        _run(_tool("pyside6-uic"), "-g", "python", str(ui), "-o",
             str(out / f"ui_{ui.stem}.py"))


# Core modules whose French strings the GUI translates (marked with their own Qt-free QT_TRANSLATE_NOOP).
CORE_CATALOGUES = ("domain/labels.py", "domain/messages.py")


def python_sources() -> list[Path]:
    gui = sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts and p.name != "resources_rc.py")
    return [ROOT / "relais_desk" / name for name in CORE_CATALOGUES] + gui


def update_translations(ts_dir: Path) -> None:
    """lupdate: bring the .ts files in step with the sources (keeps existing translations)."""
    sources = [str(p) for p in python_sources()] + [str(p) for p in sorted(UI.glob("*.ui"))]
    for lang in LANGUAGES:
        ts = ts_dir / f"relais_desk_{lang}.ts"
        _run(_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "fr_BE",
             "-target-language", f"{lang}_BE" if lang == "fr" else "en_GB", *sources, "-ts", str(ts))


def release_translations(ts_dir: Path, qm_dir: Path) -> None:
    for lang in LANGUAGES:
        _run(_tool("pyside6-lrelease"), "-silent", str(ts_dir / f"relais_desk_{lang}.ts"), "-qm",
             str(qm_dir / f"relais_desk_{lang}.qm"))


def build_resources(qrc_dir: Path, out: Path) -> None:
    # Format 1 stores no file timestamps, so the output depends on content only (fresh clones agree).
    _run(_tool("pyside6-rcc"), "-g", "python", "--format-version", "1", "--no-zstd", str(qrc_dir / "resources.qrc"),
         "-o", str(out))


def build_all() -> None:
    build_forms(FORMS)
    update_translations(TRANSLATIONS)
    release_translations(TRANSLATIONS, TRANSLATIONS)
    build_resources(RESOURCES, PACKAGE / "resources_rc.py")


def stale() -> list[str]:
    """What `make forms` would change (empty when everything generated is up to date)."""
    differences = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        build_forms(t / "forms")
        for generated in sorted((t / "forms").glob("*.py")):
            committed = FORMS / generated.name
            if not committed.exists() or committed.read_text() != generated.read_text():
                differences.append(f"relais_desk/gui/forms/{generated.name}")
        # A committed form whose ui/*.ui source is missing (e.g. the .ui was left out of a commit) is stale too.
        for committed in sorted(FORMS.glob("ui_*.py")):
            if not (t / "forms" / committed.name).exists():
                differences.append(f"relais_desk/gui/forms/{committed.name} (no ui/{committed.stem[3:]}.ui)")
        shutil.copytree(RESOURCES, t / "resources")
        update_translations(t / "resources" / "translations")
        for lang in LANGUAGES:
            name = f"relais_desk_{lang}.ts"
            if (t / "resources" / "translations" / name).read_text() != (TRANSLATIONS / name).read_text():
                differences.append(f"resources/translations/{name}")
        release_translations(t / "resources" / "translations", t / "resources" / "translations")
        for lang in LANGUAGES:
            name = f"relais_desk_{lang}.qm"
            if (t / "resources" / "translations" / name).read_bytes() != (TRANSLATIONS / name).read_bytes():
                differences.append(f"resources/translations/{name}")
        build_resources(t / "resources", t / "resources_rc.py")
        if (t / "resources_rc.py").read_text() != (PACKAGE / "resources_rc.py").read_text():
            differences.append("relais_desk/gui/resources_rc.py")
    return differences


if __name__ == "__main__":
    if "--check" in sys.argv:
        changed = stale()
        print("\n".join(changed) or "up to date")
        sys.exit(1 if changed else 0)
    build_all()
    print("forms, translations and resources regenerated")
