"""`relais-desk report annual|unmet|inventory`: the coordinator's reports, headless."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from relais_desk.cli import emit_json, open_database
from relais_desk.services.errors import InvalidValue
from relais_desk.store import files

FORCE_HELP = "remplacer un fichier existant (jamais à travers un lien symbolique)"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", help="rapports et exports de la coordination")
    rsub = p.add_subparsers(dest="report_command", metavar="RAPPORT", required=True)
    a = rsub.add_parser("annual", parents=[common], help="rapport statistique annuel (PDF, XLSX)")
    a.add_argument("--year", required=True, type=int, metavar="AAAA")
    a.add_argument("--out", required=True, metavar="FICHIER.pdf")
    a.add_argument("--xlsx", metavar="FICHIER.xlsx", help="les tableaux, une feuille par tableau")
    a.add_argument("--mask", type=int, metavar="N",
                   help="masquer les effectifs inférieurs à N, au moins le seuil du réseau (défaut : ce seuil)")
    a.add_argument("--force", action="store_true", help=FORCE_HELP)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=annual)
    u = rsub.add_parser("unmet", parents=[common], help="demande non rencontrée (refus, besoins) par mois")
    u.add_argument("--start", required=True, metavar="AAAA-MM-JJ")
    u.add_argument("--end", required=True, metavar="AAAA-MM-JJ")
    u.add_argument("--out", required=True, metavar="FICHIER.csv|.xlsx")
    u.add_argument("--mask", type=int, metavar="N", help="comme pour annual : au moins le seuil du réseau")
    u.add_argument("--force", action="store_true", help=FORCE_HELP)
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=unmet)
    i = rsub.add_parser("inventory", parents=[common], help="inventaire des lits au format HMIS Inventory.csv")
    i.add_argument("--out", required=True, metavar="FICHIER.csv")
    i.add_argument("--coc", default="BE-WAL", metavar="CODE", help="code du réseau (CoCCode)")
    i.add_argument("--force", action="store_true", help=FORCE_HELP)
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=inventory)


def _out(path: str, suffixes: tuple[str, ...], *, force: bool, field: str = "out") -> Path:
    """Checked before any work: a wrong name, an existing file (without --force) or a symlink writes nothing."""
    target = Path(path).expanduser().absolute()
    if target.suffix.lower() not in suffixes:
        raise InvalidValue(f"Le fichier doit finir par {' ou '.join(suffixes)} : {target.name}", field=field)
    return files.check_output(target, overwrite=force, field=field)


def _date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidValue(f"Date illisible : « {text[:20]} » (attendu AAAA-MM-JJ).", field=field) from exc


def _check_mask_range(mask: int | None) -> None:
    """Said before the database opens; below the network's own threshold is refused by the report itself."""
    if mask is not None and not 3 <= mask <= 100:
        raise InvalidValue(f"--mask {mask} refusé : le seuil de masquage va de 3 (minimum du réseau) à 100.",
                           field="mask")


def annual(args: argparse.Namespace) -> int:
    from relais_desk.reports import annual as report

    pdf = _out(args.out, (".pdf",), force=args.force)
    xlsx = _out(args.xlsx, (".xlsx",), force=args.force, field="xlsx") if args.xlsx else None
    _check_mask_range(args.mask)
    db = open_database(args)
    built = report.build_annual(db, args.year, mask_threshold=args.mask)
    report.write_report_pdf(built, pdf, overwrite=args.force)
    if xlsx:
        try:
            report.write_report_xlsx(built, xlsx, overwrite=args.force)
        except Exception:
            if not args.force:
                pdf.unlink(missing_ok=True)  # the PDF was new: a failed command leaves neither file
            raise
    if args.json:
        emit_json({"pdf": str(pdf), "xlsx": str(xlsx) if xlsx else None, **built.headline,
                   "provisional": built.provisional})
    else:
        h = built.headline
        print(f"Rapport {args.year} écrit : {pdf}" + (f" et {xlsx}" if xlsx else ""))
        print(f"  {h['bed_nights']} nuitées, {h['refusals']} refus (dont {h['refusals_by_reason']['saturation']} "
              f"faute de place), {h['calls']} appels" + (" — chiffres provisoires" if built.provisional else ""))
    return 0


def unmet(args: argparse.Namespace) -> int:
    from relais_desk.reports import exports

    out = _out(args.out, (".csv", ".xlsx"), force=args.force)
    start, end = _date(args.start, "start"), _date(args.end, "end")
    _check_mask_range(args.mask)
    db = open_database(args)
    exports.export_unmet_demand(db, start, end, out, mask_threshold=args.mask, overwrite=args.force)
    if args.json:
        emit_json({"path": str(out), "start": start.isoformat(), "end": end.isoformat()})
    else:
        print(f"Demande non rencontrée exportée : {out}")
    return 0


def inventory(args: argparse.Namespace) -> int:
    from relais_desk.reports import exports

    out = _out(args.out, (".csv",), force=args.force)
    db = open_database(args)
    exports.export_hmis_inventory(db, out, coc_code=args.coc, overwrite=args.force)
    if args.json:
        emit_json({"path": str(out)})
    else:
        print(f"Inventaire écrit : {out}")
    return 0
