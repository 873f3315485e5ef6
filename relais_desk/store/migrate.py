"""Schema migrations (Alembic) without an alembic.ini: the package carries its own scripts."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from relais_desk.store.database import Database
from relais_desk.store.errors import SchemaTooNew, SchemaTooOld

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


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade the schema; returns (revision before, revision after)."""
    before = current_revision(db)
    cfg = alembic_config(db)
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return before, current_revision(db) or ""


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def ensure_schema(db: Database) -> None:
    """Embedded SQLite upgrades itself; a shared PostgreSQL schema behind the code refuses to start."""
    current, head = current_revision(db), head_revision()
    if current == head:
        return
    if current is not None and not _known(current):
        raise SchemaTooNew(
            f"La base de données ({db.backend.where}) a été mise à jour par une version plus récente de "
            f"relais-desk (schéma {current}). Installez la dernière version de relais-desk sur ce poste.",
            current=current, head=head,
        )
    if db.is_sqlite:
        upgrade(db)
        return
    raise SchemaTooOld(
        f"Le schéma de la base partagée ({db.backend.where}) est plus ancien que ce programme "
        f"({current or 'vide'} → {head}). Un·e administrateur·rice doit lancer une fois :\n"
        f"    relais-desk db upgrade --db \"{db.url_for_display()}\"\n"
        "puis relancer relais-desk sur chaque poste.",
        current=current, head=head,
    )
