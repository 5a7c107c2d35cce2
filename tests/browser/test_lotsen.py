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

from tests.browser.actions import expect_field_value, sign_in, tap, type_into, unlock_care  # noqa: E402
from tests.browser.second_person import second_person  # noqa: E402

pytestmark = pytest.mark.browser

SYNC_TIMEOUT = 30_000  # login and the first pull of the person's data
HENNECKE = "Gertrud Hennecke"  # demo contact of monika.peters (core/demo/care_arnsberg.py)


def field(ui, label: str):
    return ui.page.get_by_role("textbox", name=label)


def scroll_to_top(ui) -> None:
    """Flutter draws on a canvas: scroll the page with the mouse wheel, as a person would."""
    size = ui.page.viewport_size
    ui.page.mouse.move(size["width"] / 2, size["height"] / 2)
    ui.page.mouse.wheel(0, -5000)


def reload(ui, heading: str = "Besuch erfassen") -> None:
    ui.page.reload()
    ui.page.wait_for_function("window.__flutterFirstFrame === true", timeout=60_000)
    ui.enable_accessibility()
    ui.expect_heading(heading, timeout=SYNC_TIMEOUT)  # after the remembered login is restored


def contact_row(ui, name: str):
    return ui.page.get_by_role("button", name=re.compile(rf"^{re.escape(name)}\s"))


def test_lotse_records_a_visit_whose_draft_survives_a_reload(ui, chromium_browser, request):
    suffix = uuid.uuid4().hex[:6]
    name = f"Testperson {suffix}"
    notes = f"Erster Besuch {suffix}: Frau T. wünscht Begleitung zum Seniorentreff."

    sign_in(ui, "monika.peters")
    tap(ui.nav_item("Mehr"))
    tap(ui.page.get_by_role("button", name="Lotsen", exact=True))
    ui.expect_heading("Meine Kontakte")
    expect(contact_row(ui, HENNECKE)).to_be_visible(timeout=SYNC_TIMEOUT)
    ui.screenshot("01-meine-kontakte")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    # a new contact: German validation next to the fields, consent gates the care grade
    tap(ui.page.get_by_role("button", name="Neuer Kontakt"))
    ui.expect_heading("Neuer Kontakt")
    ui.assert_controls_accessible()
    expect(ui.page.get_by_role("radio", name="Pflegegrad 2")).to_have_count(0)  # no consent to health data yet
    tap(ui.page.get_by_role("button", name="Kontakt speichern"))
    expect(ui.page.get_by_text("Bitte einen Namen angeben (höchstens 120 Zeichen).")).to_be_visible()
    scroll_to_top(ui)
    ui.screenshot("02-neuer-kontakt-fehler")
    type_into(field(ui, "Name"), name)
    tap(ui.page.get_by_role("switch", name="Angaben zu Pflege und Gesundheit speichern"))
    tap(ui.page.get_by_role("radio", name="Pflegegrad 2"))
    ui.screenshot("03-neuer-kontakt-ausgefuellt")
    tap(ui.page.get_by_role("button", name="Kontakt speichern"))
    ui.expect_heading(name)
    contact_path = ui.path
    assert re.fullmatch(r"/lotsen/[0-9a-f-]{36}", contact_path), contact_path
    expect(ui.page.get_by_text("Arnsberg · Pflegegrad 2")).to_be_visible()
    expect(ui.page.get_by_text("Noch kein Besuch erfasst.")).to_be_visible()
    ui.screenshot("04-kontakt")

    # "Besuch erfassen": part of it, then the page is reloaded — the draft is still there
    tap(ui.page.get_by_role("button", name="Besuch erfassen"))
    ui.expect_heading("Besuch erfassen")
    type_into(field(ui, "Dauer in Minuten"), "40")
    tap(ui.page.get_by_role("checkbox", name="Einsamkeit / Begegnung"))
    type_into(field(ui, "Notizen"), notes)
    # on the screen (the same words also go to the screen reader's live announcement)
    expect(ui.page.locator("flt-semantics").get_by_text(re.compile(r"^Entwurf gespeichert \(\d\d:\d\d Uhr\)\.$"))
           ).to_be_visible()
    ui.screenshot("05-entwurf-gespeichert")

    reload(ui)  # Flet reconnects the tab to its running session: what was typed is on screen
    expect_field_value(field(ui, "Notizen"), notes)
    ui.screenshot("06-nach-neu-laden")
    # the tab's session is gone too (as after a time-out or the app being killed): the reopened login finds the
    # care screens locked (nothing of the contact shown); with the password, the new session reads the draft
    # from the device's store
    ui.page.evaluate("sessionStorage.clear()")
    reload(ui, heading="Lotsen-Bereich gesperrt")
    expect(ui.page.get_by_text(name)).to_have_count(0)
    expect(ui.page.get_by_text(notes)).to_have_count(0)
    ui.screenshot("07a-gesperrt")
    ui.assert_controls_accessible()
    type_into(field(ui, "Passwort"), "falsches-passwort")
    tap(ui.page.get_by_role("button", name="Entsperren", exact=True))
    expect(ui.page.locator("flt-semantics").get_by_text("Das Passwort stimmt nicht.")).to_be_visible()
    unlock_care(ui, "monika.peters")
    ui.expect_heading("Besuch erfassen")
    expect(ui.page.get_by_text(re.compile(r"^Ihr Entwurf vom .* wurde wiederhergestellt\.$"))).to_be_visible()
    expect_field_value(field(ui, "Dauer in Minuten"), "40")  # top to bottom
    expect_field_value(field(ui, "Notizen"), notes)
    expect(ui.page.get_by_role("checkbox", name="Einsamkeit / Begegnung")).to_be_checked()
    ui.screenshot("07-neue-sitzung-entwurf-wiederhergestellt")

    type_into(field(ui, "Nächste Schritte"), "Termine des Seniorentreffs mitbringen")
    tap(ui.page.get_by_role("button", name="Besuch speichern"))
    ui.expect_heading(name)
    assert ui.path == contact_path
    expect(ui.page.get_by_text(notes)).to_be_visible()
    expect(ui.page.get_by_role("heading", name=re.compile(r"^Besuch am \d\d\.\d\d\.\d{4}$"))).to_have_count(1)
    expect(ui.page.get_by_role("button", name="Besuchsentwurf fortsetzen")).to_have_count(0)  # draft gone
    ui.page.get_by_text(notes).scroll_into_view_if_needed()
    ui.screenshot("08-besuch-in-der-zeitleiste")
    ui.assert_controls_accessible()

    # a volunteer in a second browser context: no Lotsen tab, and the contact's address is closed to her
    with second_person(chromium_browser, ui.base_url, request.node.name, viewport=ui.page.viewport_size,
                       who="ehrenamtliche") as volunteer:
        page = volunteer.page
        sign_in(volunteer, "lena.vogt")
        expect(volunteer.nav_item("Lotsen")).to_have_count(0)
        tap(volunteer.nav_item("Mehr"))
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


