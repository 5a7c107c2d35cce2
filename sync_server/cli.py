"""``ehrenamt-server``: run the sync server and manage its database.

    ehrenamt-server serve --db PATH [--host 127.0.0.1] [--port 8787] [--allow-remote] [--trust-forwarded-for]
    ehrenamt-server user add --db PATH USERNAME --role ROLE [--role ...] --municipality arnsberg|menden
                    [--display-name NAME] [--organisation ID ...]        (password on stdin)
    ehrenamt-server user list --db PATH
    ehrenamt-server seed-demo --db PATH
    ehrenamt-server gc --db PATH [--retention-days N]
    ehrenamt-server audit --db PATH [--record ID] [--user USERNAME] [--since YYYY-MM-DD] [--limit N] [--json]
    ehrenamt-server contact export --db PATH CONTACT_ID --by USERNAME [--out FILE]
    ehrenamt-server contact erase --db PATH CONTACT_ID --by USERNAME [--yes]
"""

from __future__ import annotations

import argparse
import gc
import getpass
import ipaddress
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from core.reference import MUNICIPALITIES, ROLES
from sync_server.service import AccountError, SeedError, SyncService, audit
from sync_server.service.care_export import NotACareContact, export_contact
from sync_server.service.erase import belongs_to, erase_contact
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage


