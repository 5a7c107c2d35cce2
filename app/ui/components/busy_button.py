"""A button for an action that takes a moment (signing in, a server call, a file dialog).

While the action runs the button is disabled and shows it (an hourglass; ``busy_label``, e.g. "Anmeldung läuft …",
if given), so a second tap cannot start it twice and a tap or keystroke meant for the form is not taken for it.
A screen reader hears the label and "deaktiviert"; the label comes back when the action is done.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import flet as ft


@ft.component
def BusyButton(label: str, on_click: Callable[[], Awaitable[Any]], *, icon: ft.IconData | None = None,
               busy_label: str | None = None, busy: bool = False,
               kind: Callable[..., ft.Control] = ft.FilledButton) -> ft.Control:
    """``busy``: the action's own state (e.g. a view-model's ``busy``), for work started elsewhere (Enter in a
    field); the button also knows when its own click is still running."""
    running = ft.use_ref(False)  # at once, for a second click before the re-render
    clicked, set_clicked = ft.use_state(False)
    working = busy or clicked

    async def click() -> None:
        if running.current or busy:
            return
        running.current = True
        set_clicked(True)
        try:
            await on_click()
        finally:
            running.current = False
            set_clicked(False)

    return kind(
        (busy_label or label) if working else label,
        icon=ft.Icons.HOURGLASS_TOP if working else icon,
        on_click=click,
        disabled=working,
    )
