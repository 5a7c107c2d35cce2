"""Another person's browser next to the test's own (``ui``): an own context, so an own Flet session and own
localStorage, set up like the ``ui`` fixture's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.browser.conftest import AppDriver, open_tab
from tests.browser.screen import ANNOUNCEMENTS_SCRIPT


@contextmanager
def second_person(chromium_browser: Any, base_url: str, test_name: str, viewport: Any = "phone",
                  who: str = "zweite-person") -> Iterator[AppDriver]:
    """Screenshots go to the folder ``<test>-<who>`` next to the test's own; the driver collects console errors
    and requests to other hosts like the ``ui`` fixture's, and what the app announces
    (tests.browser.screen.announcements)."""
    context, driver = open_tab(chromium_browser, base_url, viewport, f"{test_name}-{who}")
    driver.page.add_init_script(ANNOUNCEMENTS_SCRIPT)
    try:
        yield driver
    finally:
        context.close()
