"""The conflict inbox in a real browser: two people change the same appointment's title while the server is down;
after syncing the later edit counts for both, the overwritten title waits in the other person's inbox, one tap
restores it — and both end with the same title, without anybody clicking "sync"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

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
from tests.browser.screen import on_screen  # noqa: E402
from tests.browser.second_person import second_person  # noqa: E402

pytestmark = pytest.mark.browser
WAIT_MS = 30_000  # the app syncs every 5 s in browser tests and retries within 3 s


def edit_title(person, appointment_id: str, old: str, new: str) -> None:
    """Through the Termine edit screen (/termine/<id>/bearbeiten), as a person would."""
    person.open(f"/termine/{appointment_id}/bearbeiten")
    person.expect_heading("Termin bearbeiten")
    box = person.page.get_by_role("textbox", name="Titel")
    expect_field_value(box, old, timeout=WAIT_MS)
    type_into(box, new)
    tap(person.page.get_by_role("button", name="Speichern"))
    person.expect_heading(new, timeout=WAIT_MS)


def test_overwritten_title_is_restored_from_the_inbox_and_both_agree(ui, chromium_browser, app_server,
                                                                     sync_server, tmp_path, request):
    original = unique("Vorbereitung Waldputz")
    aylins, lenas = f"{original} (Treffpunkt Parkplatz)", f"{original} (Treffpunkt Kirche)"
    start = (datetime.now(UTC) + timedelta(days=2)).replace(hour=16, minute=0, second=0, microsecond=0)
    appointment_id = create_on_server(sync_server.url, tmp_path, "aylin.demir", "appointment", {
        "title": original, "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "place": "Hüsten",
        "invitees": ["lena.vogt"], "guests_can_edit": True})

    with second_person(chromium_browser, app_server.url, request.node.name) as lena:
        sign_in(ui, "aylin.demir")  # the organiser
        sign_in(lena, "lena.vogt")  # invited, and allowed to edit
        for person in (ui, lena):
            person.open(f"/termine/{appointment_id}")
            person.expect_heading(original, timeout=WAIT_MS)
            expect(on_screen(person, "Alles synchronisiert")).to_be_visible(timeout=WAIT_MS)
        ui.screenshot("01-termin-online")

        sync_server.stop()
        try:
            for person in (ui, lena):
                expect(on_screen(person, "Offline – keine Änderungen offen")).to_be_visible(timeout=WAIT_MS)
            edit_title(ui, appointment_id, original, aylins)
            expect(on_screen(ui, "Offline – 1 Änderung wartet")).to_be_visible(timeout=WAIT_MS)
            ui.screenshot("02-aylin-offline-geaendert")
            edit_title(lena, appointment_id, original, lenas)  # later: this one will count
            expect(on_screen(lena, "Offline – 1 Änderung wartet")).to_be_visible(timeout=WAIT_MS)
            lena.screenshot("01-lena-offline-geaendert")
        finally:
            sync_server.start()  # the next tests need it, whatever happened here

        # both apps send and receive by themselves; the later edit (Lena's) counts everywhere
        ui.expect_heading(lenas, timeout=WAIT_MS)
        lena.expect_heading(lenas, timeout=WAIT_MS)
        ui.screenshot("03-aylin-sieht-lenas-titel")

        ui.open("/start")
        # "1 Konflikt wartet …" (more if earlier tests left some for this demo account)
        banner = on_screen(ui, re.compile(r"^\d+ Konflikte? (und .+ )?warte[nt] auf Ihre Entscheidung\.$"))
        expect(banner).to_be_visible(timeout=WAIT_MS)
        ui.screenshot("04-start-banner")
        tap(ui.page.get_by_role("button", name="Zu den Konflikten"))
        ui.expect_heading("Konflikte")
        card = f"Termin „{lenas}“ – Titel"
        expect(ui.heading(card, level=3)).to_be_visible(timeout=WAIT_MS)
        expect(ui.page.get_by_text(f"Ihr überschriebener Wert: {aylins}")).to_be_visible()
        expect(ui.page.get_by_text(f"Gilt jetzt: {lenas} (geändert von lena.vogt)")).to_be_visible()
        expect(on_screen(ui, re.compile(r"^Konflikt vom \d\d\.\d\d\.\d{4}, \d\d:\d\d$"))).to_be_visible()
        ui.screenshot("05-konflikt")
        ui.assert_controls_accessible()

        tap(ui.page.get_by_role("button", name=f"Meinen Wert wiederherstellen ({card})", exact=True))
        expect(on_screen(ui, "Ihr Wert wurde wiederhergestellt und wird übertragen.")).to_be_visible()
        expect(ui.heading(card, level=3)).to_have_count(0)
        expect(on_screen(ui, "Alles synchronisiert")).to_be_visible(timeout=WAIT_MS)  # sent by itself
        ui.screenshot("06-wiederhergestellt")

        # Lena's open page follows by itself; her inbox has nothing left about it
        lena.expect_heading(aylins, timeout=WAIT_MS)
        lena.screenshot("02-lena-sieht-wiederhergestellten-titel")
        lena.open("/konflikte")
        lena.expect_heading("Konflikte")
        expect(lena.page.get_by_text(re.compile(re.escape(original)))).to_have_count(0)
        lena.screenshot("03-lena-konflikte-leer")

        ui.open(f"/termine/{appointment_id}")
        ui.expect_heading(aylins, timeout=WAIT_MS)  # both end with the same title
        ui.screenshot("07-beide-gleich")
