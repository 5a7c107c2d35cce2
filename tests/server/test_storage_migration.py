"""A server database file of schema version 1 (values, versions, authors and document in separate columns) is
migrated in place when opened, and serves the same data: every record's values, versions and authors, snapshots,
incremental pulls, and new pushes on top."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.access import scope_keys
from core.protocol import encode_delta
from sync_server.service import SyncService
from sync_server.storage import SQLiteStorage
from sync_server.storage.sqlite import SCHEMA_VERSION
from tests.server.support import START, TestDevice, add_cast, make_settings, offer

# the schema of version 1, as the server of that version created it
V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
    username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, display_name TEXT NOT NULL, roles TEXT NOT NULL,
    municipality TEXT NOT NULL, organisations TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL);
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL, username TEXT NOT NULL, device_id TEXT NOT NULL,
    pair_id TEXT NOT NULL, issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, confirmed INTEGER NOT NULL);
CREATE INDEX tokens_device ON tokens (username, device_id);
CREATE INDEX tokens_pair ON tokens (pair_id);
CREATE TABLE devices (
    username TEXT NOT NULL, device_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', cursor_seq INTEGER,
    last_seen INTEGER NOT NULL, PRIMARY KEY (username, device_id));
CREATE TABLE login_failures (key TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX login_failures_key ON login_failures (key, at);
CREATE TABLE records (
    entity TEXT NOT NULL, id TEXT NOT NULL, vals TEXT NOT NULL, versions TEXT NOT NULL, authors TEXT NOT NULL,
    scope TEXT NOT NULL, parent TEXT, deleted INTEGER NOT NULL, updated_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (entity, id));
CREATE INDEX records_parent ON records (parent) WHERE parent IS NOT NULL;
CREATE INDEX records_tombstones ON records (updated_seq) WHERE deleted = 1;
CREATE TABLE record_scope (
    key TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, entity, id)) WITHOUT ROWID;
CREATE TABLE log (
    seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, delta TEXT,
    scope TEXT NOT NULL, origin TEXT, at INTEGER NOT NULL);
CREATE INDEX log_at ON log (at);
CREATE TABLE log_scope (key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE mutations (
    username TEXT NOT NULL, id TEXT NOT NULL, result TEXT NOT NULL, at INTEGER NOT NULL,
    PRIMARY KEY (username, id)) WITHOUT ROWID;
CREATE INDEX mutations_at ON mutations (at);
"""

NODE = "5e77e75e77e75e77"
NOW_MS = int(START * 1000)
T1 = f"{NOW_MS - 60_000:015d}-000000-aaaaaaaaaaaaaaaa"  # the first writes, a minute ago
T2 = f"{NOW_MS - 30_000:015d}-000003-bbbbbbbbbbbbbbbb"  # later edits
IDS = {name: f"01900000-0000-7000-8000-00000000000{n}" for n, name in enumerate(("uniform", "mixed", "draft", "gone"))}


def _state(fields: dict[str, Any], ts: str) -> tuple[dict[str, Any], dict[str, Any]]:
    values = dict(fields)
    versions = {k: ({e: [True, ts] for e in v} if k == "categories" else ts) for k, v in values.items()}
    return values, versions


def _v1_records() -> dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(values, versions, authors) of each record, as the version-1 server kept them."""
    uniform = _state(offer("vera", categories=["digitales", "senioren"]), T1)
    mixed_values, mixed_versions = _state(offer("vera", categories=["digitales", "senioren"]), T1)
    mixed_values.update(title="Vorlesen am Nachmittag", categories=["digitales"], hours=3)
    mixed_versions.update(title=T2, hours=T2)
    mixed_versions["categories"] = {"digitales": [True, T1], "senioren": [False, T2]}
    draft = _state(offer("vera", status="draft"), T1)
    gone_values, gone_versions = _state(offer("vera"), T1)
    gone_values["_deleted"], gone_versions["_deleted"] = True, T2
    every = {k: "vera" for k in mixed_values}
    return {
        "uniform": (*uniform, {k: "vera" for k in uniform[0]}),
        "mixed": (mixed_values, mixed_versions, {**every, "title": "klaus", "hours": None}),
        "draft": (*draft, {k: "vera" for k in draft[0]}),
        "gone": (gone_values, gone_versions, {k: "vera" for k in gone_values}),
    }


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _write_v1_file(path: Path) -> dict[str, str]:
    """A version-1 file holding the records of :func:`_v1_records` and their log; returns each record's document."""
    docs: dict[str, str] = {}
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(V1_SCHEMA)
    for seq, (name, (values, versions, authors)) in enumerate(_v1_records().items(), start=1):
        rid = IDS[name]
        scope = scope_keys("offer", values, lambda _e, _i: None)
        docs[name] = doc = _dumps(encode_delta("offer", rid, values, versions))
        conn.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                     ("offer", rid, _dumps(values), _dumps(versions), _dumps(authors), _dumps(sorted(scope)),
                      int(bool(values.get("_deleted"))), seq, NOW_MS - 30_000, doc))
        conn.executemany("INSERT INTO record_scope VALUES (?, 'offer', ?)", [(k, rid) for k in scope])
        conn.execute("INSERT INTO log VALUES (?, 'offer', ?, 'upsert', ?, ?, 'dev-old', ?)",
                     (seq, rid, doc, _dumps(sorted(scope)), NOW_MS - 30_000))
        conn.executemany("INSERT INTO log_scope VALUES (?, ?)", [(k, seq) for k in scope])
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("node", NODE), ("last_seq", "4"), ("clock", T2)])
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    return docs


