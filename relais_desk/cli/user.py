"""`relais-desk user add USERNAME --role ROLE [--shelter NAME] [--password-stdin]`,
`relais-desk user reset-password USERNAME [--json]`."""

from __future__ import annotations

import argparse
import getpass
import sys

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.domain.enums import Role
from relais_desk.services import users
from relais_desk.services.errors import InvalidValue, NotFound, ShelterRequired


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", help="comptes des utilisateur·rices")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = usub.add_parser("add", parents=[common], help="créer un compte")
    a.add_argument("username", metavar="IDENTIFIANT")
    a.add_argument("--role", required=True, choices=["operateur", "abri", "coordination", "admin"])
    a.add_argument("--shelter", metavar="ABRI", help="l'abri d'un compte « abri »")
    a.add_argument("--name", metavar="NOM", default="", help="nom affiché")
    a.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=add)
    r = usub.add_parser("reset-password", parents=[common],
                        help="donner un mot de passe à usage unique (à changer à la connexion)")
    r.add_argument("username", metavar="IDENTIFIANT")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=reset_password)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidValue("Pas de terminal pour demander le mot de passe : utilisez --password-stdin.",
                           field="password")
    first = getpass.getpass("Mot de passe : ")
    if first != getpass.getpass("Encore une fois : "):
        raise InvalidValue("Les deux mots de passe diffèrent.", field="password")
    return first


def add(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = command_actor(db)
    actor.require(Role.ADMIN)  # before asking for a password that would be refused anyway
    password = _read_password(args.password_stdin)
    try:
        info = users.add_user(db, username=args.username, role=args.role, password=password,
                              display_name=args.name, shelter=args.shelter, actor=actor)
    except ShelterRequired as exc:  # the service names no option; the command line does
        raise ShelterRequired(f"{exc.message[:-1]} : ajoutez --shelter ABRI.", field=exc.field) from exc
    if args.json:
        emit_json({"user_id": info.user_id, "username": info.username, "role": info.role.value,
                   "shelter": info.shelter, "login": info.login})
    else:
        print(f"Compte créé : {info.username} ({info.role.value}{', ' + info.shelter if info.shelter else ''})"
              + (f", identifiant du serveur : {info.login}" if info.login else ""))
    return 0


def reset_password(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = command_actor(db)
    actor.require(Role.ADMIN)
    wanted = args.username.strip().lower()
    user = next((u for u in users.list_users(db, actor=actor) if u.username.lower() == wanted), None)
    if user is None:
        raise NotFound(f"Aucun compte « {args.username[:64]} ».", field="username")
    one_time = users.reset_password(db, user.user_id, actor=actor)
    if args.json:
        emit_json({"user_id": user.user_id, "username": user.username, "one_time_password": one_time})
    else:
        print(f"Mot de passe à usage unique pour {user.username} : {one_time}")
        print("À communiquer une seule fois ; il devra être changé à la prochaine connexion.")
    return 0
