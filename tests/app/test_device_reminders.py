"""Device reminders start with a native app's page and never in web-server mode (they would notify the server
machine): a due reminder of the signed-in person becomes one device notification."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.device_reminders import start_device_reminders
from tests.app.session_support import make_session
from tests.async_support import wait_for
from tests.sync.harness import PASSWORD, Server


def _soon(minutes: int) -> str:
    return (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:00Z")


def _run_task(handler, *args):
    return asyncio.get_running_loop().create_task(handler(*args))


async def test_a_native_app_notifies_a_due_reminder_once(tmp_path: Path, server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    await session.login("vera", PASSWORD)
    session.replica.create("appointment", {"title": "Vereinsabend", "start": _soon(30), "place": "Neheim",
                                           "reminder_minutes": 60})
    shown: list[tuple[str, str]] = []
    task = start_device_reminders(session, is_web=False, run_task=_run_task,
                                  notify_factory=lambda: lambda title, text: shown.append((title, text)),
                                  interval_s=0.02)
    assert task is not None
    await wait_for(lambda: shown)
    await asyncio.sleep(0.1)  # several more checks: still one notification
    task.cancel()
    assert [title for title, _ in shown] == ["Vereinsabend"]
    assert "Vereinsabend" in shown[0][1] and "Uhr" in shown[0][1]
    await session.close()


async def test_web_server_mode_and_devices_without_notifications_start_nothing(tmp_path: Path,
                                                                                server: Server) -> None:
    session = make_session(tmp_path, server)
    await session.start()
    started: list[object] = []

    def run_task(handler, *args):
        started.append(handler)

    def must_not_be_asked():
        raise AssertionError("web-server mode must not even look for a notification facade")

    assert start_device_reminders(session, is_web=True, run_task=run_task, notify_factory=must_not_be_asked) is None
    assert start_device_reminders(session, is_web=False, run_task=run_task, notify_factory=lambda: None) is None
    assert started == []
    await session.close()
