"""Developer tool: `python -m relais_desk.store.make_migration "message"` autogenerates the next revision."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from relais_desk.store import migrate
from relais_desk.store.database import Database


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'autogen.sqlite3'}")
        migrate.upgrade(db)
        cfg = migrate.alembic_config(db)
        number = len(list((migrate.MIGRATIONS / "versions").glob("[0-9]*.py"))) + 1
        command.revision(cfg, message=message, autogenerate=True, rev_id=f"{number:04d}")
        db.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
