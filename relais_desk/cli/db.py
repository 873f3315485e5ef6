"""`relais-desk db upgrade` and `relais-desk db backup PATH`."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from relais_desk.cli import emit_json, open_database
from relais_desk.services.errors import InvalidValue
from relais_desk.store import files


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    db = sub.add_parser("db", help="schéma et sauvegarde de la base")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", parents=[common], help="mettre le schéma à jour (migrations)")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=upgrade)
    dr = dbsub.add_parser("drop-roles", parents=[common],
                          help="supprimer les rôles PostgreSQL d'une base retirée (après dropdb)")
    dr.add_argument("database", metavar="BASE", help="nom de la base retirée")
    dr.add_argument("--json", action="store_true")
    dr.set_defaults(handler=drop_roles)
    bk = dbsub.add_parser("backup", parents=[common], help="sauvegarder une base SQLite (PostgreSQL : pg_dump)")
    bk.add_argument("path", help="fichier de sauvegarde à créer")
    bk.add_argument("--force", action="store_true",
                    help="remplacer une sauvegarde existante (jamais à travers un lien symbolique)")
    bk.add_argument("--json", action="store_true")
    bk.set_defaults(handler=backup)


def upgrade(args: argparse.Namespace) -> int:
    from relais_desk.services import users
    from relais_desk.store import migrate

    db = open_database(args, upgrade_embedded=False, create=True)
    converted: list[users.ConvertedAccount] = []
    before, after = migrate.upgrade(db, then=lambda conn: converted.extend(users.convert_legacy_accounts(db, conn)))
    if args.json:
        emit_json({"before": before, "after": after, "backend": db.backend.name,
                   "converted": [{"username": c.username, "login": c.login,
                                  "one_time_password": c.one_time_password} for c in converted]})
    else:
        print(f"Schéma à jour : {before or 'vide'} → {after} ({db.backend.where})")
        if converted:
            print("Comptes devenus des identifiants du serveur, avec un mot de passe à usage unique à "
                  "transmettre à chacun·e (il ne sera plus affiché ; à changer à la première connexion) :")
            for c in converted:
                print(f"  {c.username:<24} {c.one_time_password}   (identifiant PostgreSQL : {c.login})")
    return 0


def drop_roles(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from relais_desk.store import pg_security
    from relais_desk.store.database import Database

    server = Database(getattr(args, "db", None))
    if server.is_sqlite:
        raise InvalidValue("« db drop-roles » concerne un serveur PostgreSQL : donnez --db postgresql://…",
                           field="db")
    engine = create_engine(server.engine.url)
    try:
        with server.translate_errors(), engine.begin() as conn:
            dropped = pg_security.drop_network_roles(conn, args.database)
    finally:
        engine.dispose()
        server.dispose()
    if args.json:
        emit_json({"database": args.database, "dropped": dropped})
    else:
        print(f"Rôles supprimés ({len(dropped)}) : {', '.join(dropped) or 'aucun'}")
    return 0


def backup(args: argparse.Namespace) -> int:
    db = open_database(args)
    target = Path(args.path).expanduser().absolute()
    if not db.is_sqlite:
        raise InvalidValue(
            "La sauvegarde intégrée concerne la base locale SQLite. Pour PostgreSQL, utilisez : "
            f"pg_dump --format=custom --file={target} \"{db.url_for_display()}\"",
            field="path",
        )
    files.check_output(target, overwrite=args.force, field="path")
    # A copy of people's data: 0600 like the database, and in place only once complete (see files)
    with files.private_output_path(target, overwrite=args.force, field="path") as partial:
        source = sqlite3.connect(str(db.sqlite_path))
        dest = sqlite3.connect(str(partial))
        try:
            with dest:
                source.backup(dest)  # SQLite's online backup API: consistent while others keep writing
        finally:
            dest.close()
            source.close()
    size = target.stat().st_size
    if args.json:
        emit_json({"path": str(target), "bytes": size})
    else:
        print(f"Sauvegarde écrite : {target} ({size / 1e6:.1f} Mo)")
    return 0
