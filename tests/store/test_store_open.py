"""Opening a replica file: WAL, versioned migrations, persisted node id and clock."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.store import Replica, SchemaTooNew, StoreError, migrations
from tests.store.store_helpers import ANNA, T0, Wall, offer, stamp


def test_new_replica_is_wal_at_latest_schema_with_persisted_node(tmp_path, wall):
    r = Replica.open(tmp_path / "replica.db", wall)
    assert r.journal_mode == "wal"
    assert r.schema_version == migrations.latest_version()
    node = r.node_id
    assert len(node) == 16
    r.close()
    r2 = Replica.open(tmp_path / "replica.db", wall)
    assert r2.node_id == node
    r2.close()


def test_clock_is_persisted_and_stays_monotonic_when_the_wall_clock_goes_back(tmp_path, wall, open_replica):
    r = open_replica("a.db")
    r.create("offer", {"area": "wissen", "direction": "biete", "title": "A", "municipality": "arnsberg"})
    last = r.clock.last
    assert r.persisted_clock() == last  # the edit's outbox entry carries it
    r.close()
    wall.ms = T0 - 3_600_000  # the device clock was set back an hour
    r2 = Replica.open(tmp_path / "a.db", wall)
    r2.set_session({"username": "anna", "roles": ["volunteer"], "municipality": "arnsberg"})
    rid = r2.create("offer", {"area": "wissen", "direction": "biete", "title": "B", "municipality": "arnsberg"})
    assert r2.versions("offer", rid)["title"] > last
    r2.close()


def test_two_replicas_on_one_file_never_hand_out_the_same_timestamp(tmp_path, wall, open_replica):
    app = open_replica("shared.db")  # the app and the CLI, each with the file open, the wall clock standing still
    cli = Replica.open(tmp_path / "shared.db", wall)
    cli.set_session({"username": "anna", "roles": ["volunteer"], "municipality": "arnsberg"})
    made = []
    for i in range(3):
        for r in (app, cli):
            rid = r.create("offer", {"area": "wissen", "direction": "biete", "title": f"T{i}", "municipality": "arnsberg"})
            made.append(r.versions("offer", rid)["title"])
        app.update("offer", rid, {"title": f"U{i}"})
        made.append(app.versions("offer", rid)["title"])
    assert made == sorted(made) and len(set(made)) == len(made)  # every edit after the other's, in both
    assert cli.persisted_clock() == app.persisted_clock() == made[-1]
    cli.close()


# The schema of version 1 as it was shipped (written out here on purpose: it must not follow the code).
V1_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE outbox (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL,
                     ts TEXT NOT NULL, payload TEXT NOT NULL);
CREATE UNIQUE INDEX idx_outbox_id ON outbox (id);
CREATE TABLE offer (_rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, _deleted INTEGER NOT NULL DEFAULT 0,
                    _v TEXT NOT NULL, _extra TEXT, area TEXT, direction TEXT, title TEXT, description TEXT,
                    categories TEXT, municipality TEXT, place TEXT, online_possible INTEGER, owner TEXT,
                    status TEXT, legacy_note TEXT);
CREATE UNIQUE INDEX offer_id ON offer (id);
PRAGMA user_version = 1;
"""
OLD_ID = "0193a0c0-0000-7000-8000-000000000001"
GONE_ID = "0193a0c0-0000-7000-8000-000000000002"
COMPACT_ID = "0193a0c0-0000-7000-8000-000000000003"


