"""The browser tests' watchdog: a page that stops answering makes the waiting call fail, and the browser stays
usable for the next test (instead of the whole run hanging until CI gives up)."""

from __future__ import annotations

import re

import pytest

from tests.browser import watchdog

pytestmark = pytest.mark.browser


def test_a_hung_page_fails_the_waiting_call_and_the_browser_lives_on(chromium_browser):
    from playwright.sync_api import Error

    context = chromium_browser.new_context()
    try:
        page = context.new_page()
        page.goto("about:blank")
        with watchdog.budget(2, "a page that spins for ever") as fired:
            with pytest.raises(Error, match=re.compile("crash", re.IGNORECASE)):
                page.evaluate("() => { while (true) {} }")  # no time-out of its own: waits for ever otherwise
        assert fired.is_set()
        fresh = context.new_page()
        fresh.goto("about:blank")
        assert fresh.evaluate("() => 6 * 7") == 42
    finally:
        context.close()


def test_the_watchdog_stays_quiet_within_the_budget(chromium_browser):
    context = chromium_browser.new_context()
    try:
        page = context.new_page()
        with watchdog.budget(60, "a quick test") as fired:
            page.goto("about:blank")
            assert page.evaluate("() => 1 + 1") == 2
        assert not fired.is_set()
        assert page.evaluate("() => 'still alive'") == "still alive"
    finally:
        context.close()
