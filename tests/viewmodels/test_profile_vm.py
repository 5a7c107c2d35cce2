"""Profile: display name as an offline-capable account edit that reaches the server and the login; sync server
address validated, refused while logged in, stored on the device (real server in process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.viewmodels.profile import (
    SERVER_URL_KEY,
    ProfileViewModel,
    account_record_id,
    feedback_mailto,
    load_server_url,
    server_editable,
)
from tests.sync.harness import PASSWORD, Server
from tests.viewmodels.konto_vm_support import (
    MemoryPrefs,
    Network,
    logged_in,
    make_server,
    make_session,
    run_async,
    wait_for,
)


@pytest.fixture
def server(tmp_path: Path):
    s = make_server(tmp_path)
    yield s
    s.close()


@run_async
async def test_display_name_changed_offline_reaches_server_and_login(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    session = await logged_in(tmp_path, network, "vera")
    vm = ProfileViewModel(session, MemoryPrefs())
    assert (vm.display_name, vm.username, vm.roles_text(), vm.town_text()) == (
        "Vera", "vera", "Freiwillige:r", "Arnsberg")

    network.set_offline(True)
    vm.set_name("  Vera Sommer ")
    assert vm.save_name() is True
    assert vm.text(vm.name_notice) == "Anzeigename gespeichert. Er wird mit dem Server abgeglichen."
    assert vm.display_name == "Vera Sommer"  # at once, offline
    assert session.replica.get("account", account_record_id("vera"))["display_name"] == "Vera Sommer"
    await wait_for(lambda: session.status.online is False and session.status.pending == 1)

    network.set_offline(False)
    session.request_sync()
    await wait_for(lambda: session.status.pending == 0 and session.status.online is True)
    assert server.record("account", account_record_id("vera"))["display_name"] == "Vera Sommer"
    other = make_session(tmp_path, network, "other-device")
    await other.start()
    account = await other.login("vera", PASSWORD)
    assert account["display_name"] == "Vera Sommer"
    await other.close()
    await session.close()


@run_async
async def test_display_name_problems_are_german_and_keep_the_draft(tmp_path: Path, server: Server) -> None:
    session = await logged_in(tmp_path, Network(server), "vera")
    vm = ProfileViewModel(session)
    vm.set_name("   ")
    assert vm.save_name() is False
    assert vm.text(vm.name_error) == "Bitte geben Sie einen Anzeigenamen ein."
    vm.set_name("x" * 81)
    assert vm.save_name() is False
    assert "höchstens 80 Zeichen" in vm.text(vm.name_error)
    assert vm.name_value == "x" * 81  # what was typed is kept
    assert session.replica.outbox_count() == 0
    await session.close()


@run_async
async def test_server_address_is_validated_stored_and_used(tmp_path: Path, server: Server) -> None:
    network, prefs = Network(server), MemoryPrefs()
    session = make_session(tmp_path, network)
    await session.start()
    vm = ProfileViewModel(session, prefs)
    assert vm.server_url == "http://127.0.0.1:8787"
    for bad in ("sync.example.org", "ftp://sync.example.org", "https://", "https://a b.example", "http://x:99999"):
        vm.set_server(bad)
        assert await vm.save_server() is False
        assert vm.text(vm.server_error).startswith("Bitte eine vollständige Adresse eingeben")
        assert vm.server_url == "http://127.0.0.1:8787"
    vm.set_server(" https://sync.arnsberg.example/ ")
    assert await vm.save_server() is True
    assert vm.server_url == "https://sync.arnsberg.example"
    assert network.urls[-1] == "https://sync.arnsberg.example"  # the visitor replica syncs with the new server
    assert prefs.data[SERVER_URL_KEY] == "https://sync.arnsberg.example"
    assert vm.text(vm.server_notice) == "Die App verwendet jetzt https://sync.arnsberg.example."
    await session.close()

    fresh = make_session(tmp_path, network, "next-start")  # the next start reads it back
    await load_server_url(fresh, prefs)
    assert fresh.server_url == "https://sync.arnsberg.example"


@run_async
async def test_server_cannot_change_under_a_logged_in_person_or_in_the_browser(tmp_path: Path,
                                                                              server: Server) -> None:
    session = await logged_in(tmp_path, Network(server), "vera")
    vm = ProfileViewModel(session)
    vm.set_server("https://other.example")
    assert await vm.save_server() is False
    assert vm.text(vm.server_error) == "Bitte melden Sie sich zuerst ab, um den Server zu wechseln."
    web = ProfileViewModel(session, server_editable=False)
    web.set_server("https://other.example")
    assert await web.save_server() is False
    assert web.text(web.server_error) == "In der Browser-Version legt der Betreiber den Server fest."
    assert session.server_url == "http://127.0.0.1:8787"
    await session.close()


def test_feedback_link_opens_a_prefilled_mail() -> None:
    link = feedback_mailto("Profil")
    assert link.startswith("mailto:barrierefreiheit@") and ".example?" in link
    assert "subject=Barriere%20in%20der%20App%20Ehrenamt%204.0%20%28Profil%29" in link


def test_server_is_chosen_on_the_device_but_set_by_the_operator_in_web_server_mode() -> None:
    assert server_editable(web=False) is True  # native app: the device itself talks to the server
    assert server_editable(web=True) is False  # Flet web-server mode (here): the app server would fetch it
