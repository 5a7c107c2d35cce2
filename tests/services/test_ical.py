from icalendar import Calendar

from app.services.ical import appointments_to_ics
from core.meeting import jitsi_room_url, room_slug

APPOINTMENT = {
    "id": "0193a000-0000-7000-8000-000000000001",
    "title": "Vorstandssitzung März",
    "description": "Tagesordnung folgt.",
    "start": "2026-03-10T18:00:00Z",
    "end": "2026-03-10T19:30:00Z",
    "place": "Vereinsheim Neheim",
    "online_url": "https://meet.jit.si/Ehrenamt-Vorstandssitzung-Maerz-1a2b3c4d",
    "organiser": "anna",
    "invitees": ["ben", "clara"],
}


def test_ics_round_trips_times_place_and_attendees():
    data = appointments_to_ics([APPOINTMENT], rsvps={"ben": "zugesagt"}, names={"anna": "Anna Schmidt"})
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Vorstandssitzung März"
    assert event.decoded("dtstart").isoformat() == "2026-03-10T18:00:00+00:00"
    assert event.decoded("dtend").isoformat() == "2026-03-10T19:30:00+00:00"
    assert str(event["location"]) == "Vereinsheim Neheim"
    assert "meet.jit.si" in str(event["description"])
    partstats = {str(a).split(":", 1)[1].split("@")[0]: a.params["PARTSTAT"] for a in event["attendee"]}
    assert partstats == {"ben": "ACCEPTED", "clara": "NEEDS-ACTION"}
    assert str(event["organizer"].params["CN"]) == "Anna Schmidt"


def test_all_day_event_is_exported_as_dates():
    data = appointments_to_ics([{**APPOINTMENT, "all_day": True, "end": None}])
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(event.decoded("dtstart")) == "2026-03-10"
    assert str(event.decoded("dtend")) == "2026-03-11"


def test_jitsi_link_uses_configured_base_and_readable_slug():
    url = jitsi_room_url("Vorstandssitzung März (online)", "https://jitsi.example.org/", token="abcd1234")
    assert url == "https://jitsi.example.org/Ehrenamt-Vorstandssitzung-Maerz-Online-abcd1234"
    assert room_slug("!!!") == "Treffen"


def test_jitsi_links_differ_per_meeting():
    assert jitsi_room_url("Treffen") != jitsi_room_url("Treffen")
