"""Helpers of the offer/interest browser tests: sign in, tap and type the way Flutter web needs it.

Flutter draws into a canvas and mirrors it in an accessibility DOM. Two traps for Playwright:
- scrolling: Playwright scrolls an element into view, but Flutter scrolls its own view a frame later, so a click
  at the computed point can hit a neighbour. ``tap`` scrolls first, lets Flutter settle, then clicks.
- typing: a ``fill`` into a text field Flutter has not focused yet shows in the DOM but never reaches the app.
  ``type_into`` focuses the field's input first (no click, so nothing to miss).
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

PASSWORDS = {"lena.vogt": "demo-volunteer-1", "jonas.kruse": "demo-volunteer-2", "aylin.demir": "demo-volunteer-3"}
SETTLE_MS = 300


def tap(locator: Any) -> None:
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_timeout(SETTLE_MS)
    locator.click()


def type_into(textbox: Any, value: str) -> None:
    textbox.scroll_into_view_if_needed()
    textbox.page.wait_for_timeout(SETTLE_MS)
    textbox.focus()
    textbox.page.wait_for_timeout(SETTLE_MS)
    textbox.fill(value)
    expect(textbox).to_have_value(value)
    textbox.page.wait_for_timeout(SETTLE_MS)  # the change reaches the app before the next action


def sign_in(ui: Any, username: str) -> None:
    """Sign in on /profil with the demo password; waits until the profile names the person."""
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    type_into(ui.page.get_by_role("textbox", name="Benutzername"), username)
    type_into(ui.page.get_by_role("textbox", name="Passwort"), PASSWORDS[username])
    tap(ui.page.get_by_role("button", name="Anmelden", exact=True))
    expect(ui.page.get_by_text(re.compile(rf"\({re.escape(username)}\)"))).to_be_visible(timeout=30_000)


def offer_row(page: Any, title: str) -> Any:
    """A result row / "Meine Angebote" card: a button named by the title, then its badges."""
    return page.get_by_role("button", name=re.compile(rf"^{re.escape(title)}\s+Ich (biete|suche)\s"))


def create_offer_on_server(server_url: str, workdir: Any, username: str, values: dict[str, Any]) -> str:
    """An offer made by ``username`` on another device of theirs and synced to the server; returns its id."""
    import asyncio
    import concurrent.futures

    from app.store import Replica
    from app.sync.engine import SyncEngine
    from app.sync.httpx_transport import HttpxTransport

    async def run() -> str:
        replica = Replica.open(workdir / f"device-{username}.db")
        transport = HttpxTransport(server_url)
        try:
            engine = SyncEngine(replica, transport, device_name="Testgerät")
            await engine.login(username, PASSWORDS[username], server=server_url)
            offer_id = replica.create("offer", values)
            report = await engine.sync()
            assert report.pending == 0 and report.rejected == 0, report
            return offer_id
        finally:
            await transport.aclose()
            replica.close()

    # Playwright's sync API keeps an event loop running in this thread: run the client in its own thread
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, run()).result(timeout=60)


def my_offer_card(page: Any, title: str) -> Any:
    """A card of "Meine Angebote": one group named by the title, its badges and status."""
    return page.get_by_role("group", name=re.compile(rf"^{re.escape(title)}\s+Ich (biete|suche)\s"))
