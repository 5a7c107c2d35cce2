"""``ehrenamt import organisations|offers FILE.csv`` and ``ehrenamt export --json``.

Import: every good row is imported in one transaction; every bad row is listed with its line number and German
reasons and not imported; exit code 1 when any row was bad (the good ones are in). ``--dry-run`` only checks.
Export: everything the replica holds as JSON, without care data unless ``--include-care`` (app/store/export.py).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from app.cli.context import CliContext, CliError
from app.store.csv_import import import_csv
from app.store.export import export_data


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="Vereine oder Angebote aus einer CSV-Datei importieren")
    imp.add_argument("kind", choices=("organisations", "offers"), help="was importiert wird")
    imp.add_argument("file", type=Path, metavar="FILE.csv", help="CSV mit Kopfzeile (Feldnamen, z. B. title)")
    imp.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    imp.set_defaults(handler=run_import)
    exp = sub.add_parser("export", help="alle Daten dieser Replik als JSON ausgeben")
    exp.add_argument("--json", action="store_true", help="JSON (das einzige Format; Angabe optional)")
    exp.add_argument("--include-care", action="store_true",
                     help="auch Pflegedaten (Kontakte, Besuche, Aufgaben) – nur wenn wirklich nötig")
    exp.add_argument("--output", "-o", type=Path, metavar="FILE", help="in diese Datei statt auf stdout")
    exp.set_defaults(handler=run_export)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"Die Datei {path} kann nicht gelesen werden: {exc.strerror}.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # CSV saved by Excel on Windows


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    text = _read_text(args.file)
    replica = ctx.replica()
    if replica.session is None:
        raise CliError("Niemand angemeldet: importierte Datensätze brauchen eine verantwortliche Person. "
                       "Bitte zuerst „ehrenamt login“ oder „ehrenamt session set BENUTZERNAME“.")
    report = import_csv(replica, args.kind, text, dry_run=args.dry_run)
    what = "Vereine/Organisationen" if report.entity == "organisation" else "Angebote/Gesuche"
    if args.dry_run:
        ctx.out(f"Probelauf: {len(report.imported)} {what} wären importiert worden; nichts gespeichert.")
    else:
        ctx.out(f"{len(report.imported)} {what} importiert.")
    for error in report.errors:
        ctx.err(str(error))
    if report.errors:
        ctx.err(f"{len(report.errors)} Zeile(n) nicht importiert – bitte korrigieren und nur diese erneut "
                "importieren.")
        return 1
    return 0


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    data = export_data(ctx.replica(), include_care=args.include_care)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.output is None:
        ctx.out(text)
        return 0
    tmp = args.output.with_name(args.output.name + ".tmp")
    try:
        tmp.write_text(text + "\n", encoding="utf-8")
        os.replace(tmp, args.output)
    except OSError as exc:
        raise CliError(f"Die Datei {args.output} kann nicht geschrieben werden: {exc.strerror}.") from exc
    total = sum(len(v) for v in data["records"].values())
    ctx.err(f"{total} Datensätze exportiert nach {args.output}.")
    return 0
