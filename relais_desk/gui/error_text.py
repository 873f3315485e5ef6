"""A user's error in the interface's language: its `domain.messages` source string translated by Qt, with its
parameters as the locale writes them (dates, numbers, the names of codes and fields)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.messages import FIELD_PARAMS, MESSAGES, PARAM_TABLES, PHRASE_PARAMS, WHY
from relais_desk.domain.nights import to_local
from relais_desk.gui import labels


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def value_text(name: str, value: Any, params: dict[str, Any]) -> str:
    """One parameter in the interface's language."""
    locale = QLocale()
    if _english() and f"{name}_en" in params:
        return str(params[f"{name}_en"])
    if name == "why" and isinstance(value, list | tuple):
        return ", ".join(QCoreApplication.translate("Errors", WHY[k]).format_map(_Params(params))
                         for k in value if k in WHY)
    if name in PARAM_TABLES:
        return labels.text(PARAM_TABLES[name], value)
    if name in PHRASE_PARAMS:
        phrase = PHRASE_PARAMS[name].get(value)
        return QCoreApplication.translate("Errors", phrase) if phrase else str(value)
    if name in FIELD_PARAMS and isinstance(value, str):
        return QCoreApplication.translate("Fields", value)
    if isinstance(value, datetime):
        local = to_local(value)
        shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return locale.toString(shown, "dd/MM/yyyy HH:mm")
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    return str(value)


class _Params(dict):
    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__()
        self.params = params

    def __missing__(self, name: str) -> str:
        if name not in self.params:
            return "{" + name + "}"
        return value_text(name, self.params[name], self.params)


def message(key: str | None, params: dict[str, Any], french: str) -> str:
    """The message of `key` with `params` in the interface's language (`french` when `key` is not known)."""
    if key not in MESSAGES:
        return french
    template = QCoreApplication.translate("Errors", MESSAGES[key])
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError):  # a translation with a broken placeholder: the French is still right
        return french


def translated(exc: UserFacingError) -> str:
    """The error's message in the interface's language (its French message when it has no known key)."""
    return message(exc.key, exc.params, exc.message)


def sentence(text: str) -> str:
    """A sentence of the core (`domain.messages.Said`, e.g. the change feed's state) in the interface's language;
    any other text as it is."""
    return message(getattr(text, "key", None), getattr(text, "params", {}), str(text))
