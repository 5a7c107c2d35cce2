"""The records one write transaction touches, and how their changes reach the change log.

A :class:`Workspace` loads each record once, lets the push (or the seeding, or account management) change it in
memory, and writes everything back at the end with one call per table. Every change is logged with the scope keys
the record has *now* (``core.access.scope_keys``):

- keys the record kept get a delta of the changed fields (tagged with the device that pushed it, so it is not
  echoed back to that device);
- keys it gained get the **full** record (a new record: its first delta, which is the full record);
- keys it lost get a **purge**.

When a record's keys change, the records whose scope derives from it (visits, tasks and attachments of a contact,
RSVPs of an appointment, …) are re-scoped the same way, recursively.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.access import scope_keys
from core.ids import uuid7
from core.merge import Conflict, FieldWrite, apply_write, set_ops
from core.model import ENTITIES
from core.protocol import encode_delta
from core.schema import DELETED, FieldType
from sync_server.jsontext import dumpb
from sync_server.service import audit
from sync_server.service.context import WriteContext, iso_utc
from sync_server.storage.base import (
    ERASED_PURGE,
    PURGE,
    UPSERT,
    AuditEntry,
    JsonText,
    LogEntry,
    RecordKey,
    RecordRow,
)

ERASED = "_erased"  # server-written only: clients cannot name a field that starts with "_" (except _deleted)

# entity -> the field naming the record its scope keys are derived from (see core.access.scope_keys)
PARENT_FIELD: dict[str, str] = {
    "interest": "offer",
    "rsvp": "appointment",
    "visit": "contact",
    "task": "contact",
    "attachment": "owner_id",
    "appointment": "organisation",
}


# entity -> (field, entity it refers to) of its reference fields: the records its rules may look up
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    name: tuple((f.name, f.ref) for f in e.fields if f.type == FieldType.REF and f.ref) for name, e in ENTITIES.items()
}

def references(entity: str, values: dict[str, Any]) -> list[RecordKey]:
    """The records that the rights and scope rules of a record may look up (its references, an attachment's owner)."""
    keys: list[RecordKey] = []
    for name, ref in REFERENCES.get(entity, ()):  # a loop, not a comprehension: called three times per mutation
        value = values.get(name)
        if isinstance(value, str) and value:
            keys.append((ref, value))
    if entity == "attachment":
        owner_entity, owner_id = values.get("owner_entity"), values.get("owner_id")
        if isinstance(owner_entity, str) and owner_entity in ENTITIES and isinstance(owner_id, str) and owner_id:
            keys.append((owner_entity, owner_id))
    return keys


def parent_of(entity: str, values: dict[str, Any]) -> str | None:
    name = PARENT_FIELD.get(entity)
    value = values.get(name) if name else None
    return value if isinstance(value, str) and value else None


@dataclass(slots=True)
class RecordState:
    entity: str
    id: str
    values: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, Any] = field(default_factory=dict)
    authors: dict[str, Any] = field(default_factory=dict)
    scope: frozenset[str] = frozenset()
    stored_scope: frozenset[str] | None = None  # as in the storage when loaded (None: not stored yet)
    updated_seq: int = 0
    updated_at: int = 0
    dirty: bool = False
    full_json: bytes | None = None  # JSON of the full delta, built once per change (log entry and stored doc)

    @property
    def key(self) -> RecordKey:
        return (self.entity, self.id)

    @classmethod
    def from_row(cls, row: RecordRow) -> RecordState:
        return cls(row.entity, row.id, row.values, row.versions, row.authors, row.scope, row.scope,
                   row.updated_seq, row.updated_at)

    def delta(self, fields: Iterable[str] | None = None) -> dict[str, Any]:
        return encode_delta(self.entity, self.id, self.values, self.versions,
                            None if fields is None else list(fields))

    def full(self) -> bytes:
        """The JSON of the full delta (the stored document). A record created now gets the compact form (one
        timestamp when every field has the same one); a stored record's values and versions already have the
        delta's shape (``storage.document``: ``f`` = values, ``v`` = versions), so they are encoded as they are."""
        if self.full_json is None:
            if self.stored_scope is None:
                self.full_json = dumpb(self.delta())
            else:
                self.full_json = dumpb({"e": self.entity, "id": self.id, "f": self.values, "v": self.versions})
        return self.full_json

    def to_row(self) -> RecordRow:
        return RecordRow(self.entity, self.id, self.values, self.versions, self.authors, self.scope,
                         parent_of(self.entity, self.values), bool(self.values.get(DELETED)), self.updated_seq,
                         self.updated_at, self.full())


