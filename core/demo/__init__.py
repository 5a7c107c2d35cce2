"""Demo content for Ehrenamt 4.0: realistic, fictional people, clubs, offers, appointments, toolbox guides and
care-navigation records for Arnsberg and Menden. Pure Python: no I/O, deterministic ids, dates relative to a day.

    demo_accounts() -> list[dict]                         login data and profile of every demo person
    demo_records(today) -> list[tuple[entity, values]]    every record, referenced records first

Demo accounts (passwords are for demonstrations only – never use them on a public server):

| Benutzername    | Passwort           | Rolle                          | Ort      |
|-----------------|--------------------|--------------------------------|----------|
| lena.vogt       | demo-volunteer-1   | Freiwillige (volunteer)        | Arnsberg |
| jonas.kruse     | demo-volunteer-2   | Freiwilliger (volunteer)       | Menden   |
| aylin.demir     | demo-volunteer-3   | Freiwillige (volunteer)        | Arnsberg |
| peter.schulte   | demo-volunteer-4   | Freiwilliger (volunteer)       | Menden   |
| sabine.hoffmann | demo-clubadmin-1   | Vereinsverwaltung (club_admin) | Arnsberg |
| michael.brandt  | demo-clubadmin-2   | Vereinsverwaltung (club_admin) | Menden   |
| monika.peters   | demo-lotse-1       | Pflege-Lotsin (lotse)          | Arnsberg |
| klaus.wiese     | demo-lotse-2       | Pflege-Lotse (lotse)           | Menden   |
| katrin.berg     | demo-coordinator-1 | Koordination (coordinator)     | Arnsberg |
| thomas.richter  | demo-coordinator-2 | Koordination (coordinator)     | Menden   |
| admin           | demo-admin-1       | Administration (admin)         | Arnsberg |

sabine.hoffmann administers SV Ruhrtal Oeventrop, Förderverein Löschzug Oeventrop and Heimatverein Oeventrop;
michael.brandt administers TV Lendringsen and Heimatverein Lendringsen; the coordinators administer their town's
Freiwilligenzentrale/-agentur. Each Lotse has six care contacts in their own town.

All people, addresses and organisations are invented. E-mail addresses and websites use the reserved ``.example``
domain; telephone numbers come from ranges kept free for fiction (0152 288…, 0172 99259…).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.demo.accounts import account_records, demo_accounts
from core.demo.appointments import appointment_records, rsvp_records
from core.demo.care import care_records
from core.demo.guides import guide_records
from core.demo.offers import interest_records, offer_records
from core.demo.organisations import organisation_records

__all__ = ["demo_accounts", "demo_records"]


def demo_records(today: date) -> list[tuple[str, dict[str, Any]]]:
    """Every demo record as ``(entity, values)``; a record comes after every record it refers to.

    Dates and times are computed relative to ``today`` (appointments today, tomorrow, in the coming weeks and a few
    in the past; visits in the past; tasks around today), so the demo always looks current.
    """
    return [
        *organisation_records(),
        *account_records(),
        *offer_records(today),
        *interest_records(),
        *guide_records(),
        *care_records(today),
        *appointment_records(today),
        *rsvp_records(),
    ]
