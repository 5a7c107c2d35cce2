"""Interest round trip between two people in two browsers: a volunteer reports interest in another person's offer;
the owner, already looking at "Meine Angebote", sees it arrive by itself after the sync and answers; the answer
reaches the volunteer's "Gesendete Interessen"."""

from __future__ import annotations

import re
import time

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import create_on_server, sign_in, tap, type_into  # noqa: E402
from tests.browser.screen import my_offer_card, offer_row  # noqa: E402
from tests.browser.second_person import second_person  # noqa: E402

pytestmark = pytest.mark.browser

OWNER, VOLUNTEER = "aylin.demir", "lena.vogt"
SYNC_TIMEOUT = 40_000  # push after the edit (debounce 1 s) + the owner's periodic sync (every 5 s in tests)


def test_interest_reaches_the_owner_and_the_answer_comes_back(ui, chromium_browser, sync_server, app_server,
                                                               tmp_path, request):
    stamp = int(time.time() * 1000) % 10_000_000
    title = f"Apfelernte auf der Streuobstwiese {stamp}"
    message = f"Ich komme gern samstags mit Leiter und Korb ({stamp})."
    answer = f"Wunderbar, bis Samstag um 10 Uhr am Hof! ({stamp})"
    create_on_server(sync_server.url, tmp_path, OWNER, "offer", {
        "area": "ehrenamt", "direction": "suche", "title": title, "municipality": "arnsberg",
        "description": "Wir ernten alte Apfelsorten und pressen Saft für den Dorfladen.",
        "categories": ["umwelt_klima", "nachbarschaftshilfe"], "place": "Rumbeck", "status": "active"})

    with second_person(chromium_browser, app_server.url, request.node.name, viewport="desktop",
                       who="eigentuemerin") as owner:
        # the owner signs in and keeps "Meine Angebote" open
        sign_in(owner, OWNER)
        tap(owner.nav_item("Angebote"))
        tap(owner.page.get_by_role("button", name="Meine Angebote"))
        owner.expect_heading("Meine Angebote")
        expect(my_offer_card(owner.page, title)).to_be_visible(timeout=SYNC_TIMEOUT)
        received_heading = owner.page.get_by_role("heading", name=re.compile(r"^Erhaltene Interessen \(\d+\)$"))
        expect(received_heading).to_be_visible()
        received_before = int(re.search(r"\d+", received_heading.inner_text()).group())
        owner.screenshot("1-meine-angebote")

        # the volunteer finds the offer and reports interest
        sign_in(ui, VOLUNTEER)
        tap(ui.nav_item("Angebote"))
        type_into(ui.page.get_by_role("textbox", name="Angebote durchsuchen"), f"Apfelernte {stamp}")
        tap(offer_row(ui.page, title))
        ui.expect_heading(title)
        expect(ui.page.get_by_role("button", name="Bearbeiten")).to_have_count(0)
        ui.screenshot("1-angebot")
        tap(ui.page.get_by_role("button", name="Interesse melden"))
        dialog = ui.page.get_by_role("alertdialog")
        expect(dialog).to_be_visible()
        expect(dialog.get_by_text(f"Ihre Nachricht geht an {OWNER}.", exact=False)).to_be_visible()
        tap(dialog.get_by_role("button", name="Senden"))  # empty: a German message, the dialog stays
        expect(dialog.get_by_text("Bitte eine Nachricht angeben (höchstens 2000 Zeichen).")).to_be_visible()
        ui.screenshot("2-dialog-fehler")
        type_into(dialog.get_by_role("textbox", name="Nachricht"), message)
        ui.screenshot("3-dialog")
        tap(dialog.get_by_role("button", name="Senden"))
        expect(dialog).to_have_count(0)
        expect(ui.page.get_by_text(re.compile(r"Sie haben am .* Interesse gemeldet\. Status: Neu\."))).to_be_visible()
        expect(ui.page.get_by_role("button", name="Interesse melden")).to_have_count(0)
        ui.screenshot("4-gemeldet")
        ui.assert_controls_accessible()

        # the owner sees it arrive without doing anything, and answers
        card = owner.page.get_by_role("group", name=re.compile(
            rf"^{re.escape(VOLUNTEER)} zu „{re.escape(title)}“"))
        expect(card).to_be_visible(timeout=SYNC_TIMEOUT)
        expect(card).to_have_accessible_name(re.compile(re.escape(message)))
        expect(received_heading).to_have_text(f"Erhaltene Interessen ({received_before + 1})")
        card.scroll_into_view_if_needed()
        owner.screenshot("2-interesse-angekommen")
        tap(card.get_by_role("button", name="Antworten"))
        answer_dialog = owner.page.get_by_role("alertdialog")
        expect(answer_dialog).to_be_visible()
        tap(answer_dialog.get_by_role("radio", name="Angenommen"))
        type_into(answer_dialog.get_by_role("textbox", name="Antwort"), answer)
        owner.screenshot("3-antwort-dialog")
        tap(answer_dialog.get_by_role("button", name="Antwort senden"))
        expect(answer_dialog).to_have_count(0)
        expect(card).to_have_accessible_name(re.compile(rf"Angenommen.*Ihre Antwort: {re.escape(answer)}", re.S))
        owner.screenshot("4-beantwortet")
        owner.assert_controls_accessible()

        # the answer reaches the volunteer's "Gesendete Interessen"
        tap(ui.page.get_by_role("button", name="Meine Angebote"))
        ui.expect_heading("Meine Angebote")
        sent = ui.page.get_by_role("group", name=re.compile(rf"^Zu „{re.escape(title)}“"))
        expect(sent).to_be_visible()
        expect(sent).to_have_accessible_name(re.compile(rf"Angenommen.*{re.escape(answer)}", re.S),
                                             timeout=SYNC_TIMEOUT)
        sent.scroll_into_view_if_needed()
        ui.screenshot("5-antwort-angekommen")
        assert not ui.console_errors and not owner.console_errors
