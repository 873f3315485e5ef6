"""Opening hours of a partner: typed on one line as people say them, checked, and answered at 2 am.

« lun-ven 09:00-16:00 ; sam-dim fermé », « tous les jours 20:00-08:00 », « 24h/24 »: rules separated by
`;`, each a set of days then its times (several intervals with `,` or `et`, « fermé », « 24h/24 »). A
later rule replaces an earlier one for the days it names; a day no rule names is closed. An interval
whose end is not after its start runs past midnight (a night shelter's 20:00-08:00 belongs to the
evening's day). Hours are Brussels wall-clock time. An empty text means « not given », never « closed ».

What an operator needs from them is `status(hours, at)`: open now and until when, or when it opens next.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import NETWORK_TZ, as_utc

DAYS_FR = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
DAY_NAMES_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MAX_LEN = 300
WHOLE_DAY = (0, 24 * 60)

Interval = tuple[int, int]  # minutes after midnight; end <= start: until the next day's `end`
Week = tuple[tuple[Interval, ...], ...]  # seven days, Monday first


class OpeningHoursInvalid(UserFacingError):
    """Opening hours that cannot be read; the message shows how to write them."""

    code = "opening_hours_invalid"


_EXAMPLE = "Exemple : « lun-ven 09:00-16:00 ; sam-dim fermé » ou « tous les jours 20:00-08:00 »."
_EVERY_DAY = ("tous les jours", "tlj", "7j/7", "7/7", "chaque jour", "every day", "daily")
_DAY_GROUPS = {"semaine": tuple(range(5)), "week-end": (5, 6), "weekend": (5, 6), "weekdays": tuple(range(5))}
_PREFIX = {"lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "di": 6}
# English words are read too (an English-speaking coordinator); the stored text is always the French one.
_ENGLISH = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_ENGLISH_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = r"\d{1,2}(?:[:h.]\d{2}|h)?"
_INTERVAL = re.compile(rf"^({_TIME})\s*(?:-|a|to)\s*({_TIME})$")
_TIMES_START = re.compile(rf"(?:^|\s)(?:{_TIME}\s*(?:-|a|to)|ferm|closed|24h|24/24|24/7)")


def _plain(text: str) -> str:
    """Lower case, without accents, dashes as « - », one space between words."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _minutes(token: str, *, end: bool) -> int:
    m = re.fullmatch(r"(\d{1,2})(?:[:h.](\d{2})|h)?", token)
    hours, minutes = (int(m.group(1)), int(m.group(2) or 0)) if m else (99, 0)
    if hours == 24 and minutes == 0 and end:
        return 24 * 60
    if hours > 23 or minutes > 59:
        raise OpeningHoursInvalid(f"Heure « {token} » impossible : de 00:00 à 23:59 (24:00 pour minuit en fin).",
                                  field="opening_hours", value=token)
    return hours * 60 + minutes


def _day(token: str) -> int:
    token = token.strip(". ")
    if token[:3] in _ENGLISH and _ENGLISH_NAMES[_ENGLISH[token[:3]]].startswith(token):
        return _ENGLISH[token[:3]]
    if token[:2] in _PREFIX and (len(token) <= 3 or DAY_NAMES_FR[_PREFIX[token[:2]]].startswith(token)):
        return _PREFIX[token[:2]]
    raise OpeningHoursInvalid(f"Jour « {token} » inconnu (lun, mar, mer, jeu, ven, sam, dim). {_EXAMPLE}",
                              field="opening_hours", value=token)


def _days(text: str) -> tuple[int, ...]:
    text = re.sub(r"\s+au\s+", "-", re.sub(r"^(?:du|le|les)\s+", "", text.strip(" :,")))
    if not text or text in _EVERY_DAY:
        return tuple(range(7))
    if text in _DAY_GROUPS:
        return _DAY_GROUPS[text]
    out: list[int] = []
    for part in re.split(r"\s*(?:,|\bet\b)\s*", text):
        if not part:
            continue
        if part in _DAY_GROUPS:
            out += _DAY_GROUPS[part]
            continue
        first, _, last = part.partition("-")
        start = _day(first)
        stop = _day(last) if last else start
        day = start
        while True:  # « ven-lun » wraps over the weekend
            out.append(day)
            if day == stop:
                break
            day = (day + 1) % 7
    return tuple(dict.fromkeys(out))


def _intervals(text: str) -> tuple[Interval, ...]:
    text = text.strip(" :")
    if text.startswith(("ferm", "closed")):
        return ()
    if text in ("24h/24", "24/24", "24h", "24h/24 7j/7", "24h sur 24", "24/7"):
        return (WHOLE_DAY,)
    out: list[Interval] = []
    for part in re.split(r"\s*(?:,|\bet\b|/)\s*", text):
        m = _INTERVAL.match(part.strip())
        if not m:
            raise OpeningHoursInvalid(f"« {part.strip()} » n'est pas une plage horaire (09:00-16:00). {_EXAMPLE}",
                                      field="opening_hours", value=part.strip())
        start, end = _minutes(m.group(1), end=False), _minutes(m.group(2), end=True)
        if start == end % (24 * 60) and (start, end) != WHOLE_DAY:
            raise OpeningHoursInvalid(f"La plage « {part.strip()} » s'ouvre et se ferme à la même heure.",
                                      field="opening_hours", value=part.strip())
        out.append((start, end))
    return tuple(sorted(out))


