"""CLI commands for sync: login, sync, the conflict inbox and the quarantine.

    ehrenamt --data-dir DIR login --server URL USERNAME     (password from stdin)
    ehrenamt --data-dir DIR sync [--json]
    ehrenamt --data-dir DIR conflicts list [--json] | restore ID | keep ID
    ehrenamt --data-dir DIR quarantine list [--json] | discard ID

Every command exits 0 on success and 1 with a plain German message on stderr when it fails (app/cli/main.py).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from app.cli.context import CliContext, CliError
from app.sync.engine import META_SERVER, SyncEngine
from app.sync.errors import SyncError
from core.model import ENTITIES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("login", help="Am Sync-Server anmelden (Passwort über die Standardeingabe)")
    p.add_argument("--server", help="Adresse des Sync-Servers, z. B. http://127.0.0.1:8787")
    p.add_argument("--device-name", help="Name dieses Geräts (erscheint in der Geräteliste)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_login)

    p = subparsers.add_parser("logout", help="Abmelden (Zugang dieses Geräts widerrufen)")
    p.set_defaults(handler=cmd_logout)

    p = subparsers.add_parser("sync", help="Mit dem Server synchronisieren")
    p.add_argument("--server", help="anderer Server als beim Anmelden")
    p.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    p.add_argument("--pull-max-bytes", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--push-batch", type=int, default=500, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_sync)

    p = subparsers.add_parser("conflicts", help="Konflikte anzeigen und auflösen")
    sub = p.add_subparsers(dest="conflicts_command", required=True)
    q = sub.add_parser("list", help="offene Konflikte anzeigen")
    q.add_argument("--json", action="store_true")
    q.add_argument("--all", action="store_true", help="auch erledigte Konflikte")
    q.set_defaults(handler=cmd_conflicts_list)
    q = sub.add_parser("restore", help="den überschriebenen Wert wiederherstellen")
    q.add_argument("id")
    q.set_defaults(handler=cmd_conflicts_restore)
    q = sub.add_parser("keep", help="den aktuellen Wert behalten (Konflikt erledigen)")
    q.add_argument("id")
    q.set_defaults(handler=cmd_conflicts_keep)

    p = subparsers.add_parser("quarantine", help="vom Server abgelehnte Änderungen anzeigen")
    sub = p.add_subparsers(dest="quarantine_command", required=True)
    q = sub.add_parser("list", help="abgelehnte Änderungen anzeigen")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_quarantine_list)
    q = sub.add_parser("discard", help="eine abgelehnte Änderung verwerfen")
    q.add_argument("id")
    q.set_defaults(handler=cmd_quarantine_discard)


# ---------------------------------------------------------------------- helpers
def _run_engine(ctx: CliContext, args: argparse.Namespace, server: str | None,
                action: Callable[[SyncEngine], Awaitable[int]]) -> int:
    replica = ctx.replica()
    url = server or replica.get_meta(META_SERVER)
    if not url:
        raise CliError(SyncError("no_server").message_de + " Beispiel: ehrenamt login --server "
                       "http://127.0.0.1:8787 BENUTZERNAME")

    from app.sync.httpx_transport import HttpxTransport  # httpx only for the commands that need the network

    async def run() -> int:
        transport = HttpxTransport(url)
        try:
            engine = SyncEngine(replica, transport, device_name=getattr(args, "device_name", None),
                                pull_max_bytes=getattr(args, "pull_max_bytes", None),
                                push_batch=getattr(args, "push_batch", 500))
            return await action(engine)
        finally:
            await transport.aclose()

    try:
        return asyncio.run(run())
    except SyncError as exc:
        raise CliError(exc.message_de, details=[exc.detail] if exc.detail else []) from exc


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Passwort: ")
    return sys.stdin.readline().rstrip("\r\n")


def _label(entity: str, field: str | None = None) -> str:
    ent = ENTITIES.get(entity)
    if ent is None:
        return field or entity
    if field is None:
        return ent.label
    f = ent.field(field)
    return f.label if f else field


def _show(value: Any) -> str:
    if value is None:
        return "(leer)"
    if isinstance(value, bool):
        return "Ja" if value else "Nein"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(leer)"
    text = str(value)
    return f"„{text if len(text) <= 80 else text[:77] + '…'}“"


def _find(items: list[dict[str, Any]], ident: str, key: str = "id") -> dict[str, Any] | None:
    exact = [i for i in items if i.get(key) == ident]
    if exact:
        return exact[0]
    matches = [i for i in items if str(i.get(key, "")).startswith(ident)]
    return matches[0] if len(matches) == 1 else None


# ---------------------------------------------------------------------- login / sync
def cmd_login(ctx: CliContext, args: argparse.Namespace) -> int:
    password = _read_password()
    if not password:
        raise CliError("Bitte das Passwort über die Standardeingabe angeben.")

    async def action(engine: SyncEngine) -> int:
        account = await engine.login(args.username, password, server=args.server or None)
        server = engine.replica.get_meta(META_SERVER)
        ctx.out(f"Angemeldet als {account.get('display_name') or account['username']} "
                f"({account['username']}) bei {server}.")
        return 0

    return _run_engine(ctx, args, args.server, action)


def cmd_logout(ctx: CliContext, args: argparse.Namespace) -> int:
    async def action(engine: SyncEngine) -> int:
        told = await engine.logout()
        ctx.out("Abgemeldet. Die Daten auf diesem Gerät bleiben erhalten.")
        if not told:
            ctx.err("Hinweis: Der Server war nicht erreichbar; der Zugang dieses Geräts wird dort erst "
                    "ungültig, wenn er abläuft. Bei Verlust des Geräts bitte die Koordination informieren.")
        return 0

    return _run_engine(ctx, args, None, action)


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> int:
    async def action(engine: SyncEngine) -> int:
        report = await engine.sync()
        if args.json:
            print(json.dumps(report.as_dict(), ensure_ascii=False))
            return 0
        ctx.out(f"Gesendet: {report.pushed} (angenommen {report.accepted}, Konflikte {report.conflicts}, "
                f"abgelehnt {report.rejected})")
        ctx.out(f"Empfangen: {report.pulled}")
        ctx.out(f"Offene Konflikte: {report.open_conflicts}")
        if report.reset:
            ctx.out("Der Server hat einen vollständigen Abgleich verlangt; nicht übertragene Änderungen sind "
                    "erhalten geblieben.")
        if report.open_conflicts:
            ctx.out("Anzeigen mit: ehrenamt conflicts list")
        if report.quarantined:
            ctx.out(f"Vom Server abgelehnt: {report.quarantined} – anzeigen mit: ehrenamt quarantine list")
        if report.anonymous:
            ctx.out("Nicht angemeldet: nur öffentliche Daten empfangen (anmelden mit: ehrenamt login).")
        return 0

    return _run_engine(ctx, args, args.server, action)


# ---------------------------------------------------------------------- conflicts
def conflict_view(row: dict[str, Any]) -> dict[str, Any]:
    """A conflict as the person sees it: the value kept on the server and the value that was overwritten."""
    return {
        "id": row.get("id"),
        "entity": row.get("entity"),
        "record_id": row.get("record_id"),
        "field": row.get("field"),
        "kept_value": row.get("kept_value"),
        "lost_value": row.get("lost_value"),
        "who": row.get("kept_by"),
        "when": row.get("at"),
        "kept_by": row.get("kept_by"),
        "lost_by": row.get("lost_by"),
        "status": row.get("status"),
    }


def cmd_conflicts_list(ctx: CliContext, args: argparse.Namespace) -> int:
    rows = ctx.replica().conflicts(status=None if args.all else "open")
    views = [conflict_view(r) for r in rows]
    if args.json:
        ctx.json(views)
        return 0
    if not views:
        ctx.out("Keine offenen Konflikte.")
        return 0
    for v, row in zip(views, rows, strict=True):
        entity_label = row.get("entity_label") or _label(v["entity"] or "")
        field_label = row.get("field_label") or _label(v["entity"] or "", v["field"])
        ctx.out(f"{v['id']}  {entity_label} {v['record_id']} – Feld „{field_label}“")
        ctx.out(f"    jetzt: {_show(v['kept_value'])} (geändert von {v['who'] or 'unbekannt'}, {v['when']})")
        ctx.out(f"    überschrieben: {_show(v['lost_value'])} (von {v['lost_by'] or 'unbekannt'})")
    ctx.out("Wiederherstellen: ehrenamt conflicts restore ID – behalten: ehrenamt conflicts keep ID")
    return 0


def _open_conflict(ctx: CliContext, ident: str) -> dict[str, Any]:
    row = _find(ctx.replica().conflicts(), ident)
    if row is None:
        raise CliError(f"Kein offener Konflikt mit der Kennung „{ident}“. Anzeigen mit: ehrenamt conflicts list")
    return row


def cmd_conflicts_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    row = _open_conflict(ctx, args.id)
    ctx.replica().restore_conflict(row["id"])
    ctx.out(f"Der überschriebene Wert {_show(row.get('lost_value'))} ist wiederhergestellt; "
            "er wird bei der nächsten Synchronisierung übertragen.")
    return 0


def cmd_conflicts_keep(ctx: CliContext, args: argparse.Namespace) -> int:
    row = _open_conflict(ctx, args.id)
    ctx.replica().keep_conflict(row["id"])
    ctx.out(f"Der jetzige Wert {_show(row.get('kept_value'))} bleibt; der Konflikt ist erledigt.")
    return 0


# ---------------------------------------------------------------------- quarantine
def cmd_quarantine_list(ctx: CliContext, args: argparse.Namespace) -> int:
    rows = ctx.replica().quarantine()
    if args.json:
        ctx.json(rows)
        return 0
    if not rows:
        ctx.out("Keine abgelehnten Änderungen.")
        return 0
    for row in rows:
        fields = ", ".join(_label(row["entity"], f) for f in (row.get("mutation") or {}).get("fields") or {})
        ctx.out(f"{row['mutation_id']}  {_label(row['entity'])} {row['record_id']} ({fields}), {row.get('at')}")
        ctx.out(f"    {row.get('message')}")
    ctx.out("Verwerfen: ehrenamt quarantine discard ID")
    return 0


def cmd_quarantine_discard(ctx: CliContext, args: argparse.Namespace) -> int:
    row = _find(ctx.replica().quarantine(), args.id, key="mutation_id")
    if row is None:
        raise CliError(f"Keine abgelehnte Änderung mit der Kennung „{args.id}“. "
                       "Anzeigen mit: ehrenamt quarantine list")
    ctx.replica().discard_quarantined(row["mutation_id"])
    ctx.out("Die abgelehnte Änderung ist verworfen; es gilt der Stand des Servers.")
    return 0
