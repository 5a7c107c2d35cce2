"""Tombstone garbage collection: below every active device's cursor and older than the retention period."""

from __future__ import annotations

import sqlite3

from core.protocol import REJECTED
from tests.server.support import offer


def _rows(settings, sql):
    with sqlite3.connect(settings.db_path) as conn:
        return conn.execute(sql).fetchall()


def test_reset_after_gc_horizon(device, service, clock):
    vera, sleeper = device("vera"), device("lena")
    keep, m1 = vera.create("offer", offer("vera", title="bleibt"))
    drop, m2 = vera.create("offer", offer("vera", title="wird gelöscht"))
    vera.push(m1, m2)
    sleeper.sync_down()
    vera.sync_down()
    clock.advance(days=1)
    vera.push(vera.mutation("offer", drop, {"_deleted": True}))
    vera.push(vera.mutation("offer", keep, {"title": "bleibt, geändert"}))
    vera.sync_down()

    clock.advance(days=40)  # the sleeper's phone stayed in a drawer
    vera.pull()  # the active device keeps pulling
    report = service.collect_garbage()
    assert report.horizon > 0 and report.records == 1

    page = sleeper.pull()
    assert page["reset"] is True
    sleeper.sync_down()  # after the reset: a snapshot
    assert sleeper.ids("offer") == {keep}
    assert sleeper.get("offer", keep)["title"] == "bleibt, geändert"


def test_gc_keeps_what_active_devices_still_need(device, service, clock):
    vera, behind = device("vera"), device("lena")
    behind.sync_down()
    early_cursor = behind.cursor
    rid, m = vera.create("offer", offer("vera"))
    vera.push(m)
    vera.push(vera.mutation("offer", rid, {"_deleted": True}))
    clock.advance(days=20)
    behind.cursor = early_cursor
    behind.pull(max_bytes=1024)  # active, but its stored cursor is still before the deletion
    behind.cursor = early_cursor  # (and it did not keep that page)
    clock.advance(days=15)  # the deletion is older than 30 days; the device was seen 15 days ago
    report = service.collect_garbage()
    assert report.records == 0
    page = behind.pull()
    assert page["reset"] is False
    assert any(d["id"] == rid and d["f"].get("_deleted") for d in page["changes"])


def test_gc_never_removes_recent_tombstones(device, service, clock):
    vera = device("vera")
    rid, m = vera.create("offer", offer("vera"))
    vera.push(m)
    vera.push(vera.mutation("offer", rid, {"_deleted": True}))
    vera.sync_down()
    clock.advance(days=29)
    assert service.collect_garbage().records == 0
    clock.advance(days=2)
    vera.pull()
    assert service.collect_garbage().records == 1


def test_gc_removes_tombstones_and_log_but_keeps_live_records(device, service, settings, clock):
    vera = device("vera")
    live, m1 = vera.create("offer", offer("vera", title="lebt"))
    dead, m2 = vera.create("offer", offer("vera", title="tot"))
    vera.push(m1, m2)
    vera.push(vera.mutation("offer", dead, {"_deleted": True}))
    vera.sync_down()
    clock.advance(days=31)
    vera.pull()
    report = service.collect_garbage()
    assert report.records == 1 and report.log_entries >= 3
    ids = {r[0] for r in _rows(settings, "SELECT id FROM records WHERE entity = 'offer'")}
    assert ids == {live}
    assert _rows(settings, f"SELECT count(*) FROM record_scope WHERE id = '{dead}'") == [(0,)]
    newcomer = device(None)
    newcomer.sync_down()
    assert newcomer.ids("offer") == {live}


def test_deleted_record_does_not_come_back_after_gc(device, service, clock):
    vera, offline = device("vera"), device("vera")
    rid, m = vera.create("offer", offer("vera"))
    vera.push(m)
    offline.sync_down()
    stale_edit = offline.mutation("offer", rid, {"title": "offline bearbeitet"})
    vera.sync_down()
    vera.push(vera.mutation("offer", rid, {"_deleted": True}))
    clock.advance(days=45)
    vera.pull()
    vera.pull()  # acknowledges the cursor past the deletion
    assert service.collect_garbage().records == 1
    result = offline.push_one(stale_edit)  # the edit arrives after the tombstone was collected
    assert result["status"] == REJECTED
    assert result["current"] is None  # the client drops its copy
    newcomer = device(None)
    newcomer.sync_down()
    assert rid not in newcomer.ids()


def test_gc_horizon_never_moves_back(device, service, clock):
    vera = device("vera")
    vera.push(vera.create("offer", offer("vera"))[1])
    vera.sync_down()
    clock.advance(days=31)
    vera.pull()
    first = service.collect_garbage()
    assert first.horizon > 0
    stale = device("lena")  # a device with an old cursor becomes active again
    stale.pull()
    second = service.collect_garbage()
    assert second.horizon >= first.horizon and second.previous_horizon == first.horizon


def test_gc_also_expires_old_mutation_results_and_tokens(device, service, settings, clock):
    vera = device("vera")
    vera.push(vera.create("offer", offer("vera"))[1])
    clock.advance(days=181)
    report = service.collect_garbage()
    assert report.mutations == 1
    assert report.tokens >= 2
    assert _rows(settings, "SELECT count(*) FROM tokens WHERE username = 'vera'") == [(0,)]
