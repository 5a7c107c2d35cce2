"""Start page: sync status in words (Berlin time), what waits for a decision, next appointments, quick actions.
Real AppSessions against the real server in process; the network is taken away by the fault-injecting transport."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.i18n import translate
from app.sync.worker import SyncStatus
from app.viewmodels.start import StartViewModel
from app.viewmodels.sync_status import OFFLINE, OK, describe, last_sync_text
from tests.sync.harness import Server
from tests.viewmodels.konto_vm_support import (
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


def offer(title: str) -> dict:
    return {"area": "wissen", "direction": "biete", "title": title, "municipality": "arnsberg", "status": "active"}


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_last_sync_is_shown_in_berlin_time_today_and_with_the_date_otherwise() -> None:
    winter_now = utc("2026-11-26T15:00:00Z")
    assert last_sync_text("2026-11-26T09:42:00Z", winter_now) == "Zuletzt synchronisiert 10:42"
    assert last_sync_text("2026-11-24T09:42:00Z", winter_now) == "Zuletzt synchronisiert am 24.11.2026 um 10:42"
    assert last_sync_text("2026-07-01T08:42:00Z", utc("2026-07-01T12:00:00Z")) == "Zuletzt synchronisiert 10:42"
    assert last_sync_text("2026-11-26T23:30:00Z", utc("2026-11-27T07:00:00Z")) == "Zuletzt synchronisiert 00:30"
    assert last_sync_text(None) == "Noch nicht synchronisiert"


def test_status_words_for_each_state() -> None:
    def headline(**kw) -> str:
        return describe(SyncStatus(**kw), visitor=False).headline

    assert headline(online=False, pending=3) == "Offline – 3 Änderungen warten"
    assert headline(online=False, pending=1) == "Offline – 1 Änderung wartet"
    assert headline(online=False, pending=0) == "Offline – keine Änderungen offen"
    assert headline(online=True, pending=2) == "Online – 2 Änderungen warten"
    assert headline(online=True, pending=0) == "Alles synchronisiert"
    assert headline(online=True, pending=1, needs_login=True, last_error_code="auth_required") == \
        "Bitte anmelden – 1 Änderung wartet"
    assert headline(online=True, last_error_code="server_error", last_error_de="Der Server …") == \
        "Synchronisierung gestört – keine Änderungen offen"
    assert headline(online=None) == "Verbindung wird geprüft …"
    assert describe(SyncStatus(online=True), visitor=True).headline == "Öffentliche Daten aktuell"
    assert describe(None, visitor=True).headline == "Daten werden geöffnet …"
    # an attempt running in the background never changes the words (no chatter for screen readers)
    assert headline(online=False, pending=3, syncing=True) == "Offline – 3 Änderungen warten"
    english = describe(SyncStatus(online=False, pending=3), visitor=False,
                       tr=lambda key, **p: translate("en", key, **p))
    assert english.headline == "Offline – 3 changes waiting"


@run_async
async def test_offline_edits_are_counted_and_sent_when_the_server_is_back(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    session = await logged_in(tmp_path, network, "vera")
    vm = StartViewModel(session)
    assert vm.sync_view().headline == "Alles synchronisiert"
    assert vm.sync_view().last_sync.startswith("Zuletzt synchronisiert ")

    network.set_offline(True)
    ids = []
    for title in ("Nachhilfe Mathe", "Vorlesen", "Einkaufshilfe"):
        ids.append(session.replica.create("offer", offer(title)))
        session.edited()
    await wait_for(lambda: session.status.online is False and session.status.pending == 3)
    view = vm.sync_view()
    assert (view.state, view.headline) == (OFFLINE, "Offline – 3 Änderungen warten")
    assert view.error == "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert."

    network.set_offline(False)
    vm.sync_now()  # "Jetzt synchronisieren"
    await wait_for(lambda: session.status.online is True and session.status.pending == 0)
    assert (vm.sync_view().state, vm.sync_view().headline) == (OK, "Alles synchronisiert")
    assert all(server.record("offer", i) is not None for i in ids)
    await session.close()


@run_async
async def test_next_appointments_in_berlin_time_with_my_answer(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    vera = await logged_in(tmp_path, network, "vera")
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    start = (now + timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ")  # 18:00 Berlin, today
    tomorrow = (now + timedelta(days=1, hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    first = vera.replica.create("appointment", {"title": "Vorstandssitzung", "start": start,
                                                "place": "Vereinsheim", "invitees": ["jonas"]})
    vera.replica.create("appointment", {"title": "Waldputz", "start": tomorrow, "status": "cancelled"})
    vera.replica.create("appointment", {"title": "Sommerfest", "start": "2026-12-05T00:00:00Z", "all_day": True})
    vera.replica.create("appointment", {"title": "Vorbei", "start": "2026-11-20T10:00:00Z"})
    vera.replica.create("rsvp", {"appointment": first, "status": "zugesagt"})
    rows = StartViewModel(vera, now=lambda: now).appointments()
    assert [(r.title, r.when, r.place, r.note) for r in rows] == [
        ("Vorstandssitzung", "Heute, 18:00 Uhr", "Vereinsheim", "Ihre Antwort: Zusage"),
        ("Waldputz", "Morgen, 11:00 Uhr", "", "Abgesagt"),
        ("Sommerfest", "Sa., 05.12., ganztägig", "", ""),
    ]
    assert rows[0].route == f"/termine/{first}"
    await vera.close()


@run_async
async def test_banner_counts_conflicts_and_rejected_changes(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    vera = await logged_in(tmp_path, network, "vera")
    jonas = await logged_in(tmp_path, network, "jonas")
    aid = vera.replica.create("appointment", {"title": "Treffen", "start": "2026-12-01T17:00:00Z",
                                              "invitees": ["jonas"]})
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    assert StartViewModel(vera).attention() is None
    jonas.replica.update("appointment", aid, {"title": "Treffen (Jonas)"})
    vera.replica.update("appointment", aid, {"title": "Treffen (Vera)"})
    await jonas.worker.sync_now()
    await vera.worker.sync_now()
    attention = StartViewModel(vera).attention()
    assert attention is not None and attention.conflicts == 1
    assert attention.text == "1 Konflikt wartet auf Ihre Entscheidung."
    await vera.close()
    await jonas.close()


@run_async
async def test_quick_actions_follow_the_roles(tmp_path: Path, server: Server) -> None:
    network = Network(server)
    visitor = make_session(tmp_path, network, "visitor")
    await visitor.start()
    assert StartViewModel(visitor).quick_actions(frozenset()) == []
    lena = await logged_in(tmp_path, network, "lena")
    labels = [a.label for a in StartViewModel(lena).quick_actions(frozenset({"lotse"}))]
    assert labels == ["Angebot erstellen", "Termine", "Vereine", "Besuch erfassen"]
    vera_labels = [a.label for a in StartViewModel(lena).quick_actions(frozenset({"volunteer"}))]
    assert "Besuch erfassen" not in vera_labels
    await visitor.close()
    await lena.close()