class CliError(Exception):
    """A problem to report in one line (exit code 1)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _service(args: argparse.Namespace, **overrides: Any) -> tuple[SyncService, SQLiteStorage]:
    settings = Settings(db_path=args.db, **overrides)
    try:
        store = SQLiteStorage(settings.db_path)
    except Exception as exc:  # sqlite3 errors, a directory instead of a file, …
        raise CliError(f"cannot open database {args.db!r}: {exc}") from exc
    return SyncService(settings, store), store


def _read_password(stream: Any) -> str:
    if stream.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat password: "):
            raise CliError("the passwords do not match")
        return first
    line = stream.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CliError("no password on standard input (pipe it in, e.g. `echo 'secret…' | ehrenamt-server user add …`)")
    return password


def cmd_serve(args: argparse.Namespace) -> int:
    if not is_loopback(args.host) and not args.allow_remote:
        raise CliError(f"refusing to listen on {args.host!r}: not a loopback address "
                       "(use --allow-remote behind a TLS-terminating reverse proxy)")
    import uvicorn

    from sync_server.app import create_app

    settings = Settings(db_path=args.db, trust_forwarded_for=args.trust_forwarded_for)
    app = create_app(settings)
    # What start-up made (modules, the app, its routes and models) lives as long as the process. Moved out of the
    # collector's sight, it is no longer walked by every full collection, which took 16-28 ms, in the middle of a push.
    # (Frozen objects are never collected: nothing made before this line is meant to become garbage.)
    gc.collect()
    gc.freeze()
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, proxy_headers=False)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    service, store = _service(args)
    try:
        service.accounts.check_profile(args.username, args.role, args.municipality)
        password = _read_password(sys.stdin)
        row = service.accounts.add_account(args.username, password, args.role, args.municipality,
                                           args.display_name, args.organisation or [])
    except AccountError as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    print(f"added {row.username} ({', '.join(row.roles)}, {row.municipality})")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    service, store = _service(args)
    try:
        for a in service.accounts.list():
            state = " (disabled)" if a.disabled else ""
            print(f"{a.username}\t{','.join(a.roles)}\t{a.municipality}\t{a.display_name}{state}")
    finally:
        store.close()
    return 0


def _demo_content(today: date) -> tuple[list[dict[str, Any]], list[tuple[str, dict[str, Any]]]]:
    try:
        from core.demo import demo_accounts, demo_records
    except ImportError as exc:
        raise CliError(f"demo content (core.demo) is not available: {exc}") from exc
    return demo_accounts(), demo_records(today)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    service, store = _service(args)
    try:
        today = datetime.fromtimestamp(service.settings.clock()).date()
        people, records = _demo_content(today)
        report = service.seed(people, records)
    except SeedError as exc:
        raise CliError(f"demo content is invalid, nothing written: {exc}") from exc
    finally:
        store.close()
    print(f"accounts: {len(report.accounts_added)} added, {len(report.accounts_existing)} already there; "
          f"records: {report.records_added} added, {report.records_existing} already there")
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    overrides = {} if args.retention_days is None else {"retention_days": args.retention_days}
    service, store = _service(args, **overrides)
    try:
        report = service.collect_garbage()
    finally:
        store.close()
    print(f"horizon {report.previous_horizon} -> {report.horizon}: removed {report.log_entries} log entries, "
          f"{report.records} tombstones, {report.mutations} mutation results, {report.tokens} expired tokens")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """The care-data audit log: who created, changed, deleted or tried to change a contact, visit or task, and
    whose access changed — when and from which device (never the content)."""
    since_ms = 0
    if args.since:
        try:
            since_ms = int(datetime.combine(date.fromisoformat(args.since), datetime.min.time(), UTC).timestamp()
                           * 1000)
        except ValueError as exc:
            raise CliError(f"--since {args.since!r} is not a date like 2026-11-26") from exc
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    _, store = _service(args)
    try:
        with store.read() as tx:
            entries = tx.audit_entries(record_id=args.record, username=args.user, since_ms=since_ms,
                                       limit=args.limit)
    finally:
        store.close()
    rows = [audit.as_dict(e) for e in entries]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no audit entries")
    for r in rows:
        who = f"{r['username'] or '(server)'}" + (f" on {r['device_id']}" if r["device_id"] else "")
        print(f"{r['at']}  {who}  {r['action']}  {r['entity']} {r['record_id']}  {', '.join(r['fields'])}")
    return 0


def _care_admin(service: SyncService, username: str, what: str) -> None:
    by = service.accounts.get(username)
    if by is None:
        raise CliError(f"there is no account {username!r} (--by names the admin who makes the {what})")
    if not {"admin", "coordinator"} & set(by.roles):
        raise CliError(f"{username!r} is neither admin nor coordinator: an {what} is made by one of them")


def cmd_contact_export(args: argparse.Namespace) -> int:
    """Art. 15 GDPR: everything held about one person cared for, with the audit trail (the export is audited)."""
    service, store = _service(args)
    try:
        _care_admin(service, args.by, "export")
        try:
            export = export_contact(service.settings, store, args.contact_id, args.by)
        except NotACareContact:
            raise CliError(f"there is no contact {args.contact_id!r}") from None
    finally:
        store.close()
    text = json.dumps(export, ensure_ascii=False, indent=2)
    if args.out:
        try:
            with open(args.out, "x", encoding="utf-8") as f:  # never overwrite an earlier export
                f.write(text + "\n")
        except OSError as exc:
            raise CliError(f"cannot write {args.out!r}: {exc}") from exc
        print(f"wrote {len(export['records'])} records and {len(export['audit'])} audit lines to {args.out}")
    else:
        print(text)
    return 0


def cmd_contact_erase(args: argparse.Namespace) -> int:
    """Art. 17 GDPR: the contact and its visits, tasks, attachment records and the conflict records about them lose
    their content on the server and leave every device at its next sync. Without --yes only says what would be erased."""
    service, store = _service(args)
    try:
        _care_admin(service, args.by, "erasure")
        try:
            if not args.yes:
                keys = belongs_to(store, args.contact_id)
                print(f"would erase {len(keys)} records: " + ", ".join(f"{e} {i}" for e, i in keys))
                print("run again with --yes to erase them (this cannot be undone)")
                return 0
            report = erase_contact(service.settings, store, args.contact_id, args.by)
        except NotACareContact:
            raise CliError(f"there is no contact {args.contact_id!r}") from None
    finally:
        store.close()
    print(f"erased {len(report.records)} records (content removed from {report.log_entries_scrubbed} change-log "
          f"entries and {report.push_results_scrubbed} stored push answers); devices delete them at their next sync")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ehrenamt-server", description="Ehrenamt 4.0 sync server")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", required=True, metavar="PATH", help="SQLite database file (created if missing)")
        return p

    serve = with_db(sub.add_parser("serve", help="run the HTTP server"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8787)
    serve.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    serve.add_argument("--trust-forwarded-for", action="store_true",
                       help="take the client address from X-Forwarded-For (only behind your own reverse proxy)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(func=cmd_serve)

    user = sub.add_parser("user", help="manage accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = with_db(user_sub.add_parser("add", help="add an account (password on standard input)"))
    add.add_argument("username")
    add.add_argument("--role", action="append", required=True, choices=list(ROLES), help="repeat for several roles")
    add.add_argument("--municipality", required=True, choices=list(MUNICIPALITIES))
    add.add_argument("--display-name")
    add.add_argument("--organisation", action="append", metavar="ID", help="id of an organisation administered")
    add.set_defaults(func=cmd_user_add)
    lst = with_db(user_sub.add_parser("list", help="list accounts"))
    lst.set_defaults(func=cmd_user_list)

    seed = with_db(sub.add_parser("seed-demo", help="write the demo accounts and records (idempotent)"))
    seed.set_defaults(func=cmd_seed_demo)

    gc = with_db(sub.add_parser("gc", help="collect tombstones and old log entries"))
    gc.add_argument("--retention-days", type=int)
    gc.set_defaults(func=cmd_gc)

    audit_cmd = with_db(sub.add_parser("audit", help="show the audit log of care data (who did what, when; no content)"))
    audit_cmd.add_argument("--record", metavar="ID", help="only this contact, visit or task")
    audit_cmd.add_argument("--user", metavar="USERNAME", help="only what this person did")
    audit_cmd.add_argument("--since", metavar="YYYY-MM-DD", help="only from this day on (UTC)")
    audit_cmd.add_argument("--limit", type=int, default=1000, help="at most this many lines, oldest first")
    audit_cmd.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    audit_cmd.set_defaults(func=cmd_audit)

    contact = sub.add_parser("contact", help="a person cared for (Lotsen)")
    contact_sub = contact.add_subparsers(dest="contact_command", required=True)

    def contact_command(name: str, what: str, help_text: str, func: Any) -> argparse.ArgumentParser:
        p = with_db(contact_sub.add_parser(name, help=help_text))
        p.add_argument("contact_id")
        p.add_argument("--by", required=True, metavar="USERNAME", help=f"the admin making the {what} (audited)")
        p.set_defaults(func=func)
        return p

    export = contact_command("export", "export", "everything held about the person (Art. 15 GDPR) as JSON, with "
                             "the audit trail", cmd_contact_export)
    export.add_argument("--out", metavar="FILE", help="write to this new file instead of standard output")
    erase = contact_command("erase", "erasure", "erase the person's contact, visits and tasks everywhere "
                            "(Art. 17 GDPR)", cmd_contact_erase)
    erase.add_argument("--yes", action="store_true", help="really erase (without: only list what would go)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except CliError as exc:
        print(f"ehrenamt-server: error: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
