"""The names proposed when a slip or an export is saved: what it is and its period, in the Documents folder.

One rule for every save dialog (the GUI asks Qt where Documents is and passes it here): a slip is
`bon-AAAAMMJJ-HHMM-<pseudonyme>.pdf`, an export `<what>-<first day>_<last day>.<ext>` (one day: that day;
a year: the year), never a name that another file already has in the folder (`-2`, `-3`… are added).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

MAX_PART = 40  # a pseudonym or a chart's name, cut: the whole name stays readable in a file dialog
# Names Windows refuses whatever the extension (« CON.pdf » cannot be created there).
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


def safe_part(text: str | None, *, fallback: str) -> str:
    """`text` as one part of a file name on any system: accents dropped, letters and digits kept, anything else
    (slashes, colons, spaces, dots, control characters) one hyphen; `fallback` when nothing is left."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(ch))
    kept = "".join(ch if ch.isalnum() or ch in "_-" else "-" for ch in plain)
    part = re.sub(r"-{2,}", "-", kept).strip("-_")[:MAX_PART].strip("-_")
    if not part:
        return fallback
    return f"{part}_" if part.lower() in _WINDOWS_RESERVED else part


def slip_name(alias: str | None, issued: datetime) -> str:
    """The *bon d'orientation*'s PDF: the time it was issued (as printed on it) and the person's pseudonym."""
    return f"bon-{issued:%Y%m%d-%H%M}-{safe_part(alias, fallback='anonyme')}.pdf"


def period_text(start: date, end: date) -> str:
    """`2026-11-01_2026-11-30`; one day is that day."""
    return f"{start:%Y-%m-%d}" if start == end else f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"


def export_name(what: str, start: date, end: date, extension: str) -> str:
    """An export over a period: `recensement-2026-11-01_2026-11-30.xlsx`."""
    return f"{safe_part(what, fallback='export')}-{period_text(start, end)}.{extension.lstrip('.')}"


def yearly_name(what: str, year: int, extension: str) -> str:
    """An export of a year: `rapport-annuel-2025.pdf`."""
    return f"{safe_part(what, fallback='export')}-{year:04d}.{extension.lstrip('.')}"


def dated_name(what: str, day: date, extension: str) -> str:
    """A document made on a day (a person's file for a request): `dossier-personne-12-2026-12-02.json`."""
    return f"{safe_part(what, fallback='export')}-{day:%Y-%m-%d}.{extension.lstrip('.')}"


def save_folder(documents: str | Path | None, home: Path) -> Path:
    """Where a save dialog opens: the user's Documents folder when it exists, else their home folder."""
    if documents:
        folder = Path(documents)
        if folder.is_dir():
            return folder
    return home


def free_path(folder: Path, name: str, *, exists: Callable[[Path], bool] | None = None) -> Path:
    """`folder/name`, or `name-2`, `name-3`… before its extension when a file already has that name."""
    exists = exists or Path.exists
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while exists(candidate):
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
