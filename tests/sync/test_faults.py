"""A flaky network (the only fake): lost requests, answers lost after the server committed, duplicated and
replayed pushes, a crash inside a local transaction. Nothing is lost, nothing is duplicated, all converge."""

from __future__ import annotations

import sqlite3

import pytest

from app.sync.errors import SyncError
from tests.sync.faults import BAD_GATEWAY, DUPLICATE, LOST_REQUEST, LOST_RESPONSE, REPLAY_LATER
from tests.sync.harness import assert_converged, offer


async def _pair(device):
    a, b = device("a"), device("b")
    await a.login("klaus")
    await b.login("vera")
    return a, b


@pytest.mark.parametrize("fault", [LOST_REQUEST, LOST_RESPONSE])
async def test_a_push_without_answer_is_repeated_at_once_and_applied_once(device, server, fault):
    a, _b = await _pair(device)
    oid = a.replica.create("offer", offer("Vorlesen im Seniorenheim"))
    a.transport.fail_next(fault, path_contains="/push")
    report = await a.sync()
    pushes = [(d.fault, d.reached_server) for d in a.transport.log if d.path.endswith("/push")]
    assert pushes == [(fault, fault == LOST_RESPONSE), (None, True)]
    assert (report.accepted, report.pending) == (1, 0)
    assert [o["id"] for o in server.all_values("offer")] == [oid] and server.conflicts() == []
    assert_converged(a, "klaus")


@pytest.mark.parametrize("fault", [LOST_REQUEST, LOST_RESPONSE])
async def test_a_push_that_got_no_answer_is_sent_again_and_applied_once(device, server, fault):
    a, b = await _pair(device)
    oid = a.replica.create("offer", offer("Vorlesen im Seniorenheim"))
    a.transport.fail_next(fault, path_contains="/push", times=2)  # the repeat is lost too: the sync gives up
    with pytest.raises(SyncError) as info:
        await a.sync()
    assert info.value.code == "offline" and info.value.retryable
    assert a.replica.outbox_count() == 1  # kept until the server answered
    assert (server.record("offer", oid) is not None) == (fault == LOST_RESPONSE)

    report = await a.sync()
    await b.sync()
    assert (report.pushed, report.accepted, report.pending) == (1, 1, 0)
    assert [o["id"] for o in server.all_values("offer")] == [oid]
    assert server.conflicts() == []
    assert_converged(a, "klaus")
    assert_converged(b, "vera")


async def test_a_duplicated_push_changes_nothing_the_second_time(device, server):
    a, b = await _pair(device)
    oid = a.replica.create("offer", offer())
    a.replica.update("offer", oid, {"title": "Smartphone-Sprechstunde"})
    a.transport.fail_next(DUPLICATE, path_contains="/push")
    report = await a.sync()
    await b.sync()
    assert report.accepted == 2 and server.conflicts() == []
    assert b.replica.get("offer", oid)["title"] == "Smartphone-Sprechstunde"
    assert_converged(a, "klaus")
    assert_converged(b, "vera")


async def test_a_stale_copy_of_an_old_push_arriving_late_does_not_undo_newer_edits(device, server):
    a, b = await _pair(device)
    oid = a.replica.create("offer", offer("alt"))
    a.transport.fail_next(REPLAY_LATER, path_contains="/push")
    await a.sync()
    server.clock.advance(seconds=5)
    a.replica.update("offer", oid, {"title": "neu"})
    await a.sync()  # the stale copy of the first push arrives before this one
    await b.sync()
    assert server.record("offer", oid)["title"] == "neu"
    assert b.replica.get("offer", oid)["title"] == "neu"
    assert_converged(a, "klaus")


async def test_a_pull_interrupted_between_pages_resumes_at_the_stored_cursor(device, server):
    a = device("a")
    b = device("b", pull_max_bytes=1024)
    await a.login("klaus")
    await b.login("vera")
    a.replica.create_many("offer", [offer(f"Angebot {i}", description="x" * 300) for i in range(40)])
    await a.sync()
    b.transport.fail_next(LOST_RESPONSE, path_contains="/pull", after=3, times=2)  # the 4th page, and its repeat
    with pytest.raises(SyncError):
        await b.sync()
    applied = len(b.replica.all_records("offer"))
    cursor = b.replica.cursor()
    assert 0 < applied < 40 and cursor

    b.transport.log.clear()
    report = await b.sync()

    first_pull = next(d for d in b.transport.log if d.path.endswith("/pull"))
    assert first_pull.params.get("cursor") == cursor  # resumed, not started over
    assert report.pulled >= 40 - applied
    assert len(b.replica.all_records("offer")) == 40
    assert_converged(b, "vera")


async def test_a_crash_inside_the_local_apply_rolls_back_and_the_next_sync_repairs_it(device, server):
    a, b = await _pair(device)
    a.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(10)])
    await a.sync()
    # a failure in the middle of apply_pull's transaction, after the records were written: storing the cursor
    b.replica.db.conn.execute(
        "CREATE TEMP TRIGGER crash BEFORE INSERT ON meta WHEN NEW.key = 'cursor' "
        "BEGIN SELECT RAISE(ABORT, 'simulated crash while storing the cursor'); END")
    with pytest.raises(SyncError) as info:
        await b.sync()
    assert info.value.code == "local" and isinstance(info.value.__cause__, sqlite3.Error)
    assert b.replica.all_records("offer") == []  # rolled back as a whole
    b.reopen()  # as after the app was killed
    await b.sync()
    assert len(b.replica.all_records("offer")) == 10
    assert_converged(b, "vera")


async def test_a_proxy_error_is_a_retryable_server_problem(device, server):
    a, _b = await _pair(device)
    a.transport.fail_next(BAD_GATEWAY)
    with pytest.raises(SyncError) as info:
        await a.sync()
    assert info.value.code == "server_error" and info.value.retryable
    assert "Ihre Änderungen bleiben gespeichert" in info.value.message_de


async def test_offline_keeps_every_edit_and_says_so_in_german(device, server):
    a, _b = await _pair(device)
    oid = a.replica.create("offer", offer())
    a.transport.offline = True
    with pytest.raises(SyncError) as info:
        await a.sync()
    assert info.value.message_de == "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert."
    assert a.replica.outbox_count() == 1 and a.replica.get("offer", oid) is not None
    a.transport.offline = False
    assert (await a.sync()).accepted == 1
