"""Offline and back, in a real browser against the real sync server process: a person edits while the server is
down, the edit is kept and counted ("1 Änderung wartet", announced to screen readers), and once the server is back
the app sends it by itself — a second person's browser then shows the change without anybody clicking "sync"."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import (  # noqa: E402
    create_on_server,
    expect_field_value,
    sign_in,
    tap,
    type_into,
    unique,
)
from tests.browser.screen import ANNOUNCEMENTS_SCRIPT, announcements, on_screen  # noqa: E402
from tests.browser.second_person import second_person  # noqa: E402

pytestmark = pytest.mark.browser
WAIT_MS = 30_000  # the app syncs every 5 s in browser tests and retries within 3 s


def test_edit_while_offline_is_kept_and_synced_by_itself(ui, chromium_browser, app_server, sync_server,
                                                         tmp_path, request):
    title = unique("Fahrradwerkstatt für Kinder")
    new_title = f"{title} – jetzt samstags"
    offer_id = create_on_server(sync_server.url, tmp_path, "peter.schulte", "offer", {
        "area": "ehrenamt", "direction": "biete", "title": title, "municipality": "menden",
        "status": "active", "description": "Wir reparieren gemeinsam Kinderfahrräder."})
    ui.page.add_init_script(ANNOUNCEMENTS_SCRIPT)

    with second_person(chromium_browser, app_server.url, request.node.name) as other:
        sign_in(other, "jonas.kruse")  # a second person, who can see the public offer
        other.open(f"/angebote/{offer_id}")
        other.expect_heading(title, timeout=WAIT_MS)
        other.screenshot("01-zweite-person-sieht-alten-titel")

        sign_in(ui, "peter.schulte")
        ui.open(f"/angebote/{offer_id}/bearbeiten")
        ui.expect_heading("Angebot bearbeiten")
        title_box = ui.page.get_by_role("textbox", name="Titel")
        expect_field_value(title_box, title, timeout=WAIT_MS)
        expect(on_screen(ui, "Alles synchronisiert")).to_be_visible(timeout=WAIT_MS)
        ui.screenshot("01-online")

        sync_server.stop()
        try:
            expect(on_screen(ui, "Offline – keine Änderungen offen")).to_be_visible(timeout=WAIT_MS)
            ui.screenshot("02-offline")
            type_into(title_box, new_title)
            tap(ui.page.get_by_role("button", name="Speichern"))
            ui.expect_heading(new_title)  # saved on the device, shown at once
            expect(on_screen(ui, "Offline – 1 Änderung wartet")).to_be_visible(timeout=WAIT_MS)
            ui.page.wait_for_function(
                "(window.__announcements || []).some(a => a.includes('Offline – 1 Änderung wartet'))",
                timeout=WAIT_MS)
            ui.screenshot("03-offline-gespeichert")

            ui.open("/start")  # a reload while offline: the login and the waiting edit are still there
            ui.expect_heading("Willkommen bei Ehrenamt 4.0")
            expect(ui.heading("Synchronisierung", level=2)).to_be_visible()
            expect(on_screen(ui, "Offline – 1 Änderung wartet")).to_be_visible(timeout=WAIT_MS)
            expect(on_screen(ui, re.compile(r"^Zuletzt synchronisiert \d\d:\d\d$"))).to_be_visible()
            expect(ui.page.get_by_role("button", name="Jetzt synchronisieren")).to_be_visible()
            ui.screenshot("04-start-offline")
            ui.assert_controls_accessible()

            other.screenshot("02-zweite-person-noch-alt")
            expect(other.heading(title)).to_be_visible()  # nothing reached the server yet
        finally:
            sync_server.start()  # the next tests need it, whatever happened here

        # no click: the app notices the server is back and sends the edit by itself
        expect(on_screen(ui, "Alles synchronisiert")).to_be_visible(timeout=WAIT_MS)
        ui.screenshot("05-wieder-online")
        assert any("Alles synchronisiert" in a for a in announcements(ui))

        other.expect_heading(new_title, timeout=WAIT_MS)  # the second person's app pulled it by itself
        other.screenshot("03-zweite-person-sieht-neuen-titel")
