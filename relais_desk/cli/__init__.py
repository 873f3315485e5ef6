"""`relais-desk`: the GUI by default, admin sub-commands otherwise. A stable contract (see README).

Every sub-command takes `--db URL` (or RELAIS_DB_URL). Errors a user can cause print one French
sentence on stderr and exit with status 2 (with `--json`, a JSON object `{"error", "message", …}`
on stdout too); nothing is changed by a failed command.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from relais_desk import __version__
from relais_desk.domain.errors import UserFacingError

EXIT_USER_ERROR = 2

# Each module registers its sub-commands; `relais_desk.cli.<name>.register(subparsers, common)`.
COMMAND_MODULES = ("db", "board", "beds", "user", "demo", "census", "report", "settings", "doctor", "audit", "persons")


def common_options(*, default: Any = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=default,
                        help="base de données (défaut : RELAIS_DB_URL ou la base locale)")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relais-desk",
        description="relais-desk : lits d'abris de nuit, appels d'urgence sociale et orientations.",
        parents=[common_options()],
    )
    # A sub-command's --db only overrides when given: `relais-desk --db URL demo` must not write the demo
    # into the local database (argparse's sub-parser default would silently replace the URL with None).
    common = common_options(default=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"relais-desk {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="vérifie l'application graphique sur la base (lecture seule, sans connexion) et s'arrête")
    parser.add_argument("--json", action="store_true", help="avec --smoke : le résultat en JSON")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(f"relais_desk.cli.{name}").register(sub, common)
    return parser


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def open_database(args: argparse.Namespace, *, upgrade_embedded: bool = True, create: bool = False):  # noqa: ANN201
    """The database named by --db / RELAIS_DB_URL, schema checked (embedded SQLite upgrades itself).

    A missing embedded file is refused, not created empty, unless `create` (db upgrade, demo).
    """
    from relais_desk.store import migrate
    from relais_desk.store.database import Database
    from relais_desk.store.errors import DatabaseMissing

    db = Database(getattr(args, "db", None))
    path = db.sqlite_path
    if path is not None and not create and not path.exists():
        db.dispose()
        raise DatabaseMissing(
            f"La base {path} n'existe pas : vérifiez --db, ou créez-la avec « relais-desk db upgrade » (vide) ou "
            "« relais-desk demo » (réseau de démonstration) ; si elle existait, restaurez sa sauvegarde.",
            where=str(path))
    if upgrade_embedded:
        with db.translate_errors():
            migrate.ensure_schema(db)
    return db


def command_actor(db: Any) -> Any:
    """Who a command acts as: on the embedded database the file's owner (admin: one workstation, one
    OS user); on a shared database the PostgreSQL login it connected with, with that login's rights
    (the server enforces them; this only names the actor for the messages)."""
    from relais_desk.services import users
    from relais_desk.services.actor import Actor
    from relais_desk.services.errors import NotAllowed

    if db.is_sqlite:
        return Actor.system("ligne de commande")
    me = users.whoami(db)
    if me is not None:
        if me.must_change_password:
            raise NotAllowed("Ce compte a un mot de passe à usage unique : changez-le d'abord en vous connectant "
                             "à l'application.")
        return me.actor()
    with db.read() as session:
        from sqlalchemy import text

        trusted = session.execute(text("SELECT relais_is_trusted()")).scalar()
    if trusted:
        return Actor.system("maintenance")
    raise NotAllowed("Cet identifiant n'est pas un compte de ce réseau.")


def run_gui(argv: Sequence[str], db_url: str | None = None) -> int:
    # The GUI is loaded by name so that the core (and this module) never imports Qt.
    app = importlib.import_module("relais_desk.gui.app")
    return int(app.main(list(argv), db_url=db_url))


def run_smoke(args: argparse.Namespace) -> int:
    """`relais-desk --db URL --smoke [--json]` (see relais_desk/gui/smoke.py)."""
    smoke = importlib.import_module("relais_desk.gui.smoke")
    return int(smoke.main(args.db, as_json=args.json))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and not args.smoke:
        return run_gui(argv, db_url=args.db)
    handler: Callable[[argparse.Namespace], int | None] = run_smoke if args.command is None else args.handler
    try:
        return int(handler(args) or 0)
    except UserFacingError as exc:
        if getattr(args, "json", False):
            emit_json(exc.as_dict())
        print(f"relais-desk : {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
