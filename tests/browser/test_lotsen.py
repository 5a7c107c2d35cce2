"""The Lotsen area in a real browser: a Lotse signs in, creates a contact, records a visit whose draft survives a
reload, and finds it in the timeline; a volunteer (second browser context) has no Lotsen tab and is refused on a
deep link; a coordinator sees her town's contacts on a desktop."""

from __future__ import annotations

import re
import uuid

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.conftest import FIRST_FRAME_SCRIPT, AppDriver  # noqa: E402 - after the importorskip

pytestmark = pytest.mark.browser

SYNC_TIMEOUT = 30_000  # login and the first pull of the person's data
HENNECKE = "Gertrud Hennecke"  # demo contact of monika.peters (core/demo/care_arnsberg.py)


def sign_in(ui, username: str, password: str) -> None:
    """Sign in on /profil. The login form may drop a field typed while the page re-renders (the visitor's first
    sync finishing); it then says so ("Bitte geben Sie …") and we type again, like a person would."""
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    signed_in = ui.page.get_by_role("button", name="Abmelden")
    retry = ui.page.get_by_text(re.compile(r"^Bitte geben Sie Ihr"))
    form_ready = ui.page.get_by_role("textbox", name="Benutzername", disabled=False)
    for _attempt in range(3):
        expect(signed_in.or_(form_ready).first).to_be_visible(timeout=SYNC_TIMEOUT)  # not while it is busy
        if signed_in.count():
            return
        for label, value in (("Benutzername", username), ("Passwort", password)):
            box = ui.page.get_by_role("textbox", name=label)
            box.click()
            box.fill(value)
        ui.page.wait_for_timeout(300)  # let the last keystrokes reach the app before the button does
        ui.page.get_by_role("button", name="Anmelden").click()
        expect(signed_in.or_(retry).first).to_be_visible(timeout=SYNC_TIMEOUT)
        if signed_in.count():
            return
    expect(signed_in).to_be_visible()


def field(ui, label: str):
    return ui.page.get_by_role("textbox", name=label)


def expect_value(ui, label: str, value: str) -> None:
    """Flutter mirrors a field's text into the DOM only while it is being edited: focus it, then read it. A field
    at the edge of the screen may not take the tap (the navigation bar covers it): then scroll a little, retry."""
    box = field(ui, label)
    for _attempt in range(3):
        box.click()
        try:
            expect(box).to_have_value(value, timeout=2_000)
            box.blur()  # the next field then takes the focus cleanly
            return
        except AssertionError:
            size = ui.page.viewport_size
            ui.page.mouse.move(size["width"] / 2, size["height"] / 2)
            ui.page.mouse.wheel(0, 250)
    expect(box).to_have_value(value)


def type_into(ui, label: str, value: str) -> None:
    box = field(ui, label)
    box.click()
    box.fill(value)


def scroll_to_top(ui) -> None:
    """Flutter draws on a canvas: scroll the page with the mouse wheel, as a person would."""
    size = ui.page.viewport_size
    ui.page.mouse.move(size["width"] / 2, size["height"] / 2)
    ui.page.mouse.wheel(0, -5000)


def reload(ui) -> None:
    ui.page.reload()
    ui.page.wait_for_function("window.__flutterFirstFrame === true", timeout=60_000)
    ui.enable_accessibility()
    ui.expect_heading("Besuch erfassen", timeout=SYNC_TIMEOUT)  # after the remembered login is restored


def contact_row(ui, name: str):
    return ui.page.get_by_role("button", name=re.compile(rf"^{re.escape(name)}\s"))


