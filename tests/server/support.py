"""Test helpers for the sync server: a movable clock, the standard cast of people, and a small test device.

``TestDevice`` is a minimal client for the protocol (its own hybrid logical clock and a dict replica merged with
core.merge). It talks to the real service; it is not a stand-in for the app's store, which has its own tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.hlc import Clock
from core.ids import new_node_id, uuid7
from core.merge import FieldWrite, apply_write, set_ops
from core.model import entity as entity_def
from core.protocol import delta_writes, mutation
from core.validation import with_defaults
from sync_server.service import Session, SyncService
from sync_server.settings import Settings

FAST_ARGON2 = {"argon2_time_cost": 1, "argon2_memory_cost_kib": 8, "argon2_parallelism": 1}
START = 1_795_000_000.0  # 2026-11-18, a fixed "now" for every test
DAY = 24 * 60 * 60


class FakeClock:
    """Seconds since the epoch, moved by the test."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = 0, *, days: float = 0, hours: float = 0, minutes: float = 0) -> None:
        self.now += seconds + minutes * 60 + hours * 3600 + days * DAY


def make_settings(path: str, clock: FakeClock, **overrides: Any) -> Settings:
    return Settings(db_path=path, clock=clock, **{**FAST_ARGON2, **overrides})


@dataclass(frozen=True)
class Person:
    username: str
    roles: tuple[str, ...]
    municipality: str

    @property
    def password(self) -> str:
        return f"pw-{self.username}-secret"


CAST: dict[str, Person] = {p.username: p for p in (
    Person("vera", ("volunteer",), "arnsberg"),
    Person("klaus", ("club_admin",), "arnsberg"),
    Person("lena", ("lotse",), "arnsberg"),
    Person("lars", ("lotse",), "arnsberg"),
    Person("mia", ("lotse",), "menden"),
    Person("corinna", ("coordinator",), "arnsberg"),
    Person("max", ("coordinator",), "menden"),
    Person("ada", ("admin",), "arnsberg"),
)}


def add_cast(service: SyncService) -> None:
    for p in CAST.values():
        service.accounts.add_account(p.username, p.password, list(p.roles), p.municipality, p.username.title())


class TestDevice:
    __test__ = False  # not a pytest test class

    def __init__(self, service: SyncService, username: str | None, clock: FakeClock,
                 device_id: str | None = None, skew_ms: int = 0) -> None:
        self.service = service
        self.username = username
        self.device_id = device_id or f"dev-{username}-{new_node_id()[:6]}"
        self.skew_ms = skew_ms
        self.hlc = Clock(new_node_id(), lambda: int(clock() * 1000) + self.skew_ms)
        self.session: Session | None = None
        if username is not None:
            tokens = service.login(username, CAST[username].password, self.device_id)
            self.session = service.authenticate(tokens["access_token"])
        self.cursor: str | None = None
        self.records: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
        self.purged: list[tuple[str, str]] = []

    # -- local edits -------------------------------------------------------------------------------------------
    def mutation(self, entity: str, record_id: str, fields: dict[str, Any],
                 base: dict[str, str | None] | None = None) -> dict[str, Any]:
        """A mutation for ``fields`` (set fields given as full lists become element ops); base = what we saw."""
        values, versions = self.records.get((entity, record_id), ({}, {}))
        ent = entity_def(entity)
        out: dict[str, Any] = {}
        for name, value in fields.items():
            f = ent.field(name)
            if f is not None and f.is_set and isinstance(value, list):
                value = set_ops(values.get(name), value)
            out[name] = value
        if base is None:
            base = {name: versions.get(name) if isinstance(versions.get(name), str) else None for name in out}
        m = mutation(uuid7(), entity, record_id, self.hlc.now(), out, base)
        self._apply_local(m)
        return m

    def _apply_local(self, m: dict[str, Any]) -> None:
        values, versions = self.records.setdefault((m["entity"], m["record_id"]), ({}, {}))
        for name, value in m["fields"].items():
            apply_write(m["entity"], values, versions, FieldWrite(name, value, m["ts"]))

    def create(self, entity: str, values: dict[str, Any], record_id: str | None = None,
               defaults: bool = True) -> tuple[str, dict]:
        """A create mutation; like the app, the device fills in defaults itself unless told not to."""
        rid = record_id or uuid7()
        return rid, self.mutation(entity, rid, with_defaults(entity, values) if defaults else values)

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        assert self.session is not None
        answer = self.service.push(self.session, list(mutations))
        self.hlc.observe(answer["server_ts"])
        return answer["results"]

    def push_one(self, m: dict[str, Any]) -> dict[str, Any]:
        return self.push(m)[0]

    # -- pulling -----------------------------------------------------------------------------------------------
    def pull(self, max_bytes: int | None = None) -> dict[str, Any]:
        page = self.service.pull(self.session, self.cursor, max_bytes).as_dict()
        self.apply(page)
        return page

    def apply(self, page: dict[str, Any]) -> None:
        if page["reset"]:
            self.records.clear()
            self.cursor = None
            return
        for delta in page["changes"]:
            values, versions = self.records.setdefault((delta["e"], delta["id"]), ({}, {}))
            for write in delta_writes(delta):
                apply_write(delta["e"], values, versions, write)
        for item in page["purge"]:
            self.purged.append((item["e"], item["id"]))
            self.records.pop((item["e"], item["id"]), None)
            if item["e"] == "contact":
                for key in [k for k, (v, _) in self.records.items()
                            if k[0] in ("visit", "task") and v.get("contact") == item["id"]
                            or k[0] == "attachment" and v.get("owner_id") == item["id"]]:
                    self.records.pop(key)
        self.hlc.observe(page["server_ts"])
        self.cursor = page["cursor"]

    def sync_down(self, max_bytes: int | None = None) -> list[dict[str, Any]]:
        """Pull until ``more`` is false (following a reset); returns the pages."""
        pages = []
        for _ in range(10_000):
            page = self.pull(max_bytes)
            pages.append(page)
            if not page["more"]:
                return pages
        raise AssertionError("pull did not finish")

    def get(self, entity: str, record_id: str) -> dict[str, Any] | None:
        found = self.records.get((entity, record_id))
        return None if found is None else found[0]

    def ids(self, entity: str | None = None) -> set[str]:
        return {rid for (e, rid) in self.records if entity is None or e == entity}

    def entities(self) -> set[str]:
        return {e for (e, _rid) in self.records}


