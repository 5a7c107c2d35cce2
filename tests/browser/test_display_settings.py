"""Text size up to 200 %, a 320 px wide screen, high contrast and English: nothing breaks, settings persist."""

from __future__ import annotations

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import tap  # noqa: E402 - after the importorskip

pytestmark = pytest.mark.browser

NARROWEST = {"width": 320, "height": 640}
BAR_PAGES = [
    ("Start", "Willkommen bei Ehrenamt 4.0"),
    ("Angebote", "Angebote und Gesuche"),
    ("Vereine", "Vereine"),
    ("Termine", "Termine"),
    ("Mehr", "Mehr"),
]


def set_text_size(ui, percent: int) -> None:
    option = ui.page.get_by_role("radio", name=f"{percent} %")
    tap(option)
    expect(option).to_have_attribute("aria-checked", "true")


@pytest.mark.parametrize("viewport", [NARROWEST], ids=["320px"])
def test_200_percent_text_reflows_at_320_px(ui):
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    normal = ui.heading("Profil und Einstellungen").bounding_box()
    ui.screenshot("profil-100")
    set_text_size(ui, 200)
    ui.page.wait_for_function(
        f"() => document.querySelector('h1').getBoundingClientRect().height >= {normal['height'] * 1.5}"
    )
    ui.screenshot("profil-200")
    ui.assert_fits_width()
    ui.assert_controls_accessible()
    for label, heading in BAR_PAGES:
        tap(ui.nav_item(label))
        ui.expect_heading(heading)
        ui.screenshot(label.lower() + "-200")
        ui.assert_fits_width()
        ui.assert_controls_accessible()
    tap(ui.page.get_by_role("button", name="Werkzeugkasten", exact=True))
    ui.expect_heading("Digitaler Werkzeugkasten")
    ui.screenshot("werkzeugkasten-200")
    ui.assert_fits_width()


@pytest.mark.parametrize("viewport", ["desktop"])
def test_200_percent_text_on_desktop_keeps_every_destination_reachable(ui):
    ui.open("/profil")
    set_text_size(ui, 200)
    ui.open("/vereine/42")  # a reload: the setting comes back from the device's storage
    ui.expect_heading("Verein")
    for label in ("Start", "Angebote", "Vereine", "Werkzeugkasten", "Termine", "Konflikte", "Profil"):
        ui.nav_item(label).scroll_into_view_if_needed()
        expect(ui.nav_item(label)).to_be_visible()
    ui.screenshot("verein-200")
    ui.assert_fits_width()
    ui.assert_controls_accessible()
    tap(ui.nav_item("Profil"))
    expect(ui.page.get_by_role("radio", name="200 %")).to_have_attribute("aria-checked", "true")


def test_high_contrast_and_english(ui):
    ui.open("/profil")
    contrast = ui.page.get_by_role("switch", name="Hoher Kontrast")
    tap(contrast)
    expect(contrast).to_have_attribute("aria-checked", "true")
    ui.screenshot("hoher-kontrast")
    tap(ui.page.get_by_role("radio", name="English"))
    ui.expect_heading("Profile and settings")
    for label in ("Home", "Offers", "Clubs", "Dates", "More"):
        expect(ui.nav_item(label)).to_be_visible()
    ui.page.wait_for_function("document.title === 'Profile and settings – Ehrenamt 4.0'")
    ui.screenshot("english")
    tap(ui.nav_item("Clubs"))
    ui.expect_heading("Clubs")
    ui.assert_controls_accessible()
