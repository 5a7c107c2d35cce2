"""A device behind the garbage-collection horizon (or holding a cursor from another server) gets ``reset``:
it drops its replicated data, keeps its outbox and quarantine, pulls a snapshot, then pushes its edits."""

from __future__ import annotations

from pathlib import Path

from app.sync.engine import SyncEngine
from tests.sync.harness import Server, assert_converged, offer


async def test_reset_after_a_month_away_keeps_the_unsent_edits(device, server):
    away, active = device("away"), device("active")
    await away.login("klaus")
    await active.login("vera")
    gone = active.replica.create("offer", offer("wird gelöscht"))
    await active.sync()
    await away.sync()
    assert away.replica.get("offer", gone) is not None
    active.replica.delete("offer", gone)
    kept = active.replica.create("offer", offer("bleibt"))
    await active.sync()

    server.clock.advance(days=40)
    await active.sync()  # the active device holds the horizon only where it is itself
    gc = server.service.collect_garbage()
    assert gc.horizon > 0
    mine = away.replica.create("offer", offer("offline geschrieben"))  # unsent, in the outbox

    report = await away.engine.pull()  # pull first, so the reset meets a full outbox

    assert report.reset
    assert away.replica.outbox_count() == 1
    assert away.replica.get("offer", mine)["title"] == "offline geschrieben"  # still visible after the reset
    assert away.replica.get("offer", gone) is None  # the tombstone it never saw did not bring the record back
    assert away.replica.get("offer", kept) is not None

    report = await away.sync()
    assert report.accepted == 1 and report.pending == 0
    await active.sync()
    assert active.replica.get("offer", mine)["title"] == "offline geschrieben"
    assert_converged(away, "klaus")
    assert_converged(active, "vera")


async def test_a_cursor_from_another_server_database_answers_reset(device, server, tmp_path: Path):
    d = device("moved")
    await d.login("klaus")
    await d.sync()
    old_cursor = d.replica.cursor()
    other = Server(tmp_path / "other-server.db")
    try:
        other.add_account("klaus", ["volunteer"])
        engine = SyncEngine(d.replica, other.transport())
        await engine.login("klaus", "geheim-passwort-123")  # the same person, a new server
        mine = d.replica.create("offer", offer("auf dem neuen Server"))
        report = await engine.pull()
        assert report.reset and d.replica.cursor() not in (None, old_cursor)
        assert d.replica.get("offer", mine) is not None and d.replica.outbox_count() == 1
        await engine.sync()
        assert other.record("offer", mine)["title"] == "auf dem neuen Server"
    finally:
        other.close()
