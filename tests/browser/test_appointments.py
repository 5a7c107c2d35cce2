"""Termine in a real browser against the real sync server: Lena creates an appointment with an online room and
invites Jonas; Jonas (a second browser) sees it after the sync and answers "Zusage"; Lena sees the answer without
reloading and exports the appointment as an .ics file."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import sign_in, tap, type_into, unique  # noqa: E402 - after the importorskip
from tests.browser.screen import on_screen  # noqa: E402
from tests.browser.second_person import second_person  # noqa: E402

pytestmark = pytest.mark.browser
SYNC_TIMEOUT = 30_000  # the app syncs every 5 s in browser tests


def test_invite_answer_and_see_the_answer(ui, chromium_browser, app_server, request):
    title = unique("Vorstandssitzung online")
    sign_in(ui, "lena.vogt")
    ui.open("/termine")
    ui.expect_heading("Termine")
    tap(ui.page.get_by_role("button", name="Neuer Termin"))
    ui.expect_heading("Neuer Termin")
    type_into(ui.page.get_by_role("textbox", name="Titel"), title)
    tap(ui.page.get_by_role("radio", name="Online-Treffen"))
    tap(ui.page.get_by_role("button", name="Online-Raum erstellen"))
    expect(ui.page.get_by_role("button", name="Neuen Online-Raum erstellen")).to_be_visible()
    open_room = ui.page.get_by_role("button", name="Online-Raum öffnen")
    expect(open_room).to_be_visible()
    open_room.scroll_into_view_if_needed()
    ui.screenshot("01-online-raum-erstellt")
    type_into(ui.page.get_by_role("textbox", name="Benutzername einladen"), "Jonas Kruse")
    tap(ui.page.get_by_role("button", name="Einladen", exact=True))  # a display name is no username
    expect(on_screen(ui, "„jonas kruse“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, . _ -).")
           ).to_be_visible()
    ui.screenshot("02-ungueltiger-benutzername")
    type_into(ui.page.get_by_role("textbox", name=re.compile("^Benutzername einladen")), "jonas.kruse")
    tap(ui.page.get_by_role("button", name="Einladen", exact=True))
    expect(ui.page.get_by_role("button", name="jonas.kruse ausladen")).to_be_visible()
    ui.screenshot("03-eingeladen")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
    tap(ui.page.get_by_role("button", name="Speichern"))
    ui.expect_heading(title)
    assert re.fullmatch(r"/termine/[0-9a-f-]{36}", ui.path)
    detail_path = ui.path
    expect(on_screen(ui, "jonas.kruse: Offen")).to_be_visible()
    expect(on_screen(ui, re.compile(r"^https://meet\.jit\.si/Ehrenamt-Vorstandssitzung-Online-\d+-\d+-[0-9a-f]{8}$"))
           ).to_be_visible()
    expect(ui.page.get_by_role("button", name="Online-Raum öffnen")).to_be_visible()
    ui.screenshot("04-termin-gespeichert")
    ui.assert_controls_accessible()

    with second_person(chromium_browser, app_server.url, request.node.name) as jonas:
        sign_in(jonas, "jonas.kruse")
        jonas.open("/termine")
        jonas.expect_heading("Termine")
        entry = jonas.page.get_by_role("button", name=re.compile(re.escape(title)))
        expect(entry).to_be_visible(timeout=SYNC_TIMEOUT)  # arrives with the sync, no reload
        jonas.screenshot("01-einladung-in-der-agenda")
        tap(entry)
        jonas.expect_heading(title)
        assert jonas.path == detail_path
        expect(on_screen(jonas, "Sie haben noch nicht geantwortet.")).to_be_visible()
        tap(jonas.page.get_by_role("button", name="Zusage", exact=True))
        expect(on_screen(jonas, "Sie haben geantwortet: Zusage")).to_be_visible()
        expect(jonas.page.get_by_role("button", name="Zusage (gewählt)")).to_be_visible()
        jonas.screenshot("02-zugesagt")
        jonas.assert_controls_accessible()
        # Jonas stays online (a closed tab would keep the answer on his device until he comes back)
        expect(on_screen(ui, "jonas.kruse: Zusage")).to_be_visible(timeout=SYNC_TIMEOUT)  # Lena's page updates itself
        ui.screenshot("05-organisatorin-sieht-zusage")
    with ui.page.expect_download(timeout=15_000) as download:
        tap(ui.page.get_by_role("button", name="Als Kalenderdatei (.ics) exportieren"))
    assert download.value.suggested_filename.endswith(".ics")
    ics = open(download.value.path(), "rb").read().decode("utf-8")
    assert "BEGIN:VEVENT" in ics and "PARTSTAT=ACCEPTED" in ics and "meet.jit.si" in ics
    expect(on_screen(ui, re.compile(r"^Kalenderdatei „.*\.ics“ gespeichert\.$"))).to_be_visible()
    ui.screenshot("06-ics-exportiert")
    assert not ui.console_errors
    assert not ui.external_requests
