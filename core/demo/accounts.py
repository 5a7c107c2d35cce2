"""The demo accounts: one or more per role, in both towns. Passwords are for the demo only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.demo._common import demo_id, org_id


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    display_name: str
    roles: tuple[str, ...]
    municipality: str
    organisations: tuple[str, ...] = ()  # keys of the organisations this person administers
    about: str = ""  # who this demo person is (for the README table and for the people writing the demo script)


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("lena.vogt", "demo-volunteer-1", "Lena Vogt", ("volunteer",), "arnsberg",
                about="Lehramtsstudentin aus Neheim, liest gern vor und gibt Nachhilfe"),
    DemoAccount("jonas.kruse", "demo-volunteer-2", "Jonas Kruse", ("volunteer",), "menden",
                about="Sportstudent aus der Mendener Innenstadt, hat ein Auto und filmt gern"),
    DemoAccount("aylin.demir", "demo-volunteer-3", "Aylin Demir", ("volunteer",), "arnsberg",
                about="Fachinformatikerin aus Hüsten, spricht Türkisch, hilft bei IT-Fragen"),
    DemoAccount("peter.schulte", "demo-volunteer-4", "Peter Schulte", ("volunteer",), "menden",
                about="Elektromeister im Ruhestand aus Lendringsen, Repair-Café-Fan"),
    DemoAccount("sabine.hoffmann", "demo-clubadmin-1", "Sabine Hoffmann", ("club_admin",), "arnsberg",
                ("sv-ruhrtal-oeventrop", "loeschzug-oeventrop", "heimatverein-oeventrop"),
                about="Geschäftsführerin dreier Vereine in Oeventrop"),
    DemoAccount("michael.brandt", "demo-clubadmin-2", "Michael Brandt", ("club_admin",), "menden",
                ("tv-lendringsen", "heimatverein-lendringsen"),
                about="Vorsitzender des TV Lendringsen und Schriftführer im Heimatverein"),
    DemoAccount("monika.peters", "demo-lotse-1", "Monika Peters", ("lotse",), "arnsberg",
                about="Pflege-Lotsin in Arnsberg, früher Personalsachbearbeiterin"),
    DemoAccount("klaus.wiese", "demo-lotse-2", "Klaus Wiese", ("lotse",), "menden",
                about="Pflege-Lotse in Menden, Lehrer im Ruhestand"),
    DemoAccount("katrin.berg", "demo-coordinator-1", "Katrin Berg", ("coordinator",), "arnsberg",
                ("fwz-arnsberg",), about="Koordination Ehrenamt und Pflege-Lotsen der Stadt Arnsberg"),
    DemoAccount("thomas.richter", "demo-coordinator-2", "Thomas Richter", ("coordinator",), "menden",
                ("fwa-menden",), about="Koordination Ehrenamt und Pflege-Lotsen der Stadt Menden"),
    DemoAccount("admin", "demo-admin-1", "Plattform-Administration", ("admin",), "arnsberg",
                about="Betreut die Plattform für beide Städte"),
)


def demo_accounts() -> list[dict[str, Any]]:
    """Login data and profile of every demo person; ``organisations`` holds organisation ids."""
    return [
        {
            "username": a.username,
            "password": a.password,
            "display_name": a.display_name,
            "roles": list(a.roles),
            "municipality": a.municipality,
            "organisations": [org_id(key) for key in a.organisations],
        }
        for a in ACCOUNTS
    ]


def account_records() -> list[tuple[str, dict[str, Any]]]:
    """The synced profile (entity ``account``) of every demo person."""
    return [
        ("account", {
            "id": demo_id("account", a.username),
            "username": a.username,
            "display_name": a.display_name,
            "roles": list(a.roles),
            "municipality": a.municipality,
            "organisations": [org_id(key) for key in a.organisations],
        })
        for a in ACCOUNTS
    ]
