"""AppointmentFormViewModel: German validation next to the fields, Jitsi rooms, Berlin time stored as UTC, saving
only what changed, invitees editing when the organiser allows it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from app.config import ConfigError
from app.i18n import t
from app.viewmodels.appointment_form import (
    AppointmentFormViewModel,
    jitsi_base_url,
    parse_date,
    parse_time,
    reminder_label,
)
from tests.viewmodels.appointment_vm_support import close, fixed, make_server, open_session, run_async, sync

NOW = fixed("2026-11-29T09:40:00Z")  # Sunday 10:40 in Berlin


def test_parsing_dates_and_times() -> None:
    assert parse_date("30.11.2026") == date(2026, 11, 30)
    assert parse_date(" 1.2.27 ") == date(2027, 2, 1)
    assert parse_date("2026-11-30") == date(2026, 11, 30)
    for bad in ("", "31.02.2026", "30/11/2026", "morgen", "2026-13-01"):
        assert parse_date(bad) is None, bad
    assert parse_time("18:30") == time(18, 30)
    assert parse_time("9.05") == time(9, 5)
    assert parse_time("18 Uhr") == time(18, 0)
    for bad in ("", "24:00", "18:60", "halb acht", "1830"):
        assert parse_time(bad) is None, bad


def test_reminder_labels() -> None:
    assert [reminder_label(m, t) for m in (None, 15, 60, 120, 1440, 2880)] == [
        "Keine Erinnerung", "15 Minuten vorher", "1 Stunde vorher", "2 Stunden vorher", "1 Tag vorher",
        "2 Tage vorher"]


def test_jitsi_base_from_the_environment() -> None:
    assert jitsi_base_url({}) == "https://meet.jit.si"
    assert jitsi_base_url({"EHRENAMT_JITSI_BASE": " https://jitsi.arnsberg.example/raeume/ "}) == \
        "https://jitsi.arnsberg.example/raeume"
    for bad in ("meet.jit.si", "ftp://x", "https://", "https://a b"):
        with pytest.raises(ConfigError, match="EHRENAMT_JITSI_BASE"):
            jitsi_base_url({"EHRENAMT_JITSI_BASE": bad})


@run_async
async def test_every_problem_is_named_next_to_its_field_and_nothing_is_written(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    form = AppointmentFormViewModel(vera, now=NOW)
    assert (form.date_text, form.start_text, form.end_text) == ("29.11.2026", "11:00", "12:00")
    form.set("date_text", "31.11.2026")
    form.set("start_text", "25:00")
    form.set("end_text", "abends")
    form.set("invitee_input", "Lena Vogt!")
    assert form.save() is None
    assert form.errors == {
        "title": "Bitte einen Titel angeben.",
        "date": "Bitte ein Datum im Format TT.MM.JJJJ angeben, z. B. 30.11.2026.",
        "start": "Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 18:30.",
        "end": "Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 18:30.",
        "place": "Bitte einen Ort angeben – oder „Online-Treffen“ wählen.",
        "invitees": "„lena vogt!“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, . _ -).",
    }
    assert form.invitees == [] and form.invitee_input == "Lena Vogt!"  # all or nothing, the input stays
    assert form.form_error == "Bitte prüfen Sie die markierten Felder."
    form.set("title", "x" * 121)
    form.set("date_text", "30.11.2026")
    form.set("start_text", "18:00")
    form.set("end_text", "17:30")
    form.set("mode", "online")
    form.set("invitee_input", "")  # changing the input clears its message
    assert form.save() is None
    assert form.errors == {
        "title": "Der Titel ist zu lang (höchstens 120 Zeichen).",
        "end": "Das Ende muss nach dem Beginn liegen.",
        "online_url": "Bitte einen Online-Raum erstellen oder einen Link (https://…) eintragen.",
    }
    form.set("online_url", "meet.jit.si/raum")
    assert form.save() is None and form.errors["online_url"] == "Der Link muss mit https:// oder http:// beginnen."
    assert vera.replica.outbox_count() == 0
    form.set("title", "Ok")
    assert form.errors.get("title") is None  # a changed field loses its message at once
    await close(vera)
    server.close()


@run_async
async def test_invitees_are_checked_and_shown_with_known_names(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    form = AppointmentFormViewModel(vera, now=NOW)
    assert not form.add_invitee("Jonas Kruse")  # a display name: refused, not split into two usernames
    assert form.errors["invitees"] == "„jonas kruse“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, . _ -)."
    assert form.add_invitee("jonas, @Katrin ;thomas")
    assert form.invitees == ["jonas", "katrin", "thomas"] and form.invitee_input == ""
    assert not form.add_invitee("vera")
    assert form.errors["invitees"] == "Sie organisieren den Termin selbst."
    assert not form.add_invitee("jonas")
    assert form.errors["invitees"] == "jonas ist schon eingeladen."
    form.remove_invitee("thomas")
    assert form.invitees == ["jonas", "katrin"] and "invitees" not in form.errors
    assert form.invitee_label("vera") == "Vera (vera)"  # the signed-in person's name is known
    assert form.invitee_label("jonas") == "jonas"  # others: the username
    await close(vera)
    server.close()


@run_async
async def test_online_room_and_saving_in_berlin_time(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    form = AppointmentFormViewModel(vera, jitsi_base="https://jitsi.arnsberg.example/", now=NOW)
    form.set("title", "Vorstandssitzung März")
    url = form.create_room()
    assert url is not None and url.startswith("https://jitsi.arnsberg.example/Ehrenamt-Vorstandssitzung-Maerz-")
    assert form.mode == "online" and form.online_url == url
    assert form.create_room() != url  # every room is a new, hard-to-guess one
    form.set("description", "Tagesordnung folgt.")
    form.set("date_text", "30.11.2026")
    form.set("start_text", "18:30")
    form.set("end_text", "20:00")
    form.add_invitee("jonas")
    form.set("reminder", 60)
    form.set("public", True)
    appointment_id = form.save()
    assert appointment_id and form.saved_id == appointment_id
    record = vera.replica.get("appointment", appointment_id)
    assert record["start"] == "2026-11-30T17:30:00Z" and record["end"] == "2026-11-30T19:00:00Z"
    assert record["online_url"] == form.online_url and not record.get("place")
    assert record["invitees"] == ["jonas"] and record["organiser"] == "vera" and record["reminder_minutes"] == 60
    assert record["public"] is True and record["kind"] == "meeting" and record["guests_can_edit"] is True
    await sync(vera)  # session.edited() scheduled it; sync_now makes sure
    assert server.record("appointment", appointment_id)["title"] == "Vorstandssitzung März"
    broken = AppointmentFormViewModel(vera, jitsi_base="meet.jit.si", now=NOW)
    assert broken.create_room() is None
    assert "EHRENAMT_JITSI_BASE" in broken.errors["online_url"]
    await close(vera)
    server.close()


@run_async
async def test_all_day_and_summer_time(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    form = AppointmentFormViewModel(vera, now=NOW)
    form.set("title", "Sommerfest")
    form.set("place", "Dorfplatz")
    form.set("date_text", "04.07.2027")
    form.set("start_text", "")  # not needed for all-day appointments
    form.set("all_day", True)
    appointment_id = form.save()
    record = vera.replica.get("appointment", appointment_id)
    assert record["start"] == "2027-07-04T00:00:00Z" and record["all_day"] is True and not record.get("end")
    summer = AppointmentFormViewModel(vera, now=NOW)
    summer.set("title", "Grillen")
    summer.set("place", "Garten")
    summer.set("date_text", "04.07.2027")
    summer.set("start_text", "18:00")
    summer.set("end_text", "")
    record = vera.replica.get("appointment", summer.save())
    assert record["start"] == "2027-07-04T16:00:00Z" and not record.get("end")
    await close(vera)
    server.close()


@run_async
async def test_editing_sends_only_the_changed_fields_and_keeps_multi_day_ends(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    appointment_id = vera.replica.create("appointment", {
        "title": "Freizeit", "start": "2026-12-04T16:00:00Z", "end": "2026-12-06T11:00:00Z", "place": "Jugendherberge",
        "invitees": ["jonas"], "reminder_minutes": 30})
    await sync(vera)
    form = AppointmentFormViewModel(vera, appointment_id, now=NOW)
    assert form.found and form.may_edit and not form.guest_mode
    assert (form.title, form.date_text, form.start_text, form.end_text) == ("Freizeit", "04.12.2026", "17:00", "12:00")
    assert form.reminder_choices == (None, 15, 30, 60, 1440)  # a stored custom value stays choosable
    form.set("title", "Freizeit im Sauerland")
    assert form.save() == appointment_id
    [mutation] = vera.replica.pending_mutations()
    assert set(mutation["fields"]) == {"title"}  # not the whole record: no overwriting of others' edits
    assert vera.replica.get("appointment", appointment_id)["end"] == "2026-12-06T11:00:00Z"
    assert form.save() == appointment_id and len(vera.replica.pending_mutations()) == 1  # nothing changed
    await close(vera)
    server.close()


@run_async
async def test_invitees_edit_only_when_allowed_and_never_the_guest_list(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    open_id = vera.replica.create("appointment", {"title": "Planungstreffen", "start": "2026-12-01T17:00:00Z",
                                                  "place": "Café", "invitees": ["jonas"]})
    closed_id = vera.replica.create("appointment", {"title": "Vorstand", "start": "2026-12-02T17:00:00Z",
                                                    "place": "Büro", "invitees": ["jonas"], "guests_can_edit": False})
    vera.edited()
    await sync(vera, jonas)
    form = AppointmentFormViewModel(jonas, open_id, now=NOW)
    assert form.may_edit and form.guest_mode
    form.set("title", "Planungstreffen (mit Kuchen)")
    form.add_invitee("katrin")  # shown locked in the UI; never sent
    form.set("public", True)
    assert form.save() == open_id
    # meanwhile, offline, the organiser moves it to another place
    place_form = AppointmentFormViewModel(vera, open_id, now=NOW)
    place_form.set("place", "Bürgerhaus")
    assert place_form.save() == open_id
    await sync(jonas, vera, jonas)
    for session in (vera, jonas):
        record = session.replica.get("appointment", open_id)
        assert record["title"] == "Planungstreffen (mit Kuchen)" and record["place"] == "Bürgerhaus"
        assert record["invitees"] == ["jonas"] and not record.get("public")
    closed = AppointmentFormViewModel(jonas, closed_id, now=NOW)
    assert not closed.may_edit
    closed.set("title", "Gekapert")
    assert closed.save() is None and closed.form_error == "Diesen Termin dürfen Sie nicht bearbeiten."
    await close(vera, jonas)
    server.close()


@run_async
async def test_an_edit_form_opened_before_the_record_arrived_fills_in_after_the_sync(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    appointment_id = vera.replica.create("appointment", {"title": "Neu", "start": "2026-12-01T17:00:00Z",
                                                         "place": "Café", "invitees": ["jonas"]})
    await sync(vera)
    form = AppointmentFormViewModel(jonas, appointment_id, now=NOW)
    form.attach()
    assert not form.found and not form.may_edit
    await sync(jonas)
    assert form.found and form.title == "Neu"
    form.detach()
    await close(vera, jonas)
    server.close()


@run_async
async def test_an_existing_appointment_without_a_place_can_still_be_edited(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    appointment_id = vera.replica.create("appointment", {"title": "Ohne Ort", "start": "2026-12-01T17:00:00Z"})
    form = AppointmentFormViewModel(vera, appointment_id, now=NOW)
    assert form.mode == "place" and form.place == ""
    form.set("title", "Immer noch ohne Ort")
    assert form.save() == appointment_id and not form.errors
    assert vera.replica.get("appointment", appointment_id)["title"] == "Immer noch ohne Ort"
    form.set("mode", "online")
    form.set("online_url", "kein-link")
    assert form.save() is None and form.errors == {"online_url": "Der Link muss mit https:// oder http:// beginnen."}
    await close(vera)
    server.close()