def _write_v1(path):
    ts = stamp(T0 - 10_000, node="0011223344556677")
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    versions = {f: ts for f in ("area", "direction", "title", "municipality", "owner", "status", "legacy_note",
                                "valid_until")}
    versions["categories"] = {"digitales": [True, ts]}
    conn.execute(
        "INSERT INTO offer (id, _v, _extra, area, direction, title, description, categories, municipality, "
        "online_possible, owner, status, legacy_note) VALUES (?, ?, ?, 'wissen', 'biete', 'Tablet-Sprechstunde', "
        "'Jeden Dienstag in der Bücherei', '[\"digitales\"]', 'arnsberg', 1, 'anna', 'active', 'aus Version 1')",
        (OLD_ID, json.dumps(versions), json.dumps({"valid_until": "2026-06-30"})))
    conn.execute("INSERT INTO offer (id, _deleted, _v, title, owner) VALUES (?, 1, ?, 'Weg damit', 'anna')",
                 (GONE_ID, json.dumps({"_deleted": ts, "title": ts, "owner": ts})))
    conn.execute("INSERT INTO offer (id, _v, title, owner, legacy_note) VALUES (?, ?, 'Kompakt', 'anna', 'alt')",
                 (COMPACT_ID, json.dumps(ts)))  # versions stored as the one timestamp of every field
    for key, value in {"node_id": "0011223344556677", "clock": ts, "cursor": "seq:41",
                       "server_url": "http://127.0.0.1:8787"}.items():
        conn.execute("INSERT INTO meta VALUES (?, ?)", (key, json.dumps(value)))
    payload = {"fields": {"title": "Tablet-Sprechstunde"}, "base": {"title": None}}
    conn.execute("INSERT INTO outbox (id, entity, record_id, ts, payload) VALUES (?, 'offer', ?, ?, ?)",
                 ("0193a0c0-0000-7000-8000-00000000000a", OLD_ID, ts, json.dumps(payload)))
    conn.commit()
    conn.close()
    return ts


def test_v1_database_is_migrated_and_its_data_survives(tmp_path, wall):
    path = tmp_path / "replica.db"
    ts = _write_v1(path)
    r = Replica.open(path, wall)
    assert r.schema_version == migrations.latest_version() == 5
    indexes = {row[0] for row in r.db.conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'outbox'")}
    assert "idx_outbox_id" not in indexes  # version 5: a local edit writes no unique index of mutation ids
    assert r.node_id == "0011223344556677" and r.clock.last == ts and r.cursor() == "seq:41"
    assert r.get_meta("server_url") == "http://127.0.0.1:8787"
    got = r.get("offer", OLD_ID)
    assert got["title"] == "Tablet-Sprechstunde" and got["categories"] == ["digitales"]
    assert got["online_possible"] is True and got["status"] == "active"
    # a field a newer app had sent (kept in _extra) now has its column; a field the model dropped is kept
    assert got["valid_until"] == "2026-06-30"
    assert got["legacy_note"] == "aus Version 1"
    raw = r.db.conn.execute("SELECT valid_until, _extra FROM offer WHERE id = ?", (OLD_ID,)).fetchone()
    assert raw[0] == "2026-06-30" and json.loads(raw[1]) == {"legacy_note": "aus Version 1"}
    assert r.get("offer", GONE_ID) is None and r.get("offer", GONE_ID, include_deleted=True)["_deleted"]
    assert r.get("offer", COMPACT_ID)["legacy_note"] == "alt"
    assert r.versions("offer", COMPACT_ID) == {"title": ts, "owner": ts, "legacy_note": ts}
    # version 4 stored the full versions dict compactly: the same versions (values without one stay without)
    assert r.versions("offer", OLD_ID) == {**{f: ts for f in ("area", "direction", "title", "municipality", "owner",
                                                              "status", "legacy_note", "valid_until")},
                                           "categories": {"digitales": [True, ts]}}
    raw_v = r.db.conn.execute("SELECT _v FROM offer WHERE id = ?", (OLD_ID,)).fetchone()[0]
    assert json.loads(raw_v) == {"": ts, "description": None, "online_possible": None}
    # the outbox survived in protocol shape, and the new tables/indexes are there
    assert [m["record_id"] for m in r.pending_mutations()] == [OLD_ID]
    assert r.quarantine() == [] and r.care_draft("visit:none") is None  # tables of versions 2 and 3
    assert [h["id"] for h in r.search("Bücherei")] == [OLD_ID]  # FTS index built from existing live rows
    assert r.search("Weg damit") == []
    r.close()


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path, wall, monkeypatch):
    path = tmp_path / "replica.db"
    _write_v1(path)

    def broken(db, tables):
        db.conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], (2, broken)])
    with pytest.raises(RuntimeError, match="disk full"):
        Replica.open(path, wall)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    conn.close()
    monkeypatch.undo()
    r = Replica.open(path, wall)
    assert r.schema_version == migrations.latest_version() and r.get("offer", OLD_ID)["title"] == "Tablet-Sprechstunde"
    r.close()


