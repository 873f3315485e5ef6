"""What the SQL written by the store's PostgreSQL modules shares: quoting, function headers, role names."""

from __future__ import annotations

from relais_desk.store import pg_roles

CHANNEL = "relais_changes"  # the change feed's NOTIFY channel (store.changes.CHANNEL)
# Every SECURITY DEFINER function has a fixed search_path (no shadowing by a temporary object) and
# works in UTC, like the rest of the store.
DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = 'UTC'"
INVOKER = "SECURITY INVOKER SET search_path = public, pg_temp SET TimeZone = 'UTC'"


def q(identifier: str) -> str:
    """A quoted SQL identifier (role names contain dots)."""
    return '"' + identifier.replace('"', '""') + '"'


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class Names:
    """The role names of one database's network."""

    def __init__(self, dbname: str) -> None:
        self.dbname = dbname
        self.prefix = pg_roles.prefix(dbname)
        self.owner = pg_roles.owner(dbname)
        self.groups = pg_roles.groups(dbname)
        self.operateur = self.groups["operateur"]
        self.abri = self.groups["abri"]
        self.coordination = self.groups["coordination"]
        self.admin = self.groups["admin"]

    def all_groups(self) -> str:
        return ", ".join(q(g) for g in self.groups.values())

    def of(self, *roles: str) -> str:
        return ", ".join(q(self.groups[r]) for r in roles)
