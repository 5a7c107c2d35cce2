"""A volunteer signs in, submits the offer form with an empty title, sees the German message next to the field
(nothing typed is lost), fixes it, saves, and finds the offer under "Meine Angebote"."""

from __future__ import annotations

import re
import time

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import expect_field_value, sign_in, tap, type_into  # noqa: E402
from tests.browser.screen import my_offer_card  # noqa: E402

pytestmark = pytest.mark.browser

USER = "lena.vogt"  # demo volunteer in Arnsberg (README)
TITLE_MESSAGE = "Bitte einen Titel angeben (höchstens 120 Zeichen)."
HOURS_MESSAGE = "Stunden: bitte eine Zahl von 0 bis 168 eingeben."
DESCRIPTION = "Ich helfe beim Rasenmähen und Heckeschneiden."
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


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
    sign_in(ui, USER)
    ui.screenshot("1-angemeldet")

    tap(ui.nav_item("Angebote"))
    ui.expect_heading("Angebote und Gesuche")
    tap(ui.page.get_by_role("button", name="Angebot erstellen"))
    ui.expect_heading("Neues Angebot")
    assert ui.path == "/angebote/neu"
    expect(ui.page.get_by_role("radio", name="Arnsberg")).to_be_checked()  # the person's town is preset
    tap(ui.page.get_by_role("radio", name="Ehrenamt"))
    tap(ui.page.get_by_role("radio", name="Ich biete"))
    description = ui.page.get_by_role("textbox", name="Beschreibung")
    type_into(description, DESCRIPTION)
    category = ui.page.get_by_role("checkbox", name="Nachbarschaftshilfe")
    tap(category)
    expect(category).to_be_checked()
    type_into(ui.page.get_by_role("textbox", name="Stunden"), "200")  # more than a week has
    ui.screenshot("2-ausgefuellt")
    tap(ui.page.get_by_role("button", name="Speichern"))

    message = ui.page.get_by_text(TITLE_MESSAGE)
    expect(message).to_be_visible()
    expect(ui.page.get_by_text(HOURS_MESSAGE)).to_be_visible()
    expect(ui.page.get_by_role("group", name="Bitte prüfen Sie die markierten Angaben (2).")).to_be_visible()
    field = ui.page.get_by_role("textbox", name="Titel")
    message_under_field(ui, field, message)
    expect(description).to_have_value(DESCRIPTION)  # nothing typed is lost
    expect(category).to_be_checked()
    expect(ui.page.get_by_role("radio", name="Ich biete")).to_be_checked()
    assert ui.path == "/angebote/neu"
    ui.screenshot("3-fehler-am-feld")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    if viewport == "phone":  # "Gültig bis" from the calendar: the chosen day, not the one before (time zones)
        tap(ui.page.get_by_role("button", name="Datum im Kalender wählen"))
        today = ui.page.get_by_role("button", name=re.compile(r", Heute$"))
        label = today.get_attribute("aria-label") or today.inner_text()
        day, month_name, year = re.search(r"(\d+)\. (\w+) (\d{4})", label).groups()
        tap(today)
        tap(ui.page.get_by_role("button", name="OK"))
        until = ui.page.get_by_role("textbox", name="Gültig bis")
        expect_field_value(until, f"{int(day):02d}.{MONTHS.index(month_name) + 1:02d}.{year}")

    type_into(field, title)
    expect(message).to_have_count(0)  # typing in the field clears its message
    type_into(ui.page.get_by_role("textbox", name="Stunden"), "2")
    expect(ui.page.get_by_text(HOURS_MESSAGE)).to_have_count(0)
    tap(ui.page.get_by_role("button", name="Speichern"))
    ui.expect_heading(title)
    assert re.fullmatch(r"/angebote/[0-9a-f-]{36}", ui.path)
    expect(ui.page.get_by_text(DESCRIPTION)).to_be_visible()
    expect(ui.page.get_by_role("button", name="Bearbeiten")).to_be_visible()
    expect(ui.page.get_by_text("2 Stunden insgesamt")).to_be_attached()
    ui.screenshot("4-gespeichert")

    # the owner changes the status on the detail page and edits the offer
    draft = ui.page.get_by_role("radio", name="Entwurf")
    tap(draft)
    expect(draft).to_be_checked()
    tap(ui.page.get_by_role("button", name="Bearbeiten"))
    ui.expect_heading("Angebot bearbeiten")
    assert ui.path.endswith("/bearbeiten")
    field = ui.page.get_by_role("textbox", name="Titel")
    expect_field_value(field, title)
    expect(ui.page.get_by_role("radio", name="Entwurf – nur für Sie sichtbar")).to_be_checked()
    title += " (geändert)"
    type_into(field, title)
    tap(ui.page.get_by_role("button", name="Speichern"))
    ui.expect_heading(title)
    ui.screenshot("5-bearbeitet")

    tap(ui.page.get_by_role("button", name="Zurück zu Angebote"))
    ui.expect_heading("Angebote und Gesuche")
    tap(ui.page.get_by_role("button", name="Meine Angebote"))
    ui.expect_heading("Meine Angebote")
    mine = my_offer_card(ui.page, title)
    expect(mine).to_be_visible()
    expect(mine).to_have_accessible_name(re.compile(r"Ich biete\s+Ehrenamt\s+Entwurf"))
    mine.scroll_into_view_if_needed()
    ui.screenshot("6-meine-angebote")
    ui.assert_controls_accessible()
    assert not ui.console_errors
