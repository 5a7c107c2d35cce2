"""The care lock in the app session: a login of a Lotse opens it and stores the offline verifier, a reopened login
starts locked, local edits count as input, logout forgets the verifier; volunteers' replicas hold none."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.services.care_lock import META_VERIFIER, verify
from tests.app.session_support import make_session
from tests.sync.harness import PASSWORD, Server


async def test_a_lotse_login_opens_the_lock_and_a_reopened_login_starts_locked(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("lena", PASSWORD)
    assert session.care_lock is not None and not session.care_lock.locked
    assert verify(session.replica.get_meta(META_VERIFIER), PASSWORD)
    await session.close()

    again = make_session(tmp_path, server)
    await again.start(username="lena")
    assert again.care_lock is not None and again.care_lock.locked
    server.close()  # offline: the password is checked on the device
    assert not await again.care_lock.unlock("falsch")
    assert await again.care_lock.unlock(PASSWORD)
    await again.close()


async def test_local_edits_count_as_input(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("lena", PASSWORD)
    lock = session.care_lock
    lock.lock_after_s = 0.4
    await asyncio.sleep(0.3)
    session.edited()  # a view-model saved an edit
    await asyncio.sleep(0.2)
    assert not lock.check()  # 0.5 s since the login, but only 0.2 s since the edit
    await asyncio.sleep(0.25)
    assert lock.check()
    await session.close()


async def test_logout_forgets_the_verifier_and_a_volunteer_has_none(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("lena", PASSWORD)
    replica_path = tmp_path / "app-data" / "users" / "lena" / "replica.db"
    await session.logout()
    assert session.care_lock is None
    await session.login("vera", PASSWORD)
    assert session.replica.get_meta(META_VERIFIER) is None
    await session.close()

    from app.store import Replica
    lena = Replica.open(replica_path)
    assert lena.get_meta(META_VERIFIER) is None
    lena.close()


async def test_without_a_verifier_the_server_opens_the_lock_once(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("lena", PASSWORD)
    session.replica.set_meta(META_VERIFIER, None)  # as after a login with an older app version
    session.care_lock.lock()
    assert await session.care_lock.unlock(PASSWORD)
    assert verify(session.replica.get_meta(META_VERIFIER), PASSWORD)
    await session.close()
