"""Shared by the Vereine/Werkzeugkasten/Termine view-model tests: real AppSessions (own replica files) against the
real sync server in process (tests/sync/harness.py), records seeded on the server, an ``async`` test decorator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.config import AppConfig
from app.services.app_session import AppSession
from core.ids import stable_id
from tests.async_support import run_async  # noqa: F401 (re-exported for the tests)
from tests.sync.harness import PASSWORD, Server

FAST = {"interval_s": 3600.0, "debounce_s": 0.02, "backoff_base_s": 0.05, "backoff_max_s": 0.2}




def club_id(key: str) -> str:
    return stable_id("test", "organisation", key)


def club(key: str, name: str, municipality: str = "arnsberg", **values: Any) -> tuple[str, dict[str, Any]]:
    record = {"id": club_id(key), "name": name, "kind": "verein", "municipality": municipality,
              "description": f"{name} – ein Verein für alle.", **values}
    return ("organisation", record)


CLUBS = [
    club("tafel", "Neheimer Tafel", categories=["nachbarschaftshilfe"], accessibility=["stufenlos"],
         address="Lange Wende 17, 59755 Arnsberg", phone="0152 28820417", email="info@tafel.example",
         website="https://tafel.example", meeting_times="dienstags 13–16 Uhr", admins=["sabine"]),
    club("sv", "SV Ruhrtal Oeventrop", categories=["sport", "kinder_jugend"],
         accessibility=["stufenlos", "barrierefreies_wc"], address="Glösinger Straße 40, Arnsberg", admins=["sabine"]),
    club("chor", "Kirchenchor Hüsten", categories=["kultur"], accessibility=["induktionsschleife"]),
    club("tv", "TV Lendringsen", "menden", categories=["sport"], accessibility=["stufenlos", "leichte_sprache"],
         address="Lendringser Hauptstraße 71, Menden"),
    club("repair", "Repair-Café Menden", "menden", categories=["umwelt_klima"]),
]

GUIDE_BODY = """\
# Online-Vorstandssitzung

Eine Sitzung per Video spart Wege.

## Was Sie brauchen

- einen Link zum Online-Raum
- eine Tagesordnung

```text
# kein Titel, nur ein Kommentar im Code
```

### Abstimmen

Per Handzeichen in der Kamera.
"""

GUIDES = [
    ("guide", {"id": stable_id("test", "guide", "sitzung"), "title": "Online-Vorstandssitzung",
               "summary": "Sitzungen per Video vorbereiten und leiten.", "body": GUIDE_BODY,
               "categories": ["digitales"], "author": "katrin"}),
    ("guide", {"id": stable_id("test", "guide", "sepa"), "title": "SEPA-Lastschrift im Verein",
               "summary": "Beiträge bequem einziehen.", "body": "# SEPA\n\nMandat einholen.",
               "categories": ["bildung"], "author": "katrin"}),
]


def make_server(tmp_path: Path, records: list[tuple[str, dict[str, Any]]] | None = None) -> Server:
    server = Server(tmp_path / "server.db")
    server.add_account("vera", ["volunteer"], "arnsberg")
    server.add_account("jonas", ["volunteer"], "menden")
    server.add_account("sabine", ["club_admin"], "arnsberg", (club_id("tafel"), club_id("sv")))
    server.add_account("katrin", ["coordinator"], "arnsberg")
    server.add_account("thomas", ["coordinator"], "menden")
    server.service.seed([], records if records is not None else [*CLUBS, *GUIDES])
    return server


async def open_session(tmp_path: Path, server: Server, username: str | None) -> AppSession:
    """A started AppSession with its own data dir, synced once; logged in as ``username`` (None: a visitor)."""
    session = AppSession(AppConfig(data_dir=tmp_path / f"app-{username or 'visitor'}"),
                         transport_factory=lambda _url: server.transport(), worker_options=dict(FAST))
    await session.start()
    if username:
        await session.login(username, PASSWORD)
    await sync(session)
    return session


async def sync(*sessions: AppSession) -> None:
    for session in sessions:
        assert session.worker is not None
        await session.worker.sync_now()


async def close(*sessions: AppSession) -> None:
    for session in sessions:
        await session.close()


def fixed(iso: str) -> Callable[[], datetime]:
    """A clock standing at ``iso`` (UTC)."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)
    return lambda: moment


class Counter:
    """Counts a view-model's notifications."""

    def __init__(self, vm: Any) -> None:
        self.calls = 0
        vm.subscribe(self)

    def __call__(self) -> None:
        self.calls += 1
