"""A whole date typed over a date field (after Ctrl+A): that date, or a problem said — never another date."""

from __future__ import annotations

from datetime import datetime

import pytest

from relais_desk.domain.typed_dates import read_typed

BASE = datetime(2026, 12, 2, 5, 20)
DATE, DATE_TIME = "dd/MM/yyyy", "dd/MM/yyyy HH:mm"


@pytest.mark.parametrize(("typed", "fmt", "expected"), [
    ("15031980", DATE, datetime(1980, 3, 15, 5, 20)),
    ("15/03/1980", DATE, datetime(1980, 3, 15, 5, 20)),
    ("1/3/1980", DATE, datetime(1980, 3, 1, 5, 20)),
    ("15.03.1980", DATE, datetime(1980, 3, 15, 5, 20)),
    ("150380", DATE, datetime(1980, 3, 15, 5, 20)),  # two digits: the nearest century before
    ("1/3/26", DATE, datetime(2026, 3, 1, 5, 20)),
    ("0103", DATE, datetime(2026, 3, 1, 5, 20)),  # day and month only: the year stays
    ("15", DATE, datetime(2026, 12, 15, 5, 20)),
    ("150319802130", DATE_TIME, datetime(1980, 3, 15, 21, 30)),
    ("15/03/1980 21:30", DATE_TIME, datetime(1980, 3, 15, 21, 30)),
    ("01/12/2026 9h5", DATE_TIME, datetime(2026, 12, 1, 9, 5)),
    ("15/03/1980", DATE_TIME, datetime(1980, 3, 15, 5, 20)),  # the time stays
])
def test_a_date_typed_whole_is_that_date(typed, fmt, expected) -> None:
    result = read_typed(typed, fmt, BASE, finished=True)
    assert result.problem is None and result.value == expected


@pytest.mark.parametrize("typed", ["31021980", "31/02/1980", "29/02/1981", "32/01/2026", "15/13/2026", "15/03/198",
                                   "15/03/1"])
def test_an_impossible_date_is_said_never_changed_into_another(typed) -> None:
    result = read_typed(typed, DATE, BASE, finished=True)
    assert result.value is None and typed in (result.problem or "")


def test_an_impossible_time_is_said() -> None:
    result = read_typed("01/12/2026 25:00", DATE_TIME, BASE, finished=True)
    assert result.value is None and result.problem


def test_while_typing_only_whole_parts_count() -> None:
    assert read_typed("1", DATE, BASE, finished=False).value == BASE  # the day is not typed yet
    assert read_typed("15", DATE, BASE, finished=False).value == datetime(2026, 12, 15, 5, 20)
    assert read_typed("15031", DATE, BASE, finished=False).value == datetime(2026, 3, 15, 5, 20)
    partial = read_typed("3102", DATE, BASE, finished=False)  # 31/02: no date, the field keeps what it showed
    assert partial.value is None and partial.problem is None  # said only when the typing is finished
