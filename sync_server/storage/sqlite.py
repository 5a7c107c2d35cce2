"""SQLite implementation of the storage interface (stdlib sqlite3, WAL, one BEGIN IMMEDIATE per write).

Connections are per thread (FastAPI runs sync endpoints in a thread pool); writers of this process queue on a lock
before ``BEGIN IMMEDIATE`` (cheaper than SQLite's busy-wait), and ``BEGIN IMMEDIATE`` with a busy timeout still
serialises writers of other processes. Because writers are serialised and sequence numbers are assigned inside the
write transaction, every committed sequence is below every uncommitted one: the visible horizon is simply the last
committed sequence.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from core.schema import FIELD_NAME_RE
from sync_server.jsontext import dumps, loads
from sync_server.storage.base import (
    PURGE,
    AccountRow,
    AuditEntry,
    DeviceRow,
    GcCounts,
    LogEntry,
    LogPage,
    LogRow,
    ReadTx,
    RecordKey,
    RecordRow,
    SnapshotRow,
    Storage,
    TokenRow,
    WriteTx,
    iter_chunks,
)
from sync_server.storage.document import read_document
from sync_server.storage.sqlite_schema import ERASED_RECORD, SCHEMA_VERSION, upgrade_steps

__all__ = ["SCHEMA_VERSION", "SQLiteStorage"]

_CHUNK = 400  # bound parameters per IN (...) list
_SCOPE_CACHE_SIZE = 4096  # scope texts and key sets are few (public, per town, per person, …) and repeat a lot




_scope_texts: dict[frozenset[str], str] = {}
_scope_sets: dict[str, frozenset[str]] = {}


def _scope_text(scope: frozenset[str]) -> str:
    text = _scope_texts.get(scope)
    if text is None:
        if len(_scope_texts) >= _SCOPE_CACHE_SIZE:
            _scope_texts.clear()
        text = _scope_texts[scope] = dumps(sorted(scope))
    return text


def _scope_set(text: str) -> frozenset[str]:
    scope = _scope_sets.get(text)
    if scope is None:
        if len(_scope_sets) >= _SCOPE_CACHE_SIZE:
            _scope_sets.clear()
        scope = _scope_sets[text] = frozenset(loads(text))
    return scope


def _account(row: sqlite3.Row | tuple[Any, ...]) -> AccountRow:
    return AccountRow(row[0], row[1], row[2], tuple(loads(row[3])), row[4], tuple(loads(row[5])),
                      bool(row[6]), row[7])


_ACCOUNT_COLS = "username, password_hash, display_name, roles, municipality, organisations, disabled, created_at"
_RECORD_COLS = "entity, id, doc, authors, scope, parent, deleted, updated_seq, updated_at"
# a document is read as its UTF-8 bytes, which the JSON parser reads as they are, and written from bytes as text
_READ_RECORD_COLS = "entity, id, CAST(doc AS BLOB), authors, scope, parent, deleted, updated_seq, updated_at"
# an upsert, not INSERT OR REPLACE: a stored record is updated in place (REPLACE deletes the row and inserts a new one,
# re-writing every index entry of it)
_PUT_RECORD = (f"INSERT INTO records ({_RECORD_COLS}) VALUES (?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (entity, id) DO UPDATE "
               "SET doc = excluded.doc, authors = excluded.authors, scope = excluded.scope, parent = excluded.parent, "
               "deleted = excluded.deleted, updated_seq = excluded.updated_seq, updated_at = excluded.updated_at")
# a record known to be stored: one search of the primary key instead of the upsert's failed insert and then update
_UPDATE_RECORD = ("UPDATE records SET doc = CAST(? AS TEXT), authors = ?, scope = ?, parent = ?, deleted = ?, "
                  "updated_seq = ?, updated_at = ? WHERE entity = ? AND id = ?")


def _record(row: tuple[Any, ...]) -> RecordRow:
    entity, record_id, doc = row[0], row[1], row[2]
    values, versions = read_document(entity, doc)
    return RecordRow(entity, record_id, values, versions, loads(row[3]), _scope_set(row[4]), row[5],
                     bool(row[6]), row[7], row[8], doc)


class _SQLiteRead(ReadTx):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def get_account(self, username: str) -> AccountRow | None:
        row = self.conn.execute(f"SELECT {_ACCOUNT_COLS} FROM accounts WHERE username = ?", (username,)).fetchone()
        return None if row is None else _account(row)

    def list_accounts(self) -> list[AccountRow]:
        return [_account(r) for r in self.conn.execute(f"SELECT {_ACCOUNT_COLS} FROM accounts ORDER BY username")]

    def get_token(self, token_hash: str) -> TokenRow | None:
        row = self.conn.execute(
            "SELECT hash, kind, username, device_id, pair_id, issued_at, expires_at, confirmed FROM tokens "
            "WHERE hash = ?", (token_hash,)).fetchone()
        return None if row is None else TokenRow(*row[:7], confirmed=bool(row[7]))

    def get_device(self, username: str, device_id: str) -> DeviceRow | None:
        row = self.conn.execute(
            "SELECT username, device_id, name, cursor_seq, last_seen FROM devices WHERE username = ? AND device_id = ?",
            (username, device_id)).fetchone()
        return None if row is None else DeviceRow(*row)

    def count_login_failures(self, key: str, since_ms: int) -> tuple[int, int | None]:
        count, oldest = self.conn.execute(
            "SELECT count(*), min(at) FROM login_failures WHERE key = ? AND at >= ?", (key, since_ms)).fetchone()
        return int(count), oldest

    def get_records(self, keys: Sequence[RecordKey]) -> dict[RecordKey, RecordRow]:
        out: dict[RecordKey, RecordRow] = {}
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in dict.fromkeys(keys):
            by_entity.setdefault(entity, []).append(record_id)
        # ``entity = ? AND id IN (...)`` searches the primary key; ``(entity, id) IN (VALUES ...)`` scans the table
        for entity, ids in by_entity.items():
            for chunk in iter_chunks(ids, _CHUNK):
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT {_READ_RECORD_COLS} FROM records WHERE entity = ? AND id IN ({marks})"
                for row in self.conn.execute(sql, [entity, *chunk]):
                    rec = _record(row)
                    out[(rec.entity, rec.id)] = rec
        return out

    def dependents(self, parent_id: str) -> list[RecordRow]:
        return [_record(r) for r in self.conn.execute(
            f"SELECT {_READ_RECORD_COLS} FROM records WHERE parent = ? ORDER BY entity, id", (parent_id,))]

    def referring(self, entity: str, field: str, record_id: str) -> list[RecordRow]:
        if not FIELD_NAME_RE.fullmatch(field):  # it goes into the JSON path
            raise ValueError(f"not a field name: {field!r}")
        return [_record(r) for r in self.conn.execute(
            f"SELECT {_READ_RECORD_COLS} FROM records WHERE entity = ? AND json_extract(doc, '$.f.{field}') = ? "
            "ORDER BY id", (entity, record_id))]

    def conflicts_about(self, record_ids: Sequence[str]) -> list[RecordRow]:
        found: dict[str, RecordRow] = {}
        for chunk in iter_chunks(list(dict.fromkeys(record_ids)), _CHUNK):  # one pass over the conflicts per chunk
            sql = (f"SELECT {_READ_RECORD_COLS} FROM records WHERE entity = 'conflict' "
                   f"AND json_extract(doc, '$.f.record_id') IN ({','.join('?' * len(chunk))})")
            for r in self.conn.execute(sql, chunk):
                row = _record(r)
                found[row.id] = row
        return [found[k] for k in sorted(found)]

    def count_records(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM records").fetchone()[0])

    def visible_horizon(self) -> int:
        # Writers are serialised and assign sequences inside their transaction: what this snapshot sees as the last
        # sequence is committed, and anything committed later gets a higher one.
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'last_seq'").fetchone()
        return 0 if row is None else int(row[0])

    def log_page(self, keys: Sequence[str], after_seq: int, upto_seq: int, limit: int) -> LogPage:
        # One indexed range scan per key (log_scope primary key (key, seq)), merged: the first ``limit`` distinct
        # sequences over all keys are among the first ``limit`` of each key.
        seqs: set[int] = set()
        complete = True
        for key in keys:
            found = [r[0] for r in self.conn.execute(
                "SELECT seq FROM log_scope WHERE key = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                (key, after_seq, upto_seq, limit))]
            if len(found) >= limit:
                complete = False
            seqs.update(found)
        chosen = sorted(seqs)
        if len(chosen) > limit:
            chosen = chosen[:limit]
            complete = False
        rows: list[LogRow] = []
        for chunk in iter_chunks(chosen, _CHUNK):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    "SELECT l.seq, l.entity, l.id, l.kind, l.delta, l.origin, r.scope FROM log l "
                    "LEFT JOIN records r ON r.entity = l.entity AND r.id = l.id "
                    f"WHERE l.seq IN ({marks}) ORDER BY l.seq", list(chunk)):
                current = None if r[6] is None else _scope_set(r[6])
                rows.append(LogRow(r[0], r[1], r[2], r[3], r[4], r[5], current))
        return LogPage(rows, complete)

    def snapshot_page(self, keys: Sequence[str], after: RecordKey | None, limit: int,
                      tombstones_since_ms: int) -> list[SnapshotRow]:
        entity, rid = after if after is not None else ("", "")
        # one range seek per key (record_scope primary key (key, entity, id)), merged in primary-key order
        sql = ("SELECT s.entity, s.id, r.doc FROM record_scope s "
               "JOIN records r ON r.entity = s.entity AND r.id = s.id "
               "WHERE s.key = ? AND (s.entity, s.id) > (?, ?) "  # a row value: a range seek on the key
               "AND NOT (r.deleted = 1 AND r.updated_at < ?) "
               "ORDER BY s.entity, s.id LIMIT ?")
        if len(keys) == 1:
            return [SnapshotRow(*row) for row in self.conn.execute(
                sql, (keys[0], entity, rid, tombstones_since_ms, limit))]
        found: dict[RecordKey, str] = {}
        for key in keys:
            for e, i, doc in self.conn.execute(sql, (key, entity, rid, tombstones_since_ms, limit)):
                found[(e, i)] = doc
        return [SnapshotRow(e, i, found[(e, i)]) for e, i in sorted(found)[:limit]]

    def erased_page(self, keys: Sequence[str], after: RecordKey | None, limit: int) -> list[RecordKey]:
        if not keys:
            return []
        entity, rid = after if after is not None else ("", "")
        # the erased records in key order (the partial index records_erased), then the keys they ever had
        return [(e, i) for e, i in self.conn.execute(
            f"SELECT entity, id FROM records WHERE {ERASED_RECORD} AND (entity, id) > (?, ?) "
            "AND EXISTS (SELECT 1 FROM record_keys k WHERE k.entity = records.entity AND k.id = records.id "
            f"AND k.key IN ({','.join('?' * len(keys))})) ORDER BY entity, id LIMIT ?", [entity, rid, *keys, limit])]

    def get_mutation_results(self, username: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for chunk in iter_chunks(list(dict.fromkeys(ids)), _CHUNK):
            marks = ",".join("?" * len(chunk))
            for mid, result in self.conn.execute(
                    f"SELECT id, result FROM mutations WHERE username = ? AND id IN ({marks})", [username, *chunk]):
                out[mid] = loads(result)
        return out

    def audit_entries(self, *, record_id: str | None = None, username: str | None = None, since_ms: int = 0,
                      limit: int = 1000) -> list[AuditEntry]:
        where, params = ["at >= ?"], [since_ms]
        if record_id is not None:
            where.append("record_id = ?")
            params.append(record_id)
        if username is not None:
            where.append("username = ?")
            params.append(username)
        rows = self.conn.execute(
            "SELECT at, username, device_id, entity, record_id, action, fields, seq FROM audit "
            f"WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?", [*params, limit])
        return [AuditEntry(at, user, device, entity, rid, action, tuple(loads(fields)), seq)
                for at, user, device, entity, rid, action, fields, seq in rows]


class _SQLiteWrite(_SQLiteRead, WriteTx):
    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def insert_account(self, account: AccountRow) -> None:
        self.conn.execute(
            f"INSERT INTO accounts ({_ACCOUNT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (account.username, account.password_hash, account.display_name, dumps(list(account.roles)),
             account.municipality, dumps(list(account.organisations)), int(account.disabled), account.created_at))

    def update_account(self, account: AccountRow) -> None:
        self.conn.execute(
            "UPDATE accounts SET password_hash = ?, display_name = ?, roles = ?, municipality = ?, organisations = ?, "
            "disabled = ? WHERE username = ?",
            (account.password_hash, account.display_name, dumps(list(account.roles)), account.municipality,
             dumps(list(account.organisations)), int(account.disabled), account.username))

    def insert_tokens(self, tokens: Sequence[TokenRow]) -> None:
        self.conn.executemany(
            "INSERT INTO tokens (hash, kind, username, device_id, pair_id, issued_at, expires_at, confirmed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(t.token_hash, t.kind, t.username, t.device_id, t.pair_id, t.issued_at, t.expires_at, int(t.confirmed))
             for t in tokens])

    def confirm_token_pair(self, pair_id: str) -> None:
        self.conn.execute("UPDATE tokens SET confirmed = 1 WHERE pair_id = ?", (pair_id,))

    def delete_tokens(self, username: str, device_id: str, *, keep_pair: str | None = None,
                      only_older: bool = False) -> int:
        if only_older and keep_pair is not None:
            issued = self.conn.execute("SELECT min(issued_at) FROM tokens WHERE pair_id = ?", (keep_pair,)).fetchone()[0]
            if issued is None:
                return 0
            return self.conn.execute(
                "DELETE FROM tokens WHERE username = ? AND device_id = ? AND pair_id != ? "
                "AND (issued_at < ? OR (issued_at = ? AND pair_id < ?))",
                (username, device_id, keep_pair, issued, issued, keep_pair)).rowcount
        cur = self.conn.execute(
            "DELETE FROM tokens WHERE username = ? AND device_id = ? AND pair_id IS NOT ?",
            (username, device_id, keep_pair))
        return cur.rowcount

    def upsert_device(self, username: str, device_id: str, *, last_seen: int, name: str | None = None,
                      cursor_seq: int | None = None) -> None:
        self.conn.execute(
            "INSERT INTO devices (username, device_id, name, cursor_seq, last_seen) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (username, device_id) DO UPDATE SET last_seen = excluded.last_seen, "
            "name = coalesce(?, devices.name), cursor_seq = coalesce(?, devices.cursor_seq)",
            (username, device_id, name or "", cursor_seq, last_seen, name, cursor_seq))

    def add_login_failure(self, key: str, at_ms: int) -> None:
        self.conn.execute("INSERT INTO login_failures (key, at) VALUES (?, ?)", (key, at_ms))

    def clear_login_failures(self, key: str) -> None:
        self.conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))

    def put_records(self, rows: Sequence[tuple[RecordRow, frozenset[str] | None]]) -> None:
        stored = [(r.doc, dumps(r.authors), _scope_text(r.scope), r.parent, int(r.deleted), r.updated_seq,
                   r.updated_at, r.entity, r.id) for r, old in rows if old is not None]
        if stored and self.conn.executemany(_UPDATE_RECORD, stored).rowcount != len(stored):
            # a record said to be stored was not (the service never does that): write it as a new one
            found = self.get_records([(r.entity, r.id) for r, old in rows if old is not None])
            rows = [(r, old if (r.entity, r.id) in found else None) for r, old in rows]
        self.conn.executemany(
            _PUT_RECORD,
            [(r.entity, r.id, r.doc, dumps(r.authors), _scope_text(r.scope), r.parent, int(r.deleted),
              r.updated_seq, r.updated_at) for r, old in rows if old is None])
        removed: list[tuple[str, str, str]] = []
        added: list[tuple[str, str, str]] = []
        for r, old in rows:
            before = old or frozenset()
            if before == r.scope:
                continue
            removed.extend((k, r.entity, r.id) for k in before - r.scope)
            added.extend((k, r.entity, r.id) for k in r.scope - before)
        if removed:
            self.conn.executemany("DELETE FROM record_scope WHERE key = ? AND entity = ? AND id = ?", removed)
        if added:
            self.conn.executemany("INSERT OR IGNORE INTO record_scope (key, entity, id) VALUES (?, ?, ?)", added)
            self.conn.executemany("INSERT OR IGNORE INTO record_keys (key, entity, id) VALUES (?, ?, ?)", added)

    def append_log(self, entries: Sequence[LogEntry]) -> list[int]:
        if not entries:
            return []
        first = self.visible_horizon() + 1
        seqs = list(range(first, first + len(entries)))
        numbered = list(zip(seqs, entries, strict=True))
        self.conn.executemany(
            "INSERT INTO log (seq, entity, id, kind, delta, scope, origin, at) "
            "VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)",
            [(s, e.entity, e.id, e.kind, e.delta, _scope_text(e.scope), e.origin, e.at) for s, e in numbered])
        self.conn.executemany("INSERT INTO log_scope (key, seq) VALUES (?, ?)",
                              [(k, s) for s, e in numbered for k in e.scope])
        self.set_meta("last_seq", str(seqs[-1]))
        return seqs

    def put_mutation_results(self, username: str, results: Sequence[tuple[str, str]], at_ms: int) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO mutations (username, id, result, at) VALUES (?, ?, ?, ?)",
                              [(username, mid, text, at_ms) for mid, text in results])

    def scrub_mutation_results(self, record_ids: Sequence[str]) -> int:
        changed = 0
        for chunk in iter_chunks(list(dict.fromkeys(record_ids)), _CHUNK):  # one pass over the results per chunk
            cur = self.conn.execute(
                "UPDATE mutations SET result = json_set(result, '$.current', json('null')) "
                f"WHERE json_extract(result, '$.current.id') IN ({','.join('?' * len(chunk))})", chunk)
            changed += cur.rowcount
        return changed

    def scrub_log(self, keys: Sequence[RecordKey]) -> int:
        cur = self.conn.executemany(
            f"UPDATE log SET delta = NULL WHERE entity = ? AND id = ? AND delta IS NOT NULL AND kind != '{PURGE}'",
            list(keys))
        return cur.rowcount

    def keys_ever(self, keys: Sequence[RecordKey]) -> dict[RecordKey, frozenset[str]]:
        found: dict[RecordKey, set[str]] = {key: set() for key in keys}
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in found:
            by_entity.setdefault(entity, []).append(record_id)
        for entity, ids in by_entity.items():
            for chunk in iter_chunks(ids, _CHUNK):
                for record_id, key in self.conn.execute(
                        f"SELECT id, key FROM record_keys WHERE entity = ? AND id IN ({','.join('?' * len(chunk))})",
                        [entity, *chunk]):
                    found[(entity, record_id)].add(key)
        return {key: frozenset(keys_) for key, keys_ in found.items()}

    def append_audit(self, entries: Sequence[AuditEntry]) -> None:
        self.conn.executemany(
            "INSERT INTO audit (at, username, device_id, entity, record_id, action, fields) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(e.at, e.username, e.device_id, e.entity, e.record_id, e.action, dumps(list(e.fields))) for e in entries])

    def min_device_cursor(self, active_since_ms: int) -> int | None:
        row = self.conn.execute(
            "SELECT min(cursor_seq) FROM devices WHERE last_seen >= ?", (active_since_ms,)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def last_seq_before(self, at_ms: int) -> int:
        row = self.conn.execute("SELECT max(seq) FROM log WHERE at < ?", (at_ms,)).fetchone()
        return 0 if row is None or row[0] is None else int(row[0])

    def collect(self, horizon_seq: int, tombstones_before_ms: int, mutations_before_ms: int,
                now_ms: int) -> GcCounts:
        counts = GcCounts()
        dead = self.conn.execute(
            "SELECT entity, id, scope FROM records WHERE deleted = 1 AND updated_seq <= ? AND updated_at < ? "
            f"AND NOT ({ERASED_RECORD})", (horizon_seq, tombstones_before_ms)).fetchall()
        if dead:
            self.conn.executemany("DELETE FROM record_scope WHERE key = ? AND entity = ? AND id = ?",
                                  [(k, e, i) for e, i, scope in dead for k in _scope_set(scope)])
            self.conn.executemany("DELETE FROM records WHERE entity = ? AND id = ?", [(e, i) for e, i, _s in dead])
            self.conn.executemany("DELETE FROM record_keys WHERE entity = ? AND id = ?", [(e, i) for e, i, _s in dead])
        counts.records = len(dead)
        self.conn.execute("DELETE FROM log_scope WHERE seq <= ?", (horizon_seq,))
        counts.log_entries = self.conn.execute("DELETE FROM log WHERE seq <= ?", (horizon_seq,)).rowcount
        counts.mutations = self.conn.execute("DELETE FROM mutations WHERE at < ?", (mutations_before_ms,)).rowcount
        counts.tokens = self.conn.execute("DELETE FROM tokens WHERE expires_at < ?", (now_ms,)).rowcount
        counts.login_failures = self.conn.execute(
            "DELETE FROM login_failures WHERE at < ?", (tombstones_before_ms,)).rowcount
        return counts


class SQLiteStorage(Storage):
    """The storage in one SQLite file (WAL mode)."""

    def __init__(self, path: str, *, busy_timeout_s: float = 60.0, pool_size: int = 48) -> None:
        if path in ("", ":memory:") or path.startswith("file::memory:"):
            raise ValueError("the sync server needs a database file (it is opened by several connections)")
        self.path = str(path)
        self._busy_timeout_s = busy_timeout_s
        self._pool_size = pool_size
        self._idle: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = False
        self._migrate()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self._busy_timeout_s, isolation_level=None,
                               check_same_thread=False, cached_statements=256)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before the answer leaves. A device drops its outbox entries once a push is
        # answered, so an accepted edit must survive a power cut of the server (NORMAL could lose the last commits).
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_s * 1000)}")
        conn.execute("PRAGMA cache_size = -8000")  # 8 MB per connection
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection from the pool (connections move between threads, one user at a time)."""
        with self._conns_lock:
            if self._closed:
                raise RuntimeError("storage is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._connect()
        try:
            yield conn
        finally:
            with self._conns_lock:
                if self._closed or len(self._idle) >= self._pool_size:
                    conn.close()
                else:
                    self._idle.append(conn)

    def _migrate(self) -> None:
        with self._connection() as conn, self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise RuntimeError(f"database schema {version} is newer than this server ({SCHEMA_VERSION})")
                if version < SCHEMA_VERSION:
                    for statement in upgrade_steps(version):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        with self._connection() as conn, self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield _SQLiteWrite(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def read(self) -> Iterator[ReadTx]:
        with self._connection() as conn:
            conn.execute("BEGIN")
            try:
                yield _SQLiteRead(conn)
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def close(self) -> None:
        with self._conns_lock:
            self._closed = True
            for conn in self._idle:
                conn.close()
            self._idle.clear()
