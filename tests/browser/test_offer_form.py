"""A volunteer signs in, submits the offer form with an empty title, sees the German message next to the field
(nothing typed is lost), fixes it, saves, and finds the offer under "Meine Angebote"."""

from __future__ import annotations

import re
import time

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

pytestmark = pytest.mark.browser

USER, PASSWORD = "lena.vogt", "demo-volunteer-1"  # demo volunteer in Arnsberg (README)
TITLE_MESSAGE = "Bitte einen Titel angeben (höchstens 120 Zeichen)."


def type_into(textbox, value: str) -> None:
    """Focus, let Flutter attach its editing element, then fill: Flutter web drops a fill into a text field that
    is not focused yet (the DOM shows the text, the app never hears of it)."""
    textbox.click()
    textbox.page.wait_for_timeout(300)
    textbox.fill(value)
    expect(textbox).to_have_value(value)
    textbox.page.wait_for_timeout(300)


def sign_in(ui, username: str, password: str) -> None:
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    type_into(ui.page.get_by_role("textbox", name="Benutzername"), username)
    type_into(ui.page.get_by_role("textbox", name="Passwort"), password)
    ui.page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(ui.page.get_by_text(re.compile(rf"\({re.escape(username)}\)"))).to_be_visible(timeout=30_000)


def message_under_field(ui, field, message) -> None:
    """The message sits in the line right under its field (the field's node spans the input and that line).
    Flutter rebuilds semantics nodes now and then, so measure until both are there."""
    field.scroll_into_view_if_needed()
    last = None
    for _ in range(25):
        f, m = field.bounding_box(), message.bounding_box()
        if f and m:
            last = (f, m)
            if f["y"] + 40 < m["y"] and m["y"] + m["height"] <= f["y"] + f["height"] + 40 \
                    and abs(m["x"] - f["x"]) < 40:
                return
        ui.page.wait_for_timeout(200)
    raise AssertionError(f"the message belongs right under its field (field, message): {last}")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_offer_form_shows_messages_next_to_fields_and_saves(ui, viewport):
    title = f"Gartenhilfe Testlauf {viewport} {int(time.time() * 1000) % 10_000_000}"
    sign_in(ui, USER, PASSWORD)
    ui.screenshot("1-angemeldet")

    ui.nav_item("Angebote").click()
    ui.expect_heading("Angebote und Gesuche")
    ui.page.get_by_role("button", name="Angebot erstellen").click()
    ui.expect_heading("Neues Angebot")
    assert ui.path == "/angebote/neu"
    expect(ui.page.get_by_role("radio", name="Arnsberg")).to_be_checked()  # the person's town is preset
    ui.page.get_by_role("radio", name="Ehrenamt").click()
    ui.page.get_by_role("radio", name="Ich biete").click()
    description = ui.page.get_by_role("textbox", name="Beschreibung")
    type_into(description, "Ich helfe beim Rasenmähen und Heckeschneiden.")
    category = ui.page.get_by_role("checkbox", name="Nachbarschaftshilfe")
    category.click()
    expect(category).to_be_checked()
    type_into(ui.page.get_by_role("textbox", name="Stunden"), "200")  # more than a week has
    ui.screenshot("2-ausgefuellt")
    ui.page.get_by_role("button", name="Speichern").click()

    message = ui.page.get_by_text(TITLE_MESSAGE)
    expect(message).to_be_visible()
    expect(ui.page.get_by_text("Stunden: bitte eine Zahl von 0 bis 168 eingeben.")).to_be_visible()
    expect(ui.page.get_by_role("group", name="Bitte prüfen Sie die markierten Angaben (2).")).to_be_visible()
    field = ui.page.get_by_role("textbox", name="Titel")
    message_under_field(ui, field, message)
    expect(description).to_have_value("Ich helfe beim Rasenmähen und Heckeschneiden.")  # nothing lost
    expect(ui.page.get_by_role("checkbox", name="Nachbarschaftshilfe")).to_be_checked()
    assert ui.path == "/angebote/neu"
    field.scroll_into_view_if_needed()
    ui.screenshot("3-fehler-am-feld")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    type_into(field, title)
    expect(message).to_have_count(0)  # typing in the field clears its message
    type_into(ui.page.get_by_role("textbox", name="Stunden"), "2")
    ui.page.get_by_role("button", name="Speichern").click()
    ui.expect_heading(title)
    assert re.fullmatch(r"/angebote/[0-9a-f-]{36}", ui.path)
    expect(ui.page.get_by_text("Ich helfe beim Rasenmähen und Heckeschneiden.")).to_be_visible()
    expect(ui.page.get_by_role("button", name="Bearbeiten")).to_be_visible()
    expect(ui.page.get_by_text("2 Stunden insgesamt")).to_be_visible()
    ui.screenshot("4-gespeichert")

    ui.page.get_by_role("button", name="Zurück zu Angebote").click()
    ui.expect_heading("Angebote und Gesuche")
    ui.page.get_by_role("button", name="Meine Angebote").click()
    ui.expect_heading("Meine Angebote")
    mine = ui.page.get_by_role("button", name=re.compile(rf"^{re.escape(title)}\s+Ich biete\s+Ehrenamt\s+Aktiv"))
    expect(mine).to_be_visible()
    mine.scroll_into_view_if_needed()
    ui.screenshot("5-meine-angebote")
    ui.assert_controls_accessible()
    assert not ui.console_errors
