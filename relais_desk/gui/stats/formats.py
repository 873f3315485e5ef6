"""Numbers, percentages, months and weekdays in the application's language, through QLocale.

`install_translations` sets the default QLocale (French of Belgium or English of the United Kingdom); these read
it at each call, so that a chart redrawn after a change of language follows it. French writes "83,7 %" (a
no-break space before the sign), English "83.7%".
"""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from relais_desk.domain.nights import to_local


def _locale() -> QLocale:
    return QLocale()


def number(value: float | int, decimals: int = 0) -> str:
    """`value` with the locale's decimal sign and digit grouping (integers shown without decimals)."""
    if isinstance(value, int) and decimals == 0:
        return _locale().toString(value)
    return _locale().toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 1) -> str:
    """`value` (already ×100) as a percentage: "83,7 %" in French, "83.7%" in English."""
    loc = _locale()
    space = "\u00a0" if loc.language() == QLocale.Language.French else ""
    return f"{loc.toString(float(value), 'f', decimals)}{space}{loc.percent()}"


def tick_decimals(spacing: float) -> int:
    """The decimals a tick needs so that neighbours `spacing` apart read differently."""
    return max(0, math.ceil(-math.log10(spacing))) if spacing > 0 else 0


def month_short(d: date, *, with_year: bool = False) -> str:
    """"janv." / "Jan", with the year when asked ("janv. 2026")."""
    name = _locale().standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
    return f"{name} {d.year}" if with_year else name


def day_month(d: date) -> str:
    """"5 janv." / "5 Jan"."""
    return _locale().toString(QDate(d.year, d.month, d.day), "d MMM")


def short_date(d: date) -> str:
    """The locale's short date (05/01/2026 in both languages here)."""
    return _locale().toString(QDate(d.year, d.month, d.day), "dd/MM/yyyy")


def weekday(index: int, *, short: bool = False) -> str:
    """The weekday `index` (0 = Monday) in the locale: "lundi"/"lun." or "Monday"/"Mon"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale().standaloneDayName(index + 1, kind)


def colon() -> str:
    """What separates a label from its value: " : " in French, ": " in English."""
    return " : " if _locale().language() == QLocale.Language.French else ": "


def moment(at: datetime, pattern: str = "dd/MM/yyyy HH:mm") -> str:
    """A moment in Brussels time, written by the locale (`pattern` in QLocale's terms)."""
    local = to_local(at)
    return _locale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)), pattern)