def parse(text: str) -> Week | None:
    """The week the text describes, or None for an empty text (hours not given)."""
    if not isinstance(text, str):
        raise OpeningHoursInvalid("Horaires : texte attendu.", field="opening_hours")
    if len(text.strip()) > MAX_LEN:
        raise OpeningHoursInvalid(f"Horaires : au plus {MAX_LEN} caractères.", field="opening_hours", max=MAX_LEN)
    plain = _plain(text)
    if not plain:
        return None
    week: list[tuple[Interval, ...]] = [()] * 7
    for rule in (r.strip() for r in re.split(r"[;\n]", plain)):
        if not rule:
            continue
        if rule in ("24h/24", "24h/24 7j/7", "24h/24, 7j/7", "7j/7 24h/24", "24/7"):
            days, times = tuple(range(7)), "24h/24"
        else:
            m = _TIMES_START.search(rule)
            if m is None:
                raise OpeningHoursInvalid(f"« {rule} » : il manque les heures (09:00-16:00) ou « fermé ». {_EXAMPLE}",
                                          field="opening_hours", value=rule)
            days, times = _days(rule[:m.start()]), rule[m.start():]
        for day in days:
            week[day] = _intervals(times)
    return tuple(week)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _times_text(intervals: tuple[Interval, ...], closed: str) -> str:
    if not intervals:
        return closed
    if intervals == (WHOLE_DAY,):
        return "24h/24"
    return ", ".join(f"{_clock(a)}-{_clock(b)}" for a, b in intervals)


def format_week(week: Week | None, *, days: tuple[str, ...] = DAYS_FR, every_day: str = "tous les jours",
                closed: str = "fermé") -> str:
    """The week on one line, consecutive days with the same hours grouped: the stored, canonical text."""
    if week is None:
        return ""
    if len(set(week)) == 1:
        return f"{every_day} {_times_text(week[0], closed)}"
    groups: list[tuple[int, int]] = []
    for day in range(7):
        if groups and week[groups[-1][1]] == week[day]:
            groups[-1] = (groups[-1][0], day)
        else:
            groups.append((day, day))
    parts = []
    for first, last in groups:
        name = days[first] if first == last else f"{days[first]}-{days[last]}"
        parts.append(f"{name} {_times_text(week[first], closed)}")
    return " ; ".join(parts)


def normalise(text: str) -> str:
    """The canonical text of typed hours ('' when none are given); raises OpeningHoursInvalid."""
    return format_week(parse(text))


@dataclass(frozen=True)
class OpenStatus:
    """Whether a partner is open at a moment: until when, or when it opens next (aware UTC)."""

    known: bool  # hours were given
    open: bool
    until: datetime | None = None  # when it closes (None: open round the clock)
    next_open: datetime | None = None  # when it opens (None: never, by its hours)


def _periods(week: Week, around: datetime) -> list[tuple[datetime, datetime]]:
    """Open periods (naive Brussels wall clock) from the day before `around` to eight days after, merged."""
    base = datetime.combine(around.date(), time(0))
    spans = []
    for offset in range(-1, 9):
        day = base + timedelta(days=offset)
        for start, end in week[day.weekday()]:
            stop = end if end > start else end + 24 * 60
            spans.append((day + timedelta(minutes=start), day + timedelta(minutes=stop)))
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _aware(local: datetime) -> datetime:
    return as_utc(local.replace(tzinfo=NETWORK_TZ))


def status(hours: str | Week | None, at: datetime) -> OpenStatus:
    """Open or closed at `at` (aware, or naive UTC), with the moment that changes it."""
    week = parse(hours) if isinstance(hours, str) else hours
    if week is None:
        return OpenStatus(known=False, open=False)
    local = as_utc(at).astimezone(NETWORK_TZ).replace(tzinfo=None)
    periods = _periods(week, local)
    horizon = datetime.combine(local.date(), time(0)) + timedelta(days=8)
    for start, end in periods:
        if start <= local < end:
            return OpenStatus(known=True, open=True, until=None if end >= horizon else _aware(end))
        if start > local:
            return OpenStatus(known=True, open=False, next_open=_aware(start))
    return OpenStatus(known=True, open=False)


def status_fr(hours: str | Week | None, at: datetime) -> str:
    """The status in French words, as the slip and the CLI print it (the GUI words it through Qt)."""
    s = status(hours, at)
    if not s.known:
        return ""
    if s.open:
        return "ouvert 24h/24" if s.until is None else f"ouvert maintenant, jusqu'à {when_fr(s.until, at)}"
    if s.next_open is None:
        return "fermé"
    return f"fermé maintenant, ouvre {when_fr(s.next_open, at)}"


def when_fr(moment: datetime, now: datetime) -> str:
    """« 20:00 », « demain 08:00 », « lundi 09:00 » relative to `now` (Brussels time)."""
    local = as_utc(moment).astimezone(NETWORK_TZ)
    today = as_utc(now).astimezone(NETWORK_TZ).date()
    days = (local.date() - today).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return f"demain {clock}"
    return f"{DAY_NAMES_FR[local.weekday()]} {clock}"
