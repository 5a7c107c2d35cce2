"""AppointmentDetailViewModel: Zusage/Absage/Vielleicht as ONE answer per person (also from two devices offline),
the organiser sees the answers after a sync, the iCal export, cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from app.viewmodels.appointments import AppointmentDetailViewModel
from core.ids import stable_id
from tests.viewmodels.appointment_vm_support import close, make_server, open_session, run_async, sync

FUTURE = "2030-05-14T16:00:00Z"


async def _appointment(vera, **values) -> str:
    appointment_id = vera.replica.create("appointment", {
        "title": "Vorstandssitzung März", "start": FUTURE, "end": "2030-05-14T18:00:00Z",
        "online_url": "https://meet.jit.si/Ehrenamt-Vorstandssitzung-Maerz-1a2b3c4d", "invitees": ["jonas", "katrin"],
        **values})
    vera.edited()
    await sync(vera)
    return appointment_id


def people(vm: AppointmentDetailViewModel) -> list[tuple[str, str, bool]]:
    return [(row.username, row.status, row.organiser) for row in vm.invitees]


@run_async
async def test_invitee_answers_once_and_the_organiser_sees_it(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    appointment_id = await _appointment(vera)
    await sync(jonas)
    detail = AppointmentDetailViewModel(jonas, appointment_id)
    detail.attach()
    assert detail.found and detail.is_invited and detail.can_answer and detail.my_status == "offen"
    assert detail.may_edit and not detail.may_cancel and not detail.is_organiser
    assert detail.answer("zugesagt")
    assert detail.my_status == "zugesagt" and detail.entry.my_rsvp == "zugesagt"
    assert detail.answer("vielleicht", comment="Ich komme evtl. später.")
    rsvp_id = stable_id("rsvp", appointment_id, "jonas")
    assert [r["id"] for r in jonas.replica.rsvps(appointment_id)] == [rsvp_id]  # one per person, updated
    with pytest.raises(ValueError):
        detail.answer("offen")
    await sync(jonas, vera)
    organiser = AppointmentDetailViewModel(vera, appointment_id)
    organiser.attach()
    assert people(organiser) == [("vera", "", True), ("jonas", "vielleicht", False), ("katrin", "offen", False)]
    assert organiser.invitees[1].comment == "Ich komme evtl. später."
    assert organiser.invitees[1].status_label == "Vielleicht"
    assert organiser.is_organiser and not organiser.can_answer and organiser.may_cancel
    assert [r for r in server.all_values("rsvp") if r["appointment"] == appointment_id] == [
        {"id": rsvp_id, "appointment": appointment_id, "person": "jonas", "status": "vielleicht",
         "comment": "Ich komme evtl. später."}]
    await close(vera, jonas)
    server.close()


@run_async
async def test_two_devices_of_one_person_answering_offline_make_one_answer(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    appointment_id = await _appointment(vera)
    phone = await open_session(tmp_path / "phone", server, "jonas")
    laptop = await open_session(tmp_path / "laptop", server, "jonas")
    on_phone = AppointmentDetailViewModel(phone, appointment_id)
    on_phone.attach()
    on_laptop = AppointmentDetailViewModel(laptop, appointment_id)
    on_laptop.attach()
    assert on_phone.answer("abgesagt")  # neither has synced since
    assert on_laptop.answer("zugesagt")
    await sync(phone, laptop, phone, vera)
    answers = [r for r in server.all_values("rsvp") if r["appointment"] == appointment_id]
    assert len(answers) == 1 and answers[0]["person"] == "jonas"
    final = answers[0]["status"]
    for session in (phone, laptop, vera):
        assert [(r["person"], r["status"]) for r in session.replica.rsvps(appointment_id)] == [("jonas", final)]
    await close(vera, phone, laptop)
    server.close()


@run_async
async def test_who_may_answer(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    private_id = await _appointment(vera, invitees=["jonas"])
    public_id = await _appointment(vera, invitees=[], public=True, title="Offener Abend")
    katrin = await open_session(tmp_path, server, "katrin")
    visitor = await open_session(tmp_path, server, None)
    private = AppointmentDetailViewModel(katrin, private_id)
    private.attach()
    assert not private.found  # never reached her device
    public = AppointmentDetailViewModel(katrin, public_id)
    public.attach()
    assert public.found and public.can_answer and not public.may_edit
    assert public.answer("zugesagt")
    await sync(katrin, vera)
    organiser = AppointmentDetailViewModel(vera, public_id)
    organiser.attach()
    assert [(o.username, o.status, o.invited) for o in organiser.others] == [("katrin", "zugesagt", False)]
    anonymous = AppointmentDetailViewModel(visitor, public_id)
    anonymous.attach()
    assert anonymous.found and not anonymous.can_answer and not anonymous.may_edit
    assert not anonymous.answer("zugesagt") and anonymous.error == "Bitte melden Sie sich an, um zu antworten."
    await close(vera, katrin, visitor)
    server.close()


@run_async
async def test_ical_export_carries_the_answers_and_the_room(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    appointment_id = await _appointment(vera)
    await sync(jonas)
    AppointmentDetailViewModel(jonas, appointment_id).answer("zugesagt")
    await sync(jonas, vera)
    detail = AppointmentDetailViewModel(vera, appointment_id)
    detail.attach()
    assert detail.ics_file_name == "Vorstandssitzung-Maerz.ics"
    [event] = Calendar.from_ical(detail.ics_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Vorstandssitzung März"
    assert event.decoded("dtstart").isoformat() == "2030-05-14T16:00:00+00:00"
    assert str(event["url"]) == "https://meet.jit.si/Ehrenamt-Vorstandssitzung-Maerz-1a2b3c4d"
    attendees = {str(a).split(":")[1].split("@")[0]: a.params["PARTSTAT"] for a in event["attendee"]}
    assert attendees == {"jonas": "ACCEPTED", "katrin": "NEEDS-ACTION"}
    assert "vera" in str(event["organizer"])
    await close(vera, jonas)
    server.close()


@run_async
async def test_cancelling_reaches_the_invitees_and_ends_answering(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    appointment_id = await _appointment(vera)
    organiser = AppointmentDetailViewModel(vera, appointment_id)
    organiser.attach()
    assert organiser.cancel_appointment()
    assert organiser.record["status"] == "cancelled" and not organiser.may_cancel
    await sync(vera, jonas)
    guest = AppointmentDetailViewModel(jonas, appointment_id)
    guest.attach()
    assert guest.entry.cancelled and not guest.can_answer
    await close(vera, jonas)
    server.close()
