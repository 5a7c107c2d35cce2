"""``ehrenamt search TEXT`` — ranked full-text search over offers, organisations and guides."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext, CliError
from app.store.search import DEFAULT_ENTITIES, SEARCHABLE
from core.model import ENTITIES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="Volltextsuche (Angebote, Vereine, Anleitungen)")
    p.add_argument("text", nargs="+", help="Suchwörter; Wortanfänge genügen (z. B. Smartph)")
    p.add_argument("--entity", action="append", choices=sorted(SEARCHABLE), help="nur in dieser Art suchen")
    p.add_argument("--limit", type=int, default=20, help="höchstens so viele Treffer (Standard 20)")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.set_defaults(handler=run_search)


def run_search(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit muss mindestens 1 sein.")
    text = " ".join(args.text)
    hits = ctx.replica().search(text, entities=args.entity or DEFAULT_ENTITIES, limit=args.limit)
    if args.json:
        ctx.json(hits)
        return 0
    if not hits:
        ctx.out(f"Keine Treffer für „{text}“.")
        return 0
    for hit in hits:
        ctx.out(f"[{ENTITIES[hit['entity']].label}] {hit['title']}  ({hit['id']})")
        if hit.get("snippet"):
            ctx.out(f"    {' '.join(hit['snippet'].split())}")
    return 0