def test_lotse_records_a_visit_whose_draft_survives_a_reload(ui, chromium_browser):
    suffix = uuid.uuid4().hex[:6]
    name = f"Testperson {suffix}"
    notes = f"Erster Besuch {suffix}: Frau T. wünscht Begleitung zum Seniorentreff."

    sign_in(ui, "monika.peters", "demo-lotse-1")
    ui.nav_item("Mehr").click()
    ui.page.get_by_role("button", name="Lotsen", exact=True).click()
    ui.expect_heading("Meine Kontakte")
    expect(contact_row(ui, HENNECKE)).to_be_visible(timeout=SYNC_TIMEOUT)
    ui.screenshot("01-meine-kontakte")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    # a new contact: German validation next to the fields, consent gates the care grade
    ui.page.get_by_role("button", name="Neuer Kontakt").click()
    ui.expect_heading("Neuer Kontakt")
    ui.assert_controls_accessible()
    expect(ui.page.get_by_role("radio", name="Pflegegrad 2")).to_have_count(0)  # no consent to health data yet
    ui.page.get_by_role("button", name="Kontakt speichern").click()
    expect(ui.page.get_by_text("Bitte einen Namen angeben (höchstens 120 Zeichen).")).to_be_visible()
    scroll_to_top(ui)
    ui.screenshot("02-neuer-kontakt-fehler")
    type_into(ui, "Name", name)
    ui.page.get_by_role("switch", name="Angaben zu Pflege und Gesundheit speichern").click()
    ui.page.get_by_role("radio", name="Pflegegrad 2").click()
    ui.screenshot("03-neuer-kontakt-ausgefuellt")
    ui.page.get_by_role("button", name="Kontakt speichern").click()
    ui.expect_heading(name)
    contact_path = ui.path
    assert re.fullmatch(r"/lotsen/[0-9a-f-]{36}", contact_path), contact_path
    expect(ui.page.get_by_text("Arnsberg · Pflegegrad 2")).to_be_visible()
    expect(ui.page.get_by_text("Noch kein Besuch erfasst.")).to_be_visible()
    ui.screenshot("04-kontakt")

    # "Besuch erfassen": part of it, then the page is reloaded — the draft is still there
    ui.page.get_by_role("button", name="Besuch erfassen").click()
    ui.expect_heading("Besuch erfassen")
    type_into(ui, "Dauer in Minuten", "40")
    ui.page.get_by_role("checkbox", name="Einsamkeit / Begegnung").click()
    type_into(ui, "Notizen", notes)
    # on the screen (the same words also go to the screen reader's live announcement)
    expect(ui.page.locator("flt-semantics").get_by_text(re.compile(r"^Entwurf gespeichert \(\d\d:\d\d Uhr\)\.$"))
           ).to_be_visible()
    ui.screenshot("05-entwurf-gespeichert")

    reload(ui)  # Flet reconnects the tab to its running session: what was typed is on screen
    expect_value(ui, "Notizen", notes)
    ui.screenshot("06-nach-neu-laden")
    # the tab's session is gone too (as after a time-out or the app being killed): a new session reads the draft
    # from the device's store
    ui.page.evaluate("sessionStorage.clear()")
    reload(ui)
    expect(ui.page.get_by_text(re.compile(r"^Ihr Entwurf vom .* wurde wiederhergestellt\.$"))).to_be_visible()
    expect_value(ui, "Dauer in Minuten", "40")  # top to bottom: each click scrolls the page a little
    expect_value(ui, "Notizen", notes)
    expect(ui.page.get_by_role("checkbox", name="Einsamkeit / Begegnung")).to_be_checked()
    ui.screenshot("07-neue-sitzung-entwurf-wiederhergestellt")

    type_into(ui, "Nächste Schritte", "Termine des Seniorentreffs mitbringen")
    ui.page.get_by_role("button", name="Besuch speichern").click()
    ui.expect_heading(name)
    assert ui.path == contact_path
    expect(ui.page.get_by_text(notes)).to_be_visible()
    expect(ui.page.get_by_role("heading", name=re.compile(r"^Besuch am \d\d\.\d\d\.\d{4}$"))).to_have_count(1)
    expect(ui.page.get_by_role("button", name="Besuchsentwurf fortsetzen")).to_have_count(0)  # draft gone
    ui.page.get_by_text(notes).scroll_into_view_if_needed()
    ui.screenshot("08-besuch-in-der-zeitleiste")
    ui.assert_controls_accessible()

    # a volunteer in a second browser context: no Lotsen tab, and the contact's address is closed to her
    context = chromium_browser.new_context(viewport=ui.page.viewport_size, locale="de-DE",
                                           timezone_id="Europe/Berlin", device_scale_factor=1,
                                           service_workers="block")
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.add_init_script(FIRST_FRAME_SCRIPT)
        volunteer = AppDriver(page, ui.base_url, ui.shots)
        sign_in(volunteer, "lena.vogt", "demo-volunteer-1")
        expect(volunteer.nav_item("Lotsen")).to_have_count(0)
        volunteer.nav_item("Mehr").click()
        volunteer.expect_heading("Mehr")
        expect(page.get_by_role("button", name="Lotsen", exact=True)).to_have_count(0)
        volunteer.screenshot("09-ehrenamtliche-ohne-lotsen")
        volunteer.open(contact_path)
        volunteer.expect_heading("Kein Zugriff", timeout=SYNC_TIMEOUT)
        expect(page.get_by_text(name)).to_have_count(0)
        volunteer.page.wait_for_timeout(3000)  # the remembered login is restored meanwhile: still closed
        volunteer.expect_heading("Kein Zugriff")
        expect(page.get_by_text(name)).to_have_count(0)
        volunteer.screenshot("10-ehrenamtliche-kein-zugriff")
        for path in ("/lotsen", f"{contact_path}/besuch", f"{contact_path}/bearbeiten", "/lotsen/neu"):
            volunteer.open(path)
            volunteer.expect_heading("Kein Zugriff")
    finally:
        context.close()


@pytest.mark.parametrize("viewport", ["desktop"])
def test_coordinator_sees_her_towns_contacts_on_a_desktop(ui, viewport):
    sign_in(ui, "katrin.berg", "demo-coordinator-1")
    ui.nav_item("Lotsen").click()
    ui.expect_heading("Kontakte in Arnsberg")
    expect(contact_row(ui, HENNECKE)).to_be_visible(timeout=SYNC_TIMEOUT)
    search = field(ui, "Nach Namen suchen")
    search.click()
    search.press_sequentially("hennec", delay=30)
    expect(contact_row(ui, "Wilhelm Brüggemann")).to_have_count(0)
    ui.screenshot("01-kontakte-gesucht")
    contact_row(ui, HENNECKE).click()
    ui.expect_heading(HENNECKE)
    expect(ui.page.get_by_role("heading", name="Einwilligung")).to_be_visible()
    expect(ui.page.get_by_text("Erteilt am", exact=False)).to_be_visible()
    expect(ui.page.get_by_role("button", name="Anrufen: 0152 28851203")).to_be_visible()
    ui.screenshot("02-kontakt-desktop")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
