"""The app shell in a real browser: loads, German navigation by role and name, navigation and deep links."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import tap  # noqa: E402 - after the importorskip

pytestmark = pytest.mark.browser

PHONE_BAR = ["Start", "Angebote", "Vereine", "Termine", "Mehr"]
DESKTOP_RAIL = ["Start", "Angebote", "Vereine", "Werkzeugkasten", "Termine", "Konflikte", "Profil"]
BOTH = pytest.mark.parametrize("viewport", ["phone", "desktop"])


@BOTH
def test_app_loads_with_german_navigation_for_a_visitor(ui, viewport):
    ui.open("/")
    ui.expect_heading("Willkommen bei Ehrenamt 4.0")
    expected = PHONE_BAR if viewport == "phone" else DESKTOP_RAIL
    for label in expected:
        expect(ui.nav_item(label)).to_be_visible()
    if viewport == "phone":
        expect(ui.page.get_by_role("tab")).to_have_count(len(PHONE_BAR))
        expect(ui.nav_item("Start")).to_have_attribute("aria-selected", "true")
    expect(ui.nav_item("Lotsen")).to_have_count(0)  # visitors have no care role
    assert ui.page.title() == "Willkommen bei Ehrenamt 4.0 – Ehrenamt 4.0"
    assert ui.page.evaluate("document.documentElement.lang").startswith("de")
    ui.screenshot("start")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
    assert not ui.console_errors
    assert not ui.external_requests, "the app must not contact any other host (offline, no CDN, GDPR)"


@BOTH
def test_navigating_to_vereine_shows_its_heading(ui, viewport):
    ui.open("/start")
    tap(ui.nav_item("Vereine"))
    ui.expect_heading("Vereine")
    assert ui.path == "/vereine"
    if viewport == "phone":
        expect(ui.nav_item("Vereine")).to_have_attribute("aria-selected", "true")
    ui.page.wait_for_function("document.title === 'Vereine – Ehrenamt 4.0'")
    ui.screenshot("vereine")
    ui.assert_controls_accessible()


@BOTH
def test_deep_link_opens_werkzeugkasten(ui, viewport):
    ui.open("/werkzeugkasten")
    ui.expect_heading("Digitaler Werkzeugkasten")
    if viewport == "phone":  # not in the bottom bar: it lives behind "Mehr"
        expect(ui.nav_item("Mehr")).to_have_attribute("aria-selected", "true")
    ui.screenshot("werkzeugkasten")


def test_mehr_lists_the_rest_and_leads_there(ui):
    ui.open("/start")
    tap(ui.nav_item("Mehr"))
    ui.expect_heading("Mehr")
    for label in ("Werkzeugkasten", "Konflikte", "Profil"):
        expect(ui.page.get_by_role("button", name=label, exact=True)).to_be_visible()
    expect(ui.page.get_by_role("button", name="Lotsen", exact=True)).to_have_count(0)
    ui.screenshot("mehr")
    ui.assert_controls_accessible()
    tap(ui.page.get_by_role("button", name="Konflikte", exact=True))
    ui.expect_heading("Konflikte")
    assert ui.path == "/konflikte"


@BOTH
def test_detail_deep_link_has_a_way_back(ui, viewport):
    ui.open("/vereine/0192f0c4-7a1e-7c3b-9d2a-4f5e6a7b8c9d")
    ui.expect_heading("Verein")
    back = ui.page.get_by_role("button", name="Zurück zu Vereine")
    expect(back).to_be_visible()
    ui.screenshot("verein-detail")
    ui.assert_controls_accessible()
    tap(back)
    ui.expect_heading("Vereine")
    assert ui.path == "/vereine"


def test_care_pages_are_closed_to_visitors(ui):
    ui.open("/lotsen/0192f0c4-7a1e-7c3b-9d2a-4f5e6a7b8c9d")
    ui.expect_heading("Kein Zugriff")
    expect(ui.page.get_by_text(re.compile("nur für Pflege-Lotsen"))).to_be_visible()
    ui.screenshot("kein-zugriff")
    tap(ui.page.get_by_role("button", name="Zur Startseite"))
    ui.expect_heading("Willkommen bei Ehrenamt 4.0")


def test_unknown_address_says_so(ui):
    ui.open("/gibt-es-nicht")
    ui.expect_heading("Seite nicht gefunden")
    expect(ui.page.get_by_text("Diese Adresse gibt es in der App nicht: /gibt-es-nicht")).to_be_visible()


def test_web_manifest_and_icons_are_ours(app_server):
    with urllib.request.urlopen(app_server.url + "/manifest.json") as response:
        manifest = json.load(response)
    assert manifest["name"] == manifest["short_name"] == "Ehrenamt 4.0"
    assert manifest["theme_color"] == "#00695C"
    from pathlib import Path

    assets = Path(__file__).resolve().parents[2] / "assets"
    for path in ["favicon.png"] + [icon["src"] for icon in manifest["icons"]]:
        with urllib.request.urlopen(f"{app_server.url}/{path}") as response:
            assert response.read() == (assets / path).read_bytes(), f"{path} is not our asset"
    with urllib.request.urlopen(app_server.url + "/vereine/42") as response:  # deep links get the app page
        html = response.read().decode()
    assert '<html lang="de">' in html and "<title>Ehrenamt 4.0</title>" in html
