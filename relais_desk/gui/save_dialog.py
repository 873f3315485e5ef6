"""The one save dialog of slips and exports: it opens in Documents on a name that says what the file is.

The names are `reports.file_names`' rule (Qt-free, tested); this module only asks Qt where Documents is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from relais_desk.reports import file_names


def proposed_path(name: str) -> Path:
    """`name` in the user's Documents folder (else home), numbered when a file there has that name already."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return file_names.free_path(file_names.save_folder(documents, Path.home()), name)


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str) -> str | None:
    """The path chosen in the save dialog (which asks before replacing a file), or None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(proposed_path(name)), file_filter)
    return path or None
