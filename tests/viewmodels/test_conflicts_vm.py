"""Konflikte: conflict rows in German, restore/keep converge on both devices; refused edits with their German
reason, discard and send again (corrected). Real AppSessions against the real server in process."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.viewmodels.conflicts import ConflictsViewModel, format_value
from app.viewmodels.start import StartViewModel
from core.protocol import encode_delta
from tests.sync.harness import Server
from tests.viewmodels.konto_vm_support import Network, logged_in, make_server, run_async


@pytest.fixture
def server(tmp_path: Path):
    s = make_server(tmp_path)
    yield s
    s.close()


async def shared_appointment(tmp_path: Path, server: Server, **values):
    network = Network(server)
    vera = await logged_in(tmp_path, network, "vera")  # organiser
    jonas = await logged_in(tmp_path, network, "jonas")  # invited
    aid = vera.replica.create("appointment", {"title": "Vorstandssitzung", "start": "2026-12-01T17:00:00Z",
                                              "invitees": ["jonas"], **values})
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    return network, vera, jonas, aid


async def conflicting_titles(tmp_path: Path, server: Server):
    """Both change the title while apart; Jonas syncs first, so Vera's later edit wins and his is overwritten."""
    network, vera, jonas, aid = await shared_appointment(tmp_path, server)
    network.set_offline(True)
    jonas.replica.update("appointment", aid, {"title": "Vorstandssitzung (verschoben)"})
    await asyncio.sleep(0.01)  # Vera's edit is the later one on the wall clock (the clocks' order is total)
    vera.replica.update("appointment", aid, {"title": "Vorstandssitzung mit Kassenprüfung"})
    network.set_offline(False)
    await jonas.worker.sync_now()
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    return vera, jonas, aid


@run_async
async def test_conflict_rows_say_what_who_and_when_in_german(tmp_path: Path, server: Server) -> None:
    vera, jonas, aid = await conflicting_titles(tmp_path, server)
    (row,) = ConflictsViewModel(jonas).conflicts()
    assert row.entity == "appointment" and row.record_id == aid
    assert row.heading == "Termin „Vorstandssitzung mit Kassenprüfung“ – Titel"
    assert (row.field_label, row.kept_value, row.lost_value) == (
        "Titel", "Vorstandssitzung mit Kassenprüfung", "Vorstandssitzung (verschoben)")
    assert (row.kept_by, row.lost_by, row.lost_is_mine) == ("vera", "Ihnen", True)
    assert row.restore_label == "Meinen Wert wiederherstellen"
    assert len(row.when) == len("26.11.2026, 10:42") and row.when[2] == "."
    (theirs,) = ConflictsViewModel(vera).conflicts()
    assert (theirs.kept_by, theirs.lost_by, theirs.restore_label) == (
        "Ihnen", "jonas", "Überschriebenen Wert wiederherstellen")
    await vera.close()
    await jonas.close()


@run_async
async def test_restore_brings_my_value_back_on_both_devices(tmp_path: Path, server: Server) -> None:
    vera, jonas, aid = await conflicting_titles(tmp_path, server)
    vm = ConflictsViewModel(jonas)
    (row,) = vm.conflicts()
    assert vm.restore(row.id) is True
    assert vm.text(vm.notice) == "Ihr Wert wurde wiederhergestellt und wird übertragen."
    assert vm.conflicts() == []
    assert jonas.replica.get("appointment", aid)["title"] == "Vorstandssitzung (verschoben)"
    await jonas.worker.sync_now()
    await vera.worker.sync_now()
    for session in (vera, jonas):
        assert session.replica.get("appointment", aid)["title"] == "Vorstandssitzung (verschoben)"
        assert ConflictsViewModel(session).conflicts() == []
        assert StartViewModel(session).attention() is None
    assert server.record("appointment", aid)["title"] == "Vorstandssitzung (verschoben)"
    await vera.close()
    await jonas.close()


@run_async
async def test_keep_closes_the_conflict_everywhere(tmp_path: Path, server: Server) -> None:
    vera, jonas, aid = await conflicting_titles(tmp_path, server)
    vm = ConflictsViewModel(vera)
    (row,) = vm.conflicts()
    assert vm.keep(row.id) is True
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    assert ConflictsViewModel(jonas).conflicts() == []
    assert jonas.replica.get("appointment", aid)["title"] == "Vorstandssitzung mit Kassenprüfung"
    await vera.close()
    await jonas.close()