@pytest.fixture
def migrated(tmp_path, clock):
    path = tmp_path / "server-v1.db"
    docs = _write_v1_file(path)
    settings = make_settings(str(path), clock)
    store = SQLiteStorage(settings.db_path)
    service = SyncService(settings, store)
    add_cast(service)
    yield service, store, docs
    store.close()


def test_a_version_1_file_is_migrated_in_place(migrated):
    _service, store, _docs = migrated
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        columns = [r[1] for r in conn.execute("PRAGMA table_info(records)")]
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'records'")}
        audit = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'audit'")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert columns == ["entity", "id", "doc", "authors", "scope", "parent", "deleted", "updated_seq", "updated_at"]
    assert {"records_parent", "records_tombstones"} <= indexes
    assert {"audit", "audit_record", "audit_username", "audit_no_update", "audit_no_delete"} <= audit  # version 3
    with store.write() as tx:  # version 4: the keys each record ever had, from the log and the current scopes
        ever = tx.keys_ever([("offer", rid) for rid in IDS.values()])
    assert ever[("offer", IDS["draft"])] == frozenset({"u:vera"})
    assert ever[("offer", IDS["uniform"])] == frozenset({"pub", "u:vera"})


def test_migrated_records_keep_their_values_versions_and_authors(migrated):
    _service, store, docs = migrated
    with store.read() as tx:
        rows = tx.get_records([("offer", rid) for rid in IDS.values()])
    for name, (values, versions, authors) in _v1_records().items():
        row = rows[("offer", IDS[name])]
        assert (row.values, row.versions, row.authors) == (values, versions, authors), name
        assert bytes(row.doc).decode() == docs[name] and row.deleted is (name == "gone")


def test_migrated_file_serves_the_same_snapshot_and_log(migrated, clock):
    service, _store, docs = migrated
    anonymous = service.pull(None).as_dict()  # public: the active offers, and the fresh tombstone
    assert anonymous["changes"] == [json.loads(docs[n]) for n in ("uniform", "mixed", "draft", "gone")
                                    if n != "draft"]
    vera = TestDevice(service, "vera", clock)
    vera.sync_down()
    for name, (values, _versions, _authors) in _v1_records().items():
        if name != "gone":
            assert vera.get("offer", IDS[name]) == values, name
    # the log of version 1 is still there: a cursor from before the migration reads it incrementally
    with service.store.read() as tx:
        assert [r.delta for r in tx.log_page(["pub"], 0, 4, 10).rows] == [docs[n] for n in ("uniform", "mixed",
                                                                                              "gone")]


def test_pushes_and_pulls_go_on_after_the_migration(migrated, clock):
    service, store, _docs = migrated
    vera, klaus = TestDevice(service, "vera", clock), TestDevice(service, "klaus", clock)
    vera.sync_down()
    klaus.sync_down()
    edit = vera.mutation("offer", IDS["mixed"], {"title": "Vorlesen am Abend", "categories": ["senioren"]})
    assert vera.push_one(edit)["status"] == "accepted"
    klaus.sync_down()
    assert klaus.get("offer", IDS["mixed"]) == vera.get("offer", IDS["mixed"])
    assert klaus.get("offer", IDS["mixed"])["categories"] == ["senioren"]
    with store.read() as tx:
        row = tx.get_record("offer", IDS["mixed"])
    assert row is not None and row.authors["title"] == "vera" and row.authors["hours"] is None
    assert row.versions["categories"]["senioren"] == [True, edit["ts"]]
    assert row.versions["categories"]["digitales"] == [False, edit["ts"]]
