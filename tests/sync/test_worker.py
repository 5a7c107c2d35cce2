"""SyncWorker on a virtual clock: when it syncs (start, edits, reconnect, periodically, on demand), how it backs
off, and what its status says. The engine, replica and server are real; only time and the network are faked."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time

import pytest

from app.sync.errors import SyncError
from app.sync.worker import SyncStatus, SyncWorker
from tests.sync.harness import offer


class VirtualTime:
    """clock() and sleep() for the worker; advance() moves time and wakes the sleepers that are due."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self.requested: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.requested.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), future))
        await future

    async def advance(self, seconds: float, worker: SyncWorker) -> None:
        target = self.now + seconds
        while self._sleepers and self._sleepers[0][0] <= target:
            due, _n, future = heapq.heappop(self._sleepers)
            if future.cancelled():
                continue
            self.now = due
            future.set_result(None)
            await settle(worker)
        self.now = target
        await settle(worker)


async def settle(worker: SyncWorker, timeout: float = 10.0) -> None:
    """Let the worker run until it waits again (the in-process server answers on real threads)."""
    deadline = time.monotonic() + timeout
    await asyncio.sleep(0)
    while not worker.idle:
        if time.monotonic() > deadline:
            raise AssertionError("the sync worker did not come to rest")
        await asyncio.sleep(0.002)
    for _ in range(3):  # let the injected sleep() start, so advance() can find it
        await asyncio.sleep(0)


@pytest.fixture
def vt() -> VirtualTime:
    return VirtualTime()


async def _worker(device, vt: VirtualTime, name: str = "klaus", **kwargs) -> tuple[object, SyncWorker]:
    d = device(f"{name}-phone")
    await d.login(name)
    kwargs.setdefault("random", lambda: 0.5)
    w = SyncWorker(d.engine, interval_s=300, debounce_s=2, max_debounce_s=20, backoff_base_s=2,
                   backoff_max_s=600, sleep=vt.sleep, clock=vt.clock, **kwargs)
    return d, w


async def test_syncs_on_start_then_periodically(device, server, vt):
    d, w = await _worker(device, vt)
    w.start()
    await settle(w)
    assert w.attempts == 1 and w.status.online is True and w.status.last_success
    await vt.advance(299, w)
    assert w.attempts == 1
    await vt.advance(2, w)
    assert w.attempts == 2
    await w.stop()


async def test_local_edits_are_debounced_but_not_forever(device, server, vt):
    d, w = await _worker(device, vt)
    w.start()
    await settle(w)
    oid = d.replica.create("offer", offer())
    w.notify_local_edit()
    await settle(w)
    assert w.status.pending == 1
    await vt.advance(1.5, w)
    assert w.attempts == 1  # still typing?
    await vt.advance(1, w)
    assert w.attempts == 2 and w.status.pending == 0
    assert server.record("offer", oid) is not None

    for i in range(30):  # an edit every second for 30 s: at most 20 s until it syncs
        d.replica.update("offer", oid, {"title": f"Titel {i}"})
        w.notify_local_edit()
        await vt.advance(1, w)
        if w.attempts > 2:
            break
    assert w.attempts == 3 and 18 <= i <= 20
    await w.stop()


async def test_backs_off_exponentially_with_jitter_while_the_server_is_unreachable(device, server, vt):
    draws = itertools.chain([0.0, 1.0, 0.5], itertools.repeat(0.0))
    d, w = await _worker(device, vt, random=lambda: next(draws))
    d.transport.offline = True
    w.start()
    await settle(w)
    assert w.status.online is False and w.status.failures == 1
    assert w.status.last_error_de == "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert."
    delays = [w.status.next_attempt_in]
    for _ in range(3):
        await vt.advance(delays[-1], w)
        delays.append(w.status.next_attempt_in)
    # ceilings 2, 4, 8, 16 s; half fixed, half random (draws 0, 1, 0.5, 0)
    assert delays == [1.0, 4.0, 6.0, 8.0]
    for _ in range(12):
        await vt.advance(w.status.next_attempt_in, w)
    assert w.status.next_attempt_in == 300.0  # the ceiling is capped at 600 s: 300 fixed + 0 random

    d.transport.offline = False
    d.replica.create("offer", offer())
    w.set_online(True)  # the platform says: connectivity is back
    await settle(w)
    assert w.status.online is True and w.status.failures == 0 and w.status.pending == 0
    assert w.status.last_error_de is None
    await w.stop()


async def test_known_offline_pauses_automatic_attempts_until_reconnect(device, server, vt):
    d, w = await _worker(device, vt)
    w.start()
    await settle(w)
    w.set_online(False)
    d.replica.create("offer", offer())
    w.notify_local_edit()
    await vt.advance(3600, w)
    assert w.attempts == 1 and w.status.pending == 1 and w.status.next_attempt_in is None
    w.set_online(True)
    await settle(w)
    assert w.attempts == 2 and w.status.pending == 0
    await w.stop()


async def test_sync_now_returns_the_report_or_raises_the_error(device, server, vt):
    d, w = await _worker(device, vt)
    w.start()
    await settle(w)
    d.replica.create("offer", offer())
    report = await w.sync_now()
    assert report.accepted == 1
    d.transport.offline = True
    with pytest.raises(SyncError) as info:
        await w.sync_now()
    assert info.value.code == "offline"
    d.transport.offline = False
    report = await w.sync_now()  # the button ignores the backoff
    assert report.pending == 0
    await w.stop()


async def test_a_needed_login_stops_automatic_attempts(device, server, vt):
    d, w = await _worker(device, vt)
    w.start()
    await settle(w)
    server.service.revoke(None, refresh_token=d.replica.get_meta("sync.refresh_token"))
    d.replica.create("offer", offer())
    w.notify_local_edit()
    await vt.advance(3, w)
    assert w.status.needs_login and "melden Sie sich" in w.status.last_error_de
    attempts = w.attempts
    await vt.advance(3600, w)
    assert w.attempts == attempts and w.status.pending == 1
    await d.engine.login("klaus", "geheim-passwort-123")
    report = await w.sync_now()
    assert report.accepted == 1 and not w.status.needs_login
    await w.stop()


async def test_listeners_see_syncing_and_the_counts(device, server, vt):
    seen: list[SyncStatus] = []
    d, w = await _worker(device, vt)
    unsubscribe = w.add_listener(seen.append)
    w.start()
    await settle(w)
    assert any(s.syncing for s in seen) and not seen[-1].syncing
    d.replica.create("offer", offer())
    w.notify_local_edit()
    assert seen[-1].pending == 1
    unsubscribe()
    count = len(seen)
    await vt.advance(3, w)
    assert len(seen) == count
    assert w.status.pending == 0
    await w.stop()
    assert not w.running
