"""Seeding: demo accounts and records written as server-authored data (server timestamps, scope keys, log entries).

Idempotent: accounts and records that exist already are left as they are (people may have edited them since).
Profile records (entity ``account``) in the content are not copied: the server writes each account's profile
record itself, at ``account_record_id(username)``, when it creates the account.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.ids import is_uuid
from core.model import ENTITIES
from core.validation import validate, with_defaults
from sync_server.service.accounts import AccountError, Accounts
from sync_server.service.context import WriteContext
from sync_server.service.records import Workspace
from sync_server.settings import Settings
from sync_server.storage.base import Storage


class SeedError(ValueError):
    """Seed data that cannot be written (invalid record): nothing of the batch was written."""


@dataclass
class SeedReport:
    accounts_added: list[str] = field(default_factory=list)
    accounts_existing: list[str] = field(default_factory=list)
    records_added: int = 0
    records_existing: int = 0


def seed(settings: Settings, store: Storage, accounts: Accounts, people: Iterable[dict[str, Any]],
         records: Iterable[tuple[str, dict[str, Any]]]) -> SeedReport:
    report = SeedReport()
    for person in people:
        if accounts.get(person["username"]) is not None:
            report.accounts_existing.append(person["username"])
            continue
        try:
            accounts.add_account(person["username"], person["password"], list(person["roles"]),
                                 person["municipality"], person.get("display_name"),
                                 list(person.get("organisations") or ()), min_password_length=1)
        except AccountError as exc:
            raise SeedError(f"account {person.get('username')!r}: {exc}") from exc
        report.accounts_added.append(person["username"])
    items = list(records)
    with store.write() as tx:
        ctx = WriteContext(tx, settings)
        ws = Workspace(ctx)
        ws.prefetch((entity, values.get("id", "")) for entity, values in items)
        for entity, values in items:
            record_id = values.get("id")
            if entity not in ENTITIES or not is_uuid(record_id):
                raise SeedError(f"{entity} {record_id!r}: unknown entity or invalid id")
            assert isinstance(record_id, str)
            if entity == "account":
                # the server writes each account's profile record itself (at account_record_id(username)) when
                # it creates the account; a profile record in the content must belong to one of those accounts
                if tx.get_account(str(values.get("username"))) is None:
                    raise SeedError(f"account record {record_id}: there is no account {values.get('username')!r}")
                report.records_existing += 1
                continue
            if ws.get(entity, record_id) is not None:
                report.records_existing += 1
                continue
            fields = {k: v for k, v in with_defaults(entity, values).items() if k != "id" and v is not None}
            problems = validate(entity, fields)
            if problems:
                text = "; ".join(f"{p.field}: {p.code}" for p in problems)
                raise SeedError(f"{entity} {record_id}: {text}")
            ws.write_server_record(entity, record_id, fields, set_fields=ENTITIES[entity].set_fields)
            report.records_added += 1
        ws.flush()
        ctx.save_clock()
    return report
