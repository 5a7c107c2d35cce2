"""Suite-wide pytest hooks.

- ``async def`` tests run with ``asyncio.run`` (a tiny hook instead of a plugin): each gets a fresh event loop.
- Browser tests run last: Playwright's sync API keeps an event loop running in the main thread while its
  session-scoped browser is open, which would make every later ``asyncio.run`` fail.
- A failed browser test is run again (at most twice, reported as "rerun"): Flutter web sometimes drops a tap or
  keystroke that arrives while it re-renders on a loaded 2-core machine. Every other test gets no second chance.
  The summary says why each rerun test failed the first time.
"""

from __future__ import annotations

import asyncio
import inspect

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True
    return None


def _is_browser_test(item: pytest.Item) -> bool:
    return item.get_closest_marker("browser") is not None or "tests/browser/" in item.nodeid


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=_is_browser_test)
    for item in items:
        if _is_browser_test(item):
            item.add_marker(pytest.mark.flaky(reruns=2, reruns_delay=2))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why each rerun test failed the first time (the plugin only names it), so a flaky run can be read."""
    reruns = terminalreporter.stats.get("rerun", [])
    if not reruns:
        return
    terminalreporter.section("why tests were run again")
    for report in reruns:
        crash = getattr(report.longrepr, "reprcrash", None)
        message = crash.message if crash is not None else str(report.longrepr)
        lines = [line.strip() for line in message.splitlines() if line.strip()]
        terminalreporter.line(f"{report.nodeid} ({report.when}): {' | '.join(lines[:3])[:400]}")
