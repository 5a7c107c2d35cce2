"""Support for the care view-model tests: the real server in process with the demo content, a real AppSession
logged in as a demo person (own replica file, real sync worker), and helpers to run async test bodies.

The view-models are driven exactly as the views drive them, without Flet.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Any

from app.config import AppConfig
from app.services.app_session import AppSession
from core.demo import demo_accounts, demo_records
from core.demo._common import demo_id
from tests.async_support import wait_for  # noqa: F401 (re-exported for the tests)
from tests.sync.harness import Server

TODAY = date.today()
PASSWORDS = {a["username"]: a["password"] for a in demo_accounts()}
FAST = {"interval_s": 3600.0, "debounce_s": 0.05, "backoff_base_s": 0.05, "backoff_max_s": 0.2}

HENNECKE = demo_id("contact", "ar-hennecke")  # Arnsberg, every consent, care grade 2
BRUEGGEMANN = demo_id("contact", "ar-brueggemann")  # Arnsberg, no consent to health data or relatives


def async_test(fn: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an ``async def`` test body in its own event loop (pytest passes the fixtures through)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return wrapper


def demo_server(path: Path, today: date = TODAY) -> Server:
    server = Server(path)
    server.service.seed(demo_accounts(), demo_records(today))
    return server


@asynccontextmanager
async def signed_in(tmp_path: Path, username: str, server: Server | None = None,
                    name: str = "device") -> AsyncIterator[tuple[Server, AppSession]]:
    """A demo person's AppSession after login and the first complete sync."""
    own_server = server is None
    server = server or demo_server(tmp_path / "server.db")
    session = AppSession(AppConfig(data_dir=tmp_path / name), transport_factory=lambda _url: server.transport(),
                         worker_options=dict(FAST))
    try:
        await session.start()
        await session.login(username, PASSWORDS[username])
        await wait_for(lambda: session.status.last_success is not None)
        yield server, session
    finally:
        await session.close()
        if own_server:
            server.close()


def menden_contact_id() -> str:
    return next(v["id"] for e, v in demo_records(TODAY) if e == "contact" and v["municipality"] == "menden")