# -- valid records -----------------------------------------------------------------------------------------------
def offer(owner: str, **over: Any) -> dict[str, Any]:
    return {"area": "ehrenamt", "direction": "biete", "title": "Vorlesen im Seniorenheim", "municipality": "arnsberg",
            "owner": owner, "status": "active", "categories": ["senioren"], **over}


def organisation(admins: list[str], **over: Any) -> dict[str, Any]:
    return {"name": "Heimatverein Oeventrop", "kind": "verein", "municipality": "arnsberg", "admins": admins, **over}


def contact(lotsen: list[str], municipality: str = "arnsberg", recorded_by: str = "corinna",
            **over: Any) -> dict[str, Any]:
    return {"name": "Erna Beispiel", "municipality": municipality, "assigned_lotsen": lotsen,
            "consent_scope": ["kontaktdaten", "gesundheitsdaten"], "consent_date": "2026-11-02",
            "consent_recorded_by": recorded_by, "care_grade": 2, "needs": "Hilfe beim Antrag", **over}


def visit(contact_id: str, author: str, **over: Any) -> dict[str, Any]:
    return {"contact": contact_id, "date": "2026-11-10", "duration_minutes": 45, "topics": ["antraege"],
            "notes": "Antrag besprochen", "author": author, **over}


def task(contact_id: str, **over: Any) -> dict[str, Any]:
    return {"contact": contact_id, "text": "Pflegekasse anrufen", "due": "2026-11-20", **over}


def attachment(owner_entity: str, owner_id: str, **over: Any) -> dict[str, Any]:
    return {"owner_entity": owner_entity, "owner_id": owner_id, "file_name": "antrag.pdf",
            "media_type": "application/pdf", "size": 1234, "sha256": "ab" * 32, **over}


def appointment(organiser: str, invitees: list[str] | None = None, **over: Any) -> dict[str, Any]:
    return {"title": "Vereinstreffen", "start": "2026-11-28T17:00:00Z", "kind": "meeting", "status": "planned",
            "organiser": organiser, "invitees": invitees or [], **over}


def rsvp(appointment_id: str, person: str, **over: Any) -> dict[str, Any]:
    return {"appointment": appointment_id, "person": person, "status": "zugesagt", **over}


def interest(offer_id: str, from_user: str, **over: Any) -> dict[str, Any]:
    return {"offer": offer_id, "from_user": from_user, "message": "Ich helfe gern!", **over}


def guide(author: str, **over: Any) -> dict[str, Any]:
    return {"title": "Vereinsapp einrichten", "body": "Schritt 1 …", "author": author, **over}
