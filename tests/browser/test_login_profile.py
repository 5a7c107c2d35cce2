"""Sign-in in a real browser: German error, the Lotsen destination appears for a care navigator, a reload keeps the
login (only a username and a random key are stored in the browser), logout hides care pages again; the
accessibility statement with its feedback channel."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import (  # noqa: E402 - after the importorskip
    PASSWORDS,
    SIGN_IN_TIMEOUT_MS,
    sign_in,
    tap,
    type_into,
)
from tests.browser.screen import on_screen  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", ["desktop"])
def test_login_reload_and_logout_follow_the_navigation(ui, viewport):
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    expect(ui.nav_item("Lotsen")).to_have_count(0)
    # as sign_in does: on a loaded machine the form came later than the heading (a CI rerun waited 15 s for it)
    expect(ui.page.get_by_role("textbox", name="Benutzername", disabled=False)).to_be_visible(
        timeout=SIGN_IN_TIMEOUT_MS)
    for label, value in (("Benutzername", "monika.peters"), ("Passwort", "falsch")):
        type_into(ui.page.get_by_role("textbox", name=label), value)
    tap(ui.page.get_by_role("button", name="Anmelden", exact=True))
    expect(on_screen(ui, "Benutzername oder Passwort ist falsch.")).to_be_visible(timeout=20_000)
    ui.screenshot("01-falsches-passwort")
    ui.assert_controls_accessible()

    sign_in(ui, "monika.peters")
    expect(ui.nav_item("Lotsen")).to_be_visible()
    expect(ui.page.get_by_text("Rollen: Lotse/Lotsin")).to_be_visible()
    ui.screenshot("02-angemeldet")
    stored = ui.page.evaluate("JSON.stringify(Object.assign({}, window.localStorage))")
    assert "monika.peters" in stored and PASSWORDS["monika.peters"] not in stored
    assert "token" not in stored.lower()

    ui.open("/start")  # a reload: the browser's remembered login reopens the person's data
    expect(ui.page.get_by_text("Angemeldet als Monika Peters.")).to_be_visible(timeout=20_000)
    expect(ui.nav_item("Lotsen")).to_be_visible()
    expect(ui.heading("Schnellzugriff", level=2)).to_be_visible()
    expect(ui.page.get_by_role("button", name="Besuch erfassen")).to_be_visible()
    ui.screenshot("03-nach-neuladen")
    ui.assert_controls_accessible()

    tap(ui.nav_item("Profil"))
    ui.expect_heading("Profil und Einstellungen")
    tap(ui.page.get_by_role("button", name="Abmelden"))
    expect(ui.page.get_by_text("Sie sind abgemeldet.")).to_be_visible(timeout=20_000)
    expect(ui.nav_item("Lotsen")).to_have_count(0)
    expect(ui.page.get_by_role("textbox", name="Benutzername")).to_be_visible()
    ui.screenshot("04-abgemeldet")
    ui.open("/lotsen")  # and a reload does not bring the login back
    ui.expect_heading("Kein Zugriff")


def test_accessibility_statement_names_status_limits_feedback_and_ombudsstelle(ui):
    ui.open("/profil")
    tap(ui.page.get_by_role("button", name="Erklärung zur Barrierefreiheit"))
    ui.expect_heading("Erklärung zur Barrierefreiheit")
    assert ui.path == "/barrierefreiheit"
    for heading in ("Stand der Vereinbarkeit mit den Anforderungen", "Nicht barrierefreie Inhalte",
                    "Feedback und Kontaktangaben", "Schlichtungsverfahren"):
        expect(ui.heading(heading, level=2)).to_be_visible()
    expect(ui.page.get_by_text(re.compile("Ombudsstelle für barrierefreie Informationstechnik")).first).to_be_attached()
    expect(ui.page.get_by_role("button", name="Barriere melden (E-Mail)")).to_be_visible()
    expect(ui.page.get_by_role("button", name="Zurück zu Profil und Einstellungen")).to_be_visible()
    ui.screenshot("01-erklaerung")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
