"""``run_async``: run an ``async def`` test in a fresh event loop, keeping pytest's fixture injection.

(tests/conftest.py also runs undecorated ``async def`` tests; this decorator is for helpers and explicit use.)
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any


def run_async(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return asyncio.run(fn(*args, **kwargs))

    wrapper.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    return wrapper


async def wait_for(predicate: Callable[[], Any], timeout: float = 10.0) -> None:
    """Await until ``predicate()`` is true (polling every 20 ms); fail the test after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)
