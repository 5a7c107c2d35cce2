"""Convergence under random edits, partial syncs and faults (a Hypothesis state machine).

One real server (in process, SQLite file) and five real replicas (files): two Lotsen (one with a phone and a
tablet), a coordinator and a volunteer. Hypothesis picks the steps: create, edit and delete offers, appointments,
contacts and visits (whatever each person may write), resolve conflicts, sync with random page and batch sizes,
lose requests, lose answers after the server committed, duplicate and replay pushes, crash a replica inside its
pull transaction and reopen it from its file, move time; one device's clock runs days ahead.

When everybody has synced twice without faults:
- every outbox is empty;
- every replica holds exactly what the server lets its account see (values and field versions);
- every write the server acknowledged is the current value, or was knowingly overwritten by a later write, or
  waits in a conflict record (nothing is lost silently);
- and at every step: pull cursors never went backwards.

CI runs a few examples (< 60 s); ``EHRENAMT_CONVERGENCE_EXAMPLES=10000`` runs many more.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.store import NotFound, PermissionDenied, ValidationFailed
from app.sync.errors import SyncError
from core.merge import is_set_field
from core.protocol import ACCEPTED, CONFLICT
from sync_server.service.context import NODE_KEY
from sync_server.service.cursor import decode_cursor
from tests.sync.faults import BAD_GATEWAY, DELAY, DUPLICATE, LOST_REQUEST, LOST_RESPONSE, REPLAY_LATER
from tests.sync.harness import Device, Server, diff, replica_dump, server_dump

EXAMPLES = int(os.environ.get("EHRENAMT_CONVERGENCE_EXAMPLES", "15"))
# an example takes about 0.4 s: the suite's 900 s per test stopped a long run asked for above; the limit grows with
# the examples, so a hang is still caught
pytestmark = pytest.mark.timeout(max(900, EXAMPLES * 2))
DAY_MS = 24 * 60 * 60 * 1000

PEOPLE = {"lena": ["lotse"], "lars": ["lotse"], "corinna": ["coordinator"], "vera": ["volunteer"]}
DEVICES = (("lena-phone", "lena"), ("lena-tablet", "lena"), ("lars-phone", "lars"), ("corinna-pc", "corinna"),
           ("vera-phone", "vera"))
LOTSEN = ("lena", "lars")
WORDS = ("A", "B", "C")  # few values, so equal concurrent writes happen too

device_ix = st.integers(0, len(DEVICES) - 1)
pick = st.integers(0, 10**6)
word = st.sampled_from(WORDS)


def _try(fn: Any, *args: Any) -> Any:
    """A local edit the person may not make (or of a record gone meanwhile) is refused locally: skip it."""
    try:
        return fn(*args)
    except (PermissionDenied, NotFound, ValidationFailed):
        return None


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="ehrenamt-convergence-"))
        self.loop = asyncio.new_event_loop()
        self.server = Server(self.dir / "server.db", min_pull_bytes=200)
        for username, roles in PEOPLE.items():
            self.server.add_account(username, roles)
        with self.server.store.read() as tx:
            self.node = tx.get_meta(NODE_KEY) or ""
        self.devices: list[Device] = []
        self.mutations: dict[str, tuple[str, dict[str, Any]]] = {}  # id -> (username, mutation as first queued)
        self.cursor_seq: dict[str, int] = {}
        self.faults_injected = 0

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    # ------------------------------------------------------------------ setup
    @initialize(skewed=st.sampled_from([None, 0, 2, 4]), skew_days=st.sampled_from([2, 5]))
    def make_devices(self, skewed: int | None, skew_days: int) -> None:
        clock = self.server.clock
        for i, (name, username) in enumerate(DEVICES):
            if i == skewed:
                def wall(days: int = skew_days) -> int:
                    return clock.wall_ms() + days * DAY_MS
            else:
                wall = clock.wall_ms
            d = Device(name, self.dir / f"{name}.db", self.server, wall_ms=wall)
            self.run(d.login(username))
            self.devices.append(d)
        # something to work on for everyone: a shared contact, a shared appointment, an offer of each person
        coord, lena = self.devices[3].replica, self.devices[0].replica
        coord.create("contact", {"name": "Frau Müller", "municipality": "arnsberg", "assigned_lotsen": ["lena"],
                                 "consent_scope": ["kontaktdaten"], "consent_date": "2026-11-01", "needs": "A"})
        lena.create("appointment", {"title": "A", "start": "2026-12-01T10:00:00Z",
                                    "invitees": ["corinna", "lars", "vera"]})
        for i in (0, 2, 3, 4):
            self.devices[i].replica.create("offer", {"area": "ehrenamt", "direction": "suche", "title": "A",
                                                     "municipality": "arnsberg", "status": "active"})
        for i in range(len(self.devices)):
            self.capture(i)
        for d in self.devices + self.devices:
            self.run(d.sync())

    def username(self, i: int) -> str:
        return DEVICES[i][1]

    def capture(self, i: int) -> None:
        for m in self.devices[i].replica.pending_mutations(limit=10**6):
            self.mutations.setdefault(m["id"], (self.username(i), m))

    def records(self, i: int, entity: str) -> list[dict[str, Any]]:
        return sorted(self.devices[i].replica.all_records(entity), key=lambda r: r["id"])

    # ------------------------------------------------------------------ offers
    @rule(i=device_ix, title=word, status=st.sampled_from(["draft", "active", "active", "archived"]))
    def create_offer(self, i: int, title: str, status: str) -> None:
        _try(self.devices[i].replica.create, "offer", {
            "area": "wissen", "direction": "biete", "title": title, "municipality": "arnsberg", "status": status})
        self.capture(i)

    @rule(i=device_ix, n=pick, field=st.sampled_from(["title", "status", "hours", "description"]), value=word,
          hours=st.integers(0, 3), status=st.sampled_from(["draft", "active", "matched", "archived"]))
    def edit_offer(self, i: int, n: int, field: str, value: str, hours: int, status: str) -> None:
        offers = self.records(i, "offer")
        if offers:
            new = {"title": value, "description": value, "hours": hours, "status": status}[field]
            _try(self.devices[i].replica.update, "offer", offers[n % len(offers)]["id"], {field: new})
            self.capture(i)

    @rule(i=device_ix, n=pick)
    def delete_offer(self, i: int, n: int) -> None:
        offers = self.records(i, "offer")
        if offers:
            _try(self.devices[i].replica.delete, "offer", offers[n % len(offers)]["id"])
            self.capture(i)

    # ------------------------------------------------------------------ appointments
    @rule(i=device_ix, title=word, invitees=st.sets(st.sampled_from(sorted(PEOPLE)), max_size=3),
          public=st.booleans())
    def create_appointment(self, i: int, title: str, invitees: set[str], public: bool) -> None:
        _try(self.devices[i].replica.create, "appointment", {
            "title": title, "start": "2026-12-01T10:00:00Z", "invitees": sorted(invitees), "public": public})
        self.capture(i)

    @rule(i=device_ix, n=pick, field=st.sampled_from(["title", "place", "invitees"]), value=word,
          invitees=st.sets(st.sampled_from(sorted(PEOPLE)), max_size=3))
    def edit_appointment(self, i: int, n: int, field: str, value: str, invitees: set[str]) -> None:
        items = self.records(i, "appointment")
        if items:
            new: Any = sorted(invitees) if field == "invitees" else value
            _try(self.devices[i].replica.update, "appointment", items[n % len(items)]["id"], {field: new})
            self.capture(i)

    @rule(i=device_ix, n=pick)
    def delete_appointment(self, i: int, n: int) -> None:
        items = self.records(i, "appointment")
        if items:
            _try(self.devices[i].replica.delete, "appointment", items[n % len(items)]["id"])
            self.capture(i)

    # ------------------------------------------------------------------ care: contacts and visits
    @rule(i=device_ix, lotsen=st.sets(st.sampled_from(LOTSEN), min_size=1), needs=word)
    def create_contact(self, i: int, lotsen: set[str], needs: str) -> None:
        me = self.username(i)
        assigned = sorted(lotsen) if me == "corinna" else [me]
        _try(self.devices[i].replica.create, "contact", {
            "name": f"Kontakt {needs}", "municipality": "arnsberg", "assigned_lotsen": assigned,
            "consent_scope": ["kontaktdaten"], "consent_date": "2026-11-01", "needs": needs})
        self.capture(i)

    @rule(i=device_ix, n=pick, field=st.sampled_from(["needs", "phone", "care_grade"]), value=word,
          grade=st.integers(0, 5))
    def edit_contact(self, i: int, n: int, field: str, value: str, grade: int) -> None:
        items = self.records(i, "contact")
        if items:
            new: Any = {"needs": value, "phone": f"0293{WORDS.index(value)} 123", "care_grade": grade}[field]
            _try(self.devices[i].replica.update, "contact", items[n % len(items)]["id"], {field: new})
            self.capture(i)

    @rule(n=pick, lotsen=st.sets(st.sampled_from(LOTSEN), min_size=1))
    def reassign_contact(self, n: int, lotsen: set[str]) -> None:
        i = 3  # the coordinator
        items = self.records(i, "contact")
        if items:
            _try(self.devices[i].replica.update, "contact", items[n % len(items)]["id"],
                 {"assigned_lotsen": sorted(lotsen)})
            self.capture(i)

    @rule(i=st.sampled_from([0, 1, 2]), n=pick, needs=word)
    def lotse_edits_while_coordinator_reassigns(self, i: int, n: int, needs: str) -> None:
        """A Lotse edits a contact offline while the coordinator takes it away (a rejection candidate)."""
        me = self.username(i)
        mine = [r for r in self.records(i, "contact") if me in (r.get("assigned_lotsen") or [])]
        if mine:
            rid = mine[n % len(mine)]["id"]
            _try(self.devices[i].replica.update, "contact", rid, {"needs": needs})
            self.capture(i)
            other = [name for name in LOTSEN if name != me]
            _try(self.devices[3].replica.update, "contact", rid, {"assigned_lotsen": other})
            self.capture(3)

    @rule(n=pick)
    def delete_contact(self, n: int) -> None:
        i = 3
        items = self.records(i, "contact")
        if items:
            _try(self.devices[i].replica.delete, "contact", items[n % len(items)]["id"])
            self.capture(i)

    @rule(i=device_ix, n=pick, notes=word)
    def add_visit(self, i: int, n: int, notes: str) -> None:
        items = self.records(i, "contact")
        if items:
            _try(self.devices[i].replica.create, "visit", {
                "contact": items[n % len(items)]["id"], "date": "2026-11-20", "notes": notes})
            self.capture(i)

    @rule(i=device_ix, j=device_ix, n=pick, entity=st.sampled_from(["contact", "appointment", "offer"]),
          field=st.sampled_from(["title/needs", "description/place"]), a=word, b=word)
    def same_field_on_two_devices(self, i: int, j: int, n: int, entity: str, field: str, a: str, b: str) -> None:
        """Two devices edit the same field of a record both hold, before either syncs (a conflict candidate)."""
        name = {("contact", "title/needs"): "needs", ("contact", "description/place"): "referrals",
                ("appointment", "title/needs"): "title", ("appointment", "description/place"): "place",
                ("offer", "title/needs"): "title", ("offer", "description/place"): "description"}[(entity, field)]
        shared = sorted({r["id"] for r in self.records(i, entity)} & {r["id"] for r in self.records(j, entity)})
        if shared and i != j:
            rid = shared[n % len(shared)]
            _try(self.devices[i].replica.update, entity, rid, {name: a})
            self.capture(i)
            _try(self.devices[j].replica.update, entity, rid, {name: b})
            self.capture(j)

    # ------------------------------------------------------------------ conflict inbox
    @rule(i=device_ix, n=pick, restore=st.booleans())
    def resolve_conflict(self, i: int, n: int, restore: bool) -> None:
        open_ = sorted(self.devices[i].replica.conflicts(), key=lambda c: c["id"])
        if open_:
            c = open_[n % len(open_)]
            fn = self.devices[i].replica.restore_conflict if restore else self.devices[i].replica.keep_conflict
            _try(fn, c["id"])
            self.capture(i)

    # ------------------------------------------------------------------ network, time, crashes
    @rule(i=device_ix, max_bytes=st.sampled_from([200, 1500, None]), batch=st.sampled_from([1, 3, 500]))
    def sync(self, i: int, max_bytes: int | None, batch: int) -> None:
        d = self.devices[i]
        d.engine.pull_max_bytes, d.engine.push_batch = max_bytes, batch
        try:
            self.run(d.sync())
        except SyncError as exc:
            assert exc.code in ("offline", "server_error", "local"), exc

    @rule(i=device_ix,
          fault=st.sampled_from([LOST_REQUEST, LOST_RESPONSE, DUPLICATE, REPLAY_LATER, BAD_GATEWAY, DELAY]),
          path=st.sampled_from(["/push", "/pull", None]), after=st.integers(0, 2), times=st.integers(1, 2))
    def inject_fault(self, i: int, fault: str, path: str | None, after: int, times: int) -> None:
        """One fault is repeated away by the engine at once; two in a row make the sync fail mid-way."""
        self.devices[i].transport.fail_next(fault, path_contains=path, after=after, times=times)
        self.faults_injected += 1

    @rule(i=device_ix)
    def crash_during_pull_and_reopen(self, i: int) -> None:
        d = self.devices[i]
        d.replica.db.conn.execute(
            "CREATE TEMP TRIGGER IF NOT EXISTS crash BEFORE INSERT ON meta WHEN NEW.key = 'cursor' "
            "BEGIN SELECT RAISE(ABORT, 'simulated crash inside apply_pull'); END")
        try:
            self.run(d.sync())
        except SyncError:
            pass
        d.reopen()  # the temporary trigger dies with the connection, like a killed process

    @rule(seconds=st.sampled_from([1, 60, 3600]))
    def time_passes(self, seconds: int) -> None:
        self.server.clock.advance(seconds=seconds)

    # ------------------------------------------------------------------ invariants
    @precondition(lambda self: bool(self.devices))
    @invariant()
    def cursors_never_go_backwards(self) -> None:
        for d in self.devices:
            text = d.replica.cursor()
            if text is None:
                continue
            cursor = decode_cursor(text, self.node)
            assert cursor is not None, f"{d.name}: unreadable cursor {text!r}"
            before = self.cursor_seq.get(d.name, 0)
            assert cursor.seq >= before, f"{d.name}: cursor went back from {before} to {cursor.seq}"
            self.cursor_seq[d.name] = cursor.seq

    def teardown(self) -> None:
        try:
            if self.devices:
                self.check_convergence()
        finally:
            for d in self.devices:
                d.close()
            self.server.close()
            self.loop.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def check_convergence(self) -> None:
        for d in self.devices:
            d.transport.heal()
            d.engine.pull_max_bytes, d.engine.push_batch = None, 500
        for _round in range(2):
            for d in self.devices:
                report = self.run(d.sync())
                assert not report.reset, f"{d.name}: unexpected reset"
        self.cursors_never_go_backwards()
        for d, (_name, username) in zip(self.devices, DEVICES, strict=True):
            assert d.replica.outbox_count() == 0, f"{d.name}: outbox not empty"
            local, remote = replica_dump(d.replica), server_dump(self.server, username)
            assert local == remote, f"{d.name} ({username}) differs from the server:\n{diff(local, remote)}"
        self.check_acknowledged_writes()
        event(f"conflict records: {_bucket(len(self.server.conflicts()))}")
        event(f"quarantined: {_bucket(sum(len(d.replica.quarantine()) for d in self.devices))}")
        event(f"mutations: {_bucket(len(self.mutations))}")
        event(f"faults injected: {_bucket(self.faults_injected)}")

    def check_acknowledged_writes(self) -> None:
        by_user: dict[str, list[str]] = {}
        for mid, (username, _m) in self.mutations.items():
            by_user.setdefault(username, []).append(mid)
        results: dict[str, dict[str, Any]] = {}
        with self.server.store.read() as tx:
            for username, ids in by_user.items():
                results.update(tx.get_mutation_results(username, ids))
        conflicts = self.server.all_values("conflict")
        writes: dict[tuple[str, str, str], list[tuple[str, Any, str | None]]] = {}
        for mid, (_username, m) in self.mutations.items():
            result = results.get(mid)
            if result is None or result["status"] not in (ACCEPTED, CONFLICT):
                continue
            ts = result.get("ts") or m["ts"]
            for field, value in m["fields"].items():
                if not is_set_field(m["entity"], field):
                    writes.setdefault((m["entity"], m["record_id"], field), []).append(
                        (ts, value, (m.get("base") or {}).get(field)))
        for (entity, record_id, field), ws in writes.items():
            current = self.server.record(entity, record_id)
            assert current is not None, f"acknowledged {entity} {record_id} is missing on the server"
            for ts, value, _base in ws:
                if current.get(field) == value:
                    continue
                if any(base is not None and base >= ts for _t, _v, base in ws):
                    continue  # knowingly overwritten by an edit of somebody who had seen it
                lost = [c for c in conflicts if (c["entity"], c["record_id"], c["field"]) == (entity, record_id, field)
                        and c.get("lost_value") == value]
                assert lost, (f"acknowledged write {entity}.{field}={value!r} @{ts} of {record_id} is neither "
                              f"current ({current.get(field)!r}) nor superseded nor in a conflict record")


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-9" if n < 10 else "10+"


Convergence.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
TestConvergence = Convergence.TestCase
