"""What a person does in the app, for the browser tests — each step done the way Flutter web needs it and checked:
tap, type into a field, sign in; and a record made on another device of a person (synced to the server).

Flutter draws into a canvas and mirrors it in an accessibility DOM. The traps:
- scrolling: Playwright scrolls an element into view, but Flutter scrolls its own view a frame later, so a click
  at the computed point can hit a neighbour. ``tap`` scrolls first, lets Flutter settle, then clicks.
- typing: Flutter attaches its editing element when a field takes the focus; text filled in before that shows in
  the DOM but never reaches the app. ``type_into`` focuses first, then checks that the text is there, and types
  again if not (as a person would).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from app.store import Replica
from app.sync.engine import SyncEngine
from app.sync.httpx_transport import HttpxTransport
from core.demo import demo_accounts

PASSWORDS = {a["username"]: a["password"] for a in demo_accounts()}
SETTLE_MS = 300  # one Flutter frame on a loaded machine, and then some
SIGN_IN_TIMEOUT_MS = 30_000  # the login and the first pull of the person's data
_counter = itertools.count(1)


def tap(locator: Any) -> None:
    """Scroll the control into view, let Flutter settle, then click it."""
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_timeout(SETTLE_MS)
    locator.click()


def type_into(box: Any, value: str, attempts: int = 3) -> None:
    """Replace a text field's text with ``value``; returns once the field shows it."""
    for attempt in range(attempts):
        box.scroll_into_view_if_needed()
        box.page.wait_for_timeout(SETTLE_MS)
        if attempt == 0:
            box.focus()  # no click: nothing for a neighbour (or the navigation bar) to catch
        else:
            box.click()
        box.page.wait_for_timeout(SETTLE_MS)
        box.fill(value)
        try:
            expect(box).to_have_value(value, timeout=3_000)
        except AssertionError:
            if attempt == attempts - 1:
                raise
            continue
        box.page.wait_for_timeout(SETTLE_MS)  # the change reaches the app before the next action
        return


def expect_field_value(box: Any, value: str, timeout: int = 15_000) -> None:
    """Check a text field's text. Flutter puts it into the DOM only while the field is being edited: focus the
    field, then read it; if the focus did not take (a field at the edge of the screen, under the navigation bar),
    scroll a little and click it."""
    page = box.page
    for attempt in range(3):
        if attempt == 0:
            box.focus()
        else:
            size = page.viewport_size
            page.mouse.move(size["width"] / 2, size["height"] / 2)
            page.mouse.wheel(0, 250)
            page.wait_for_timeout(SETTLE_MS)
            box.click()
        try:
            expect(box).to_have_value(value, timeout=timeout if attempt == 0 else 3_000)
        except AssertionError:
            if attempt == 2:
                raise
            continue
        box.blur()  # the next field then takes the focus cleanly
        return


def sign_in(ui: Any, username: str, password: str | None = None, attempts: int = 3) -> None:
    """Sign in on /profil (with the demo password unless told otherwise); returns once the profile names the
    person. Waits until the form is enabled; types again when the app says a field is empty, and taps again when
    the tap on "Anmelden" did not arrive."""
    password = PASSWORDS[username] if password is None else password
    page = ui.page
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    signed_in = page.get_by_text(re.compile(rf"Angemeldet als .*\({re.escape(username)}\)")).first
    form_ready = page.get_by_role("textbox", name="Benutzername", disabled=False)
    field_empty = page.get_by_text(re.compile(r"^Bitte geben Sie Ihr"))
    busy = page.get_by_role("button", name="Anmeldung läuft …")
    for _attempt in range(attempts):
        expect(signed_in.or_(form_ready).first).to_be_visible(timeout=SIGN_IN_TIMEOUT_MS)
        if signed_in.count():
            return
        type_into(page.get_by_role("textbox", name="Benutzername"), username)
        type_into(page.get_by_role("textbox", name="Passwort"), password)
        tap(page.get_by_role("button", name="Anmelden", exact=True))
        try:  # the app took the tap: it is busy, or already done
            expect(signed_in.or_(field_empty).or_(busy).first).to_be_visible(timeout=10_000)
        except AssertionError:
            continue
        expect(signed_in.or_(field_empty).first).to_be_visible(timeout=SIGN_IN_TIMEOUT_MS)
        if signed_in.count():
            return
    expect(signed_in).to_be_visible()


def unlock_care(ui: Any, username: str, password: str | None = None) -> None:
    """Open the care lock ("Lotsen-Bereich gesperrt") with the person's password; returns once it is open."""
    page = ui.page
    locked = page.get_by_role("heading", name="Lotsen-Bereich gesperrt")
    expect(locked).to_be_visible(timeout=SIGN_IN_TIMEOUT_MS)
    type_into(page.get_by_role("textbox", name="Passwort"), PASSWORDS[username] if password is None else password)
    tap(page.get_by_role("button", name="Entsperren", exact=True))
    expect(locked).to_have_count(0, timeout=SIGN_IN_TIMEOUT_MS)


def unique(prefix: str) -> str:
    """A title no other test (nor an earlier run against the same server) uses."""
    return f"{prefix} {int(time.time()) % 100000}-{next(_counter)}"


def create_on_server(server_url: str, workdir: Path, username: str, entity: str, values: dict[str, Any]) -> str:
    """Create a record as ``username`` on another device of theirs (a replica and the real sync client in this
    process) and sync it to the server; returns its id."""

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
