"""Opening hours in the user's language: the week on one line, and « open now, until … / opens … »."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relais_desk.domain import opening_hours
from relais_desk.domain.nights import NETWORK_TZ, as_utc

CONTEXT = "OpeningHours"
_DAYS = (QT_TRANSLATE_NOOP("OpeningHours", "lun"), QT_TRANSLATE_NOOP("OpeningHours", "mar"),
         QT_TRANSLATE_NOOP("OpeningHours", "mer"), QT_TRANSLATE_NOOP("OpeningHours", "jeu"),
         QT_TRANSLATE_NOOP("OpeningHours", "ven"), QT_TRANSLATE_NOOP("OpeningHours", "sam"),
         QT_TRANSLATE_NOOP("OpeningHours", "dim"))
_DAY_NAMES = (QT_TRANSLATE_NOOP("OpeningHours", "lundi"), QT_TRANSLATE_NOOP("OpeningHours", "mardi"),
              QT_TRANSLATE_NOOP("OpeningHours", "mercredi"), QT_TRANSLATE_NOOP("OpeningHours", "jeudi"),
              QT_TRANSLATE_NOOP("OpeningHours", "vendredi"), QT_TRANSLATE_NOOP("OpeningHours", "samedi"),
              QT_TRANSLATE_NOOP("OpeningHours", "dimanche"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def week_text(hours: str) -> str:
    """The stored hours, worded in the user's language ('' when none were given)."""
    try:
        week = opening_hours.parse(hours)
    except opening_hours.OpeningHoursInvalid:
        return hours  # written before a rule changed: shown as stored
    every_day = QCoreApplication.translate("OpeningHours", "tous les jours")
    closed = QCoreApplication.translate("OpeningHours", "fermé")
    return opening_hours.format_week(week, days=tuple(_tr(d) for d in _DAYS), every_day=every_day, closed=closed)


def _when(moment: datetime, now: datetime) -> str:
    local = as_utc(moment).astimezone(NETWORK_TZ)
    days = (local.date() - as_utc(now).astimezone(NETWORK_TZ).date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return QCoreApplication.translate("OpeningHours", "demain %1").replace("%1", clock)
    return f"{_tr(_DAY_NAMES[local.weekday()])} {clock}"


def status_text(hours: str, now: datetime) -> str:
    """« Ouvert maintenant, jusqu'à 08:00 », « Fermé, ouvre lundi 09:00 », « Ouvert 24h/24 », or ''."""
    try:
        s = opening_hours.status(hours, now)
    except opening_hours.OpeningHoursInvalid:
        return ""
    if not s.known:
        return ""
    if s.open:
        if s.until is None:
            return QCoreApplication.translate("OpeningHours", "Ouvert 24h/24")
        until = QCoreApplication.translate("OpeningHours", "Ouvert maintenant, jusqu'à %1")
        return until.replace("%1", _when(s.until, now))
    if s.next_open is None:
        return QCoreApplication.translate("OpeningHours", "Fermé")
    opens = QCoreApplication.translate("OpeningHours", "Fermé maintenant, ouvre %1")
    return opens.replace("%1", _when(s.next_open, now))
