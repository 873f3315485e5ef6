"""A bed category named in the interface's language: its `label_en` in English, its `label_fr` otherwise.

Categories are data (each network names its own), so Qt's catalogue cannot translate them: the database holds
both labels and the services return both. Slips and reports stay French (documents for Wallonia).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def label(french: str | None, english_label: str | None) -> str:
    """The category's label in the interface's language (the French one when no English is known)."""
    if english() and english_label:
        return english_label
    return french or ""


def of(row: Any) -> str:
    """The label of a service row that carries `category_fr` and `category_en` (attributes or keys)."""
    if isinstance(row, Mapping):
        return label(row.get("category_fr"), row.get("category_en"))
    return label(getattr(row, "category_fr", None), getattr(row, "category_en", None))

