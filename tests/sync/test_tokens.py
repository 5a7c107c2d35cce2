"""Tokens: a Lotse offline for weeks is not locked out; a dropped refresh answer is harmless; an expired or
revoked login asks for a new login without losing anything."""

from __future__ import annotations

import pytest

from app.sync.engine import META_ACCESS, META_REFRESH, SyncEngine
from app.sync.errors import SyncError
from sync_server.service import ServiceError
from tests.sync.faults import LOST_RESPONSE, REPLAY_LATER
from tests.sync.harness import PASSWORD, assert_converged, lotse_with_contact


async def test_sync_after_two_weeks_offline_refreshes_the_token_and_pushes(device, server):
    lena, cid = await lotse_with_contact(device)
    old_access = lena.replica.get_meta(META_ACCESS)
    server.clock.advance(days=14)
    lena.replica.update("contact", cid, {"needs": "Nach zwei Wochen: Rollator beantragen"})

    report = await lena.sync()

    assert report.accepted == 1 and report.pending == 0
    assert lena.replica.get_meta(META_ACCESS) != old_access
    paths = [d.path for d in lena.transport.log]
    assert paths.count("/api/v1/auth/refresh") == 1
    assert server.record("contact", cid)["needs"] == "Nach zwei Wochen: Rollator beantragen"
    assert_converged(lena, "lena")


async def test_an_expiring_token_is_refreshed_before_it_is_used(device, server):
    lena, _cid = await lotse_with_contact(device)
    engine = SyncEngine(lena.replica, lena.transport, now=server.clock)  # the engine sees the moved clock
    server.clock.advance(days=14)
    lena.transport.log.clear()
    await engine.sync()
    assert [d.status for d in lena.transport.log if d.path.endswith("/pull")] == [200]  # no 401 round trip
    assert lena.transport.log[0].path == "/api/v1/auth/refresh"


async def test_a_lost_refresh_answer_does_not_lock_the_device_out(device, server):
    lena, cid = await lotse_with_contact(device)
    server.clock.advance(days=3)
    lena.transport.fail_next(LOST_RESPONSE, path_contains="/auth/refresh", times=2)  # refreshed twice, no answer
    with pytest.raises(SyncError) as info:
        await lena.sync()
    assert info.value.code == "offline"
    assert info.value.message_de == "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert."
    lena.replica.update("contact", cid, {"needs": "nach dem Funkloch"})
    report = await lena.sync()  # the old refresh token still works: the new pair was never used
    assert report.accepted == 1
    assert_converged(lena, "lena")


async def test_a_stale_refresh_request_processed_late_does_not_lock_the_device_out(device, server):
    lena, cid = await lotse_with_contact(device)
    server.clock.advance(hours=2)
    lena.transport.fail_next(REPLAY_LATER, path_contains="/auth/refresh")
    await lena.sync()  # refreshed; a stale copy of that refresh reaches the server before the next request
    lena.replica.update("contact", cid, {"needs": "nach dem Netzwechsel"})
    report = await lena.sync()
    assert report.accepted == 1


async def test_after_the_refresh_token_expired_a_new_login_is_needed_and_nothing_is_lost(device, server):
    lena, cid = await lotse_with_contact(device)
    server.clock.advance(days=181)
    lena.replica.update("contact", cid, {"needs": "ein halbes Jahr später"})
    with pytest.raises(SyncError) as info:
        await lena.sync()
    assert info.value.code == "auth_required" and not info.value.retryable
    assert "melden Sie sich erneut an" in info.value.message_de
    assert lena.replica.outbox_count() == 1
    assert lena.replica.get_meta(META_REFRESH) is None

    await lena.engine.login("lena", PASSWORD)
    report = await lena.sync()
    assert report.accepted == 1
    assert server.record("contact", cid)["needs"] == "ein halbes Jahr später"
    assert_converged(lena, "lena")


async def test_a_revoked_device_must_log_in_again(device, server):
    lena, cid = await lotse_with_contact(device)
    server.service.revoke(None, refresh_token=lena.replica.get_meta(META_REFRESH))
    with pytest.raises(SyncError) as info:
        await lena.sync()
    assert info.value.code == "auth_required"


async def test_a_wrong_password_gives_a_german_message_and_stores_nothing(device, server):
    d = device("new-phone")
    with pytest.raises(SyncError) as info:
        await d.engine.login("lena", "falsch")
    assert info.value.code == "login_failed"
    assert info.value.message_de == "Benutzername oder Passwort ist falsch."
    assert d.replica.get_meta(META_ACCESS) is None and d.replica.session is None


async def test_a_login_as_someone_else_refuses_while_edits_of_the_previous_person_are_unsent(device, server):
    d = device("shared-tablet")
    await d.login("vera")
    d.replica.create("offer", {"area": "wissen", "direction": "suche", "title": "Gitarrenunterricht",
                               "municipality": "arnsberg"})
    with pytest.raises(SyncError) as info:
        await d.engine.login("klaus", PASSWORD)
    assert info.value.code == "account_switch"
    await d.sync()
    await d.engine.login("klaus", PASSWORD)  # everything sent: the switch drops vera's data
    assert d.replica.session["username"] == "klaus"
    assert d.replica.all_records("offer") == []  # vera's draft is not klaus's to see
    await d.sync()
    assert_converged(d, "klaus")


async def test_logout_revokes_the_device_and_later_syncs_are_public_only(device, server):
    d = device("lena-phone")
    await d.login("lena")
    refresh = d.replica.get_meta(META_REFRESH)
    assert await d.engine.logout() is True
    assert d.replica.session is None and d.replica.get_meta(META_REFRESH) is None
    with pytest.raises(ServiceError):
        server.service.refresh(refresh)  # revoked on the server
    report = await d.sync()
    assert report.anonymous
