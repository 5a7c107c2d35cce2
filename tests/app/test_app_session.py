"""AppSession: visitor replica, login to one's own replica, edits that sync by themselves, logout."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.sync.errors import SyncError
from tests.app.session_support import make_session
from tests.async_support import wait_for
from tests.sync.harness import PASSWORD, Server


async def test_visitor_gets_a_private_replica_that_is_removed_on_close(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    assert session.is_visitor and session.replica is not None
    visitor_files = list((tmp_path / "app-data" / "visitors").glob("*.db"))
    assert len(visitor_files) == 1
    await session.close()
    assert not list((tmp_path / "app-data" / "visitors").glob("*.db"))


async def test_login_switches_to_own_replica_and_edits_reach_the_server(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    account = await session.login("vera", PASSWORD)
    assert account["username"] == "vera" and session.username == "vera"
    assert (tmp_path / "app-data" / "users" / "vera" / "replica.db").exists()
    assert session.replica is not None
    offer_id = session.replica.create("offer", {"area": "wissen", "direction": "biete", "title": "Smartphone-Hilfe",
                                                "municipality": "arnsberg", "status": "active"})
    session.edited()
    await wait_for(lambda: server.record("offer", offer_id) is not None)
    assert server.record("offer", offer_id)["title"] == "Smartphone-Hilfe"
    await session.close()


async def test_wrong_password_keeps_the_visitor_session(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    with pytest.raises(SyncError) as info:
        await session.login("vera", "falsch")
    assert info.value.message_de
    assert session.is_visitor and session.replica is not None
    await session.close()


async def test_logout_returns_to_visitor_and_a_remembered_login_reopens(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("lena", PASSWORD)
    await session.close()
    again = make_session(tmp_path, server)
    await again.start(username="lena")
    assert again.username == "lena"
    await again.logout()
    assert again.is_visitor
    await again.close()