def test_a_file_from_a_newer_app_is_refused_untouched(tmp_path, wall):
    path = tmp_path / "replica.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        Replica.open(path, wall)
    assert "neueren App-Version" in info.value.message
    assert path.read_bytes() == before


def test_a_file_that_is_no_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "replica.db"
    path.write_text("kein SQLite " * 200)
    with pytest.raises(StoreError, match="keine gültige Ehrenamt-Datenbank"):
        Replica.open(path, Wall())


def test_set_meta_round_trips_json_and_protects_own_keys(replica):
    replica.set_meta("tokens", {"access": "a", "refresh": "r"})
    assert replica.get_meta("tokens") == {"access": "a", "refresh": "r"}
    replica.set_meta("tokens", None)
    assert replica.get_meta("tokens", "none") == "none"
    for key in ("node_id", "clock", "cursor", "session"):
        with pytest.raises(ValueError):
            replica.set_meta(key, "x")


def test_session_is_persisted_and_validated(tmp_path, wall):
    r = Replica.open(tmp_path / "r.db", wall)
    assert r.session is None
    r.set_session({"username": "anna", "roles": ["volunteer", "club_admin"], "municipality": "arnsberg"})
    r.close()
    r = Replica.open(tmp_path / "r.db", wall)
    assert r.session["username"] == "anna" and r.actor.has("club_admin")
    with pytest.raises(ValueError):
        r.set_session({"username": "Not Valid!"})
    r.set_session(None)
    assert r.session is None and r.actor is None
    r.close()


def test_records_kept_for_an_unknown_entity_move_into_its_table_once_the_app_knows_it(tmp_path, wall):
    """Simulates an older app that did not know guides: they were kept in foreign_record; this version adopts them."""
    path = tmp_path / "replica.db"
    r = Replica.open(path, wall)
    ts = stamp(T0)
    for statement in ("DROP TRIGGER guide_fts_ad", "DROP TRIGGER guide_fts_au", "DROP TABLE guide_fts",
                      "DROP TABLE guide"):
        r.db.conn.execute(statement)
    r.db.conn.execute("INSERT INTO foreign_record (entity, id, f, v) VALUES ('guide', ?, ?, ?)",
                      (OLD_ID, json.dumps({"title": "Kassenbuch führen", "body": "Schritt für Schritt",
                                           "author": "koord", "categories": ["digitales"]}),
                       json.dumps({"title": ts, "body": ts, "author": ts, "categories": {"digitales": [True, ts]}})))
    r.db.conn.execute("UPDATE meta SET value = '\"older-model\"' WHERE key = 'model_fingerprint'")
    r.db.conn.commit()
    r.close()
    r = Replica.open(path, wall)
    assert r.get("guide", OLD_ID)["categories"] == ["digitales"]
    assert r.versions("guide", OLD_ID)["title"] == ts
    assert [h["id"] for h in r.search("Kassenbuch")] == [OLD_ID]
    assert r.db.conn.execute("SELECT count(*) FROM foreign_record").fetchone()[0] == 0
    r.close()


def test_search_indexes_use_large_pages_also_in_a_file_made_before(tmp_path, wall):
    from app.store.search import PAGE_BYTES

    path = tmp_path / "replica.db"
    r = Replica.open(path, wall)
    assert r.db.conn.execute("SELECT v FROM offer_fts_config WHERE k = 'pgsz'").fetchone() == (PAGE_BYTES,)
    r.db.conn.execute("DELETE FROM offer_fts_config WHERE k = 'pgsz'")  # an index made before the setting
    r.db.conn.execute("UPDATE meta SET value = '\"older-model\"' WHERE key = 'model_fingerprint'")
    r.db.conn.commit()
    r.close()
    r = Replica.open(path, wall)
    assert r.db.conn.execute("SELECT v FROM offer_fts_config WHERE k = 'pgsz'").fetchone() == (PAGE_BYTES,)
    r.set_session(ANNA)
    r.create("offer", offer(title="Smartphone-Sprechstunde"))
    assert [h["title"] for h in r.search("Smartph")] == ["Smartphone-Sprechstunde"]
    r.close()
