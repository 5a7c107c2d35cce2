"""Vereine and Werkzeugkasten in a real browser, as a visitor: filter the directory by accessibility facts, open a
club and find its facts near the top, open a guide of the toolbox with real headings."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import tap, type_into  # noqa: E402 - after the importorskip
from tests.browser.screen import on_screen  # noqa: E402

pytestmark = pytest.mark.browser
SYNC_TIMEOUT = 30_000  # the visitor's first pull of the public data


def club_card(ui, name: str):
    return ui.page.get_by_role("button", name=re.compile(rf"^{re.escape(name)}\b"))


def test_visitor_filters_by_stufenlos_and_sees_a_clubs_accessibility(ui):
    ui.open("/vereine")
    ui.expect_heading("Vereine")
    expect(on_screen(ui, "38 Vereine und Organisationen")).to_be_visible(timeout=SYNC_TIMEOUT)
    expect(club_card(ui, "Bachpaten Hönne")).to_be_visible()  # no step-free access
    ui.screenshot("01-verzeichnis")

    stufenlos = ui.page.get_by_role("checkbox", name="Stufenlos")
    expect(stufenlos).to_have_attribute("aria-checked", "false")
    tap(stufenlos)
    expect(stufenlos).to_have_attribute("aria-checked", "true")
    expect(on_screen(ui, "27 Vereine und Organisationen")).to_be_visible()
    expect(club_card(ui, "Bachpaten Hönne")).to_have_count(0)
    ui.screenshot("02-stufenlos")

    tap(ui.page.get_by_role("checkbox", name="Leichte Sprache"))
    expect(on_screen(ui, "7 Vereine und Organisationen")).to_be_visible()
    ui.screenshot("03-stufenlos-und-leichte-sprache")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    tap(club_card(ui, "Freiwilligenzentrale Arnsberg"))
    ui.expect_heading("Freiwilligenzentrale Arnsberg")
    assert re.fullmatch(r"/vereine/[0-9a-f-]{36}", ui.path)
    ui.expect_heading("Barrierefreiheit", level=2)
    for fact in ("Stufenloser Zugang", "Aufzug vorhanden", "Barrierefreies WC", "Induktionsschleife (Hörschleife)",
                 "Informationen in Leichter Sprache"):
        expect(on_screen(ui, fact)).to_be_visible()  # near the top: visible without scrolling
    ui.screenshot("04-vereinsprofil")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
    ui.page.get_by_role("button", name="Webseite öffnen").scroll_into_view_if_needed()
    expect(ui.page.get_by_role("button", name="Anrufen: 0152 28817410")).to_be_visible()
    expect(ui.page.get_by_role("button", name="Coaching anfragen")).to_have_count(0)  # visitors sign in first
    ui.page.get_by_role("button", name="Zur Anmeldung").scroll_into_view_if_needed()
    ui.screenshot("05-kontakt-und-coaching")
    assert not ui.console_errors
    assert not ui.external_requests


@pytest.mark.parametrize("viewport", ["desktop"])
def test_visitor_opens_a_guide_from_the_toolbox(ui, viewport):
    failed: list[str] = []
    ui.page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    ui.open("/werkzeugkasten")
    ui.expect_heading("Digitaler Werkzeugkasten")
    guide = ui.page.get_by_role("button", name=re.compile(r"^Vereinskalender teilen"))
    expect(guide).to_be_visible(timeout=SYNC_TIMEOUT)
    ui.screenshot("01-werkzeugkasten")
    ui.assert_controls_accessible()
    type_into(ui.page.get_by_role("textbox", name=re.compile("^Anleitungen durchsuchen")), "iCal")
    expect(on_screen(ui, "1 Anleitung")).to_be_visible()
    tap(guide)
    ui.expect_heading("Vereinskalender teilen: Termine per iCal-Abo aufs Handy")
    ui.expect_heading("Wie funktioniert ein Kalender-Abo?", level=2)  # Markdown headings are real headings
    ui.expect_heading("Die Abo-Adresse erzeugen", level=2)
    ui.screenshot("02-anleitung")
    ui.assert_controls_accessible()
    tap(ui.page.get_by_role("button", name="Zurück zum Werkzeugkasten"))
    ui.expect_heading("Digitaler Werkzeugkasten")
    # Known, outside this screen: Flutter asks the app server for a fallback font (Noto Sans Symbols, for the
    # "→" in the guide) that the offline build does not ship; the arrow then shows as a box. Anything else fails.
    assert all("/assets/fonts/" in url for url in failed), failed
    assert len(ui.console_errors) == len(failed), ui.console_errors
    assert not ui.external_requests
