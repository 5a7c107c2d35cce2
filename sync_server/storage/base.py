"""The one storage interface of the sync server: SQLite now, PostgreSQL later.

The service owns the transaction: it opens ``store.write()`` (serialised read-write) or ``store.read()`` (a
consistent snapshot) and calls the methods of the transaction object it gets. Nothing here knows about HTTP, and
nothing in the service knows which database is behind it.

Rows are plain dataclasses with decoded JSON (dicts, lists); ``doc`` and ``delta`` are JSON text built once by the
service when a record is written, so serving a pull concatenates stored text instead of re-encoding it. A storage
may keep a record's values and versions only inside its ``doc`` (the SQLite one does: one text to decode on load,
one to encode on write, see :mod:`sync_server.storage.document`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

RecordKey = tuple[str, str]  # (entity, id)

UPSERT = "upsert"
PURGE = "purge"
# the delta of a purge that removes an erased record (Art. 17 GDPR): the device also forgets what it kept of it
ERASED_PURGE = '{"erased":true}'
# JSON text, or its UTF-8 encoding: the service makes documents and deltas as bytes, and the SQLite storage reads a
# record's document as bytes (neither is decoded to text only to be encoded again)
JsonText = str | bytes


@dataclass
class AccountRow:
    username: str
    password_hash: str
    display_name: str
    roles: tuple[str, ...]
    municipality: str
    organisations: tuple[str, ...] = ()
    disabled: bool = False
    created_at: int = 0  # ms since the epoch


@dataclass
class TokenRow:
    token_hash: str  # sha256 of the token; the token itself is never stored
    kind: str  # "access" | "refresh"
    username: str
    device_id: str
    pair_id: str  # the access and refresh token issued together
    issued_at: int  # ms
    expires_at: int  # ms
    confirmed: bool  # the client has used a token of this pair (so it received it)


@dataclass
class DeviceRow:
    username: str
    device_id: str
    name: str
    cursor_seq: int | None  # the change-log position the device has stored (None: never pulled)
    last_seen: int  # ms


@dataclass(slots=True)
class RecordRow:
    entity: str
    id: str
    values: dict[str, Any]
    versions: dict[str, Any]
    authors: dict[str, Any]  # field -> username of the writer of its current value (None: the server)
    scope: frozenset[str]  # scope keys computed when the record was last written
    parent: str | None  # id of the record its scope depends on (contact of a visit, owner of an attachment, …)
    deleted: bool
    updated_seq: int  # the change-log sequence of its last change
    updated_at: int  # ms, server time of its last change
    doc: JsonText  # JSON of the full delta of values and versions (core.protocol.encode_delta), served by snapshots


class LogEntry(NamedTuple):  # one per change of a push: a named tuple is cheaper to make than a dataclass
    """A change-log entry to append; the storage assigns its sequence number."""

    entity: str
    id: str
    kind: str  # UPSERT | PURGE
    delta: JsonText | None  # JSON of the delta of what changed (None for a purge)
    scope: frozenset[str]  # the keys that receive it
    origin: str | None  # device that pushed the change (not echoed back to it); None: server-made
    at: int  # ms


class AuditEntry(NamedTuple):
    """One line of the care-data audit log: who did what to which record, when — never the content."""

    at: int  # ms
    username: str | None  # None: the server itself (a re-scoping that followed another record's change)
    device_id: str | None
    entity: str
    record_id: str
    action: str  # see sync_server.service.audit
    fields: tuple[str, ...]  # the field names concerned (for a change of access: +key / -key)
    seq: int = 0  # assigned by the storage


@dataclass
class LogRow:
    seq: int
    entity: str
    id: str
    kind: str
    delta: str | None
    origin: str | None
    current_scope: frozenset[str] | None  # the record's scope keys now (None: the record no longer exists)


@dataclass
class LogPage:
    rows: list[LogRow]
    complete: bool  # True: no further entry for these keys up to the requested horizon


@dataclass
class SnapshotRow:
    entity: str
    id: str
    doc: str


@dataclass
class GcCounts:
    log_entries: int = 0
    records: int = 0
    mutations: int = 0
    tokens: int = 0
    login_failures: int = 0
    extra: dict[str, int] = field(default_factory=dict)


class ReadTx(ABC):
    """What can be read inside any transaction."""

    # meta: gc horizon, server node id, clock, …
    @abstractmethod
    def get_meta(self, key: str) -> str | None: ...

    # accounts and devices
    @abstractmethod
    def get_account(self, username: str) -> AccountRow | None: ...

    @abstractmethod
    def list_accounts(self) -> list[AccountRow]: ...

    @abstractmethod
    def get_token(self, token_hash: str) -> TokenRow | None: ...

    @abstractmethod
    def get_device(self, username: str, device_id: str) -> DeviceRow | None: ...

    @abstractmethod
    def count_login_failures(self, key: str, since_ms: int) -> tuple[int, int | None]:
        """(number of failures of ``key`` since ``since_ms``, time of the oldest of them)."""

    # records
    @abstractmethod
    def get_records(self, keys: Sequence[RecordKey]) -> dict[RecordKey, RecordRow]: ...

    def get_record(self, entity: str, record_id: str) -> RecordRow | None:
        return self.get_records([(entity, record_id)]).get((entity, record_id))

    @abstractmethod
    def dependents(self, parent_id: str) -> list[RecordRow]:
        """Records whose scope depends on record ``parent_id`` (its visits, tasks, attachments, RSVPs, …)."""

    @abstractmethod
    def referring(self, entity: str, field: str, record_id: str) -> list[RecordRow]:
        """The records of ``entity`` whose reference field ``field`` names ``record_id``, whatever their state (a
        rare lookup: the home-visit appointments of a contact for its file; no index needed)."""

    @abstractmethod
    def conflicts_about(self, record_ids: Sequence[str]) -> list[RecordRow]:
        """The conflict records (entity ``conflict``) about any of these records, whatever their state."""

    @abstractmethod
    def count_records(self) -> int: ...

    # change log
    @abstractmethod
    def visible_horizon(self) -> int:
        """The highest sequence number below which no change can still appear later ("committed prefix").

        Pulls never read past it. SQLite serialises writers, so every committed sequence qualifies; a PostgreSQL
        storage must answer the lowest sequence still in flight minus one (or assign sequences under a lock).
        """

    @abstractmethod
    def log_page(self, keys: Sequence[str], after_seq: int, upto_seq: int, limit: int) -> LogPage:
        """Log entries carrying any of ``keys`` with ``after_seq < seq <= upto_seq``, ascending, at most ``limit``."""

    @abstractmethod
    def snapshot_page(self, keys: Sequence[str], after: RecordKey | None, limit: int,
                      tombstones_since_ms: int) -> list[SnapshotRow]:
        """Current records carrying any of ``keys``, ordered by (entity, id) after ``after``; tombstones written
        before ``tombstones_since_ms`` are left out."""

    @abstractmethod
    def erased_page(self, keys: Sequence[str], after: RecordKey | None, limit: int) -> list[RecordKey]:
        """The records erased on request (Art. 17 GDPR) that ever had any of ``keys``, ordered by (entity, id) after
        ``after``, at most ``limit``: a snapshot names them among its records (a new device, or one reset after a
        long absence, is told to forget what it may still keep of them)."""

    # push idempotency
    @abstractmethod
    def get_mutation_results(self, username: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]: ...

    @abstractmethod
    def audit_entries(self, *, record_id: str | None = None, username: str | None = None, since_ms: int = 0,
                      limit: int = 1000) -> list[AuditEntry]:
        """Audit log lines, oldest first, optionally of one record or one person, from ``since_ms`` on."""


class WriteTx(ReadTx):
    """A serialised read-write transaction: everything commits together or not at all."""

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None: ...

    @abstractmethod
    def insert_account(self, account: AccountRow) -> None: ...

    @abstractmethod
    def update_account(self, account: AccountRow) -> None: ...

    @abstractmethod
    def insert_tokens(self, tokens: Sequence[TokenRow]) -> None: ...

    @abstractmethod
    def confirm_token_pair(self, pair_id: str) -> None: ...

    @abstractmethod
    def delete_tokens(self, username: str, device_id: str, *, keep_pair: str | None = None,
                      only_older: bool = False) -> int:
        """Delete the device's tokens: all, or all but pair ``keep_pair`` (with ``only_older``: only the pairs issued
        before it). Returns how many were deleted."""

    @abstractmethod
    def upsert_device(self, username: str, device_id: str, *, last_seen: int, name: str | None = None,
                      cursor_seq: int | None = None) -> None:
        """Create or touch a device; ``name``/``cursor_seq`` given as None keep their stored values."""

    @abstractmethod
    def add_login_failure(self, key: str, at_ms: int) -> None: ...

    @abstractmethod
    def clear_login_failures(self, key: str) -> None: ...

    @abstractmethod
    def put_records(self, rows: Sequence[tuple[RecordRow, frozenset[str] | None]]) -> None:
        """Insert or replace records; each with the scope keys it had before (None: a new record)."""

    @abstractmethod
    def append_log(self, entries: Sequence[LogEntry]) -> list[int]:
        """Append entries in order; returns their sequence numbers (ascending, never reused)."""

    @abstractmethod
    def put_mutation_results(self, username: str, results: Sequence[tuple[str, str]], at_ms: int) -> None:
        """Store (mutation id, result JSON text) pairs of one account."""

    @abstractmethod
    def scrub_mutation_results(self, record_ids: Sequence[str]) -> int:
        """Remove the record content (``current``, sent with a rejection) that stored push results hold of these
        records (erasure); returns how many results held some."""

    @abstractmethod
    def scrub_log(self, keys: Sequence[RecordKey]) -> int:
        """Remove the content (the delta) of every change-log entry of these records (erasure, Art. 17 GDPR);
        returns how many entries held some (a purge's marker stays)."""

    @abstractmethod
    def keys_ever(self, keys: Sequence[RecordKey]) -> dict[RecordKey, frozenset[str]]:
        """Every scope key these records ever had (who may hold some of them), also after garbage collection."""

    @abstractmethod
    def append_audit(self, entries: Sequence[AuditEntry]) -> None:
        """Append audit log lines. The audit log is append-only: nothing changes or removes them (not even the
        garbage collection)."""

    # garbage collection
    @abstractmethod
    def min_device_cursor(self, active_since_ms: int) -> int | None:
        """The lowest stored cursor of devices seen since ``active_since_ms`` (None: no such device)."""

    @abstractmethod
    def last_seq_before(self, at_ms: int) -> int:
        """The highest sequence of a log entry written before ``at_ms`` (0: none)."""

    @abstractmethod
    def collect(self, horizon_seq: int, tombstones_before_ms: int, mutations_before_ms: int,
                now_ms: int) -> GcCounts:
        """Delete log entries up to ``horizon_seq``, tombstoned records last changed at or below it and before
        ``tombstones_before_ms`` (not those erased on request: they hold nothing but the mark, and a device reset
        after a long absence learns from them what to forget, see :meth:`erased_page`), mutation results older than
        ``mutations_before_ms``, expired tokens and old login failures."""


class Storage(ABC):
    @abstractmethod
    def write(self) -> AbstractContextManager[WriteTx]:
        """A serialised read-write transaction (committed when the block ends, rolled back on an exception)."""

    @abstractmethod
    def read(self) -> AbstractContextManager[ReadTx]:
        """A consistent read-only snapshot."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Storage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
