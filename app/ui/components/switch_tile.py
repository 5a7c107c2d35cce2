"""A labelled on/off switch as a full-width row: ≥ 48 px tall, tappable anywhere, one `switch` node."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.text import text
from app.ui.theme import MIN_TOUCH_TARGET


@ft.component
def SwitchTile(label: str, value: bool, on_change: Callable) -> ft.Control:
    return ft.MergeSemantics(
        content=ft.ListTile(
            title=text(label),
            trailing=ft.Switch(value=value, on_change=on_change),
            toggle_inputs=True,
            min_height=MIN_TOUCH_TARGET,
            content_padding=ft.Padding.symmetric(horizontal=8),
        )
    )
