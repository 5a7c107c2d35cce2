"""AppSession additions for the page wiring: pausing while a browser tab is away, remembered logins that only the
device holding the key can reopen, and changing the sync server (real server in process)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.services.app_session import ServerChangeRefused, normalise_server_url
from tests.app.session_support import make_session
from tests.async_support import wait_for
from tests.sync.harness import PASSWORD, Server


def offer(title: str) -> dict:
    return {"area": "wissen", "direction": "biete", "title": title, "municipality": "arnsberg", "status": "active"}


async def test_a_suspended_session_keeps_edits_and_sends_them_after_resume(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("vera", PASSWORD)
    await session.worker.sync_now()
    await session.suspend()  # the browser tab went away
    assert not session.worker.running
    offer_id = session.replica.create("offer", offer("Vorlesen"))
    session.edited()
    await asyncio.sleep(0.2)
    assert server.record("offer", offer_id) is None  # nothing is sent while suspended
    session.resume()  # the tab is back
    await wait_for(lambda: server.record("offer", offer_id) is not None)
    await session.close()


async def test_remembered_login_needs_its_key_and_logout_forgets_every_key(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    assert session.remember_login() is None  # a visitor has nothing to remember
    await session.login("vera", PASSWORD)
    key = session.remember_login()
    other_key = session.remember_login()  # a second browser of the same person
    assert key and other_key and key != other_key
    await session.close()

    for wrong in ("", "nope", key[:-1]):
        s = make_session(tmp_path, server)
        await s.start(username="vera", resume_key=wrong)
        assert s.is_visitor, wrong
        await s.close()
    for right in (key, other_key):
        s = make_session(tmp_path, server)
        await s.start(username="vera", resume_key=right)
        assert s.username == "vera"
        await s.close()

    s = make_session(tmp_path, server)
    await s.start(username="vera", resume_key=key)
    await s.logout()
    await s.close()
    again = make_session(tmp_path, server)
    await again.start(username="vera", resume_key=other_key)
    assert again.is_visitor  # logging out anywhere ends every remembered login of this replica
    await again.close()


async def test_server_address_change_restarts_a_visitor_and_waits_for_logout(tmp_path: Path, server: Server) -> None:
    urls: list[str] = []
    session = make_session(tmp_path, server, urls)
    await session.start()
    old_replica = session.replica
    assert await session.set_server_url("https://sync.menden.example/") == "https://sync.menden.example"
    assert session.server_url == "https://sync.menden.example" and urls[-1] == "https://sync.menden.example"
    assert session.replica is not None and session.replica is not old_replica  # public data starts afresh
    await session.login("vera", PASSWORD)
    with pytest.raises(ServerChangeRefused):
        await session.set_server_url("https://sync.arnsberg.example")
    assert session.server_url == "https://sync.menden.example"
    await session.close()


@pytest.mark.parametrize("bad", ["", "sync.example.org", "ftp://x.example", "https://", "http://x.example:0x1",
                                 "https://a b.example", "https://x.example/?a=1", "https://x.example/#top"])
def test_unusable_server_addresses_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        normalise_server_url(bad)


def test_server_addresses_are_normalised() -> None:
    assert normalise_server_url("  http://127.0.0.1:8787/ ") == "http://127.0.0.1:8787"
    assert normalise_server_url("https://sync.example.org/ehrenamt/") == "https://sync.example.org/ehrenamt"