@pytest.mark.parametrize("viewport", ["desktop"])
def test_coordinator_sees_her_towns_contacts_on_a_desktop(ui, viewport):
    sign_in(ui, "katrin.berg")
    tap(ui.nav_item("Lotsen"))
    ui.expect_heading("Kontakte in Arnsberg")
    expect(contact_row(ui, HENNECKE)).to_be_visible(timeout=SYNC_TIMEOUT)
    search = field(ui, "Nach Namen suchen")
    tap(search)
    search.press_sequentially("hennec", delay=30)
    expect(contact_row(ui, "Wilhelm Brüggemann")).to_have_count(0)
    ui.screenshot("01-kontakte-gesucht")
    tap(contact_row(ui, HENNECKE))
    ui.expect_heading(HENNECKE)
    expect(ui.page.get_by_role("heading", name="Einwilligung")).to_be_visible()
    expect(ui.page.get_by_text("Erteilt am", exact=False)).to_be_visible()
    expect(ui.page.get_by_role("button", name="Anrufen: 0152 28851203")).to_be_visible()
    ui.screenshot("02-kontakt-desktop")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    # leaving the desk: "Sperren" hides every contact until the password is given
    tap(ui.nav_item("Lotsen"))
    ui.expect_heading("Kontakte in Arnsberg")
    tap(ui.page.get_by_role("button", name="Sperren", exact=True))
    ui.expect_heading("Lotsen-Bereich gesperrt")
    expect(contact_row(ui, HENNECKE)).to_have_count(0)
    ui.screenshot("03-gesperrt")
    unlock_care(ui, "katrin.berg")
    expect(contact_row(ui, HENNECKE)).to_be_visible()
