"""The device's network state: offline, the session's worker stops trying and says so (also for the worker of a
later login); back online, it sends what waits at once. Real server in process."""

from __future__ import annotations

import asyncio
from pathlib import Path

import flet as ft

from app.ui.connectivity import is_online
from tests.app.session_support import make_session
from tests.async_support import wait_for
from tests.sync.harness import PASSWORD, Server


def offer(title: str) -> dict:
    return {"area": "wissen", "direction": "biete", "title": title, "municipality": "arnsberg", "status": "active"}


def test_only_an_explicit_none_means_offline() -> None:
    kind = ft.ConnectivityType
    assert not is_online([kind.NONE])
    assert is_online([kind.WIFI]) and is_online([kind.MOBILE, kind.VPN]) and is_online([kind.NONE, kind.ETHERNET])
    assert is_online([]) and is_online(["wifi"]) and not is_online(["none"])  # raw values from the platform


async def test_offline_keeps_the_edit_and_online_sends_it_at_once(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    session.set_online(False)  # the platform may answer before the session has opened
    await session.start()
    await session.login("vera", PASSWORD)  # a new replica and worker: still offline
    offer_id = session.replica.create("offer", offer("Handy-Sprechstunde"))
    session.edited()
    await wait_for(lambda: session.status.online is False)
    await asyncio.sleep(0.2)  # far past the debounce: nothing was tried
    assert server.record("offer", offer_id) is None and session.replica.outbox_count() == 1
    session.set_online(True)
    await wait_for(lambda: server.record("offer", offer_id) is not None)  # the hourly interval did not wait
    await wait_for(lambda: session.status.online is True and session.replica.outbox_count() == 0)
    await session.close()
