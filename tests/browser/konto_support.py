"""Helpers of the sync/conflict browser tests: test data put on the real sync server through the real sync client
(a replica + SyncEngine in the test process, like another device of that person), screen-reader announcements,
and a second browser context for a second person."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.store import Replica
from app.sync.engine import SyncEngine
from app.sync.httpx_transport import HttpxTransport
from core.demo import demo_accounts
from tests.browser.conftest import FIRST_FRAME_SCRIPT, SCREENSHOTS, AppDriver

PASSWORDS = {a["username"]: a["password"] for a in demo_accounts()}
# collects what Flutter hands to its aria-live elements (it clears them again after a moment)
ANNOUNCEMENTS_SCRIPT = """
window.__announcements = [];
new MutationObserver(records => {
  for (const r of records) {
    const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    const live = node && node.closest && node.closest('[aria-live]');
    if (live && live.textContent.trim()) window.__announcements.push(live.textContent.trim());
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""
_counter = itertools.count(1)


def unique(prefix: str) -> str:
    """A title no other test (nor an earlier run against the same server) uses."""
    return f"{prefix} {int(time.time()) % 100000}-{next(_counter)}"


def create_on_server(server_url: str, workdir: Path, username: str, entity: str, values: dict[str, Any]) -> str:
    """Create a record as ``username`` from another device of theirs and sync it to the server; returns its id."""

    async def run() -> str:
        replica = Replica.open(workdir / f"device-{username}-{next(_counter)}.db")
        transport = HttpxTransport(server_url)
        try:
            engine = SyncEngine(replica, transport, device_name="Testgerät")
            await engine.login(username, PASSWORDS[username], server=server_url)
            record_id = replica.create(entity, values)
            report = await engine.sync()
            assert report.pending == 0 and report.rejected == 0, report
            return record_id
        finally:
            await transport.aclose()
            replica.close()

    # Playwright's sync API runs its own event loop in this thread: the sync client gets a thread of its own
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, run()).result(timeout=60)


def announcements(ui: AppDriver) -> list[str]:
    return ui.page.evaluate("window.__announcements || []")


def type_into(box: Any, value: str, attempts: int = 3) -> None:
    """Click a text field and fill it; Flutter web attaches its editing element on focus, and a fill that comes
    before that is overwritten — so check the value and try again (as a person would retype)."""
    from playwright.sync_api import expect

    for attempt in range(attempts):
        box.click()
        box.fill(value)
        try:
            expect(box).to_have_value(value, timeout=3_000)
            return
        except AssertionError:
            if attempt == attempts - 1:
                raise


def log_in(ui: AppDriver, username: str) -> None:
    """Sign in on /profil with the demo password; waits until the profile shows the person."""
    from playwright.sync_api import expect

    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    for label, value in (("Benutzername", username), ("Passwort", PASSWORDS[username])):
        type_into(ui.page.get_by_role("textbox", name=label), value)
    ui.page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(ui.page.get_by_text(re.compile(rf"Angemeldet als .*\({re.escape(username)}\)"))).to_be_visible(
        timeout=30_000)


def on_screen(ui: AppDriver, text: str | re.Pattern[str]) -> Any:
    """Text shown on the screen (the first of several, e.g. the status chip and the start page card) — not the
    copy Flutter puts into its aria-live element for an announcement."""
    return ui.page.locator("flt-semantics").get_by_text(text, exact=True).first


@contextmanager
def second_person(chromium_browser: Any, base_url: str, test_name: str, viewport: dict[str, int] | None = None
                  ) -> Iterator[AppDriver]:
    """Another person's browser (own context: own Flet session, own localStorage); screenshots go next to the
    test's own, prefixed by the folder name ``<test>-zweite-person``."""
    context = chromium_browser.new_context(viewport=viewport or {"width": 412, "height": 892}, locale="de-DE",
                                           timezone_id="Europe/Berlin", device_scale_factor=1,
                                           service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.add_init_script(FIRST_FRAME_SCRIPT)
    page.add_init_script(ANNOUNCEMENTS_SCRIPT)
    try:
        yield AppDriver(page, base_url, SCREENSHOTS / f"{test_name}-zweite-person")
    finally:
        context.close()
