"""A device whose clock is days ahead cannot win every later edit; large outboxes go in bounded batches and
large pulls in bounded pages."""

from __future__ import annotations

from tests.sync.harness import assert_converged, offer

DAY_MS = 24 * 60 * 60 * 1000


async def test_a_device_clock_days_ahead_is_re_stamped_and_later_edits_still_win(device, server):
    skewed = device("skewed", wall_ms=lambda: server.clock.wall_ms() + 3 * DAY_MS)
    normal = device("normal")
    await skewed.login("klaus")
    await normal.login("corinna")  # a coordinator of the town may edit the offer too
    oid = skewed.replica.create("offer", offer("Zeitreise"))
    report = await skewed.sync()
    assert report.accepted == 1
    stamped = skewed.replica.versions("offer", oid)["title"]
    assert stamped == server.record_versions("offer", oid)["title"]  # the client adopted the server's stamp
    assert int(stamped[:15]) < server.clock.wall_ms() + 60_000

    await normal.sync()
    server.clock.advance(seconds=60)
    normal.replica.update("offer", oid, {"title": "korrigiert"})
    await normal.sync()
    await skewed.sync()
    assert server.record("offer", oid)["title"] == "korrigiert"
    assert skewed.replica.get("offer", oid)["title"] == "korrigiert"
    assert_converged(skewed, "klaus")
    assert_converged(normal, "corinna")


async def test_a_large_outbox_goes_in_batches_and_a_large_pull_in_pages(device, server):
    writer = device("writer")
    reader = device("reader", pull_max_bytes=16 * 1024)
    await writer.login("klaus")
    await reader.login("vera")
    writer.replica.create_many("offer", [offer(f"Angebot {i}") for i in range(1200)])

    report = await writer.sync()
    pushes = [d for d in writer.transport.log if d.path.endswith("/push")]
    assert report.pushed == report.accepted == 1200
    assert len(pushes) == 3  # 500 + 500 + 200

    report = await reader.sync()
    assert report.pulled >= 1200
    assert report.pages > 10
    assert_converged(reader, "vera")
    assert_converged(writer, "klaus")


async def test_a_push_batch_also_stays_under_the_byte_bound(device, server):
    writer = device("writer")
    writer.engine.push_max_bytes = 8 * 1024
    await writer.login("klaus")
    writer.replica.create_many("offer", [offer(f"Angebot {i}", description="Lange Beschreibung " * 20)
                                         for i in range(40)])

    report = await writer.sync()
    pushes = [d for d in writer.transport.log if d.path.endswith("/push")]
    assert report.pushed == report.accepted == 40
    assert len(pushes) > 2
    assert writer.replica.outbox_count() == 0
    assert_converged(writer, "klaus")
