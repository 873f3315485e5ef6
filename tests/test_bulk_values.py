"""The demo's bulk writer and the ledger's JSON write exactly what SQLAlchemy and the standard library would."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.dialects import sqlite

from relais_desk.demo.bulk import _processor
from relais_desk.domain.models import LedgerEntry
from relais_desk.store import ledger

MOMENTS = [datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(2026, 3, 29, 0, 30, 0, 7, tzinfo=UTC),
           datetime(2026, 7, 1, 21, 0, tzinfo=ZoneInfo("Europe/Brussels")),
           datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=-5)))]
VALUES = {"date": [date(2026, 1, 1), date(1999, 12, 31)], "moment": MOMENTS, "int": [0, -3, 10**12], "bool": [True, False],
          "str": ["", "Le Rebond", "fuite d'eau é\u2028"]}


BULK = ("ledger", "call", "person", "bed_state", "hold", "orientation", "refusal")


@pytest.mark.parametrize("table", [t for t in LedgerEntry.metadata.sorted_tables if t.name in BULK],
                         ids=lambda t: t.name)
def test_each_columns_value_is_what_sqlalchemy_would_bind(table):
    dialect = sqlite.dialect()
    for column in table.c:
        ours = _processor(column.type, dialect)
        theirs = column.type._cached_bind_processor(dialect)
        python = column.type.python_type if not hasattr(column.type, "impl_instance") else \
            column.type.impl_instance.python_type
        kind = {datetime: "moment", date: "date", int: "int", bool: "bool", str: "str"}.get(python)
        for value in VALUES.get(kind, []):
            expected = theirs(value) if theirs else value
            assert (ours(value) if ours else value) == expected, (table.name, column.name, value)


def test_a_naive_moment_is_refused_as_sqlalchemy_refuses_it():
    ours = _processor(LedgerEntry.__table__.c.at.type, sqlite.dialect())
    with pytest.raises(ValueError):
        ours(datetime(2026, 1, 1, 20, 0))


def _reference(value):
    def default(obj):
        return obj.isoformat() if isinstance(obj, datetime | date) else str(obj)
    return json.dumps(value, default=default, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("value", [
    {"capacity": 30, "held": 3, "unavailable_reason": "", "counts_updated_at": MOMENTS[0], "deadline": MOMENTS[2]},
    {"status": "arrivee", "night": date(2026, 1, 1), "note": "fuite d'eau — « urgent » \u2028 😀", "z": None,
     "a": [1, 2, {"b": True, "a": 1.5}], "when": datetime(2026, 1, 1, 1, 1, 1, 5)},
    {},
])
def test_the_ledgers_json_is_the_standard_librarys_text(value):
    assert ledger.dumps(value) == _reference(value)
    assert ledger.dumps(None) is None


def test_whole_number_keys_are_written_as_text_keys():
    # (the standard library sorts them as numbers first; here they sort as the text they become)
    assert json.loads(ledger.dumps({3: "trois", 12: ("douze", 1)})) == {"3": "trois", "12": ["douze", 1]}
