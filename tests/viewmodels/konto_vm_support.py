"""Shared by the start/profile/login/conflicts view-model tests: real AppSessions (own replica files) against the
real sync server in process, behind the fault-injecting transport so a test can take the network away."""

from __future__ import annotations

from pathlib import Path

from app.config import AppConfig
from app.services.app_session import AppSession
from tests.async_support import run_async, wait_for  # noqa: F401 (re-exported for the tests)
from tests.sync.faults import FaultyTransport
from tests.sync.harness import PASSWORD, Server

FAST = {"interval_s": 3600.0, "debounce_s": 0.02, "backoff_base_s": 0.05, "backoff_max_s": 0.2}




def make_server(tmp_path: Path) -> Server:
    server = Server(tmp_path / "server.db")
    server.add_account("vera", ["volunteer"], "arnsberg")
    server.add_account("jonas", ["volunteer"], "menden")
    server.add_account("lena", ["lotse"], "arnsberg")
    return server


class Network:
    """The app's network: every transport the session makes goes through one switch (``offline``)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.offline = False
        self.transports: list[FaultyTransport] = []
        self.urls: list[str] = []

    def factory(self, url: str) -> FaultyTransport:
        self.urls.append(url)
        transport = FaultyTransport(self.server.transport(), offline=self.offline)
        self.transports.append(transport)
        return transport

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        for transport in self.transports:
            transport.offline = offline


def make_session(tmp_path: Path, network: Network, name: str = "device") -> AppSession:
    return AppSession(AppConfig(data_dir=tmp_path / f"app-{name}"), transport_factory=network.factory,
                      worker_options=dict(FAST))


async def logged_in(tmp_path: Path, network: Network, username: str) -> AppSession:
    session = make_session(tmp_path, network, username)
    await session.start()
    await session.login(username, PASSWORD)
    await session.worker.sync_now()
    return session


class MemoryPrefs:
    """The device's preferences (SharedPreferences in the app) as a dict."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    async def read(self, key: str) -> str | None:
        return self.data.get(key)

    async def write(self, key: str, value: str) -> None:
        self.data[key] = value
