"""``ehrenamt offer add|edit|delete|list|show`` — offers and requests (Ich biete / Ich suche) as local edits."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext, CliError
from app.cli.fields import add_field_flags, values_from_args
from app.store import NotFound
from core.reference import AREAS, DIRECTIONS, MUNICIPALITIES, OFFER_STATUS

NOT_FLAGS = ("owner",)  # filled from the session; never changes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("offer", help="Angebote und Gesuche")
    ss = p.add_subparsers(dest="offer_command", metavar="add|edit|delete|list|show", required=True)
    add = ss.add_parser("add", help="neues Angebot/Gesuch anlegen (gibt die id aus)",
                        description="Pflichtfelder: --area --direction --title --municipality. "
                                    "Status ohne Angabe: draft (Entwurf).")
    add_field_flags(add, "offer", exclude=NOT_FLAGS)
    add.set_defaults(handler=add_offer)
    edit = ss.add_parser("edit", help="Felder ändern: offer edit ID --FELD WERT ...")
    edit.add_argument("record_id", metavar="ID")
    add_field_flags(edit, "offer", exclude=NOT_FLAGS)
    edit.set_defaults(handler=edit_offer)
    delete = ss.add_parser("delete", help="löschen")
    delete.add_argument("record_id", metavar="ID")
    delete.set_defaults(handler=delete_offer)
    lst = ss.add_parser("list", help="alle Angebote/Gesuche dieser Replik (auch Entwürfe), ohne Seitenumbruch")
    lst.add_argument("--json", action="store_true", help="als JSON-Liste mit allen Feldern ausgeben")
    lst.set_defaults(handler=list_offers)
    show = ss.add_parser("show", help="ein Angebot/Gesuch anzeigen")
    show.add_argument("record_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(handler=show_offer)


def _need_session(ctx: CliContext) -> None:
    if ctx.replica().session is None:
        raise CliError("Niemand angemeldet. Bitte zuerst „ehrenamt login“ oder offline "
                       "„ehrenamt session set BENUTZERNAME“ (bzw. „seed-demo --as BENUTZERNAME“).")


def add_offer(ctx: CliContext, args: argparse.Namespace) -> int:
    session = ctx.replica().session
    values = values_from_args("offer", args, exclude=NOT_FLAGS,
                              fill={"owner": session["username"] if session else "unbekannt"})
    _need_session(ctx)
    record_id = ctx.replica().create("offer", values)
    ctx.out(record_id)
    ctx.err("Angebot/Gesuch angelegt.")
    return 0


def edit_offer(ctx: CliContext, args: argparse.Namespace) -> int:
    changes = values_from_args("offer", args, exclude=NOT_FLAGS, partial=True)
    if not changes:
        raise CliError("Nichts zu ändern: bitte mindestens ein Feld angeben, z. B. --title „Neuer Titel“.")
    _need_session(ctx)
    changed = ctx.replica().update("offer", args.record_id, changes)
    ctx.err("Geändert." if changed else "Keine Änderung (die Werte waren schon so).")
    return 0


def delete_offer(ctx: CliContext, args: argparse.Namespace) -> int:
    _need_session(ctx)
    ctx.replica().delete("offer", args.record_id)
    ctx.err(f"Gelöscht: {args.record_id}")
    return 0


def _line(o: dict[str, Any]) -> str:
    status = OFFER_STATUS.get(o.get("status") or "", o.get("status") or "")
    kind = f"{AREAS.get(o.get('area') or '', '?')} · {DIRECTIONS.get(o.get('direction') or '', '?')}"
    town = MUNICIPALITIES.get(o.get("municipality") or "", "")
    return f"{o['id']}  {status:<10}  {kind:<26}  {town:<18}  {o.get('title') or ''}"


def list_offers(ctx: CliContext, args: argparse.Namespace) -> int:
    offers = ctx.replica().offers(limit=None, order="oldest")
    if args.json:
        ctx.json(offers)
        return 0
    if not offers:
        ctx.out("Keine Angebote oder Gesuche vorhanden.")
        return 0
    for o in offers:
        ctx.out(_line(o))
    ctx.out(f"{len(offers)} Eintrag." if len(offers) == 1 else f"{len(offers)} Einträge.")
    return 0


def show_offer(ctx: CliContext, args: argparse.Namespace) -> int:
    offer = ctx.replica().get("offer", args.record_id)
    if offer is None:
        raise NotFound("offer", args.record_id)
    if args.json:
        ctx.json(offer)
    else:
        for key, value in offer.items():
            if value not in (None, [], ""):
                ctx.out(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return 0
