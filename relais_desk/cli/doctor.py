"""`relais-desk doctor [--json]`: what this workstation lacks, and the command that installs it."""

from __future__ import annotations

import argparse

from relais_desk.cli import EXIT_USER_ERROR, emit_json
from relais_desk.services import doctor


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("doctor", parents=[common],
                       help="vérifie ce poste : bibliothèques de Qt, polices, dossiers, trousseau, base de données")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    checks = doctor.run_checks(getattr(args, "db", None))
    healthy = doctor.healthy(checks)
    if args.json:
        emit_json({"ok": healthy, "checks": [c.as_dict() for c in checks]})
    else:
        for c in checks:
            mark = "✓" if c.ok else ("✗" if c.blocking else "⚠")
            print(f"{mark} {c.message}")
        if healthy:
            print("Ce poste est prêt pour relais-desk.")
        else:
            print("Ce poste n'est pas prêt : installez ce qui manque (commandes ci-dessus), puis relancez "
                  "« relais-desk doctor ».")
    return 0 if healthy else EXIT_USER_ERROR
