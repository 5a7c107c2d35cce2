"""The real server in process and real replicas on files, wired through the fault-injecting transport.

- :class:`Server`: ``sync_server.app.create_app`` over a real SQLite file, reached through ``httpx.ASGITransport``;
  its clock can be moved (``server.clock.advance(days=14)``).
- :class:`Device`: an ``app.store.Replica`` on its own file, a :class:`~tests.sync.faults.FaultyTransport` around
  an :class:`~app.sync.httpx_transport.HttpxTransport`, and a :class:`~app.sync.engine.SyncEngine`.
- :func:`replica_dump` / :func:`server_dump`: the canonical view of what one account sees, for comparisons.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app.store import Replica
from app.sync.engine import SyncEngine, SyncReport
from app.sync.httpx_transport import HttpxTransport
from core.access import Actor, subscriptions
from core.model import ENTITIES
from core.schema import DELETED
from sync_server.app import create_app
from sync_server.settings import DAY_S, Settings
from sync_server.storage import SQLiteStorage
from tests.sync.faults import FaultyTransport

PASSWORD = "geheim-passwort-123"


@dataclass
class MovableClock:
    """Seconds since the epoch (like time.time) plus an offset tests can move."""

    offset_s: float = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset_s

    def advance(self, *, days: float = 0, hours: float = 0, seconds: float = 0) -> None:
        self.offset_s += days * DAY_S + hours * 3600 + seconds

    def wall_ms(self) -> int:
        return int(self() * 1000)


class Server:
    def __init__(self, db_path: Path, **overrides: Any) -> None:
        self.clock = MovableClock()
        self.settings = Settings(db_path=str(db_path), argon2_time_cost=1, argon2_memory_cost_kib=8,
                                 argon2_parallelism=1, clock=self.clock, **overrides)
        self.store = SQLiteStorage(self.settings.db_path)
        self.app = create_app(self.settings, self.store)
        self.service = self.app.state.service

    def add_account(self, username: str, roles: list[str], municipality: str = "arnsberg",
                    organisations: tuple[str, ...] = ()) -> dict[str, Any]:
        self.service.accounts.add_account(username, PASSWORD, roles, municipality, username.title(),
                                          list(organisations))
        return {"username": username, "roles": roles, "municipality": municipality,
                "organisations": list(organisations)}

    def account(self, username: str) -> dict[str, Any]:
        row = self.service.accounts.get(username)
        assert row is not None, username
        return {"username": row.username, "roles": list(row.roles), "municipality": row.municipality,
                "organisations": list(row.organisations)}

    def transport(self) -> HttpxTransport:
        return HttpxTransport("http://testserver", transport=httpx.ASGITransport(app=self.app))

    def record(self, entity: str, record_id: str) -> dict[str, Any] | None:
        """The server's current values of a record (tombstones included, with ``_deleted``)."""
        with self.store.read() as tx:
            row = tx.get_record(entity, record_id)
        return None if row is None else dict(row.values)

    def record_versions(self, entity: str, record_id: str) -> dict[str, Any] | None:
        with self.store.read() as tx:
            row = tx.get_record(entity, record_id)
        return None if row is None else dict(row.versions)

    def conflicts(self) -> list[dict[str, Any]]:
        return [v for v in self.all_values("conflict") if not v.get(DELETED)]

    def all_values(self, entity: str) -> list[dict[str, Any]]:
        with self.store.read() as tx:
            rows = tx.snapshot_page(_all_keys(tx), None, 1_000_000, 0)
        out = []
        for row in rows:
            if row.entity == entity:
                doc = json.loads(row.doc)
                out.append({"id": doc["id"], **doc["f"]})
        return out

    def close(self) -> None:
        self.store.close()


def _all_keys(tx: Any) -> list[str]:
    keys: set[str] = set()
    for account in tx.list_accounts():
        keys |= subscriptions(Actor(account.username, frozenset(account.roles), account.municipality,
                                    frozenset(account.organisations)))
    return sorted(keys)


@dataclass
class Device:
    name: str
    path: Path
    server: Server
    wall_ms: Callable[[], int] | None = None
    pull_max_bytes: int | None = None
    push_batch: int = 500
    replica: Replica = field(init=False)
    transport: FaultyTransport = field(init=False)
    engine: SyncEngine = field(init=False)

    def __post_init__(self) -> None:
        self.transport = FaultyTransport(self.server.transport())
        self.open()

    def open(self) -> None:
        self.replica = Replica.open(self.path, self.wall_ms)
        wall_ms = self.wall_ms
        self.engine = SyncEngine(self.replica, self.transport, pull_max_bytes=self.pull_max_bytes,
                                 push_batch=self.push_batch, device_name=self.name,
                                 now=(lambda: wall_ms() / 1000) if wall_ms is not None else time.time)

    def reopen(self) -> None:
        """Close and open the replica file again (as after the app was killed)."""
        self.replica.close()
        self.open()

    async def login(self, username: str) -> dict[str, Any]:
        return await self.engine.login(username, PASSWORD, server="http://testserver")

    async def sync(self) -> SyncReport:
        return await self.engine.sync()

    def close(self) -> None:
        self.replica.close()


