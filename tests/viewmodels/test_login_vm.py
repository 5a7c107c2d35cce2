"""Login form, remembered login per device, logout, and the navigation following the account (real server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.viewmodels.login import REMEMBER_KEY, LoginViewModel, follow_account
from app.viewmodels.session import SessionViewModel
from app.viewmodels.shell import visible_destinations
from tests.sync.harness import PASSWORD, Server
from tests.viewmodels.konto_vm_support import MemoryPrefs, Network, make_server, make_session, run_async


@pytest.fixture
def server(tmp_path: Path):
    s = make_server(tmp_path)
    yield s
    s.close()


@run_async
async def test_empty_fields_get_german_messages_next_to_them(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, Network(server))
    await session.start()
    vm = LoginViewModel(session, MemoryPrefs())
    assert await vm.submit() is False
    assert vm.field_error("username") == "Bitte geben Sie Ihren Benutzernamen ein."
    assert vm.field_error("password") == "Bitte geben Sie Ihr Passwort ein."
    vm.set_username("vera")
    assert vm.field_error("username") is None
    await session.close()


@run_async
async def test_wrong_password_says_so_and_keeps_the_visitor(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, Network(server))
    await session.start()
    vm = LoginViewModel(session, MemoryPrefs())
    vm.set_username("vera")
    vm.set_password("falsch")
    assert await vm.submit() is False
    assert vm.text(vm.error) == "Benutzername oder Passwort ist falsch."
    assert session.is_visitor and vm.password == "" and not vm.busy
    await session.close()


@run_async
async def test_unreachable_server_says_try_again_later(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    network.set_offline(True)
    session = make_session(tmp_path, network)
    await session.start()
    vm = LoginViewModel(session, MemoryPrefs())
    vm.set_username("vera")
    vm.set_password(PASSWORD)
    assert await vm.submit() is False
    assert vm.text(vm.error) == "Server nicht erreichbar – bitte später erneut versuchen."
    assert session.is_visitor
    await session.close()


@run_async
async def test_too_many_attempts_are_rate_limited_with_the_waiting_time(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, Network(server))
    await session.start()
    vm = LoginViewModel(session, MemoryPrefs())
    for _ in range(server.settings.login_max_failures_per_user):
        vm.set_username("vera")
        vm.set_password("falsch")
        await vm.submit()
    vm.set_username("vera")
    vm.set_password(PASSWORD)  # even the right password waits now
    assert await vm.submit() is False
    assert vm.text(vm.error) == "Zu viele Anmeldeversuche. Bitte in 15 Minuten erneut versuchen."
    assert vm.text(vm.error, lambda key, **p: key) == "profil.login.rate_limited_minutes"
    await session.close()


@run_async
async def test_login_updates_navigation_and_is_remembered_without_the_password(tmp_path: Path,
                                                                               server: Server) -> None:
    network, prefs, nav = Network(server), MemoryPrefs(), SessionViewModel()
    session = make_session(tmp_path, network)
    stop = follow_account(session, nav)
    await LoginViewModel(session, prefs).restore()  # nothing remembered: a visitor
    assert session.is_visitor and nav.is_visitor
    vm = LoginViewModel(session, prefs)
    vm.set_username(" Lena ")
    vm.set_password(PASSWORD)
    assert await vm.submit() is True
    assert session.username == "lena"
    assert nav.roles == frozenset({"lotse"}) and nav.display_name == "Lena"
    assert "lotsen" in [d.key for d in visible_destinations(nav.roles)]
    stored = json.loads(prefs.data[REMEMBER_KEY])
    assert stored["username"] == "lena" and len(stored["key"]) >= 40
    assert PASSWORD not in prefs.data[REMEMBER_KEY]
    assert vm.username == "" and vm.password == ""
    stop()
    await session.close()

    # a reload of the page: a new AppSession on the same device reopens the login
    again = make_session(tmp_path, network)
    nav2 = SessionViewModel()
    follow_account(again, nav2)
    await LoginViewModel(again, prefs).restore()
    assert again.username == "lena" and nav2.roles == frozenset({"lotse"})

    # logout: visitor again, Lotsen tab gone, nothing remembered
    out = LoginViewModel(again, prefs)
    await out.logout()
    assert again.is_visitor and nav2.is_visitor
    assert "lotsen" not in [d.key for d in visible_destinations(nav2.roles)]
    assert out.text(out.notice) == "Sie sind abgemeldet."
    assert not prefs.data[REMEMBER_KEY]
    await again.close()

    # the old key no longer opens anything
    third = make_session(tmp_path, network)
    stale = MemoryPrefs()
    stale.data[REMEMBER_KEY] = json.dumps(stored)
    await LoginViewModel(third, stale).restore()
    assert third.is_visitor
    assert not stale.data[REMEMBER_KEY]
    await third.close()


@run_async
async def test_a_browser_that_only_claims_a_username_stays_a_visitor(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    prefs = MemoryPrefs()
    session = make_session(tmp_path, network)
    await session.start()
    vm = LoginViewModel(session, prefs)
    vm.set_username("vera")
    vm.set_password(PASSWORD)
    assert await vm.submit()
    await session.close()

    forged = MemoryPrefs()
    forged.data[REMEMBER_KEY] = json.dumps({"username": "vera", "key": "guessed"})
    intruder = make_session(tmp_path, network)  # same app server (same data dir), another browser
    await LoginViewModel(intruder, forged).restore()
    assert intruder.is_visitor
    await intruder.close()

    owner = make_session(tmp_path, network)
    await LoginViewModel(owner, prefs).restore()
    assert owner.username == "vera"
    await owner.close()