@run_async
async def test_refused_edit_waits_with_its_reason_and_can_be_sent_again(tmp_path: Path, server: Server) -> None:
    network, vera, jonas, aid = await shared_appointment(tmp_path, server)
    network.set_offline(True)
    jonas.replica.update("appointment", aid, {"place": "Vereinsheim, Raum 2"})  # allowed when he made it
    network.set_offline(False)
    vera.replica.update("appointment", aid, {"guests_can_edit": False})  # the organiser closes editing first
    await vera.worker.sync_now()
    await jonas.worker.sync_now()

    vm = ConflictsViewModel(jonas)
    (row,) = vm.rejected()
    assert row.heading == "Termin „Vorstandssitzung“"
    assert row.reason == "Dazu fehlt Ihnen die Berechtigung."
    assert row.changes == (("Ort", "Vereinsheim, Raum 2"),)
    assert row.correctable == ()
    attention = StartViewModel(jonas).attention()
    assert attention is not None and attention.text == "1 abgelehnte Änderung wartet auf Ihre Entscheidung."
    assert jonas.replica.get("appointment", aid).get("place") is None  # shows what the server accepted

    vera.replica.update("appointment", aid, {"guests_can_edit": True})  # allowed again: send it once more
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    assert vm.retry(row.mutation_id) is True
    assert vm.text(vm.notice) == "Die Änderung wird erneut gesendet."
    await jonas.worker.sync_now()
    assert vm.rejected() == []
    assert server.record("appointment", aid)["place"] == "Vereinsheim, Raum 2"
    await vera.close()
    await jonas.close()


@run_async
async def test_refused_edit_can_be_discarded(tmp_path: Path, server: Server) -> None:
    network, vera, jonas, aid = await shared_appointment(tmp_path, server)
    network.set_offline(True)
    jonas.replica.update("appointment", aid, {"title": "Jonas' Titel"})
    network.set_offline(False)
    vera.replica.update("appointment", aid, {"guests_can_edit": False})
    await vera.worker.sync_now()
    await jonas.worker.sync_now()
    vm = ConflictsViewModel(jonas)
    (row,) = vm.rejected()
    assert vm.discard(row.mutation_id) is True
    assert vm.rejected() == [] and vm.text(vm.notice) == "Die Änderung wurde verworfen."
    assert jonas.replica.get("appointment", aid)["title"] == "Vorstandssitzung"
    await vera.close()
    await jonas.close()


@run_async
async def test_a_text_field_the_server_refused_can_be_corrected_before_sending(tmp_path: Path,
                                                                               server: Server) -> None:
    """A server with stricter rules than this app version (e.g. after a server update) refuses a title: the person
    corrects it in place and sends it again (the refusal is the engine's path: ack_push with the server's answer)."""
    session = await logged_in(tmp_path, Network(server), "vera")
    oid = session.replica.create("offer", {"area": "wissen", "direction": "biete", "title": "Hilfe",
                                           "municipality": "arnsberg", "status": "active"})
    await session.worker.sync_now()
    await session.worker.stop()  # the answer below stands in for the stricter server
    session.replica.update("offer", oid, {"title": "Hilfe!!!"})
    (mutation,) = session.replica.pending_mutations()
    current = encode_delta("offer", oid, server.record("offer", oid), server.record_versions("offer", oid))
    session.replica.ack_push([{"id": mutation["id"], "status": "rejected", "current": current,
                               "problems": [{"field": "title", "code": "invalid",
                                             "message": "Titel: bitte ohne Ausrufezeichen."}]}])
    assert session.replica.get("offer", oid)["title"] == "Hilfe"  # back to what the server holds
    vm = ConflictsViewModel(session)
    (row,) = vm.rejected()
    (field,) = row.correctable
    assert (field.name, field.label, field.value, field.problem) == (
        "title", "Titel", "Hilfe!!!", "Titel: bitte ohne Ausrufezeichen.")
    assert row.reason == "Titel: bitte ohne Ausrufezeichen."
    vm.set_draft(row.mutation_id, "title", "Hilfe beim Einkaufen")
    assert vm.rejected()[0].correctable[0].value == "Hilfe beim Einkaufen"  # the draft survives a re-render
    assert vm.retry(row.mutation_id) is True
    session.worker.start()
    await session.worker.sync_now()
    assert server.record("offer", oid)["title"] == "Hilfe beim Einkaufen"
    await session.close()


def test_values_are_shown_as_people_read_them() -> None:
    assert format_value("appointment", "start", "2026-12-01T17:00:00Z") == "01.12.2026, 18:00"
    assert format_value("appointment", "public", True) == "Ja"
    assert format_value("offer", "categories", ["digitales", "senioren"]) == "Digitales, Senioren"
    assert format_value("offer", "municipality", "menden") == "Menden (Sauerland)"
    assert format_value("offer", "valid_until", "2026-12-31") == "31.12.2026"
    assert format_value("offer", "description", None) == "(leer)"
    assert format_value("offer", "_deleted", True) == "gelöscht"