# ---------------------------------------------------------------------- canonical views
def _public(entity: str, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
    ent = ENTITIES[entity]
    out: dict[str, Any] = {"id": record_id}
    for f in ent.fields:
        value = values.get(f.name)
        if f.is_set:
            value = sorted(value or [])
        out[f.name] = value
    return out


def replica_dump(replica: Replica, *, versions: bool = True) -> dict[tuple[str, str], Any]:
    """Every undeleted record a replica holds: (entity, id) -> (public values, field versions)."""
    out: dict[tuple[str, str], Any] = {}
    for entity in ENTITIES:
        for record in replica.all_records(entity):
            rid = record["id"]
            values = _public(entity, rid, record)
            out[(entity, rid)] = (values, _norm_versions(replica.versions(entity, rid))) if versions else values
    return out


def server_dump(server: Server, account: dict[str, Any] | str, *, versions: bool = True
                ) -> dict[tuple[str, str], Any]:
    """What the server says ``account`` may see: every undeleted record carrying one of its scope keys."""
    if isinstance(account, str):
        account = server.account(account)
    return storage_dump(server.store, account, versions=versions)


def storage_dump(store: Any, account: dict[str, Any], *, versions: bool = True) -> dict[tuple[str, str], Any]:
    """:func:`server_dump` straight from a server storage (for a server running in another process)."""
    actor = Actor(account["username"], frozenset(account["roles"]), account.get("municipality", ""),
                  frozenset(account.get("organisations") or ()))
    keys = sorted(subscriptions(actor))
    with store.read() as tx:
        rows = tx.snapshot_page(keys, None, 10_000_000, 0)
        records = tx.get_records([(r.entity, r.id) for r in rows])
    out: dict[tuple[str, str], Any] = {}
    for (entity, rid), row in records.items():
        if row.deleted or row.values.get(DELETED):
            continue
        values = _public(entity, rid, row.values)
        out[(entity, rid)] = (values, _norm_versions(row.versions)) if versions else values
    return out


def _norm_versions(versions: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, version in (versions or {}).items():
        if isinstance(version, dict):
            if version:  # an empty set field carries no versions (some replicas keep {}, others nothing)
                out[name] = {e: [bool(p), ts] for e, (p, ts) in sorted(version.items())}
        else:
            out[name] = version
    return out


def assert_converged(device: Device, username: str) -> None:
    """The device holds exactly what the server lets this account see, with the same field versions."""
    local, remote = replica_dump(device.replica), server_dump(device.server, username)
    assert local == remote, f"{device.name} ({username}) differs from the server:\n{diff(local, remote)}"


def offer(title: str = "Smartphone-Hilfe", **kw: Any) -> dict[str, Any]:
    return {"area": "wissen", "direction": "biete", "title": title, "municipality": "arnsberg",
            "status": "active", **kw}


def contact(lotsen: list[str], name: str = "Frau Müller", **kw: Any) -> dict[str, Any]:
    return {"name": name, "municipality": "arnsberg", "assigned_lotsen": lotsen,
            "consent_scope": ["kontaktdaten", "gesundheitsdaten"], "consent_date": "2026-11-01", **kw}


def visit(contact_id: str, **kw: Any) -> dict[str, Any]:
    return {"contact": contact_id, "date": "2026-11-20", "duration_minutes": 45, "topics": ["antraege"],
            "notes": "Antrag auf Pflegegrad besprochen.", **kw}


def diff(a: dict[Any, Any], b: dict[Any, Any], limit: int = 5) -> str:
    """A short human-readable difference of two dumps (for assertion messages)."""
    lines = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            lines.append(f"{key}:\n   left  {a.get(key)}\n   right {b.get(key)}")
            if len(lines) >= limit:
                break
    return "\n".join(lines)


async def lotse_with_contact(device: Callable[..., Device]) -> tuple[Device, str]:
    """Lena's phone, logged in and synced, holding a contact assigned to her by the coordinator (its id)."""
    lena, _coord, cid = await lotse_and_coordinator(device)
    return lena, cid


async def lotse_and_coordinator(device: Callable[..., Device]) -> tuple[Device, Device, str]:
    """Lena's phone and the coordinator's, both synced, with a contact assigned to Lena (its id)."""
    lena, coord = device("lena-phone"), device("coord")
    await lena.login("lena")
    await coord.login("corinna")
    cid = coord.replica.create("contact", contact(["lena"]))
    await coord.sync()
    await lena.sync()
    return lena, coord, cid
