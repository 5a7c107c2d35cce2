"""Suite-wide pytest hooks.

- ``async def`` tests run with ``asyncio.run`` (a tiny hook instead of a plugin): each gets a fresh event loop.
- Browser tests run last: Playwright's sync API keeps an event loop running in the main thread while its
  session-scoped browser is open, which would make every later ``asyncio.run`` fail.
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None or "tests/browser/" in item.nodeid)
