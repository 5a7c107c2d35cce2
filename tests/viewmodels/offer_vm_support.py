"""Shared by the offer/interest view-model tests: real AppSessions (own replica files) against the real sync server
in process (tests/sync/harness.py), an ``async`` test decorator and valid offer values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.config import AppConfig
from app.services.app_session import AppSession
from tests.async_support import run_async, wait_for  # noqa: F401 (re-exported for the tests)
from tests.sync.harness import PASSWORD, Server

FAST = {"interval_s": 3600.0, "debounce_s": 0.02, "backoff_base_s": 0.05, "backoff_max_s": 0.2}




def make_server(tmp_path: Path) -> Server:
    server = Server(tmp_path / "server.db")
    server.add_account("vera", ["volunteer"], "arnsberg")
    server.add_account("jonas", ["volunteer"], "menden")
    return server


async def open_session(tmp_path: Path, server: Server, username: str | None) -> AppSession:
    """A started AppSession with its own data dir; logged in as ``username`` (None: a visitor)."""
    session = AppSession(AppConfig(data_dir=tmp_path / f"app-{username or 'visitor'}"),
                         transport_factory=lambda _url: server.transport(), worker_options=dict(FAST))
    await session.start()
    if username:
        await session.login(username, PASSWORD)
    return session


async def sync(*sessions: AppSession) -> None:
    for session in sessions:
        assert session.worker is not None
        await session.worker.sync_now()


def offer(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"area": "wissen", "direction": "biete", "title": "Smartphone-Hilfe für Senioren",
                              "municipality": "arnsberg", "categories": ["digitales", "senioren"],
                              "status": "active"}
    values.update(overrides)
    return values


class Counter:
    """Counts a view-model's notifications."""

    def __init__(self, vm: Any) -> None:
        self.calls = 0
        vm.subscribe(self)

    def __call__(self) -> None:
        self.calls += 1
