"""Opening this workstation's database at start-up, in a worker: the login dialog is already shown.

`open_workstation_database(url)` does what used to keep the login from appearing: the file checks, the
schema check (an embedded file upgrades itself, a damaged or read-only one is refused), whether the
first administrator must be created, and the network's settings. A shared server is only reached, not
read: it is read as the user's own login once logged in (the login dialog checks its schema then).
Everything it raises is a typed French error (or, unexpected, logged and told in a plain sentence).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from relais_desk.services import settings as network_settings
from relais_desk.services import users
from relais_desk.store import config, migrate, pg_probe
from relais_desk.store.database import Database
from relais_desk.store.errors import DatabaseMissing, DatabaseUnreachable


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    network: dict[str, str]  # the network's settings ({} on a shared server: read after the login)
    needs_first_admin: bool  # an embedded database without any account yet


def open_workstation_database(url: str) -> OpenedDatabase:
    """This workstation's database, checked; nothing is created where a database should already be."""
    db = Database(url)
    try:
        return _checked(db)
    except BaseException:
        db.dispose()
        raise


def _checked(db: Database) -> OpenedDatabase:
    path = db.sqlite_path
    if db.is_sqlite:
        if path is not None and not path.exists():
            # Named on the command line, or remembered by this workstation (its file was created): never
            # create an empty one in its place, which would hide the loss and take the backup's place.
            raise DatabaseMissing.of("database_missing", where=str(path), config=str(config.config_path()))
        with db.translate_errors():
            migrate.ensure_schema(db)
            if users.count_users(db) == 0:
                return OpenedDatabase(db, {}, needs_first_admin=True)
            with db.read() as session:
                return OpenedDatabase(db, network_settings.get_all(session), needs_first_admin=False)
    host, port = db.url.host or "localhost", db.url.port or 5432
    if not pg_probe.tcp_answers(host, port):
        raise DatabaseUnreachable.of("server_unreachable", where=f"{host}:{port}")
    if db.url.username:
        # A URL that names its login (`--db postgresql://login@…`): it must get in (the database exists,
        # the login and its password are accepted); nothing is read. A workstation's saved URL names none.
        try:
            with db.engine.connect():
                pass
        except OperationalError as exc:
            raise db.why_not_connected(exc) from exc
    return OpenedDatabase(db, {}, needs_first_admin=False)
