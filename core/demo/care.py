"""Care navigation (Art. 9 GDPR data, all fictional): contacts with documented consent, their visit log
(append-only entries written by the assigned Lotse) and follow-up tasks. Dates are relative to the demo day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.demo._common import LOTSE, demo_id
from core.demo.care_arnsberg import ARNSBERG_CONTACTS
from core.demo.care_menden import MENDEN_CONTACTS
from core.demo.specs import Contact


def contact_specs() -> tuple[Contact, ...]:
    return ARNSBERG_CONTACTS + MENDEN_CONTACTS


def _day(today: date, days: int) -> str:
    return (today + timedelta(days=days)).isoformat()


def care_records(today: date) -> list[tuple[str, dict[str, Any]]]:
    """Contacts first, then every contact's visits and tasks (which refer to it)."""
    contacts: list[tuple[str, dict[str, Any]]] = []
    children: list[tuple[str, dict[str, Any]]] = []
    for c in contact_specs():
        lotse = LOTSE[c.municipality]
        cid = demo_id("contact", c.key)
        values: dict[str, Any] = {
            "id": cid,
            "name": c.name,
            "address": c.address,
            "phone": c.phone,
            "municipality": c.municipality,
            "assigned_lotsen": [lotse],
            "consent_scope": list(c.consent_scope),
            "consent_date": _day(today, -c.consent_days_ago),
            "consent_recorded_by": lotse,
            "needs": c.needs,
            "referrals": c.referrals,
        }
        if c.contact_person:
            values["contact_person"] = c.contact_person
        if c.care_grade is not None:
            values["care_grade"] = c.care_grade
        contacts.append(("contact", values))
        for number, v in enumerate(c.visits, start=1):
            visit: dict[str, Any] = {
                "id": demo_id("visit", f"{c.key}/{number}"),
                "contact": cid,
                "date": _day(today, -v.days_ago),
                "duration_minutes": v.duration,
                "topics": list(v.topics),
                "notes": v.notes,
                "author": lotse,
            }
            if v.next_steps:
                visit["next_steps"] = v.next_steps
            if v.next_in is not None:
                visit["next_visit"] = _day(today, v.next_in)
            children.append(("visit", visit))
        for t in c.tasks:
            children.append(("task", {
                "id": demo_id("task", f"{c.key}/{t.key}"),
                "contact": cid,
                "due": _day(today, t.due_in),
                "text": t.text,
                "done": t.done,
                "assignee": lotse,
            }))
    return contacts + children
