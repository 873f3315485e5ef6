"""docs/donnees-personnelles.md lists every column that describes a person, links an event to one, or
records who read or changed what: a column added without an entry there fails here."""

from __future__ import annotations

import re
from pathlib import Path

from sqlmodel import SQLModel

import relais_desk.domain.models  # noqa: F401  (registers the tables)

INVENTORY = Path(__file__).resolve().parents[1] / "docs" / "donnees-personnelles.md"
# Tables of personal data that hold no person_id or subject column of their own.
ALWAYS = {"person", "ledger", "app_user", "local_credential"}


def _person_level_tables() -> set[str]:
    out = set(ALWAYS)
    for table in SQLModel.metadata.tables.values():
        refers_to_person = any(fk.column.table.name == "person" for fk in table.foreign_keys)
        if refers_to_person or "subject" in table.columns or "person_id" in table.columns:
            out.add(table.name)
    return out


def _documented() -> set[tuple[str, str]]:
    rows = [line for line in INVENTORY.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    return {(t, c) for line in rows for t, c in re.findall(r"^\|\s*`([a-z_]+)\.([a-z_]+)`", line)}


def test_every_column_of_a_person_level_table_is_in_the_inventory() -> None:
    documented = _documented()
    missing = sorted(f"{name}.{column.name}" for name in _person_level_tables()
                     for column in SQLModel.metadata.tables[name].columns if (name, column.name) not in documented)
    assert not missing, f"add to docs/donnees-personnelles.md (why, who reads it, where it goes, how long): {missing}"


def test_the_inventory_names_no_column_that_does_not_exist() -> None:
    tables = SQLModel.metadata.tables
    stale = sorted(f"{t}.{c}" for t, c in _documented() if t not in tables or c not in tables[t].columns)
    assert not stale, f"docs/donnees-personnelles.md describes columns that are gone: {stale}"
