"""The SQLite storage behind the storage interface: transactions, sequences, scope index, paging."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from sync_server.storage import SQLiteStorage
from sync_server.storage.base import PURGE, UPSERT, LogEntry, RecordRow, Storage


def _entry(i: int, keys: set[str], kind: str = UPSERT) -> LogEntry:
    return LogEntry("offer", f"id-{i}", kind, '{"e":"offer"}' if kind == UPSERT else None, frozenset(keys), None, i)


def _record(rid: str, scope: set[str], deleted: bool = False) -> RecordRow:
    return RecordRow("offer", rid, {"title": rid}, {"title": "t"}, {}, frozenset(scope), None, deleted, 1, 0,
                     f'{{"id":"{rid}"}}')


@pytest.fixture
def db(tmp_path):
    s = SQLiteStorage(str(tmp_path / "s.db"))
    yield s
    s.close()


def test_sqlite_storage_implements_the_interface(db):
    assert isinstance(db, Storage)


def test_database_is_in_wal_mode(db):
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_commit_is_on_disk_before_it_is_answered(db):
    # synchronous=FULL: an answered push survives a power cut (the device has dropped its outbox entries by then)
    with db.write() as tx:
        assert tx.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_an_in_memory_database_is_refused():
    with pytest.raises(ValueError, match="database file"):
        SQLiteStorage(":memory:")


def test_write_rolls_back_on_exception(db):
    with pytest.raises(RuntimeError), db.write() as tx:
        tx.append_log([_entry(1, {"pub"})])
        raise RuntimeError("crash")
    with db.read() as tx:
        assert tx.visible_horizon() == 0
        assert tx.log_page(["pub"], 0, 10, 10).rows == []


def test_sequences_are_ascending_and_never_reused(db):
    with db.write() as tx:
        assert tx.append_log([_entry(i, {"pub"}) for i in range(3)]) == [1, 2, 3]
        tx.collect(3, 10**15, 0, 0)  # everything collected, the log is empty
    with db.write() as tx:
        assert tx.append_log([_entry(9, {"pub"})]) == [4]


def test_writers_are_serialised(db):
    order: list[str] = []
    started = threading.Event()

    def slow_writer():
        with db.write() as tx:
            started.set()
            tx.append_log([_entry(1, {"pub"})])
            time.sleep(0.2)
            order.append("first committed")

    t = threading.Thread(target=slow_writer)
    t.start()
    assert started.wait(5)
    with db.write() as tx:
        order.append("second started")
        assert tx.append_log([_entry(2, {"pub"})]) == [2]
    t.join(5)
    assert order == ["first committed", "second started"]


def test_visible_horizon_never_includes_an_uncommitted_sequence(db):
    inside, release = threading.Event(), threading.Event()

    def writer():
        with db.write() as tx:
            tx.append_log([_entry(1, {"pub"})])
            inside.set()
            release.wait(5)

    t = threading.Thread(target=writer)
    t.start()
    assert inside.wait(5)
    with db.read() as tx:
        assert tx.visible_horizon() == 0
    release.set()
    t.join(5)
    with db.read() as tx:
        assert tx.visible_horizon() == 1


def test_log_page_merges_keys_in_sequence_order(db):
    with db.write() as tx:
        tx.append_log([_entry(i, {"a"} if i % 2 else {"b"}) for i in range(1, 11)] + [_entry(11, {"a", "b"})])
        tx.append_log([_entry(12, {"c"})])
    with db.read() as tx:
        page = tx.log_page(["a", "b"], 0, 100, 4)
        assert [r.seq for r in page.rows] == [1, 2, 3, 4] and not page.complete
        page = tx.log_page(["a", "b"], 4, 100, 10)
        assert [r.seq for r in page.rows] == [5, 6, 7, 8, 9, 10, 11] and page.complete  # 11 only once
        assert tx.log_page(["a", "b"], 0, 6, 100).rows[-1].seq == 6  # bounded by the horizon


def test_log_rows_carry_the_records_current_scope(db):
    with db.write() as tx:
        tx.put_records([(_record("id-1", {"pub", "u:x"}), None)])
        tx.append_log([_entry(1, {"pub"}), _entry(2, {"pub"}, PURGE)])
    with db.read() as tx:
        rows = tx.log_page(["pub"], 0, 10, 10).rows
        assert rows[0].current_scope == frozenset({"pub", "u:x"})
        assert rows[1].current_scope is None and rows[1].kind == PURGE  # id-2 does not exist


def test_put_records_maintains_the_scope_index(db):
    with db.write() as tx:
        tx.put_records([(_record("r1", {"pub", "u:a"}), None), (_record("r2", {"u:a"}), None)])
    with db.write() as tx:
        tx.put_records([(_record("r1", {"u:a"}), frozenset({"pub", "u:a"}))])
    with db.read() as tx:
        assert [r.id for r in tx.snapshot_page(["pub"], None, 10, 0)] == []
        assert [r.id for r in tx.snapshot_page(["u:a"], None, 10, 0)] == ["r1", "r2"]


def test_snapshot_pages_by_primary_key_across_keys(db):
    with db.write() as tx:
        tx.put_records([(_record(f"r{i:02d}", {"a"} if i % 2 else {"b"}), None) for i in range(10)])
    with db.read() as tx:
        first = tx.snapshot_page(["a", "b"], None, 4, 0)
        assert [r.id for r in first] == ["r00", "r01", "r02", "r03"]
        rest = tx.snapshot_page(["a", "b"], ("offer", "r03"), 100, 0)
        assert [r.id for r in rest] == [f"r{i:02d}" for i in range(4, 10)]


def test_snapshot_leaves_out_old_tombstones(db):
    old = _record("old", {"pub"}, deleted=True)
    old.updated_at = 100
    recent = _record("recent", {"pub"}, deleted=True)
    recent.updated_at = 1000
    with db.write() as tx:
        tx.put_records([(old, None), (recent, None)])
    with db.read() as tx:
        assert [r.id for r in tx.snapshot_page(["pub"], None, 10, 500)] == ["recent"]


def test_a_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "future.db")
    SQLiteStorage(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="newer than this server"):
        SQLiteStorage(path)


def test_put_records_updates_a_stored_record_in_place_and_still_writes_one_wrongly_said_to_be_stored(db):
    with db.write() as tx:
        tx.put_records([(_record("r1", {"pub"}), None)])
    changed = _record("r1", {"pub"})
    changed.doc = '{"e":"offer","id":"r1","f":{"title":"Neu"},"v":"t2"}'
    with db.write() as tx:
        # r1 is stored (updated in place); r9 is passed with a previous scope although it was never stored
        tx.put_records([(changed, frozenset({"pub"})), (_record("r9", {"pub"}), frozenset({"pub"}))])
    with db.read() as tx:
        found = tx.get_records([("offer", "r1"), ("offer", "r9")])
        assert found[("offer", "r1")].values == {"title": "Neu"}
        assert ("offer", "r9") in found
        assert [r.id for r in tx.snapshot_page(["pub"], None, 10, 0)] == ["r1", "r9"]


def test_keys_ever_names_every_key_a_record_had_also_after_garbage_collection(db):
    with db.write() as tx:
        tx.put_records([(_record("r1", {"pub", "u:a"}), None), (_record("r2", {"u:b"}), None)])
        tx.append_log([_entry(1, {"pub", "u:a"})])
    with db.write() as tx:
        tx.put_records([(_record("r1", {"u:c"}), frozenset({"pub", "u:a"}))])  # reassigned
        tx.collect(10, tombstones_before_ms=0, mutations_before_ms=0, now_ms=0)  # the log is gone
        found = tx.keys_ever([("offer", "r1"), ("offer", "r2"), ("offer", "never"), ("guide", "r1")])
    assert found == {("offer", "r1"): frozenset({"pub", "u:a", "u:c"}), ("offer", "r2"): frozenset({"u:b"}),
                     ("offer", "never"): frozenset(), ("guide", "r1"): frozenset()}
