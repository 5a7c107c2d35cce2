"""The local replica: one SQLite file (WAL) holding the records this device may see, their field versions,
the outbox of unsent local edits, the quarantine of rejected ones and a few settings.

Every local edit is ONE transaction that writes the row, its field versions, its outbox entry (a protocol
mutation), the full-text index (triggers) and the persisted clock. See app/store/README.md.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app.store import migrations
from app.store.care import CareCodec, CareVault, build_tables
from app.store.erasure import ErasureMixin
from app.store.errors import NotFound, PermissionDenied, SchemaTooNew, StoreError, ValidationFailed
from app.store.queries import QueryMixin
from app.store.rows import PlainRows, Rows
from app.store.sync import SyncMixin
from app.store.tables import EntityTable, Values, Versions, dumps, public_values
from core.access import Actor, Denial, check_write
from core.hlc import Clock
from core.ids import is_uuid, new_node_id, stable_id, uuid7
from core.merge import FieldWrite, apply_write, set_ops
from core.model import CARE_ENTITIES, ENTITIES
from core.schema import DELETED
from core.validation import USERNAME_RE, Problem, new_record, normalise, validate

# Fields filled from the session's username when a new record leaves them empty.
SESSION_FIELDS: dict[str, str] = {
    "offer": "owner",
    "guide": "author",
    "visit": "author",
    "appointment": "organiser",
    "interest": "from_user",
    "rsvp": "person",
    "contact": "consent_recorded_by",
}
# Fields validated together (cross-field rules): an edit of one re-checks the others as they will be.
CROSS_FIELD_GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    "appointment": (frozenset({"start", "end"}),),
}
# Meta keys the replica manages itself (set_meta refuses them).
RESERVED_META = frozenset({"node_id", "clock", "model_fingerprint", "care_codec", "cursor", "session"})


def _system_wall_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class _Prepared:
    entity: str
    id: str
    record: dict[str, Any]


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _set_base(version: Any) -> str | None:
    """The base of a set-field edit: the newest element version the editor saw (None when none)."""
    if not isinstance(version, dict) or not version:
        return None
    return max(ts for _present, ts in version.values())


class Replica(QueryMixin, SyncMixin, ErasureMixin):
    """The local store. Open with :meth:`open`; all methods are synchronous and run on the caller's thread."""

    def __init__(self, db: sqlite_utils.Database, path: Path, wall_ms: Callable[[], int],
                 care_codec: CareCodec | None) -> None:
        self.db = db
        self.path = path
        self._wall_ms = wall_ms
        self._tables: dict[str, EntityTable] = build_tables(care_codec)
        self._plain = PlainRows(db, self._tables, set(ENTITIES) - CARE_ENTITIES)
        self._vault = CareVault(db, self._tables, care_codec)
        self.journal_mode = "?"
        self.node_id = ""
        self.clock: Clock
        self._session: dict[str, Any] | None = None
        self._actor: Actor | None = None
        self._clock_ready = False

    # -- opening -----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, wall_ms: Callable[[], int] | None = None, *,
             care_codec: CareCodec | None = None) -> Replica:
        """Open (creating and migrating as needed) the replica file at ``path``.

        ``wall_ms`` returns the physical time in milliseconds (injected for tests; default: system clock).
        ``care_codec`` seals care data at rest (see app/store/care.py).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Das Datenverzeichnis {path.parent} kann nicht angelegt werden: {exc.strerror}.") from exc
        try:
            db = sqlite_utils.Database(str(path), execute_plugins=False)
        except sqlite3.Error as exc:
            raise StoreError(f"Die Datei {path} kann nicht geöffnet werden: {exc}") from exc
        replica = cls(db, path, wall_ms or _system_wall_ms, care_codec)
        try:
            replica._start()
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"Die Datei {path} ist keine gültige Ehrenamt-Datenbank ({exc}).") from exc
        except BaseException:
            db.close()
            raise
        return replica

    def _start(self) -> None:
        conn = self.db.conn
        conn.execute("PRAGMA busy_timeout = 5000")
        found = migrations.schema_version(self.db)
        if found > migrations.latest_version():  # before anything touches the file (even the journal mode)
            raise SchemaTooNew(found, migrations.latest_version())
        try:
            self.db.enable_wal()
        except sqlite3.OperationalError:
            pass  # e.g. a browser file system without shared memory: keep the default journal
        self.journal_mode = self.db.journal_mode
        conn.execute("PRAGMA synchronous = NORMAL")
        migrations.migrate(self.db, self._tables)
        with self._write():
            node = self.get_meta("node_id")
            if not node:
                node = new_node_id()
                self._put_meta("node_id", node)
            codec = self.get_meta("care_codec")
            if codec is None:
                self._put_meta("care_codec", self._vault.codec_name)
            elif codec != self._vault.codec_name:
                raise StoreError(
                    f"Die Pflegedaten dieser Datenbank sind mit „{codec}“ gespeichert, geöffnet wurde sie mit "
                    f"„{self._vault.codec_name}“. Bitte mit dem passenden Schlüssel öffnen.")
        self.node_id = node
        self.clock = Clock(node, self._wall_ms, last=self.persisted_clock())
        self._clock_ready = True
        self._session = self.get_meta("session")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Replica:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self.db)

    # -- plumbing ----------------------------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[None]:
        """A write transaction. The outermost one first catches the clock up with the one persisted in the file,
        so two processes on one replica (the app and the CLI) never stamp the same timestamp."""
        outer = not self.db.conn.in_transaction
        with migrations.write_transaction(self.db):
            if outer and self._clock_ready:
                persisted = self.persisted_clock()
                if persisted is not None and persisted > self.clock.last:
                    self.clock.observe(persisted)
            yield

    def _rows(self, entity: str) -> Rows:
        if entity in CARE_ENTITIES:
            return self._vault
        return self._plain

    def persisted_clock(self) -> str | None:
        """The newest timestamp this file has handed out: the clock stored in ``meta``, or a local edit's after it.
        A local edit does not store the clock (one row and page less to write per edit): its outbox entry carries
        its timestamp, and ``ack_push``, the only code that removes outbox entries, stores the clock with every
        answer."""
        stored, newest_edit = self.db.conn.execute(
            "SELECT (SELECT value FROM meta WHERE key = 'clock'), (SELECT ts FROM outbox ORDER BY seq DESC LIMIT 1)"
        ).fetchone()
        clock = json.loads(stored) if stored is not None else None
        if newest_edit is not None and (clock is None or newest_edit > clock):
            return str(newest_edit)
        return clock

    def _persist_clock(self) -> None:
        """Store the clock (an UPDATE of its row: cheaper per commit than a REPLACE); see :meth:`persisted_clock`."""
        last = dumps(self.clock.last)
        if not self.db.conn.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (last,)).rowcount:
            self.db.conn.execute("INSERT INTO meta (key, value) VALUES ('clock', ?)", (last,))

    def _put_meta(self, key: str, value: Any) -> None:
        if value is None:
            self.db.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, dumps(value)))

    def now_iso(self) -> str:
        """The current UTC time as the schema writes datetimes (``2026-11-26T09:30:00Z``)."""
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self._wall_ms() / 1000))

    def today_iso(self) -> str:
        return self.now_iso()[:10]

    # -- settings ----------------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        """A setting stored with :meth:`set_meta` (or by the replica: node_id, clock, cursor, session)."""
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        """Store a small JSON-able setting (server url, tokens, last sync...). ``None`` removes it."""
        if key in RESERVED_META:
            raise ValueError(f"meta key {key!r} is managed by the replica itself")
        with self._write():
            self._put_meta(key, value)

    # -- session -----------------------------------------------------------------------------------------------
    @property
    def session(self) -> dict[str, Any] | None:
        return dict(self._session) if self._session else None

    def set_session(self, account: dict[str, Any] | None) -> None:
        """Who uses this replica (set at login; None = visitor). Persisted; fills owner/author fields."""
        if account is not None:
            username = account.get("username")
            if not isinstance(username, str) or not USERNAME_RE.match(username):
                raise ValueError(f"not a valid username: {username!r}")
            account = {
                "username": username,
                "display_name": account.get("display_name") or username,
                "roles": sorted(account.get("roles") or []),
                "municipality": account.get("municipality") or "",
                "organisations": sorted(account.get("organisations") or []),
            }
        with self._write():
            self._put_meta("session", account)
        self._session = account
        self._actor = None

    @property
    def actor(self) -> Actor | None:
        """The session as a core.access.Actor (None: visitor), for permission checks."""
        s = self._session
        if not s:
            return None
        if self._actor is None or self._actor.username != s["username"]:
            self._actor = Actor(s["username"], frozenset(s.get("roles") or ()), s.get("municipality") or "",
                                frozenset(s.get("organisations") or ()))
        return self._actor

    @property
    def username(self) -> str | None:
        return self._session["username"] if self._session else None

    # -- reading -----------------------------------------------------------------------------------------------
    def _load(self, entity: str, record_id: str) -> tuple[Values, Versions] | None:
        if entity not in ENTITIES:
            raise KeyError(f"unknown entity {entity!r}")
        return self._rows(entity).load(entity, record_id)

    def get(self, entity: str, record_id: str, *, include_deleted: bool = False) -> dict[str, Any] | None:
        """The record's current values incl. ``id`` (and unknown fields); a tombstone only with
        ``include_deleted=True`` (then with ``_deleted``)."""
        state = self._load(entity, record_id)
        if state is None:
            return None
        values, _versions = state
        if values.get(DELETED) and not include_deleted:
            return None
        return public_values(self._tables[entity], record_id, values, include_deleted=include_deleted)

    def versions(self, entity: str, record_id: str) -> dict[str, Any] | None:
        """The field versions of a record (``field -> ts``, set fields ``{element: [present, ts]}``)."""
        state = self._load(entity, record_id)
        return state[1] if state else None

    def _lookup(self, entity: str, record_id: str) -> dict[str, Any] | None:
        if entity not in ENTITIES or not record_id:
            return None
        return self.get(entity, record_id, include_deleted=True)

    # -- local edits -------------------------------------------------------------------------------------------
    def _check(self, entity: str, before: dict[str, Any] | None, changes: dict[str, Any]) -> None:
        denial: Denial | None = check_write(self.actor, entity, before, changes, self._lookup)
        if denial is not None:
            raise PermissionDenied(denial)

    def _prepare_create(self, entity: str, values: dict[str, Any]) -> _Prepared:
        table = self._tables[entity]
        problems: list[Problem] = []
        record_id = values.get("id")
        unknown = values.keys() - table.known
        if unknown:
            unknown.discard("id")
            problems.extend(Problem(key, "unknown_field", f"Unbekanntes Feld „{key}“.") for key in sorted(unknown))
        user_field = SESSION_FIELDS.get(entity)
        if user_field and self._session and _is_blank(values.get(user_field)):
            values = {**values, user_field: self._session["username"]}
        record, found = new_record(entity, values)
        problems.extend(found)
        if record_id is None and entity == "rsvp" and record.get("appointment") and record.get("person"):
            record_id = stable_id("rsvp", str(record["appointment"]), str(record["person"]))
        if record_id is not None and not is_uuid(record_id):
            problems.append(Problem("id", "invalid_id", "Die Kennung des Datensatzes ist ungültig."))
        elif record_id is not None and self._load(entity, record_id) is not None:
            problems.append(Problem("id", "exists", "Einen Datensatz mit dieser Kennung gibt es schon."))
        if problems:
            raise ValidationFailed(problems)
        self._check(entity, None, record)
        return _Prepared(entity, record_id or uuid7(self._wall_ms()), record)

    def _stamp_creates(self, prepared: Iterable[_Prepared], *, outbox: bool) -> list[str]:
        """Write prepared new records (inside a transaction): rows, versions, outbox entries, clock.

        Every field of a new record holds a value and carries the edit's one timestamp, so the row layer stores
        the versions as that timestamp alone (``_v``, see app/store/tables.py) and the outbox entry carries no
        base. One wall-clock reading per record stamps the edit and the mutation's id."""
        by_entity: dict[str, list[tuple[str, Values, Versions, str]]] = {}
        queue: list[tuple[Any, ...]] = []
        ids: list[str] = []
        wall_ms, tick = self._wall_ms, self.clock.tick
        for p in prepared:
            ms = int(wall_ms())
            ts = tick(ms)
            record = p.record
            versions: Versions = dict.fromkeys(record, ts)
            fields = dict(record) if outbox else record
            for name in self._tables[p.entity].set_names.intersection(record):
                versions[name] = {e: [True, ts] for e in record[name]}
                if outbox:
                    fields[name] = dict.fromkeys(record[name], True)
            by_entity.setdefault(p.entity, []).append((p.id, record, versions, ts))
            if outbox:
                queue.append((uuid7(ms), p.entity, p.id, ts, self._payload(p.entity, fields)))
            ids.append(p.id)
        for entity, states in by_entity.items():
            self._rows(entity).insert_many(entity, states)
        if queue:
            self._enqueue_many(queue)  # their timestamps are the persisted clock (see persisted_clock)
        else:
            self._persist_clock()
        return ids

    def _payload(self, entity: str, fields: dict[str, Any], base: dict[str, Any] | None = None) -> str:
        """An outbox entry's stored body (JSON ``{"fields": …, "base": …}``, sealed for care data). A base that
        saw nothing (None, or None for every field: a new record) is left out; the reader rebuilds it."""
        body = {"fields": fields} if base is None or not any(base.values()) and base.keys() == fields.keys() else {
            "fields": fields, "base": base}
        return self._vault.seal_text(entity, dumps(body))

    def _enqueue_many(self, rows: list[tuple[Any, ...]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO outbox (id, entity, record_id, ts, payload) VALUES (?, ?, ?, ?, ?)", rows)

    def create(self, entity: str, values: dict[str, Any]) -> str:
        """Create a record as a local edit (row + versions + outbox entry in ONE transaction); returns its id.

        Raises ValidationFailed (all problems, German), PermissionDenied (no session / not allowed)."""
        with self._write():  # checked and written under the write lock: what was checked is what is written
            return self._create_in_transaction(entity, values)

    def create_many(self, entity: str, records: Iterable[dict[str, Any]]) -> list[str]:
        """Create many records of one entity in ONE transaction (one outbox entry each). All or nothing:
        the first invalid record raises ValidationFailed with ``record_index`` set and nothing is written."""
        with self._write():
            prepared = []
            for i, values in enumerate(records):
                try:
                    prepared.append(self._prepare_create(entity, values))
                except ValidationFailed as exc:
                    raise ValidationFailed(exc.problems, record_index=i) from None
            return self._stamp_creates(prepared, outbox=True)

    def _create_in_transaction(self, entity: str, values: dict[str, Any]) -> str:
        prepared = self._prepare_create(entity, values)
        self._stamp_creates([prepared], outbox=True)
        return prepared.id

    def update(self, entity: str, record_id: str, changes: dict[str, Any]) -> bool:
        """Change some fields as a local edit (ONE transaction). Set fields are given as full lists; the store
        computes the element operations. Unchanged values are not sent; an edit changing nothing writes nothing
        (returns False then, True otherwise)."""
        with self._write():
            return self._edit(entity, record_id, changes)

    def delete(self, entity: str, record_id: str) -> None:
        """Delete (a tombstone ``_deleted = true``, synced like any edit)."""
        with self._write():
            if self.get(entity, record_id) is None:
                raise NotFound(entity, record_id)
            self._edit(entity, record_id, {DELETED: True})

    def _edit(self, entity: str, record_id: str, changes: dict[str, Any]) -> bool:
        """A local edit inside the caller's transaction. Returns False when it changed nothing.

        Only the columns the edit changes are written (the row's other indexes and, unless a searchable field
        changed, the full-text index stay untouched)."""
        table = self._tables[entity]
        rows = self._rows(entity)
        stored: dict[str, tuple[Any, ...]] = {}
        state = rows.load_many(entity, (record_id,), stored=stored).get(record_id)
        if state is None:
            raise NotFound(entity, record_id)
        values, versions = state
        if values.get(DELETED) and DELETED not in changes:
            raise NotFound(entity, record_id)
        problems: list[Problem] = []
        if "id" in changes:
            changes = dict(changes)
            if changes.pop("id") != record_id:
                problems.append(Problem("id", "immutable", "Die Kennung eines Datensatzes ist unveränderlich."))
        problems.extend(Problem(key, "unknown_field", f"Unbekanntes Feld „{key}“.") for key in changes
                        if key not in table.known and key != DELETED)
        changes = normalise(entity, changes)
        check = changes
        for group in CROSS_FIELD_GROUPS.get(entity, ()):
            if not group.isdisjoint(changes):
                check = {**{name: values.get(name) for name in group}, **check}
        problems.extend(validate(entity, check, partial=True))
        if problems:
            raise ValidationFailed(problems)
        sets = table.set_names
        effective: dict[str, Any] = {}
        ops: dict[str, Any] = {}
        for name, value in changes.items():
            if name in sets:
                field_ops = set_ops(values.get(name) or [], value or [])
                if field_ops:
                    ops[name] = field_ops
                    effective[name] = value or []
            elif name == DELETED:
                if bool(value) != bool(values.get(DELETED)):
                    ops[name] = effective[name] = bool(value)
            elif value != values.get(name):
                ops[name] = effective[name] = value
        if not effective:
            return False
        # the record as the rules see it: ``values`` already holds every model field (and unknown ones)
        self._check(entity, {**values, "id": record_id, DELETED: bool(values.get(DELETED))}, effective)
        base: dict[str, str | None] = {
            name: _set_base(versions.get(name)) if name in sets else versions.get(name) for name in ops}
        seen = [b for b in base.values() if type(b) is str]
        newest = max(seen) if seen else None  # the edit must order after every version it replaces
        if newest is not None and newest >= self.clock.last:
            self.clock.observe(newest)
        ms = int(self._wall_ms())
        ts = self.clock.tick(ms)
        for name, value in ops.items():
            apply_write(entity, values, versions, FieldWrite(name, value, ts, base[name]))
        rows.update_many(entity, [(record_id, values, versions)], stored=stored)
        # its timestamp, in the outbox, is the persisted clock (see persisted_clock)
        self._enqueue_many([(uuid7(ms), entity, record_id, ts, self._payload(entity, ops, base))])
        return True

    # -- demo / pre-synced content -----------------------------------------------------------------------------
    def seed(self, records: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, int]:
        """Write records as local records with versions but WITHOUT outbox entries (demo content that the server
        has too, under the same deterministic ids). Records whose id exists are skipped. One transaction; every
        record is validated first (ValidationFailed names the first bad one). Returns counts per entity."""
        prepared: list[_Prepared] = []
        for i, (entity, values) in enumerate(records):
            known = self._tables[entity].known
            record_id = values.get("id")
            problems = [Problem(k, "unknown_field", f"Unbekanntes Feld „{k}“.") for k in values
                        if k not in known and k != "id"]
            record, found = new_record(entity, values)
            problems.extend(found)
            if not is_uuid(record_id):
                problems.append(Problem("id", "invalid_id", "Die Kennung des Datensatzes ist ungültig."))
            if problems:
                raise ValidationFailed(problems, record_index=i)
            prepared.append(_Prepared(entity, str(record_id), record))
        counts: dict[str, int] = {}
        with self._write():
            existing: dict[str, set[str]] = {}
            for entity in {p.entity for p in prepared}:
                ids = [p.id for p in prepared if p.entity == entity]
                existing[entity] = self._rows(entity).existing_ids(entity, ids)
            fresh: list[_Prepared] = []
            for p in prepared:
                if p.id not in existing[p.entity]:
                    existing[p.entity].add(p.id)
                    fresh.append(p)
                    counts[p.entity] = counts.get(p.entity, 0) + 1
            self._stamp_creates(fresh, outbox=False)
        return counts
