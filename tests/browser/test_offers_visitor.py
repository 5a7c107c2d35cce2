"""A visitor finds "Smartphone-Hilfe für Senioren": searches as they type, filters to Wissensbörse, opens it."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
).expect

from tests.browser.actions import tap  # noqa: E402 - after the importorskip
from tests.browser.screen import offer_row  # noqa: E402

pytestmark = pytest.mark.browser

TITLE = "Smartphone-Hilfe für Senioren"  # demo data (core/demo/offers_arnsberg.py), owned by aylin.demir
SYNC_TIMEOUT = 45_000  # a fresh visitor replica pulls the public demo data first


def row(ui, title: str):
    return offer_row(ui.page, title)


def results_count(ui, pattern: str = r"^(\d+ Angebote|1 Angebot)$"):
    """The results count on screen (not its copy in Flutter's aria-live announcer, which reads it out)."""
    return ui.page.locator("flt-semantics").get_by_text(re.compile(pattern))


def result_rows(ui):
    return ui.page.get_by_role("button", name=re.compile(r"\sIch (biete|suche)\s"))


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_visitor_searches_filters_and_opens_an_offer(ui, viewport):
    ui.open("/angebote")
    ui.expect_heading("Angebote und Gesuche")
    expect(results_count(ui, r"^\d+ Angebote$")).to_be_visible(timeout=SYNC_TIMEOUT)
    ui.screenshot("1-liste")
    ui.assert_controls_accessible()
    ui.assert_fits_width()
    total = int(results_count(ui).inner_text().split()[0])
    assert total > 50, "the demo data has more offers than one page"
    expect(result_rows(ui)).to_have_count(50)  # one page is built, not the whole list
    more = ui.page.get_by_role("button", name="Mehr laden")
    expect(ui.page.get_by_text(f"50 von {total} angezeigt")).to_be_attached()
    if viewport == "phone":
        tap(more)
        expect(result_rows(ui)).to_have_count(min(total, 100))
        expect(more).to_have_count(1 if total > 100 else 0)
        ui.screenshot("1b-mehr-geladen")

    search = ui.page.get_by_role("textbox", name="Angebote durchsuchen")
    search.focus()
    ui.page.wait_for_timeout(300)
    search.press_sequentially("Smartph", delay=40)  # typed like a person: the list follows after a pause
    expect(row(ui, TITLE)).to_be_visible()
    expect(row(ui, "Fahrdienst zu Arztterminen")).to_have_count(0)
    expect(results_count(ui)).to_be_visible()
    found = int(results_count(ui).inner_text().split()[0])
    ui.screenshot("2-gesucht")

    tap(ui.page.get_by_role("button", name="Filter", exact=True))  # folded away until asked for
    wissen = ui.page.get_by_role("checkbox", name="Wissensbörse")
    tap(wissen)
    expect(wissen).to_be_checked()
    expect(ui.page.get_by_role("button", name="Filter (1 aktiv)")).to_be_visible()
    expect(row(ui, TITLE)).to_be_visible()
    labels = [r.get_attribute("aria-label") or r.inner_text() for r in result_rows(ui).all()]
    assert labels and all("Wissensbörse" in label for label in labels), labels
    assert int(results_count(ui).inner_text().split()[0]) <= found
    ui.screenshot("3-gefiltert")
    ui.assert_controls_accessible()

    tap(row(ui, TITLE))
    ui.expect_heading(TITLE)
    assert re.fullmatch(r"/angebote/[0-9a-f-]{36}", ui.path)
    for label, value in (("Bereich", "Wissensbörse"), ("Richtung", "Ich biete"), ("Ort", "Arnsberg"),
                         ("Kategorien", "Senioren, Digitales")):
        expect(ui.page.get_by_text(label, exact=True).first).to_be_visible()
        expect(ui.page.get_by_text(value, exact=True).first).to_be_visible()
    expect(ui.page.get_by_text("Zum Melden bitte anmelden.")).to_be_visible()
    expect(ui.page.get_by_role("button", name="Interesse melden")).to_have_count(0)
    expect(ui.page.get_by_role("button", name="Bearbeiten")).to_have_count(0)
    ui.page.wait_for_function(f"document.title === '{TITLE} – Ehrenamt 4.0'")
    ui.screenshot("4-detail")
    ui.assert_controls_accessible()
    ui.assert_fits_width()

    tap(ui.page.get_by_role("button", name="Zurück zu Angebote"))
    ui.expect_heading("Angebote und Gesuche")
    assert not ui.console_errors
    assert not ui.external_requests
