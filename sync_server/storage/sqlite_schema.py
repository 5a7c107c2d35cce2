"""The tables of the SQLite storage, and the in-place migration of older database files.

``PRAGMA user_version`` holds the schema version. A new file gets :data:`SCHEMA` at once; an older file is brought
up by the steps of :data:`MIGRATIONS` in order, inside the opening transaction, so it keeps its data.

Version 2 keeps a record's values and versions only in its document (the full delta that snapshots serve) instead
of three more JSON columns: loading a record decodes one text, writing it encodes one.
Version 3 adds the append-only audit log of care data (``audit``; triggers refuse UPDATE and DELETE).
Version 4 adds ``record_keys``: every scope key a record ever had (the change log forgets them after garbage
collection), so an erasure reaches everyone who may still keep something of it; filled from the log and the current
scopes when a file is upgraded.
Version 5 adds ``records_erased``, a partial index of the records erased on request, which snapshots name.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 5
# a record erased on request (sync_server.service.records.ERASED): its document holds the mark and nothing else. The
# partial index records_erased and the queries that should use it say it in the same words (SQLite matches them).
ERASED_RECORD = "deleted = 1 AND json_extract(doc, '$.f._erased') IS NOT NULL"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, display_name TEXT NOT NULL, roles TEXT NOT NULL,
    municipality TEXT NOT NULL, organisations TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL, username TEXT NOT NULL, device_id TEXT NOT NULL,
    pair_id TEXT NOT NULL, issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, confirmed INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS tokens_device ON tokens (username, device_id);
CREATE INDEX IF NOT EXISTS tokens_pair ON tokens (pair_id);
CREATE TABLE IF NOT EXISTS devices (
    username TEXT NOT NULL, device_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', cursor_seq INTEGER,
    last_seen INTEGER NOT NULL, PRIMARY KEY (username, device_id));
CREATE TABLE IF NOT EXISTS login_failures (key TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures (key, at);
CREATE TABLE IF NOT EXISTS records (
    entity TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, authors TEXT NOT NULL, scope TEXT NOT NULL,
    parent TEXT, deleted INTEGER NOT NULL, updated_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    PRIMARY KEY (entity, id));
CREATE INDEX IF NOT EXISTS records_parent ON records (parent) WHERE parent IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_tombstones ON records (updated_seq) WHERE deleted = 1;
CREATE INDEX IF NOT EXISTS records_erased ON records (entity, id) WHERE {ERASED_RECORD};
CREATE TABLE IF NOT EXISTS record_scope (
    key TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, entity, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS log (
    seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, delta TEXT,
    scope TEXT NOT NULL, origin TEXT, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS log_at ON log (at);
CREATE TABLE IF NOT EXISTS log_scope (key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS record_keys (
    entity TEXT NOT NULL, id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (entity, id, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mutations (
    username TEXT NOT NULL, id TEXT NOT NULL, result TEXT NOT NULL, at INTEGER NOT NULL,
    PRIMARY KEY (username, id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mutations_at ON mutations (at);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, username TEXT, device_id TEXT, entity TEXT NOT NULL,
    record_id TEXT NOT NULL, action TEXT NOT NULL, fields TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_record ON audit (record_id, seq);
CREATE INDEX IF NOT EXISTS audit_username ON audit (username, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# version -> the statements that turn a file of that version into the next one
MIGRATIONS: dict[int, str] = {
    # 1 -> 2: the columns vals and versions go; the document (written from the same state) already holds both
    1: """
CREATE TABLE records_v2 (
    entity TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, authors TEXT NOT NULL, scope TEXT NOT NULL,
    parent TEXT, deleted INTEGER NOT NULL, updated_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    PRIMARY KEY (entity, id));
INSERT INTO records_v2 (entity, id, doc, authors, scope, parent, deleted, updated_seq, updated_at)
    SELECT entity, id, doc, authors, scope, parent, deleted, updated_seq, updated_at FROM records;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
""",
    # 2 -> 3: the audit table and its triggers (created by SCHEMA, which runs after the steps)
    2: "",
    # 3 -> 4: the keys each record ever had, as far as the change log and the current scopes still tell
    3: """
CREATE TABLE record_keys (
    entity TEXT NOT NULL, id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (entity, id, key)) WITHOUT ROWID;
INSERT OR IGNORE INTO record_keys (entity, id, key) SELECT entity, id, key FROM record_scope;
INSERT OR IGNORE INTO record_keys (entity, id, key) SELECT l.entity, l.id, s.key FROM log_scope s JOIN log l ON l.seq = s.seq;
""",
    # 4 -> 5: the index of the records erased on request (created by SCHEMA), which snapshots name in key order
    4: "",
}


def statements(script: str) -> list[str]:
    """The statements of ``script`` (a trigger's body holds semicolons of its own)."""
    out: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip().rstrip(";"))
            pending = ""
    return out


def upgrade_steps(version: int) -> list[str]:
    """The statements that bring a file of schema ``version`` (0: new) to :data:`SCHEMA_VERSION`."""
    steps: list[str] = []
    if version > 0:
        for step in range(version, SCHEMA_VERSION):
            steps.extend(statements(MIGRATIONS[step]))
    steps.extend(statements(SCHEMA))  # creates what is missing: every table of a new file, the indexes after a rebuild
    return steps
