"""``ehrenamt seed-demo [--as USERNAME]`` — demo content (core.demo) into the local replica.

Writes what the chosen demo account (default: a visitor) would receive from the server, as local records with
versions and no outbox entries (demo data is not meant to be pushed; the server seeds the same ids), and sets
the session to that account.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from typing import Any

from app.cli.context import CliContext, CliError
from app.store.demo_seed import seed_demo
from core.model import ENTITIES


def load_demo() -> Any:
    try:
        demo = importlib.import_module("core.demo")
    except ImportError as exc:
        raise CliError("Die Demo-Inhalte (core.demo) sind in dieser Installation nicht vorhanden.") from exc
    if not (callable(getattr(demo, "demo_records", None)) and callable(getattr(demo, "demo_accounts", None))):
        raise CliError("Die Demo-Inhalte (core.demo) sind unvollständig: demo_records/demo_accounts fehlen.")
    return demo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("seed-demo", help="Demo-Inhalte in die lokale Replik schreiben")
    p.add_argument("--as", dest="as_user", metavar="USERNAME",
                   help="als diese Demo-Person (sieht, was sie sehen darf); ohne: als Besucher")
    p.add_argument("--today", metavar="JJJJ-MM-TT", help="Bezugsdatum der Demo-Termine (Standard: heute)")
    p.set_defaults(handler=seed)


def seed(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        raise CliError(f"--today: „{args.today}“ ist kein Datum (JJJJ-MM-TT).") from None
    demo = load_demo()
    account = None
    if args.as_user:
        accounts = {a["username"]: a for a in demo.demo_accounts()}
        account = accounts.get(args.as_user)
        if account is None:
            raise CliError(f"Keine Demo-Person „{args.as_user}“. Vorhanden: {', '.join(sorted(accounts))}.")
    counts = seed_demo(ctx.replica(), list(demo.demo_records(today)), account)
    total = sum(counts.values())
    who = f"als {account['username']}" if account else "als Besucher, nur öffentliche Inhalte"
    ctx.out(f"{total} Demo-Datensätze geschrieben ({who}).")
    for entity, n in sorted(counts.items()):
        ctx.out(f"  {ENTITIES[entity].label}: {n}")
    if not account:
        ctx.err("Tipp: mit --as USERNAME als Demo-Person arbeiten (z. B. um Angebote anzulegen).")
    return 0
