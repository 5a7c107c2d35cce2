"""Export appointments as iCalendar (.ics, RFC 5545) for calendar apps."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Ehrenamt 4.0//Arnsberg und Menden//DE"
EMAIL_DOMAIN = "ehrenamt.invalid"  # people are identified by username; no real addresses are exported


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _person(username: str, name: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{username}@{EMAIL_DOMAIN}")
    address.params["cn"] = vText(name or username)
    return address


def appointment_event(appointment: dict[str, Any], rsvps: dict[str, str] | None = None,
                      names: dict[str, str] | None = None) -> Event:
    """One VEVENT for an appointment record (times stored as UTC; all-day events as dates)."""
    names = names or {}
    event = Event()
    event.add("uid", f"{appointment['id']}@ehrenamt-4-0")
    event.add("summary", appointment.get("title") or "Termin")
    start = _utc(appointment["start"])
    if appointment.get("all_day"):
        event.add("dtstart", start.date())
        end_day = _utc(appointment["end"]).date() if appointment.get("end") else start.date()
        event.add("dtend", end_day + timedelta(days=1) if isinstance(end_day, date) else end_day)
    else:
        event.add("dtstart", start)
        event.add("dtend", _utc(appointment["end"]) if appointment.get("end") else start + timedelta(hours=1))
    event.add("dtstamp", datetime.now().astimezone())
    description = appointment.get("description") or ""
    if appointment.get("online_url"):
        description = (description + "\n\n" if description else "") + f"Online-Raum: {appointment['online_url']}"
        event.add("url", appointment["online_url"])
    if description:
        event.add("description", description)
    location = appointment.get("place") or appointment.get("online_url")
    if location:
        event.add("location", location)
    if appointment.get("status") == "cancelled":
        event.add("status", "CANCELLED")
    organiser = appointment.get("organiser")
    if organiser:
        event.add("organizer", _person(organiser, names.get(organiser)))
    partstat = {"zugesagt": "ACCEPTED", "abgesagt": "DECLINED", "vielleicht": "TENTATIVE"}
    for invitee in appointment.get("invitees") or []:
        attendee = _person(invitee, names.get(invitee))
        attendee.params["partstat"] = vText(partstat.get((rsvps or {}).get(invitee, ""), "NEEDS-ACTION"))
        event.add("attendee", attendee, encode=0)
    return event


def appointments_to_ics(appointments: list[dict[str, Any]], **kw: Any) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", "Europe/Berlin")
    for appointment in appointments:
        calendar.add_component(appointment_event(appointment, **kw))
    return bytes(calendar.to_ical())
