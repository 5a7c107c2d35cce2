"""``ehrenamt session show|set|clear`` — who uses this replica offline.

``login`` (sync) sets the session from the server's account; ``session set`` sets a local profile without a
server (first use offline, demos, scripts). The server still checks every pushed edit against the token's account.
"""

from __future__ import annotations

import argparse

from app.cli.context import CliContext, CliError
from core.reference import MUNICIPALITIES, ROLES
from core.validation import USERNAME_RE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("session", help="Angemeldete Person anzeigen/setzen (offline)")
    ss = p.add_subparsers(dest="session_command", metavar="show|set|clear", required=True)
    show = ss.add_parser("show", help="Person dieser Replik anzeigen")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(handler=show_session)
    s = ss.add_parser("set", help="lokales Profil setzen (ohne Server)")
    s.add_argument("username", help="Benutzername (klein, z. B. anna.schmidt)")
    s.add_argument("--display-name", help="Anzeigename")
    s.add_argument("--role", action="append", default=[], choices=sorted(ROLES), help="Rolle (mehrfach möglich)")
    s.add_argument("--municipality", choices=sorted(MUNICIPALITIES), help="Ort")
    s.add_argument("--organisation", action="append", default=[], metavar="ID", help="verwaltete Organisation")
    s.set_defaults(handler=set_session)
    c = ss.add_parser("clear", help="abmelden (Besucher)")
    c.set_defaults(handler=clear_session)


def show_session(ctx: CliContext, args: argparse.Namespace) -> int:
    session = ctx.replica().session
    if args.json:
        ctx.json(session)
    elif session is None:
        ctx.out("Niemand angemeldet (Besucher).")
    else:
        roles = ", ".join(ROLES.get(r, r) for r in session["roles"]) or "–"
        town = MUNICIPALITIES.get(session["municipality"], "–")
        ctx.out(f"{session['display_name']} ({session['username']}) – Rollen: {roles} – Ort: {town}")
    return 0


def set_session(ctx: CliContext, args: argparse.Namespace) -> int:
    if not USERNAME_RE.match(args.username):
        raise CliError(f"„{args.username}“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, . _ -).")
    account = {"username": args.username, "display_name": args.display_name or args.username,
               "roles": args.role or ["volunteer"], "municipality": args.municipality or "",
               "organisations": args.organisation}
    ctx.replica().set_session(account)
    ctx.err(f"Angemeldet als {args.username} (nur auf diesem Gerät).")
    return 0


def clear_session(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.replica().set_session(None)
    ctx.err("Abgemeldet.")
    return 0
