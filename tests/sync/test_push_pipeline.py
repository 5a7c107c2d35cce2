"""Push batches overlap the local work with the server's, without changing what is sent or what the server keeps:
the next batch goes out before an all-accepted answer is stored, but after an answer that re-stamps or rejects
(which rewrites the outbox)."""

from __future__ import annotations

import pytest

from app.sync.errors import SyncError
from tests.sync.faults import LOST_REQUEST
from tests.sync.harness import assert_converged, offer

DAY_MS = 24 * 60 * 60 * 1000


def outbox_when_pushing(dev) -> list[int]:
    """Record the outbox size each time a push request leaves ``dev``."""
    sizes: list[int] = []
    inner = dev.transport.request

    async def request(method, path, **kwargs):
        if path.endswith("/push"):
            sizes.append(dev.replica.outbox_count())
        return await inner(method, path, **kwargs)

    dev.transport.request = request
    return sizes


async def test_the_next_batch_goes_out_before_an_all_accepted_answer_is_stored(device, server):
    writer = device("writer", push_batch=2)
    await writer.login("klaus")
    writer.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(6)])
    sizes = outbox_when_pushing(writer)

    report = await writer.sync()

    assert report.pushed == report.accepted == 6
    assert sizes == [6, 6, 4]  # batches 2 and 3 left while the answer before them was not stored yet
    assert writer.replica.outbox_count() == 0
    assert_converged(writer, "klaus")


async def test_after_a_re_stamping_answer_the_next_batch_is_read_again_so_no_false_conflict(device, server):
    skewed = device("skewed", push_batch=1, wall_ms=lambda: server.clock.wall_ms() + 3 * DAY_MS)
    await skewed.login("klaus")
    oid = skewed.replica.create("offer", offer("Zeitreise"))
    skewed.replica.update("offer", oid, {"title": "Zeitreise, korrigiert"})
    sizes = outbox_when_pushing(skewed)

    report = await skewed.sync()

    assert report.pushed == report.accepted == 2 and report.conflicts == 0
    assert sizes == [2, 1]  # the second batch waited for the first answer to be stored (it re-stamped)
    assert server.conflicts() == []  # the edit's base was the re-stamped create, not a stranger's value
    assert server.record("offer", oid)["title"] == "Zeitreise, korrigiert"
    assert_converged(skewed, "klaus")


async def test_an_edit_of_a_record_re_stamped_earlier_in_the_same_batch_is_no_false_conflict(device, server):
    skewed = device("skewed", wall_ms=lambda: server.clock.wall_ms() + 3 * DAY_MS)
    await skewed.login("klaus")
    oid = skewed.replica.create("offer", offer("Zeitreise"))
    skewed.replica.update("offer", oid, {"title": "Zeitreise, korrigiert"})
    skewed.replica.update("offer", oid, {"title": "Zeitreise, nochmals korrigiert", "hours": 3})

    report = await skewed.sync()

    assert report.pushed == report.accepted == 3 and report.conflicts == 0  # one batch, each edit re-stamped
    assert server.conflicts() == []  # each edit's base was the device's own earlier (re-stamped) write
    assert server.record("offer", oid)["title"] == "Zeitreise, nochmals korrigiert"
    assert_converged(skewed, "klaus")


async def test_a_batch_lost_on_its_way_while_the_one_before_is_stored_is_sent_again(device, server):
    writer = device("writer", push_batch=2)
    await writer.login("klaus")
    ids = writer.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(4)])
    writer.transport.fail_next(LOST_REQUEST, path_contains="/push", after=1, times=2)  # the retry is lost too

    with pytest.raises(SyncError) as failed:
        await writer.sync()

    assert failed.value.code == "offline"
    assert writer.replica.outbox_count() == 2  # the first batch was stored as answered, the second waits
    report = await writer.sync()
    assert report.pushed == report.accepted == 2
    assert [server.record("offer", i)["title"] for i in ids] == [f"Angebot {i}" for i in range(4)]
    assert_converged(writer, "klaus")
