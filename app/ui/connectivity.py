"""The device's network state (Flet's Connectivity service) fed to the AppSession, in the native app only.

In web-server mode the sync runs on the server machine, whose network is not the browser's: nothing to follow
there (a browser that loses its network loses the page's connection, which pauses the session instead).
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import flet as ft

NONE = ft.ConnectivityType.NONE.value


def is_online(kinds: Iterable[Any]) -> bool:
    """Offline only when the platform says so ("none" and nothing else); an empty answer is not a verdict."""
    values = [getattr(kind, "value", kind) for kind in kinds]
    return not values or any(value != NONE for value in values)


def follow_connectivity(session: Any) -> Callable[[], Awaitable[None]]:
    """Register the service with the current page: every change reaches ``session.set_online``. Returns a
    coroutine function that asks for the state at start (run it on the page's loop)."""

    def on_change(event: ft.ConnectivityChangeEvent) -> None:
        session.set_online(is_online(event.connectivity))

    service = ft.Connectivity(on_change=on_change)

    async def check_now() -> None:
        with contextlib.suppress(Exception):  # a platform without the plugin: the sync schedule still retries
            session.set_online(is_online(await service.get_connectivity()))

    return check_now
