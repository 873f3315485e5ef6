"""Schema migrations (Alembic) without an alembic.ini: the package carries its own scripts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from relais_desk.store import pg_security
from relais_desk.store.database import Database
from relais_desk.store.errors import NotMaintenanceLogin, SchemaTooNew, SchemaTooOld

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.write_engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head", *,
            then: Callable[[Any], object] | None = None) -> tuple[str | None, str]:
    """Upgrade the schema; returns (revision before, revision after).

    On PostgreSQL, in the same transaction: the network's roles are created if missing, every object
    is handed to the owner role, the migrations run as that owner, then the security (grants,
    policies, functions, triggers) is installed afresh. The connected login needs CREATEROLE (the
    maintenance login of the README) or must be a superuser.
    """
    before = current_revision(db)
    cfg = alembic_config(db)
    with db.write_engine.begin() as conn:
        names = None
        if not db.is_sqlite:
            names = pg_security.Names(db.url.database or "")
            conn.exec_driver_sql("SET LOCAL statement_timeout = 0")  # rewriting a big table takes its time
            _refuse_app_login(conn)
            pg_security.ensure_roles(conn, names)
            pg_security.prepare_schema(conn, names)
            pg_security.take_ownership(conn, names)
            conn.exec_driver_sql(f"SET LOCAL ROLE {pg_security.q(names.owner)}")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if names is not None and revision in ("head", head_revision()):
            # the security is written for the newest schema only (a partial upgrade is a test's)
            pg_security.install(conn, names.dbname)
            conn.exec_driver_sql("RESET ROLE")
        if then is not None:
            then(conn)  # in the same transaction: a failure there leaves the database as it was
    return before, current_revision(db) or ""


def _refuse_app_login(conn: Any) -> None:
    creates_roles = conn.exec_driver_sql(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").scalar()
    if not creates_roles:
        raise NotMaintenanceLogin(
            "« db upgrade » se lance avec l'identifiant de maintenance du serveur (celui qui a le droit "
            "CREATEROLE, voir « Installer le serveur du réseau » dans le README), pas avec un compte de "
            "l'application.")


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def ensure_schema(db: Database) -> None:
    """Embedded SQLite upgrades itself; a shared PostgreSQL schema behind the code refuses to start.

    An embedded file that is read-only or damaged is refused first, with what to do.
    """
    if db.is_sqlite:
        db.check_embedded_file()
        current = current_revision(db)
        if current != head_revision() and (current is None or _known(current)):
            upgrade(db)
            return
    check_schema(db)


def check_schema(db: Database) -> str:
    """The schema's revision when it is this program's; otherwise why not (nothing is changed)."""
    current, head = current_revision(db), head_revision()
    if current == head:
        if not db.is_sqlite:
            _check_security(db)
        return head
    if current is not None and not _known(current):
        raise SchemaTooNew.of("schema_too_new", where=db.backend.where, current=current, head=head)
    if db.is_sqlite:
        raise SchemaTooOld.of("schema_too_old_embedded", where=db.backend.where, current=current, head=head,
                              schema=current or "—", url=db.url_for_display())
    raise SchemaTooOld.of("schema_too_old_shared", where=db.backend.where, current=current, head=head,
                          schema=current or "—", url=db.url_for_display())


def _check_security(db: Database) -> None:
    """A shared database whose security was installed by another version must be upgraded first."""
    with db.write_engine.connect() as conn:
        installed = pg_security.installed_revision(conn)
    if installed != pg_security.revision(db.url.database or ""):
        raise SchemaTooOld.of("security_too_old", where=db.backend.where, current=installed,
                              head=pg_security.revision(db.url.database or ""), url=db.url_for_display())