class Workspace:
    def __init__(self, ctx: WriteContext, *, acting: tuple[str | None, str | None] = (None, None)) -> None:
        """``acting``: (username, device id) whose writes this transaction applies, for the care audit log."""
        self.ctx = ctx
        self.tx = ctx.tx
        self.acting = acting
        self._states: dict[RecordKey, RecordState | None] = {}
        self._children: dict[str, set[RecordKey]] = {}  # parent id -> records changed in this transaction
        self._log: list[tuple[LogEntry, RecordState]] = []
        self._audit: list[AuditEntry] = []

    def audit(self, entity: str, record_id: str, action: str, fields: Iterable[str]) -> None:
        """Add a line to the care audit log (written with the changes; ignored for other entities)."""
        if audit.audited(entity):
            self._audit.append(audit.entry(self.ctx.now_ms, self.acting, entity, record_id, action, fields))

    # -- loading -----------------------------------------------------------------------------------------------
    def prefetch(self, keys: Iterable[RecordKey]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._states]
        if not missing:
            return
        rows = self.tx.get_records(missing)
        for k in missing:
            row = rows.get(k)
            self._states[k] = None if row is None else RecordState.from_row(row)

    def prefetch_references(self, records: Iterable[tuple[str, dict[str, Any]]], depth: int = 2) -> None:
        """Load, with one query per entity, the records that rules will look up for these (entity, values) pairs,
        and theirs in turn down to ``depth`` levels (a visit's contact; an RSVP's appointment and its organisation)."""
        keys = [key for entity, values in records for key in references(entity, values)]
        for _level in range(depth):
            missing = [k for k in dict.fromkeys(keys) if k not in self._states]
            if not missing:
                return
            self.prefetch(missing)
            keys = [key for k in missing if (state := self._states[k]) is not None
                    for key in references(state.entity, state.values)]

    def get(self, entity: str, record_id: str) -> RecordState | None:
        key = (entity, record_id)
        if key not in self._states:
            self.prefetch([key])
        return self._states[key]

    def lookup(self, entity: str, record_id: str) -> dict[str, Any] | None:
        """The current values of a record (tombstones included), for core.access."""
        if not entity or not record_id:
            return None
        state = self.get(entity, record_id)
        return None if state is None else state.values

    def create(self, entity: str, record_id: str) -> RecordState:
        state = RecordState(entity, record_id)
        self._states[(entity, record_id)] = state
        return state

    # -- logging changes ---------------------------------------------------------------------------------------
    def _append(self, state: RecordState, kind: str, delta: JsonText | None, keys: frozenset[str],
                origin: str | None) -> None:
        if keys:
            self._log.append((LogEntry(state.entity, state.id, kind, delta, keys, origin, self.ctx.now_ms), state))

    def record_changed(self, state: RecordState, fields: list[str], origin: str | None) -> None:
        """Log that ``fields`` of ``state`` changed (pushed by device ``origin``; None: made by the server)."""
        old = state.scope
        new = scope_keys(state.entity, state.values, self.lookup)
        is_new = state.stored_scope is None and not state.dirty
        state.dirty = True
        state.updated_at = self.ctx.now_ms
        state.full_json = None
        parent = parent_of(state.entity, state.values)
        if parent:
            self._children.setdefault(parent, set()).add(state.key)
        if is_new:
            self._append(state, UPSERT, state.full(), new, origin)
        elif new == old:  # the usual edit: the record stays where it was
            self._append(state, UPSERT, dumpb(state.delta(fields)), new, origin)
        else:
            self._append(state, UPSERT, dumpb(state.delta(fields)), new & old, origin)
            self._rescoped(state, old, new)
        state.scope = new
        if new != old:
            self._cascade(state)

    def _rescoped(self, state: RecordState, old: frozenset[str], new: frozenset[str]) -> None:
        if new - old:
            self._append(state, UPSERT, state.full(), new - old, None)
            self.audit(state.entity, state.id, audit.ACCESS_GRANTED, new - old)
        if old - new:
            self.purge(state, old - new)
            self.audit(state.entity, state.id, audit.ACCESS_REMOVED, old - new)

    def purge(self, state: RecordState, keys: frozenset[str]) -> None:
        """Log that the holders of ``keys`` must delete the record (and, when it was erased, what they kept of it:
        rejected edits, unsent ones)."""
        self._append(state, PURGE, ERASED_PURGE if state.values.get(ERASED) else None, keys, None)

    def _cascade(self, parent: RecordState) -> None:
        children: dict[RecordKey, RecordState] = {}
        for row in self.tx.dependents(parent.id):
            if (row.entity, row.id) not in self._states:
                self._states[(row.entity, row.id)] = RecordState.from_row(row)
            child = self._states[(row.entity, row.id)]
            if child is not None:
                children[child.key] = child
        for key in self._children.get(parent.id, ()):  # children created or changed in this transaction
            state = self._states.get(key)
            if state is not None and key not in children and parent_of(state.entity, state.values) == parent.id:
                children[key] = state
        for child in children.values():
            if child is parent:
                continue
            new = scope_keys(child.entity, child.values, self.lookup)
            if new == child.scope:
                continue
            old = child.scope
            child.dirty = True
            child.updated_at = self.ctx.now_ms
            self._rescoped(child, old, new)
            child.scope = new
            self._cascade(child)

    # -- server-written records --------------------------------------------------------------------------------
    def write_server_record(self, entity: str, record_id: str, values: dict[str, Any],
                            set_fields: Iterable[str] = (), *, new: bool = False) -> RecordState:
        """Create or overwrite fields of a record as the server (one new server timestamp, no author).

        ``new``: the id was just made, so there is nothing to look up."""
        state = self.create(entity, record_id) if new else self.get(entity, record_id) or self.create(entity, record_id)
        ts = self.ctx.clock.now()
        changed: list[str] = []
        sets = set(set_fields)
        for name, value in values.items():
            if name in sets:
                value = set_ops(state.values.get(name), value)
                if not value and name in state.versions:
                    continue
            elif name in state.versions and state.values.get(name) == value:
                continue
            did, _conflict = apply_write(entity, state.values, state.versions, FieldWrite(name, value, ts))
            if did:
                changed.append(name)
                state.authors[name] = None
        if changed:
            self.record_changed(state, changed, None)
        return state

    def add_conflict(self, state: RecordState, conflict: Conflict, kept_by: str | None,
                     lost_by: str | None) -> str:
        """Keep the losing value of a concurrent write as a conflict record for both people concerned."""
        conflict_id = uuid7(self.ctx.now_ms)
        values: dict[str, Any] = {
            "entity": state.entity, "record_id": state.id, "field": conflict.field,
            "kept_value": conflict.kept_value, "lost_value": conflict.lost_value,
            "kept_by": kept_by, "lost_by": lost_by, "kept_ts": conflict.kept_ts, "lost_ts": conflict.lost_ts,
            "at": iso_utc(self.ctx.now_ms), "status": "open",
            "concerned": sorted({u for u in (kept_by, lost_by) if u}),
        }
        if kept_by is None:
            del values["kept_by"]
        if lost_by is None:
            del values["lost_by"]
        self.write_server_record("conflict", conflict_id, values, set_fields=("concerned",), new=True)
        return conflict_id

    # -- writing back ------------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Append the log entries (assigning sequences), write every changed record and the audit lines."""
        if self._audit:
            self.tx.append_audit(self._audit)
            self._audit.clear()
        seqs = self.tx.append_log([entry for entry, _state in self._log])
        for seq, (_entry, state) in zip(seqs, self._log, strict=True):
            state.updated_seq = seq
        self._log.clear()
        dirty = [s for s in self._states.values() if s is not None and s.dirty]
        self.tx.put_records([(s.to_row(), s.stored_scope) for s in dirty])
        for s in dirty:
            s.stored_scope = s.scope
            s.dirty = False

    def states(self) -> Iterable[RecordState]:
        return (s for s in self._states.values() if s is not None)
