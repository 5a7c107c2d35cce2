"""Push batches overlap the local work and the network with the server's, without changing what is sent or what
the server keeps: the next batch goes out before the answer to the one before when no timestamp can be re-stamped
(the server applies it only after that one), else before an all-accepted answer is stored, but after an answer that
re-stamps or rejects (which rewrites the outbox)."""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

import pytest

from app.sync.errors import SyncError
from tests.sync.faults import DELAY, LOST_REQUEST
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


def push_events(dev, *, arrive_in_order: bool = False) -> list[tuple[str, int, Any]]:
    """("send", outbox size, the request's ``after``) and ("answer", outbox size, HTTP status) of every push.

    ``arrive_in_order``: a batch sent ahead reaches the server only once the one before it was answered there (else
    the two requests race to the server, and one overtaking the other is refused for that reason)."""
    events: list[tuple[str, int, Any]] = []
    inner = dev.transport.request
    answered: list[asyncio.Event] = []

    async def request(method, path, **kwargs):
        if not path.endswith("/push"):
            return await inner(method, path, **kwargs)
        content = kwargs["json"].content
        body = json.loads(gzip.decompress(content) if content[:2] == b"\x1f\x8b" else content)
        events.append(("send", dev.replica.outbox_count(), body.get("after")))
        before = answered[-1] if answered else None
        answered.append(done := asyncio.Event())
        if arrive_in_order and before is not None and body.get("after") is not None:
            await before.wait()
        try:
            response = await inner(method, path, **kwargs)
        finally:
            done.set()
        events.append(("answer", dev.replica.outbox_count(), response.status))
        return response

    dev.transport.request = request
    return events


async def test_the_next_batch_goes_out_before_an_all_accepted_answer_is_stored(device, server):
    writer = device("writer", push_batch=2)
    await writer.login("klaus")
    # no batch sent ahead of an answer (after the first answer the server's time is known, and a batch sent ahead
    # may reach the server first, be refused and go again): this is about the pipeline without it
    writer.engine.send_ahead = False
    writer.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(6)])
    sizes = outbox_when_pushing(writer)

    report = await writer.sync()

    assert report.pushed == report.accepted == 6
    assert sizes == [6, 6, 4]  # batches 2 and 3 left while the answer before them was not stored yet
    assert writer.replica.outbox_count() == 0
    assert_converged(writer, "klaus")


async def test_with_the_server_time_known_the_next_batch_leaves_before_the_answer_to_the_one_before(device, server):
    writer = device("writer", push_batch=2)
    await writer.login("klaus")
    await writer.sync()  # learns the server's time
    writer.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(6)])
    mids = [m["id"] for m in writer.replica.pending_mutations()]
    events = push_events(writer)

    report = await writer.sync()

    assert report.pushed == report.accepted == 6
    # the second left before the first answer was stored (the outbox still held all six; the in-process server
    # may even have answered the first before the second's send is recorded here)
    assert [e for e in events if e[0] == "send"][:2] == [("send", 6, None), ("send", 6, mids[1])]
    assert {e[2] for e in events if e[0] == "send"} <= {None, mids[1], mids[3]}  # naming the one before it
    # (the server may take up the second request first: it refuses it then, 409, and it is sent again in order)
    assert {e[2] for e in events if e[0] == "answer"} <= {200, 409}
    assert writer.replica.outbox_count() == 0
    assert_converged(writer, "klaus")


async def test_a_batch_that_overtakes_the_one_before_is_refused_and_sent_again_in_order(device, server):
    writer = device("writer", push_batch=2)
    await writer.login("klaus")
    await writer.sync()
    ids = writer.replica.create_many("offer", [offer("Erstes"), offer("Zweites")])
    for i, oid in enumerate(ids):  # the second batch edits what the first creates: order matters
        writer.replica.update("offer", oid, {"title": f"Geändert {i}"})
    writer.transport.fail_next(DELAY, path_contains="/push")  # the first batch arrives after the second
    events = push_events(writer)

    report = await writer.sync()

    assert ("answer", 4, 409) in events  # the second batch came first and was refused, nothing of it applied
    assert report.pushed == report.accepted == 4 and report.rejected == 0
    assert [server.record("offer", i)["title"] for i in ids] == ["Geändert 0", "Geändert 1"]
    assert writer.replica.quarantine() == []
    assert_converged(writer, "klaus")


async def test_a_batch_sent_ahead_on_a_wrong_guess_of_the_server_time_is_refused_and_no_false_conflict(
        device, server):
    minute = 60 * 1000
    early = device("early", wall_ms=lambda: server.clock.wall_ms() + 4.9 * minute)  # drags the server's clock
    await early.login("vera")
    early.replica.create("offer", offer("Frühaufsteher"))
    await early.sync()
    skewed = device("skewed", push_batch=1, wall_ms=lambda: server.clock.wall_ms() + 5.3 * minute)
    await skewed.login("klaus")
    await skewed.sync()  # the server's time it learns is its clock's, 4.9 minutes ahead: 0.4 minutes behind its own
    oid = skewed.replica.create("offer", offer("Zeitreise"))
    skewed.replica.update("offer", oid, {"title": "Zeitreise, korrigiert"})
    events = push_events(skewed, arrive_in_order=True)  # the guard under test, not a request overtaking another

    report = await skewed.sync()

    # the edit went ahead of the create's answer, reached the server after the create was applied (re-stamped) and
    # was refused, then sent again in order once that answer was stored
    assert len([e for e in events if e[0] == "send" and e[2] is not None]) == 1
    assert sorted(status for kind, _size, status in events[:4] if kind == "answer") == [200, 409]
    assert events[4:] == [("send", 1, None), ("answer", 1, 200)]
    assert report.pushed == report.accepted == 2 and report.conflicts == 0
    assert server.conflicts() == []
    assert server.record("offer", oid)["title"] == "Zeitreise, korrigiert"
    assert_converged(skewed, "klaus")


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
